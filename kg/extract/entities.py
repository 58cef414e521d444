"""Spans → entities: one entity per real-world thing in the article.

Spans that share a `ref` are one entity. People are merged further across spellings:
two names with the same first word whose last words are within a small edit distance on
the folded text (`سليمانوف` / `سليمانيوف`), and a lone surname with the full name it ends.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import chain
from operator import attrgetter

from kg.extract.document import Doc
from kg.extract.spans import Span
from kg.lexicon.gazetteer import names_ar
from kg.lexicon.triggers import head_words
from kg.models import Entity
from kg.schema import Label
from kg.text.clitics import proclitic_cut

MAX_SURNAME_EDITS = 2


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (two rows): names are short, so this stays cheap."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _same_person(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if len(wb) >= 2 and wb[0][:1] in "وف" and wb[0][1:] == wa[0]:
        wb = [wb[0][1:], *wb[1:]]  # "وشوكت ميرزيوييف" is "شوكت ميرزيوييف" after a conjunction
    if len(wb) == 1 and len(wa) >= 2:
        return wa[-1] == wb[0]  # "أردوغان" after "رجب طيب أردوغان"
    if len(wa) >= 2 and len(wb) >= 2:
        return (
            wa[0] == wb[0]
            and min(len(wa[-1]), len(wb[-1])) >= 4
            and edit_distance(wa[-1], wb[-1]) <= MAX_SURNAME_EDITS
        )
    return False


def person_aliases(spans: list[Span]) -> dict[str, str]:
    """ref → the ref of the person it names too (first seen wins).

    Only a name with the same first word (a conjunction aside) or, for a lone surname, the
    same last word can be the same person, so each name is compared with those alone.
    """
    refs = list(dict.fromkeys(s.ref for s in spans if s.label == Label.PERSON))
    names = [ref.split(":", 1)[1] for ref in refs]
    alias: dict[str, str] = {}
    by_first: defaultdict[str, list[int]] = defaultdict(list)  # word → earlier full names
    by_last: defaultdict[str, list[int]] = defaultdict(list)
    for i, (ref, name) in enumerate(zip(refs, names, strict=True)):
        words = name.split()
        if not words:
            continue
        keys = [words[0], words[0][1:]] if words[0][:1] in "وف" else [words[0]]
        candidates = by_last[words[0]] if len(words) == 1 else chain(*(by_first[k] for k in keys))
        for k in sorted(candidates):
            if _same_person(names[k], name):
                alias[ref] = refs[k]
                break
        else:
            if len(words) >= 2:
                by_first[words[0]].append(i)
                by_last[words[-1]].append(i)
    return alias


def display_name(doc: Doc, span: Span) -> str:
    """The Arabic name of a span as printed, without the proclitics its first word carries.

    "وللجنة الحكومية" shows as "اللجنة الحكومية", "ووزارة الخارجية" as "وزارة الخارجية",
    "وستيفان …" as "ستيفان …" (the person's own name, from its ref, says where it starts).
    """
    if span.kind == "adjective":  # a nisba names its country only through the gazetteer
        return doc.original(span.start, span.end)
    words = head_words()
    if span.label == Label.PERSON:
        first = span.ref.partition(":")[2].split(" ", 1)[0]
        words = frozenset({first})
    ftext = doc.ftext[span.start : span.end]
    drop, put = proclitic_cut(ftext.split(" ", 1)[0], words.__contains__)
    return put + doc.original(span.start + drop, span.end)


def resolve(doc: Doc, spans: list[Span]) -> tuple[list[Entity], dict[str, str]]:
    """Entities of the article, and the entity key of every span ref."""
    alias = person_aliases(spans)
    keys = {s.ref: alias.get(s.ref, s.ref) for s in spans}
    groups: dict[str, list[Span]] = defaultdict(list)
    for s in spans:
        groups[keys[s.ref]].append(s)
    entities = []
    for key, group in groups.items():
        group.sort(key=attrgetter("start"))
        mentions = {(s.start, s.end): doc.mention(s.start, s.end) for s in group}  # in order
        # A gazetteer's name first (a listed person under an unlisted spelling's key), then
        # the key's own span, then the longest.
        named = max(group, key=lambda s: (s.qid is not None, s.kind == "listed",
                                          s.ref == key, s.end - s.start))  # fmt: skip
        entities.append(
            Entity(
                key=key,
                label=group[0].label,
                name=named.name,
                name_ar=names_ar().get(named.ref) or display_name(doc, named),
                wikidata=named.qid,
                country=named.country,
                mentions=tuple(mentions.values()),
            )
        )
    return entities, keys
