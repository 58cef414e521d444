"""Spans → entities: one entity per real-world thing in the article.

Spans that share a `ref` are one entity. People are merged further across spellings by
the rule the graph merge uses too (`kg.text.person_names.same_person`): two spellings of
one name (`سليمانوف` / `سليمانيوف`), and, inside an article, a lone surname with the full
name it ends.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import chain
from operator import attrgetter

from kg.extraction.document import Doc
from kg.extraction.labels import ORGANIZATION, PERSON
from kg.extraction.memo import remembered
from kg.extraction.people import name_key
from kg.extraction.spans import Span
from kg.lexicon.gazetteer import names_ar
from kg.lexicon.triggers import head_words
from kg.models import Entity, Mention, built
from kg.text.clitics import bare, proclitic_cut
from kg.text.person_names import same_person_keys


def person_aliases(spans: list[Span]) -> dict[str, str]:
    """ref → the ref of the person it names too (first seen wins).

    Only a name with the same first word (a conjunction aside) or, for a lone surname, the
    same last word can be the same person, so each name is compared with those alone.
    """
    refs = list(dict.fromkeys(s.ref for s in spans if s.label == PERSON))
    names = [name_key(ref.split(":", 1)[1]) for ref in refs]
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
            if same_person_keys(names[k], name, in_article=True):
                alias[ref] = refs[k]
                break
        else:
            if len(words) >= 2:
                by_first[words[0]].append(i)
                by_last[words[-1]].append(i)
    return alias


def body_aliases(doc: Doc, spans: list[Span]) -> dict[str, str]:
    """ref → the listed body that a body found by a pattern names in short: "مجلس التعاون"
    in an article that names "مجلس التعاون لدول الخليج العربية" (its words, proclitics and
    article aside, open the listed name; two words at least), or that a listed name follows
    in brackets ("وكالة الأنباء الإيرانية (إرنا)")."""
    bodies = [s for s in spans if s.label == ORGANIZATION]
    listed = [s for s in bodies if not s.ref.startswith(FOUND_BODY)]
    if not listed or len(listed) == len(bodies):
        return {}
    alias: dict[str, str] = {}
    for s in bodies:
        if not s.ref.startswith(FOUND_BODY) or s.ref in alias:
            continue
        bracketed = next((t for t in listed if _in_brackets_after(doc.ftext, s, t)), None)
        if bracketed is not None:
            alias[s.ref] = bracketed.ref
            continue
        words = _bare_words(doc, s)
        if len(words) < 2:
            continue
        for t in listed:
            whole = _bare_words(doc, t)
            if (
                len(whole) > len(words)
                and whole[1 : len(words)] == words[1:]
                and (
                    words[0] == whole[0]
                    or (words[0][:1] in _CLITIC_LETTERS and words[0][1:] == whole[0])
                )
            ):  # a body found by a pattern keeps its proclitic: "لمجلس التعاون"
                alias[s.ref] = t.ref
                break
    return alias


def _in_brackets_after(text: str, s: Span, t: Span) -> bool:
    """Whether `t` stands alone in brackets right after `s` (folded `text`)."""
    return (
        0 < t.start - s.end <= 3
        and text[s.end : t.start].strip() == "("
        and text[t.end : t.end + 2].strip()[:1] == ")"
    )


def _bare_words(doc: Doc, s: Span) -> list[str]:
    """The folded words of span `s` without proclitics or article ("لمجلس التعاون" → مجلس،
    تعاون)."""
    return [bare(w) for w in doc.ftext[s.start + len(s.proclitics) : s.end].split()]


_CUTS: dict[str, tuple[int, str]] = {}  # a first word -> its `_head_cut`
_CLITIC_LETTERS = frozenset("وفبلك")
START = attrgetter("start")
FOUND_BODY = "Org:"  # the ref of a body the patterns found (`kg.extraction.organizations`)


def display_name(doc: Doc, span: Span, printed: str | None = None) -> str:
    """The Arabic name of a span as printed, without the proclitics its first word carries.

    "وللجنة الحكومية" shows as "اللجنة الحكومية", "ووزارة الخارجية" as "وزارة الخارجية",
    "وستيفان …" as "ستيفان …" (the person's own name, from its ref, says where it starts).
    `printed`: the span's own characters (`doc.original`), when the caller has them (its
    mention's text).
    """
    if span.kind == "adjective" or doc.ftext[span.start : span.start + 1] not in _CLITIC_LETTERS:
        # a nisba; or a word with no proclitic
        return doc.original(span.start, span.end) if printed is None else printed
    word = doc.ftext[span.start : span.end].split(" ", 1)[0]
    if span.label == PERSON:
        first = span.ref.partition(":")[2].split(" ", 1)[0]
        drop, put = proclitic_cut(word, first.__eq__)
    else:
        drop, put = remembered(_CUTS, word, _head_cut)
    return put + doc.original(span.start + drop, span.end)


def _head_cut(word: str) -> tuple[int, str]:
    """`proclitic_cut` of the first word of a name that is not a person's: a proclitic goes
    when a head noun is left ("ووزارة", "للجنة"); remembered per word (`_CUTS`)."""
    return proclitic_cut(word, head_words().__contains__)


def _naming_order(s: Span, key: str) -> tuple[bool, bool, bool, int]:
    """Which span of an entity names it: a gazetteer's name first (a listed person under an
    unlisted spelling's key), then the key's own span, then the longest."""
    return (s.qid is not None, s.kind == "listed", s.ref == key, s.end - s.start)


def resolve(doc: Doc, spans: list[Span]) -> tuple[list[Entity], dict[str, str]]:
    """Entities of the article, and the entity key of every span ref."""
    alias = person_aliases(spans) | body_aliases(doc, spans)
    keys: dict[str, str] = {}
    groups: defaultdict[str, list[Span]] = defaultdict(list)
    for s in spans:
        key = keys[s.ref] = alias.get(s.ref, s.ref)
        groups[key].append(s)
    entities = []
    arabic = names_ar()
    new_mention = doc.mention
    for key, group in groups.items():
        if len(group) == 1:  # most entities: named once
            named = group[0]
            mention = new_mention(named.start, named.end)
            mentions: tuple[Mention, ...] = (mention,)
        else:
            group.sort(key=START)
            by_range = {(s.start, s.end): new_mention(s.start, s.end) for s in group}  # in order
            named, best = group[0], _naming_order(group[0], key)
            for s in group:  # the first of the best (`max`, without a Python call per span)
                order = (s.qid is not None, s.kind == "listed", s.ref == key, s.end - s.start)
                if order > best:
                    named, best = s, order
            mention = by_range[named.start, named.end]
            mentions = tuple(by_range.values())
        fields: dict[str, object] = {
            "key": key,
            "label": group[0].label,
            "name": named.name,
            "name_ar": arabic.get(named.ref)
            or named.name_ar
            or display_name(doc, named, mention.text),
            "mentions": mentions,
        }
        if named.qid is not None:  # else the default: a field left out costs no check
            fields["wikidata"] = named.qid
        if named.country is not None:
            fields["country"] = named.country
        entities.append(built(Entity, fields))
    return entities, keys
