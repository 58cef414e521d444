"""Event and document frames: the slots the sentence rules filled, read as a whole.

A sentence rather names one slot of an event than all of them: who signed the protocol,
that the protocol came out of the meeting, that the meeting happened during a visit. A
`Frame` gathers, for one Event or Document entity, what the sentence rules said about it
— participants, place, body, parent event, documents produced, topics, signers — and frame
rules (`@frame_rule`) read these frames to state what no single sentence says: the people
who signed a document at a ceremony took part in it; two people holding talks met; the
talks of an article about one visit were part of that visit.

>>> from kg import extract
>>> g = extract("عقد الاجتماع الأول للجنة المشتركة في القاهرة. وفي الختام وقع وزير "
...             "الطاقة المصري طارق الملا ونظيره الأردني صالح الخرابشة البروتوكول.")
>>> sorted(r.rule for r in g.relations if r.type == "PARTICIPATED_IN")
['signers_took_part_in_the_event', 'signers_took_part_in_the_event']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.extraction.labels import (
    COUNTRY,
    DOCUMENT,
    EVENT,
    HOLDS_POSITION,
    PART_OF,
    PERSON,
    PROJECT,
)
from kg.extraction.records import maker
from kg.extraction.relations.registry import Relations, Stated
from kg.extraction.spans import Span
from kg.schema import Label, RelType

TALKS = frozenset({"talks", "consultations"})
WITHIN_A_VISIT = TALKS | {"meeting", "session", "round", "signing", "ceremony", "press conference"}
VISIT = "visit"
CEREMONIES = frozenset({"ceremony", "signing"})
FRAMED = (EVENT, DOCUMENT)


class Slot(NamedTuple):
    """One filler of a frame slot: the entity key and the sentence that said it."""

    key: str
    sentence: int


@dataclass
class Frame:
    """An Event or Document entity and what the article says about it."""

    key: str
    label: Label
    kind: str
    first: int  # where it is first named (folded offset)
    participants: list[Slot] = field(default_factory=list)
    places: list[Slot] = field(default_factory=list)
    bodies: list[Slot] = field(default_factory=list)
    parents: list[Slot] = field(default_factory=list)
    produced: list[Slot] = field(default_factory=list)  # documents an event produced
    producers: list[Slot] = field(default_factory=list)  # events a document came out of
    topics: list[Slot] = field(default_factory=list)
    signers: list[Slot] = field(default_factory=list)


# A `Slot` from the tuple of its two fields (`kg.extraction.records`).
new_slot = maker(Slot)

# Which slot of which frame a relation fills: (frame is the source?, slot name).
SLOTS: dict[RelType, tuple[tuple[bool, str], ...]] = {
    RelType.PARTICIPATED_IN: ((False, "participants"),),
    RelType.HELD_IN: ((True, "places"),),
    RelType.PART_OF: ((True, "bodies"),),  # an event parent goes to `parents` (see below)
    RelType.PRODUCED: ((True, "produced"), (False, "producers")),
    RelType.DISCUSSED: ((True, "topics"),),
    RelType.SIGNED: ((False, "signers"),),
}


def build_frames(spans: list[Span], rel: Relations) -> dict[str, Frame]:
    """A frame for every Event and Document entity, filled from the relations so far."""
    frames: dict[str, Frame] = {}
    for s in spans:
        if s.label in FRAMED:
            key = rel.keys.get(s.ref)
            if key is not None and key not in frames:
                frames[key] = Frame(key, s.label, s.kind, s.start)
    if frames:  # else no relation fills a slot
        for r in rel.out.values():
            if r.type in SLOTS:  # most types fill none: not called for them
                fill(frames, r)
    return frames


def fill(frames: dict[str, Frame], r: Stated) -> None:
    """Put one relation into the slot of the frame(s) it fills."""
    for frame_is_source, slot in SLOTS.get(r.type, ()):
        frame = frames.get(r.source if frame_is_source else r.target)
        if frame is None:
            continue
        other = r.target if frame_is_source else r.source
        if r.type == PART_OF and other in frames:
            slot = "parents"
        getattr(frame, slot).append(new_slot((other, r.evidence.sentence)))


class KeyFact(NamedTuple):
    """What a frame rule states, between entity keys, and the sentence that supports it."""

    subject: str
    object: str
    sentence: int


FrameReader = Callable[[dict[str, Frame], Relations], Iterable[KeyFact]]


@dataclass(frozen=True)
class FrameRule:
    """A rule over the article's frames: its predicate and reader."""

    id: str
    predicate: RelType
    read: FrameReader
    doc: str


FRAME_RULES: list[FrameRule] = []


def frame_rule(predicate: RelType) -> Callable[[FrameReader], FrameReader]:
    """Register the decorated function as a frame rule named after it."""

    def register(read: FrameReader) -> FrameReader:
        FRAME_RULES.append(FrameRule(read.__name__, predicate, read, (read.__doc__ or "").strip()))
        return read

    return register


