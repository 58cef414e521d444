"""Bodies of one state, named by a head noun and the state: missions and governments.

A state's embassy or consulate is named by the state that sends it and, often, the place
that hosts it: `سفارة الصين لدى القاهرة`, `السفارة الصينية في القاهرة`, `القنصلية العامة
لدولة الإمارات في مومباي`. A government is `حكومة كازاخستان` or `الحكومة
الكازاخستانية`; so are a presidency, a parliament and an army (`الرئاسة الجزائرية`,
`البرلمان العراقي`, `الجيش النيجيري`).
A dual head (`وزارتي الخارجية`, `حكومتي البلدين`) names one body of each of the two
states the sentence (or else the article) speaks of.

>>> from kg import extract
>>> g = extract("وزار الوفد السفارة الصينية في القاهرة.")
>>> [e.name for e in g.entities if e.label.value == "Organization"]
['Embassy of China in Egypt']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from kg.extraction.document import Doc
from kg.extraction.matcher import PhraseMatcher
from kg.extraction.scan import SHARED
from kg.extraction.spans import Occupied, Span
from kg.lexicon.gazetteer import Term, countries_by_iso2, gazetteer, names_ar
from kg.lexicon.titles import portfolios
from kg.schema import Label
from kg.text.normalize import fold

# What may stand between a mission's head and the state that sends it: "لـ", "لدولة".
SENDER_GAP = re.compile(r" (?:ل|لدوله|لجمهوريه|دوله|جمهوريه)? ?")
# What may stand between the sender and the host: an epithet ("الشعبية") and a preposition
# ("في", "لدى"); without one, the host must carry ب ("بالقاهرة").
HOST_GAP = re.compile(r"(?: ال\w+)? (?:(?:في|لدي) )?")
# What follows a dual head when it means the two states of the text: "البلدين", "في البلدين".
BOTH = re.compile(r" (?:في |ب|ل)?(?:ال)?بلدين")


DUAL_MINISTRIES = ("وزارتي", "وزارتا")  # genitive/accusative and nominative
CENTRAL_BANK = "Central Bank"
PRESIDENCY = "Presidency"


@dataclass(frozen=True)
class Head:
    """A head noun of a state's body and how its English name begins."""

    en: str  # "Embassy", "Consulate General", "Government", "Ministry of Finance"
    dual: bool  # "وزارتي", "حكومتي": one body of each of two states
    mission: bool  # a mission names the state that hosts it as well
    ar: str = ""  # a dual's one body, before its state's name: "وزارة خارجية", "حكومة"


_MISSIONS = {
    "سفارة": "Embassy",
    "قنصلية": "Consulate",
    "القنصلية العامة": "Consulate General",
    "قنصلية عامة": "Consulate General",
}


@SHARED.load_first  # its table joins the first automaton
@cache
def _heads() -> PhraseMatcher[Head]:
    phrases: list[tuple[str, Head]] = []
    for ar, en in _MISSIONS.items():
        stem = ar.removeprefix("ال")
        phrases += [(stem, Head(en, False, True)), ("ال" + stem, Head(en, False, True))]
    phrases += [("حكومة", Head("Government", False, False))]
    for ar, en in (("برلمان", "Parliament"), ("جيش", "Army")):
        phrases += [(ar, Head(en, False, False)), ("ال" + ar, Head(en, False, False))]
    # "رئاسة روسيا للاتحاد" is a chairmanship; "الرئاسة الجزائرية" the presidency.
    phrases += [("الرئاسة", Head("Presidency", False, False))]
    phrases += [("الحكومة", Head("Government", False, False))]
    phrases += [("حكومتي", Head("Government", True, False, "حكومة"))]
    phrases += [
        (ar, Head(CENTRAL_BANK, False, False)) for ar in ("البنك المركزي", "المصرف المركزي")
    ]
    for p in portfolios():
        stem = p.ar.removeprefix("ال")
        head = Head(f"Ministry of {p.en}", True, False, f"وزارة {stem}")
        phrases += [(f"{dual} {form}", head) for dual in DUAL_MINISTRIES for form in (p.ar, stem)]
    return PhraseMatcher(phrases)


@cache
def _central_banks() -> dict[str, Term]:
    """The listed central bank of each state: a body of the state with "المركزي" in a name."""
    return {
        t.country: t
        for t in gazetteer()
        if t.label == Label.ORGANIZATION
        and t.country is not None
        and any(fold("المركزي") in fold(name).split() for name in t.names)
    }


def _country_name(span: Span) -> str | None:
    """The English name of the state a country span (or a place's country) stands for."""
    if span.label == Label.COUNTRY:
        return span.name
    if span.label == Label.PLACE and span.country in countries_by_iso2():
        return countries_by_iso2()[span.country].name_en
    return None


