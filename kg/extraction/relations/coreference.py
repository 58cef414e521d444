"""Event coreference: two names of one event in an article become one entity.

An article may name one summit twice: "قمة إسطنبول" (after its place) and "القمة الحادية
عشرة للدول الأعضاء" (by its number and body), which the text says Istanbul hosts. The
sentence rules see two events; a coreference rule (`@coreference_rule`) reads what they
stated and says which event keys name one event, and `merge_events` folds the relations
of one into the other before the frame rules run, so the participants, place and date
found near either name attach to the one event. Each merge keeps the id of its rule.

>>> from kg import extract
>>> g = extract("تستضيف مدينة إسطنبول القمة الحادية عشرة لمنظمة التعاون الاقتصادي. "
...             "ويشارك الرئيس الإيراني محمود أحمدي نجاد في قمة إسطنبول.")
>>> [len(e.mentions) for e in g.entities if e.label == "Event"]
[2]
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from kg.extraction.cues import Cues
from kg.extraction.labels import COUNTRY, EVENT, HELD_IN, PART_OF, PLACE
from kg.extraction.relations.registry import Cue, Relations
from kg.extraction.spans import Span
from kg.models import Entity
from kg.schema import RelType
from kg.text.numbers import ordinal_at_folded

PLACES = (PLACE, COUNTRY)
log = logging.getLogger(__name__)  # says which rule merged two events, and why


class Named(NamedTuple):
    """One event entity as its mentions name it: its kind and the place it is named after."""

    key: str
    kind: str
    place: str | None  # entity key of the place in its name ("قمة باكو"), if any
    ordinal: int | None
    ends: tuple[int, ...]  # where its mentions end (folded offsets)
    qualities: frozenset[str] = frozenset()  # the adjectives right after its head nouns


class Same(NamedTuple):
    """What a coreference rule states: event `drop` is event `keep`."""

    drop: str
    keep: str


CorefReader = Callable[[list[Named], Relations, Cues[Cue]], Iterator[Same]]


@dataclass(frozen=True)
class CorefRule:
    """A named coreference rule and its reader."""

    id: str
    read: CorefReader
    doc: str


COREF_RULES: list[CorefRule] = []


def coreference_rule(read: CorefReader) -> CorefReader:
    """Register the decorated function as a coreference rule named after it."""
    COREF_RULES.append(CorefRule(read.__name__, read, (read.__doc__ or "").strip()))
    return read


SUMMIT = "summit"
LEADERS_WITHIN = 12  # "الاجتماع الأول لقادة دول …": the leaders right after a meeting's name


def kind_of(s: Span, cues: Cues[Cue]) -> str:
    """The kind of event a mention names; a meeting of leaders ("اجتماع قادة الدول",
    "اللقاء التشاوري لرؤساء الدول") is a summit."""
    if s.kind == "meeting" and cues.first(Cue.LEADERS, s.start, s.end + LEADERS_WITHIN):
        return SUMMIT
    return s.kind


def named_events(
    spans: list[Span], keys: dict[str, str], cues: Cues[Cue], text: str
) -> list[Named]:
    """Each event entity once, with the kind, place, ordinal and adjectives its mentions give
    it."""
    out: dict[str, Named] = {}
    for s in spans:
        if s.label != EVENT or (key := keys.get(s.ref)) is None:
            continue
        owner = s.attrs.get("owner")
        place = keys.get(owner.ref) if isinstance(owner, Span) and owner.label in PLACES else None
        ordinal = s.attrs.get("ordinal")
        old = out.get(key)
        quality = _quality(text, s)
        out[key] = Named(
            key,
            old.kind if old else kind_of(s, cues),
            (old.place if old else None) or place,
            (old.ordinal if old else None) or (ordinal if isinstance(ordinal, int) else None),
            (old.ends if old else ()) + (s.end,),
            _with(old.qualities if old else frozenset(), quality),
        )
    return list(out.values())


def _with(qualities: frozenset[str], quality: str | None) -> frozenset[str]:
    """`qualities` and `quality`, if any (no new set when there is none to add)."""
    return qualities | {quality} if quality else qualities


# A relative adjective after an event's head noun ("التشاوري", "الخليجية"), folded.
QUALITY = re.compile(r"ال\w+ي(?:ه)?")


def _quality(text: str, s: Span) -> str | None:
    """The adjective right after the head noun of an event's mention ("القمة التشاورية",
    "اللقاء التشاوري لقادة …": "التشاوري"), in its masculine form — not an ordinal
    ("القمة الثانية")."""
    space = text.find(" ", s.start, s.end)
    if space == -1:
        return None
    word = QUALITY.match(text, space + 1, s.end)
    if word is None:
        return None
    if word.end() < s.end and text[word.end()] != " ":
        return None  # the word goes on: not a relative adjective
    if ordinal_at_folded(text, space) is not None:
        return None  # read last: it may run the number tokenizer
    found = word.group()
    return found[:-1] if found.endswith("يه") else found


def _targets(rel: Relations, type_: str) -> dict[str, set[str]]:
    """The targets of each entity's `type_` relations (HELD_IN: the places an event was held
    in; PART_OF: the bodies and events it is part of), by entity key."""
    targets: dict[str, set[str]] = defaultdict(set)
    for src, t, dst in rel.out:
        if t == type_:
            targets[src].add(dst)
    return targets


# How far after an event's name a word may say it is another time's ("قمة باكو السابقة").
OTHER_TIME_WITHIN = 30


def _of_another_time(e: Named, text: str, cues: Cues[Cue]) -> bool:
    """Whether a mention of `e` is said to be an earlier or later one ("قمة طهران السابقة",
    "القمة المقبلة في الدوحة")."""
    for end in e.ends:
        hit = cues.first(Cue.OTHER_TIME, end, end + OTHER_TIME_WITHIN)
        if hit is not None and not any(c in text[end : hit[0]] for c in ".،,؛:"):
            return True
    return False


@coreference_rule
def named_after_the_place_that_holds_it(
    events: list[Named], rel: Relations, cues: Cues[Cue]
) -> Iterator[Same]:
    """ "تستضيف إسطنبول القمة الحادية عشرة …" and "في قمة إسطنبول": an event named after a
    place is the one event of its kind, not named after a place, that the text says was held
    there — not when the article names two events of that kind after places ("قمة باكو"
    and "قمة إسطنبول" are earlier summits, each its own)."""
    placed = [e for e in events if e.place is not None]
    if not placed:
        return
    held = _targets(rel, HELD_IN)
    for e in placed:
        same_kind = [o for o in events if o.kind == e.kind and o.key != e.key]
        if any(o.place is not None for o in same_kind):
            continue  # "قمة باكو" and "قمة إسطنبول": two summits, each its own
        there = [o for o in same_kind if e.place in held[o.key]]
        if len(there) == 1:
            yield Same(e.key, there[0].key)


@coreference_rule
def named_after_a_place_and_by_number(
    events: list[Named], rel: Relations, cues: Cues[Cue]
) -> Iterator[Same]:
    """ "قمة الدوحة" in the headline, "القمة الحادية عشرة لمجلس التعاون" in the text: when the
    article names just two events of a kind, one after a place and one by its number or
    body with no place of its own, they are one — not when the place-named one is said to
    be another time's ("قمة طهران السابقة")."""
    placed = [e for e in events if e.place is not None]
    if not placed:
        return
    held = _targets(rel, HELD_IN)
    for e in placed:
        others = [o for o in events if o.kind == e.kind and o.key != e.key]
        if len(others) != 1 or others[0].place is not None or held[others[0].key]:
            continue
        if not _of_another_time(e, rel.doc.ftext, cues) and not _of_another_time(
            others[0], rel.doc.ftext, cues
        ):
            yield Same(e.key, others[0].key)