def apply_frame_rules(spans: list[Span], rel: Relations) -> None:
    """Run every frame rule once, in order, over the frames the sentence rules filled and
    the earlier frame rules added to ("ووقع الرئيسان الاتفاقية عقب المباحثات": the signers
    took part in the talks, so they are its two sides and met)."""
    frames = build_frames(spans, rel)
    if not frames:
        return  # every frame rule reads an event's or a document's frame
    for r in FRAME_RULES:
        for f in list(r.read(frames, rel)):
            n = len(rel.out)
            rel.add_keys(f.subject, r.predicate, f.object, f.sentence, r.id)
            if len(rel.out) > n:  # a later frame rule reads what this one stated
                fill(frames, rel.out[(f.subject, r.predicate, f.object)])


def _label(rel: Relations, key: str) -> Label:
    return rel.labels[key]


@frame_rule(RelType.PARTICIPATED_IN)
def signers_took_part_in_the_event(frames: dict[str, Frame], rel: Relations) -> Iterator[KeyFact]:
    """ "ووقع الوزيران البروتوكول في ختام الاجتماع": who signed a document an event produced
    took part in the event."""
    for event in frames.values():
        for doc in event.produced:
            document = frames.get(doc.key)
            for signer in document.signers if document else ():
                if _label(rel, signer.key) == PERSON:
                    yield KeyFact(signer.key, event.key, signer.sentence)


@frame_rule(RelType.MET_WITH)
def two_sides_of_talks_met(frames: dict[str, Frame], rel: Relations) -> Iterator[KeyFact]:
    """ "عقد الرئيسان A وB جلسة مباحثات": the two people who held talks met each other."""
    for event in frames.values():
        if event.kind not in TALKS:
            continue
        people = _distinct([p for p in event.participants if _label(rel, p.key) == PERSON])
        if len(people) == 2:
            a, b = people
            yield KeyFact(a.key, b.key, max(a.sentence, b.sentence))


@frame_rule(RelType.PART_OF)
def talks_during_the_visit(frames: dict[str, Frame], rel: Relations) -> Iterator[KeyFact]:
    """ "وصل الرئيس في زيارة رسمية … وعقد الجانبان جلسة مباحثات": in an article about one
    visit, its talks, meetings and signings were part of the visit."""
    visits = [f for f in frames.values() if f.kind == VISIT]
    if len(visits) != 1:
        return
    (visit,) = visits
    for event in frames.values():
        if event.label == EVENT and event.kind in WITHIN_A_VISIT and not event.parents:
            yield KeyFact(event.key, visit.key, _said(event, visit))


def _said(a: Frame, b: Frame) -> int:
    """The sentence to cite for a fact joining two frames: where either is first filled."""
    slots = [s.sentence for f in (a, b) for s in f.participants + f.places]
    return min(slots, default=0)


def _distinct(slots: list[Slot]) -> list[Slot]:
    seen: dict[str, Slot] = {}
    for s in slots:
        seen.setdefault(s.key, s)
    return list(seen.values())


@frame_rule(RelType.PARTICIPATED_IN)
def countries_of_the_two_sides(frames: dict[str, Frame], rel: Relations) -> Iterator[KeyFact]:
    """ "عقد الرئيس المصري A والعاهل الأردني B مباحثات": the countries whose officials hold
    talks take part in them, when the officials come from two countries or more."""
    if all(event.kind not in TALKS for event in frames.values()):
        return  # no talks: whom the officials serve is not asked
    serves: dict[str, list[str]] = {}
    for (person, type_, owner), _ in rel.out.items():
        if type_ == HOLDS_POSITION and rel.labels[owner] == COUNTRY:
            serves.setdefault(person, []).append(owner)
    for event in frames.values():
        if event.kind not in TALKS:
            continue
        sides = {
            country: p.sentence
            for p in event.participants
            if _label(rel, p.key) == PERSON
            for country in serves.get(p.key, ())[:1]
        }
        if len(sides) >= 2:
            for country, sentence in sides.items():
                yield KeyFact(country, event.key, sentence)


@frame_rule(RelType.DISCUSSED)
def project_of_the_ceremony(frames: dict[str, Frame], rel: Relations) -> Iterator[KeyFact]:
    """ "حفل تدشين الخط" in an article about one railway: a ceremony is about the project
    it inaugurates or signs for, the one project the article names."""
    if all(event.kind not in CEREMONIES for event in frames.values()):
        return  # no ceremony: the article's projects are not counted
    projects = [k for k, label in rel.labels.items() if label == PROJECT]
    if len(projects) != 1:
        return
    for event in frames.values():
        if event.kind in CEREMONIES:
            yield KeyFact(event.key, projects[0], rel.doc.sentence_of(event.first))
