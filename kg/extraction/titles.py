"""Titles of office ("وزير الطاقة", "رئيس الوزراء", "الأمين العام") and what they belong to.

A title phrase becomes a `Title` with its English role; `attach` then reads what follows
it — a nisba (`الأذربيجاني`), a genitive country (`وزير خارجية أرمينيا`), `في`/`ب` + country,
or an organization (`الأمين العام لمجلس التعاون`) — to know whose office it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from kg.extraction.document import Doc
from kg.extraction.known import ADJECTIVE
from kg.extraction.labels import COUNTRY, ORGANIZATION
from kg.extraction.matcher import PhraseMatcher
from kg.extraction.phrases import skip
from kg.extraction.scan import SHARED
from kg.extraction.spans import Span
from kg.lexicon.titles import portfolios, title_words, titles
from kg.text.normalize import fold

BLANK = " \t"
PREPOSITIONS = "لبك"  # proclitic prepositions
MINISTER = "minister"
HEAD = "head"
COUNTERPART = "counterpart"
ENVOY = "envoy"
SENDERS = frozenset({HEAD, "official"})
_WORDS = title_words()  # data/title_words.tsv
HOST = _WORDS["host"][0]  # "لدى", folded
# Words that link a title to the country or body it serves: "في كازاخستان", "بجمهورية …".
LINKS = _WORDS["link"]
STATE_WORDS = _WORDS["owner_head"]  # "بجمهورية …", "لشركة أرامكو"
PLURAL = frozenset(_WORDS["plural"])
COMPANY_FORMS = _WORDS["company_form"]  # "المحدودة" after a company's name
# The field of an office between its title and its owner: "للشؤون الاقتصادية والتجارية"
# (folded: ؤ and ئ are و and ي).
# A portfolio of the state's nationals abroad, after "و" (folded): "وشؤون المصريين بالخارج",
# "والتونسيين بالخارج", "والجالية الوطنية بالخارج", "والمغاربة المقيمين بالخارج".
ABROAD = re.compile(r" و(?:ش[ؤو]ون )?ال\w+(?: ال\w+)? (?:بالخارج|في الخارج)(?!\w)")
FIELD = re.compile(r" (?:لل|ل)ش[وي]ون(?: و?ال\w+)+")


@dataclass(frozen=True)
class Role:
    en: str
    kind: str
    construct: bool = False  # "رئيس وزراء أرمينيا": only a title when its owner follows
    plural: bool = False  # "رئيسا طاجيكستان وأوزبكستان", "الرئيسان المشاركان"
    state: str | None = None  # ISO2 of the one state whose office it is ("خادم الحرمين")


@dataclass
class Title:
    """A title phrase in the text and, once attached, the country or body it serves."""

    start: int
    end: int
    role: str
    kind: str
    plural: bool = False  # "الرئيسان المشاركان": the office of each person that follows
    conj: bool = False  # "ووزير …", "ونظيره": opens the title of another person
    preposition: bool = False  # "للسفير", "بالرئيس": the object of a preposition
    construct: bool = False
    of: Span | None = None  # Country or Organization span
    stop: int = 0  # end of the title group (title + its owner)
    owners: tuple[Span, ...] = ()  # a plural title's countries, one for each holder
    state: str | None = None  # ISO2 of the state whose office it is when the words say it


@SHARED.load_first  # its table joins the first automaton
@cache
def _matcher() -> PhraseMatcher[Role]:
    # Spellings the data lists come first: a derived form never shadows one ("مستشاره", his
    # adviser, is listed; it is also the construct form of "المستشارة", the Chancellor).
    phrases: list[tuple[str, Role]] = [
        (t.ar, Role(t.en, t.kind, t.needs_owner, fold(t.ar) in PLURAL, t.state)) for t in titles()
    ]
    for t in titles():
        if indefinite(t.ar) != t.ar:
            phrases.append((indefinite(t.ar), Role(t.en, t.kind, True, state=t.state)))
        if t.kind in (HEAD, MINISTER) and " " not in t.ar:
            phrases += [(f, Role(t.en, t.kind, True, True)) for f in duals(indefinite(t.ar))]
        if t.kind == MINISTER:
            for p in portfolios():
                role = Role(f"{t.en} of {p.en}", MINISTER)
                phrases.append((f"{t.ar} {p.ar}", role))
                phrases.append((f"{t.ar} {indefinite(p.ar)}", Role(role.en, MINISTER, True)))
                for dual in duals(t.ar):
                    phrases.append(
                        (f"{dual} {indefinite(p.ar)}", Role(role.en, MINISTER, True, True))
                    )
                if p.ar.startswith("ال") and not p.ar.startswith("الشؤون"):
                    phrases.append((f"{t.ar} الشؤون {p.ar}", role))
    for counterpart in _WORDS["counterpart"]:
        phrases.append((counterpart, Role("", COUNTERPART)))
    for counterparts in _WORDS["counterparts"]:
        phrases.append((counterparts, Role("", COUNTERPART, plural=True)))  # "ونظيراه X وY"
    return PhraseMatcher(phrases)


def duals(word: str) -> tuple[str, ...]:
    """The dual construct forms of a title: "رئيس" → "رئيسا", "رئيسي" (before a genitive)."""
    return (word + "ا", word + "ي") if " " not in word and not word.startswith("ال") else ()


def indefinite(phrase: str) -> str:
    """The phrase without the article, as it stands before a genitive: "رئيس وزراء"."""
    return " ".join(w.removeprefix("ال") for w in phrase.split())


def _owner_at(
    text: str, pos: int, spans: dict[int, Span], envoy: bool = False
) -> tuple[Span, int] | None:
    """A country or organization span starting at `pos`, allowing a link word before it;
    never, for an `envoy`, the state he is accredited to ("سفير X لدى الأردن": not Jordan's)."""
    pos = skip(text, pos, BLANK)
    span = spans.get(pos)
    if span is not None and span.label in (COUNTRY, ORGANIZATION):
        return span, span.end
    for link in LINKS:
        if envoy and link == HOST:
            continue
        for word in (link + " ", link):
            if text.startswith(word, pos):
                after = skip(text, pos + len(word), BLANK)
                for state in STATE_WORDS:
                    for form in (state + " ", "ال" + state + " "):
                        if text.startswith(form, after):
                            after = skip(text, after + len(form), BLANK)
                span = spans.get(after)
                if span is not None and span.label in (COUNTRY, ORGANIZATION):
                    if span.kind == ADJECTIVE:
                        continue
                    return span, span.end
    return None


def find_titles(doc: Doc) -> list[Title]:
    """Title phrases in the text, not yet attached to whom they serve."""
    text = doc.ftext
    found: list[Title] = []
    for m in _matcher().find(text):
        end, role = m.end, m.value.en
        if found and _sender(text, found[-1], m.word_start, m.value.kind):
            found[-1].end = found[-1].stop = end  # "سفير خادم الحرمين الشريفين": whose envoy
            found[-1].state = found[-1].state or m.value.state
            continue
        if m.value.kind == MINISTER and " of " in role:
            end, role = coordinated_portfolios(text, end, role)
        found.append(
            Title(
                m.word_start,
                end,
                role,
                m.value.kind,
                m.value.plural,
                conj="و" in text[m.word_start : m.start],
                preposition=_after_preposition(text[m.word_start : m.start]),
                construct=m.value.construct,
                stop=end,
                state=m.value.state,
            )
        )
    return found


def _after_preposition(prefix: str) -> bool:
    """Whether what a title's word carries before it holds a preposition (ل, ب, ك).

    >>> _after_preposition("لل"), _after_preposition("وبال"), _after_preposition("وال")
    (True, True, False)
    """
    return any(c in PREPOSITIONS for c in prefix.removesuffix("ال"))


def _sender(text: str, envoy: Title, start: int, kind: str) -> bool:
    """A head of state or an official right after an envoy's title is who sent the envoy
    (`سفير خادم الحرمين الشريفين`, `مبعوث الأمين العام`), not the envoy's own office."""
    return envoy.kind == ENVOY and kind in SENDERS and text[envoy.end : start] == " "


@cache
def _portfolio_forms() -> tuple[tuple[str, str], ...]:
    """Folded portfolio spellings, with and without the article, longest first."""
    forms = {fold(f): p.en for p in portfolios() for f in (p.ar, indefinite(p.ar))}
    return tuple(sorted(forms.items(), key=lambda item: -len(item[0])))


def coordinated_portfolios(text: str, end: int, role: str) -> tuple[int, str]:
    """ "وزير الاقتصاد والتجارة والصناعة": the portfolios joined by و after a minister's
    title belong to it (folded `text`).

    >>> coordinated_portfolios(fold(" والتجاره والصناعه ياسو"), 0, "Minister of Economy")
    (18, 'Minister of Economy, Trade and Industry')

    The state's nationals abroad are a portfolio too (`ABROAD`):

    >>> text = fold(" والهجرة وشؤون الليبيين بالخارج الليبي")
    >>> end, role = coordinated_portfolios(text, 0, "Minister of Foreign Affairs")
    >>> text[:end]
    ' والهجره وشوون الليبيين بالخارج'
    >>> role
    'Minister of Foreign Affairs, Migration and Nationals Abroad'
    """
    fields = [role.split(" of ", 1)[1]]
    while text.startswith(" و", end):
        form = next(
            (f for f in _portfolio_forms() if text.startswith(f[0], end + 2)
             and not text[end + 2 + len(f[0]) : end + 3 + len(f[0])].isalnum()),
            None,
        )  # fmt: skip
        if form is not None:
            end += 2 + len(form[0])
            fields.append(form[1])
        elif (abroad := ABROAD.match(text, end)) is not None:
            end = abroad.end()
            fields.append("Nationals Abroad")
        else:
            break
    if len(fields) == 1:
        return end, role
    atoms = [a for f in fields for a in f.split(" and ")]  # "Trade and Industry" is two
    joined = f"{', '.join(atoms[:-1])} and {atoms[-1]}"
    return end, f"{role.split(' of ', 1)[0]} of {joined}"


def _past_company_form(text: str, pos: int) -> int:
    """Past the legal form after a company's name ("المحدودة"), which the title group keeps."""
    for form in COMPANY_FORMS:
        if text.startswith(" " + form, pos) and not text[pos + 1 + len(form) :][:1].isalnum():
            return pos + 1 + len(form)
    return pos


def _field_end(text: str, pos: int) -> int | None:
    """The end of the field of an office right after `pos` (folded `text`): "للشؤون
    الاقتصادية والتجارية", or a ministry's portfolio with ل ("وزيرة الدولة للتعاون الدولي").

    >>> text = fold(" للتعاون الدولي الإماراتية")
    >>> text[: _field_end(text, 0)]
    ' للتعاون الدولي'
    """
    field = FIELD.match(text, pos)
    if field is not None:
        return field.end()
    if not text.startswith(" لل", pos):
        return None
    for form, _ in _portfolio_forms():
        # ل + "التعاون الدولي" is written "للتعاون الدولي": the article's alef drops
        if form.startswith("ال") and text.startswith(form[2:], pos + 3):
            end = pos + 3 + len(form) - 2
            if not text[end : end + 1].isalnum():
                return end
    return None


def _straddled(title: Title, countries: list[Span]) -> tuple[Span, int] | None:
    """ "رئيس الجمهورية الإسلامية الإيرانية", "رئيس مجلس الشورى السعودي": the name of a
    country or a body begins inside the title. `countries` (and bodies) are in text order."""
    start = attrgetter("start")
    first = bisect_right(countries, title.start, key=start)
    for k in range(first, bisect_left(countries, title.end, key=start)):
        if title.end < countries[k].end:
            return countries[k], countries[k].end
    return None


def _host_after(text: str, pos: int, starts: dict[int, Span]) -> int:
    """ "السفير الإماراتي لدى الهند": the country an envoy is accredited to closes the title
    group (the owner stays the sending state)."""
    after = skip(text, pos, BLANK)
    if not text.startswith(HOST + " ", after):
        return pos
    span = starts.get(skip(text, after + len(HOST), BLANK))
    if span is None or span.label not in (COUNTRY, ORGANIZATION):
        return pos
    return span.end


def attach_owners(doc: Doc, titles: list[Title], owners: list[Span]) -> list[Title]:
    """Read after each title the country or body it serves, when the text says; a title in
    the construct form without its owner ("رئيس" alone) was no title."""
    starts = {s.start: s for s in owners}
    countries = sorted(
        (s for s in owners if s.label in (COUNTRY, ORGANIZATION)),
        key=attrgetter("start"),
    )
    for title in titles:
        owner = _owner_at(doc.ftext, title.end, starts, title.kind == ENVOY)
        field = _field_end(doc.ftext, title.end)
        if owner is None and field is not None:  # "وزير مستشار للشؤون الاقتصادية بسفارة X"
            owner = _owner_at(doc.ftext, field, starts, title.kind == ENVOY)
        owner = owner or _straddled(title, countries)
        if owner is not None:
            title.of, title.stop = owner
            title.owners = (title.of,)
        if title.of is not None and title.of.label == ORGANIZATION:
            title.stop = _past_company_form(doc.ftext, title.stop)
        title.stop = _host_after(doc.ftext, title.stop, starts)
        while title.plural and title.of is not None:  # "رئيسا طاجيكستان وأوزبكستان"
            more = starts.get(skip(doc.ftext, title.stop, BLANK))
            if more is None or doc.ftext[more.start] != "و" or more.label != title.of.label:
                break
            title.owners += (more,)
            title.stop = more.end
    return [t for t in titles if t.of is not None or not t.construct]
