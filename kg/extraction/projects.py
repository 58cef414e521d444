"""Projects: routes spelled as places joined by dashes, and oil and gas fields.

`خط أنابيب النفط في باكو - تبليسي - جيهان` is a pipeline through three places; the places
in the name become Place (or Country) spans — unknown ones too, by their position in the
route — and the project passes through each. A route needs a project head noun shortly
before it, or three stops of which two are known places, so that a bilateral body's name
(`الأذربيجانية - كازاخستان`) is not taken for a route.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from operator import attrgetter

from kg.extraction.document import Doc, Word
from kg.extraction.headed import Head, find_heads
from kg.extraction.known import ADJECTIVE
from kg.extraction.labels import COUNTRY, PLACE, PROJECT
from kg.extraction.named_projects import find_named_projects
from kg.extraction.phrases import extend
from kg.extraction.spans import Occupied, Span
from kg.lexicon.words import directions, function_words
from kg.text.clitics import bare
from kg.text.romanize import romanize

DASH = re.compile(r" ?- ?|  ")  # two spaces: a tatweel used as a dash, folded away
LINKING = re.compile(r"يربط|تربط|بين|الي|مرورا|عبر|من ")
WINDOW = 120  # folded characters after a head noun in which its route is named
HEAD_WINDOW = 40  # folded characters between a head noun and the route it names
FIELD = "field"
ROUTE = "route"
KIND_PRIORITY = ("pipeline", "railway", "cable", "corridor", "road", "project", ROUTE)
SPECIFIC = frozenset({"pipeline", "railway", "cable"})
LINKABLE = SPECIFIC | {"corridor"}  # "طريق", "مشروع" are too common to open a route
START = attrgetter("start")  # the bisect key of spans in text order
STOP_KINDS = frozenset({"capital", "city", "port", "country", "adjective"})


def _routes(doc: Doc) -> list[list[Word]]:
    """Runs of two or more words joined by dashes, read from the dashes (a few per article)
    rather than from every gap between words."""
    words, text = doc.words, doc.ftext
    chains: list[list[Word]] = []
    chain: list[Word] = []
    for m in _dashes(text):
        k = doc.word_at(m.end())
        if k == 0 or k == len(words) or words[k].start != m.end() or words[k - 1].end != m.start():
            continue  # the dash is not the whole gap between two words
        if chain and chain[-1].n == k - 1:
            chain.append(words[k])
            continue
        if chain and chain[-1].n == k - 2 and text[chain[-1].end : words[k - 1].start] == " ":
            chain += [words[k - 1], words[k]]  # "الرباط - الدار البيضاء - مراكش"
            continue
        if len(chain) >= 2:
            chains.append(chain)
        chain = [words[k - 1], words[k]]
    if len(chain) >= 2:
        chains.append(chain)
    return chains


def _dashes(text: str) -> Iterator[re.Match[str]]:
    """The matches of `DASH`, as `finditer` gives them, searched for from each next hyphen
    or double space: the pattern opens with an optional space, so the regex engine has no
    letter to skip ahead to and would try every character of the article."""
    pos = 0
    while True:
        hyphen, spaces = text.find("-", pos), text.find("  ", pos)
        # a match holds a hyphen (at its start or after one space) or two spaces
        firsts = [max(pos, hyphen - 1)] if hyphen != -1 else []
        firsts += [spaces] if spaces != -1 else []
        m = DASH.search(text, min(firsts)) if firsts else None
        if m is None:
            return
        yield m
        pos = m.end()


def find_projects(doc: Doc, known: list[Span], occupied: Occupied) -> list[Span]:
    """Project spans (attrs["through"]: the stops) and the Place spans of unknown stops."""
    heads = find_heads(doc, PROJECT)
    listed_projects = [s for s in known if s.label == PROJECT]
    out = find_named_projects(doc, heads, known, occupied)
    out += _routes_named(doc, heads, known, occupied)
    out += _fields(doc, heads, occupied)
    out += _linked(doc, heads, known, occupied)
    out += _linked_known(doc, known, listed_projects)
    if not out:
        return out  # no project: nothing to name
    listed = {}
    for kind, refs in _kinds(listed_projects).items():
        if len(refs) == 1:  # the article's one listed pipeline: "خط أنابيب" is that one
            listed[kind] = next(iter(refs.values()))
    _name_by_stops([s for s in out if s.label == PROJECT], listed)
    return out


def _kinds(known: list[Span]) -> dict[str, dict[str, tuple[str, str]]]:
    """Listed projects of the article by kind: ref -> (name, ref)."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for s in known:
        if s.label == PROJECT:
            out.setdefault(s.kind, {})[s.ref] = (s.name, s.ref)
    return out