def _two_states(doc: Doc, known: list[Span], pos: int) -> list[Span]:
    """The two states a dual head at `pos` speaks of: the sentence's, else the article's."""
    lo, hi = doc.sentence_fspan(doc.sentence_of(pos))
    countries = [s for s in known if s.label == Label.COUNTRY]
    near = list({s.ref: s for s in countries if lo <= s.start < hi}.values())
    if len(near) >= 2:
        return near[:2]
    counts = Counter(s.ref for s in countries)
    first = {s.ref: s for s in reversed(countries)}
    return [first[ref] for ref, _ in counts.most_common(2)] if len(counts) >= 2 else []


def find_state_bodies(doc: Doc, known: list[Span], occupied: Occupied) -> list[Span]:
    """Spans of embassies, consulates, governments and the dual ministries of two states."""
    text = doc.ftext
    heads = _heads().find(text)
    if not heads:
        return []  # most articles: no need to index the names
    at = {s.start: s for s in known}
    found: list[Span] = []
    for m in heads:
        head: Head = m.value
        if occupied.taken(m.word_start, m.end):
            continue  # "رئيس الحكومة": an office, claimed by its title
        if head.dual:
            both = BOTH.match(text, m.end)
            end = both.end() if both else m.end
            for state in _two_states(doc, known, m.start):
                name = f"{head.en} of {state.name}"
                found.append(
                    Span(Label.ORGANIZATION, m.word_start, end, "Org:" + name, name,
                         name_ar=_one_of_two(head, state))
                )  # fmt: skip
            occupied.add(m.word_start, end)
            continue
        gap = SENDER_GAP.match(text, m.end)
        sender = at.get(m.end + 1) or (at.get(gap.end()) if gap else None)
        if sender is None or sender.label != Label.COUNTRY:
            continue
        end, name = sender.end, f"{head.en} of {sender.name}"
        if head.en == PRESIDENCY and text.startswith(" ل", end):
            continue  # "الرئاسة الأذربيجانية لحركة عدم الانحياز": a chairmanship
        if head.en == CENTRAL_BANK:
            found.append(_central_bank(m.word_start, sender))
            occupied.add(m.word_start, end)
            continue
        host = _host(text, at, end) if head.mission else None
        where = _country_name(host) if host is not None else None
        if host is not None and head.en.startswith("Consulate"):
            where = host.name  # a consulate serves a city: "in Dubai"
        if host is not None and where is not None and where != sender.name:
            end, name = host.end, f"{name} in {where}"
        found.append(Span(Label.ORGANIZATION, m.word_start, end, "Org:" + name, name))
        occupied.add(m.word_start, end)
    _one_host_each(found)
    return found


def _one_of_two(head: Head, state: Span) -> str | None:
    """The Arabic name of one state's body of a dual: "وزارتي الخارجية في البلدين" holds
    "وزارة خارجية أرمينيا" (the dual's own words name both, so neither by them).

    >>> armenia = Span(Label.COUNTRY, 0, 5, "Q399", "Armenia")
    >>> _one_of_two(Head("Government", True, False, "حكومة"), armenia)
    'حكومة أرمينيا'
    """
    state_ar = names_ar().get(state.ref)
    return f"{head.ar} {state_ar}" if head.ar and state_ar else None


def _central_bank(start: int, state: Span) -> Span:
    """`البنك المركزي لدولة الإمارات`: the state's listed central bank, else one by name."""
    term = _central_banks().get(state.country or "")
    if term is None:
        name = f"{CENTRAL_BANK} of {state.name}"
        return Span(Label.ORGANIZATION, start, state.end, "Org:" + name, name)
    return Span(
        Label.ORGANIZATION, start, state.end, term.key, term.name_en, term.qid, term.country
    )


def _host(text: str, at: dict[int, Span], end: int) -> Span | None:
    """The place or state that hosts a mission whose sender ends at `end`."""
    gap = HOST_GAP.match(text, end)
    if gap is None:
        return None
    host = at.get(gap.end())
    by_preposition = gap.group().endswith((" في ", " لدي "))
    if host is None or not (by_preposition or "ب" in host.proclitics):
        return None
    return host if host.label in (Label.PLACE, Label.COUNTRY) else None


def _one_host_each(spans: list[Span]) -> None:
    """`السفارة الصينية` after `سفارة الصين في القاهرة`: the one embassy the text named."""
    hosted: dict[str, list[Span]] = {}
    for s in spans:
        if " in " in s.name:
            hosted.setdefault(s.name.split(" in ")[0], []).append(s)
    for s in spans:
        full = {h.name for h in hosted.get(s.name, [])}
        if len(full) == 1:
            s.name = s.ref = next(iter(full))
            s.ref = "Org:" + s.name