@coreference_rule
def same_number_same_kind(events: list[Named], rel: Relations, cues: Cues[Cue]) -> Iterator[Same]:
    """ "القمة الأولى لمجلس التعاون مع دول آسيا الوسطى" and "الاجتماع الأول لقادة الدول":
    two events of one kind (a meeting of leaders is a summit) with the same number are one
    — not when they belong to two different bodies."""
    numbered = [e for e in events if e.ordinal is not None]
    if len(numbered) < 2:
        return
    part_of = _targets(rel, PART_OF)
    for i, e in enumerate(numbered):
        for o in numbered[:i]:
            bodies = part_of[e.key] | part_of[o.key]
            if (e.kind, e.ordinal) == (o.kind, o.ordinal) and len(bodies) <= 1:
                yield Same(e.key, o.key)
                break


@coreference_rule
def same_kind_same_quality(events: list[Named], rel: Relations, cues: Cues[Cue]) -> Iterator[Same]:
    """ "اللقاء التشاوري لقادة الدول" and "القمة التشاورية", "القمة الإفريقية الأولى" and
    "القمة الإفريقية - الآسيوية": two events of one kind (a meeting of leaders is a summit)
    whose names give them the same adjective are one — not when their numbers or places
    differ, when they belong to two different bodies, or when either is said to be another
    time's ("القمة العربية السابقة")."""
    qualified = [e for e in events if e.qualities]
    if len(qualified) < 2:
        return
    held = _targets(rel, HELD_IN)
    part_of = _targets(rel, PART_OF)
    text = rel.doc.ftext
    for i, e in enumerate(qualified):
        for o in qualified[:i]:
            if (
                e.kind != o.kind
                or e.qualities.isdisjoint(o.qualities)
                or (None not in (e.ordinal, o.ordinal) and e.ordinal != o.ordinal)
                or (held[e.key] and held[o.key] and held[e.key].isdisjoint(held[o.key]))
                or len(part_of[e.key] | part_of[o.key]) > 1
                or _of_another_time(e, text, cues)
                or _of_another_time(o, text, cues)
            ):
                continue
            yield Same(e.key, o.key)
            break