def _routes_named(
    doc: Doc, heads: tuple[Head, ...], known: list[Span], occupied: Occupied
) -> list[Span]:
    routes = _routes(doc)
    if not routes:
        return []  # most articles
    at = {s.start: s for s in known}
    out: list[Span] = []
    for chain in routes:
        # "عشق آباد - هرات": a stop may be a name of two words
        stops = [_covering(known, w.start) for w in chain]
        if any(s is not None and not _is_stop(s) for s in stops):
            continue
        joined = _one_name_a_stop(doc, chain, stops)
        if joined is None:
            continue
        chain, stops = joined
        first = stops[0].start if stops[0] is not None else chain[0].start
        if len(chain) == 2 and not doc.ftext[:first].rsplit("\n", 1)[-1].strip():
            continue  # "طشقند - وقعت …" opens a line: a dateline, not a route of two stops
        near = [h for h in heads if 0 <= first - h.end <= HEAD_WINDOW]
        near = [h for h in near if "\n" not in doc.ftext[h.end : first]]  # a headline's head
        head = max(near, key=lambda h: h.end) if near else None
        if head is None and (len(chain) < 3 or sum(s is not None for s in stops) < 2):
            continue
        places = []
        bearing = []
        for w, s in zip(chain, stops, strict=True):
            if s is None:
                if (direction := directions().get(w.text)) is not None:
                    bearing.append(direction)
                    continue  # "شرق - غرب": the route's bearing names it, no place
                if w.text in function_words() or w.text.startswith("ال"):
                    break  # "الشمال - الجنوب": directions, not places the gazetteer lacks
                s = Span(PLACE, w.start, w.end, ref="Place:" + bare(w.text),
                         name=romanize(w.text))  # fmt: skip
                out.append(s)
            places.append(s)
        else:
            after = at.get(chain[-1].end + 1)  # "جيهان التركي": the country the end lies in
            through = places + ([after] if after is not None and after.kind == ADJECTIVE else [])
            kind = head.kind if head else ROUTE
            spans = [Span(PROJECT, first, chain[-1].end, "", "", kind=kind)]
            if head is not None:
                spans.append(Span(PROJECT, head.start, chain[-1].end, "", "", kind=kind))
                occupied.add(head.start, head.end)
            for span in spans:
                span.attrs["through"] = through
                span.attrs["stops"] = places
                if bearing and not places:
                    span.attrs["bearing"] = "–".join(bearing)
            out += spans
            occupied.add(first, chain[-1].end)
    return out


def _one_name_a_stop(
    doc: Doc, chain: list[Word], stops: list[Span | None]
) -> tuple[list[Word], list[Span | None]] | None:
    """A chain's words with each stop once: two words joined by a space (not a dash) must
    be one known name ("الدار البيضاء"), else the chain is no route."""
    words, kept = [chain[0]], [stops[0]]
    for w, s in zip(chain[1:], stops[1:], strict=True):
        if doc.ftext[words[-1].end : w.start] == " ":
            if s is None or s is not kept[-1]:
                return None
            words[-1] = w  # the stop's name ends here
            continue
        words.append(w)
        kept.append(s)
    return words, kept


def _covering(known: list[Span], pos: int) -> Span | None:
    """The known name that covers `pos`, if any (known names come in text order and never
    overlap)."""
    k = bisect_right(known, pos, key=START) - 1
    return known[k] if k >= 0 and pos < known[k].end else None


def _is_stop(span: Span) -> bool:
    """A place or a country named as such (a nisba is an adjective, not a stop)."""
    return span.kind != ADJECTIVE and span.label in (PLACE, COUNTRY)


def _name_by_stops(projects: list[Span], listed: dict[str, tuple[str, str]]) -> None:
    """Routes with the same stops are one project, named by its most specific head noun."""
    groups: dict[str, list[Span]] = {}
    for p in projects:
        stops = p.attrs.get("stops")
        if isinstance(stops, list):
            named = "–".join(s.name for s in stops) or str(p.attrs.get("bearing", ""))
            groups.setdefault(named, []).append(p)
    by_kind = dict(listed)
    for stops, spans in groups.items():
        if all(s.attrs.get("linked") for s in spans):
            ends = stops.split("–")  # "يربط … عبر …": named by where it starts and ends
            stops = "–".join(dict.fromkeys((ends[0], ends[-1])))
        kinds = [s.kind for s in spans]
        kind = min(kinds, key=lambda k: KIND_PRIORITY.index(k) if k in KIND_PRIORITY else 99)
        for s in spans:
            s.name, s.ref = f"{stops} {kind}", f"Project:{stops}"
            by_kind.setdefault(s.kind, (s.name, s.ref))
    for p in projects:
        if not p.ref:  # "كابل بحري جديد" after "كابل بحري يربط …": the cable named there
            p.name, p.ref = by_kind.get(p.kind, (p.kind, f"Project:{p.kind}"))


def _joined(
    doc: Doc, known: list[Span], start: int, end: int
) -> tuple[list[Span], list[Span], bool]:
    """The places named after a project that spans `start`-`end` in its sentence, before a
    comma: (stops, distinct stops, whether a linking word joins two or more of them)."""
    text = doc.ftext
    _, sentence_end = doc.sentence_fspan(doc.sentence_of(start))
    comma = text.find("،", end, sentence_end)
    window_end = min(sentence_end, end + WINDOW, comma if comma >= 0 else sentence_end)
    ahead = known[bisect_left(known, end, key=START) : bisect_left(known, window_end, key=START)]
    stops = [s for s in ahead if s.label in (PLACE, COUNTRY) and s.kind in STOP_KINDS]
    distinct = list({s.ref: s for s in stops}.values())
    linked = LINKING.search(text, end, window_end) is not None and len(distinct) >= 2
    return stops, distinct, linked


def _linked_known(doc: Doc, known: list[Span], projects: list[Span]) -> list[Span]:
    """`يمر خط أنابيب الغاز العربي عبر الأردن وسوريا`: a listed project (of `projects`, the
    known names that are projects) keeps its name and passes through the places the
    sentence links it to."""
    out = []
    for s in projects:
        _, distinct, linked = _joined(doc, known, s.start, s.end)
        if linked:
            p = Span(PROJECT, s.start, s.end, s.ref, s.name, s.qid, s.country, s.kind)
            p.attrs["through"] = distinct  # no "stops": it is not named by them
            out.append(p)
    return out


def _linked(doc: Doc, heads: tuple[Head, ...], known: list[Span], occupied: Occupied) -> list[Span]:
    """`كابل بحري يربط مصر واليونان عبر جزيرة كريت`, `خط أنابيب نقل الغاز النيجيري
    إلى المغرب مرورا بأراضي موريتانيا`: a head noun, a linking word, and the places it joins.
    A pipeline, railway or cable head with no route is still a project the text introduces."""
    out = []
    for h in heads:
        if h.kind not in LINKABLE or occupied.taken(h.start, h.end):
            continue
        stops, distinct, linked = _joined(doc, known, h.start, h.end)
        if not linked and not (h.kind in SPECIFIC and not h.definite):
            continue
        end = extend(doc, h.end, construct=0 if h.definite else 1, max_words=3)
        project = Span(PROJECT, h.start, end, "", "", kind=h.kind)
        if linked:
            route = Span(PROJECT, h.start, max(end, stops[-1].end), "", "", kind=h.kind)
            for p in (project, route):
                p.attrs["through"] = p.attrs["stops"] = distinct
                p.attrs["linked"] = True
            out.append(route)
        occupied.add(h.start, end)
        out.append(project)
    return out


def _fields(doc: Doc, heads: tuple[Head, ...], occupied: Occupied) -> list[Span]:
    """`حقل تنكيز`: a field head followed by a name that is not a word of the language."""
    out = []
    for h in heads:
        if h.kind != FIELD:
            continue
        i = doc.word_at(h.end)
        if i >= len(doc.words):
            continue
        w = doc.words[i]
        name_word = w.text.strip('"')
        if (
            doc.ftext[h.end : w.start].strip(' "') == ""
            and not name_word.startswith("ال")
            and name_word not in function_words()
            and not occupied.taken(w.start, w.end)
        ):
            name = romanize(name_word) + " field"
            out.append(Span(PROJECT, h.start, w.end, "Project:" + name, name, kind=FIELD))
            out.append(Span(PROJECT, w.start, w.end, "Project:" + name, name, kind=FIELD))
    return out