def merge_events(spans: list[Span], rel: Relations, cues: Cues[Cue]) -> dict[str, str]:
    """Fold the events the coreference rules say are one: their relations, and the keys of
    their spans (`rel.keys`, in place). Returns dropped key -> kept key."""
    events = named_events(spans, rel.keys, cues, rel.doc.ftext)
    if len(events) < 2:
        return {}
    alias: dict[str, str] = {}
    for r in COREF_RULES:
        for same in r.read(events, rel, cues):
            keep = alias.get(same.keep, same.keep)
            if same.drop not in alias and keep != same.drop:
                alias[same.drop] = keep
                log.debug("event %s is %s: %s", same.drop, keep, r.id)
    if alias:
        _rekey(rel, alias)
    return alias


def _rekey(rel: Relations, alias: dict[str, str]) -> None:
    for ref, key in rel.keys.items():
        if key in alias:
            rel.keys[ref] = alias[key]
    out = {}
    for (src, type_, dst), r in rel.out.items():
        src, dst = alias.get(src, src), alias.get(dst, dst)
        if src != dst and (src, type_, dst) not in out:
            if type_ == RelType.MET_WITH and (dst, type_, src) in out:
                continue
            out[(src, type_, dst)] = r._replace(source=src, target=dst)
    rel.out = out


def merged_entities(entities: list[Entity], alias: dict[str, str]) -> list[Entity]:
    """The entities with each dropped event's mentions added to the event it is.

    >>> from kg.models import Mention
    >>> from kg.schema import Label
    >>> def ev(key, text, at):
    ...     m = Mention(text=text, start=at, end=at + len(text), sentence=0)
    ...     return Entity(key=key, label=Label.EVENT, name=key, name_ar=text, mentions=(m,))
    >>> es = merged_entities([ev("a", "القمة", 9), ev("b", "قمة باكو", 0)], {"b": "a"})
    >>> [(e.key, [m.text for m in e.mentions]) for e in es]
    [('a', ['قمة باكو', 'القمة'])]
    """
    if not alias:
        return entities
    extra: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.key in alias:
            extra[alias[e.key]].append(e)
    out = []
    for e in entities:
        if e.key in alias:
            continue
        if e.key in extra:
            mentions = {(m.start, m.end): m for x in [e, *extra[e.key]] for m in x.mentions}
            e = e.model_copy(update={"mentions": tuple(mentions[k] for k in sorted(mentions))})
        out.append(e)
    return out
