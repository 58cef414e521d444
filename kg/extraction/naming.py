"""Readable names for events and documents: kind, owner or parties, place and date.

The extractor names an event by its head and owner ("14th meeting of the Joint
Committee", "Summit in Baku") or by its kind alone ("Meeting", "Memorandum of
understanding"). What the article's relations say fills in the rest: the body it is part
of, who took part or signed (countries first, else people, else organizations), what it
was about, where it was held, and its date; when nothing of that is known, the article's
own words for it («الاجتماع الوزاري الرابع»). So: "Meeting of the Egypt–China Joint
Committee, Cairo, 2024-03-12", "Visit of Ilham Aliyev to Astana, 2024-05", "Memorandum of
understanding between Egypt and China, 2024-03-12"; a document nobody is said to sign is
named by the event that produced it.

>>> parties(["Egypt", "China"])
'Egypt and China'
>>> parties(["A", "B", "C", "D", "E"])
'A, B, C, D and others'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from kg.extraction.labels import (
    COUNTRY,
    DISCUSSED,
    DOCUMENT,
    EVENT,
    HELD_IN,
    ORGANIZATION,
    PART_OF,
    PARTICIPATED_IN,
    PERSON,
    PLACE,
    PRODUCED,
    SIGNED,
)
from kg.lexicon.triggers import triggers
from kg.models import Entity, Relation
from kg.schema import RelType

MAX_PARTIES = 4
_PARTY_ORDER = (COUNTRY, PERSON, ORGANIZATION)
_OF_TARGET = frozenset({PARTICIPATED_IN, SIGNED, PRODUCED})  # who or what it came from
_OF_SOURCE = frozenset({HELD_IN, PART_OF, DISCUSSED})  # where, of what, about what
NAMED = (EVENT, DOCUMENT)


@cache
def _kinds() -> frozenset[str]:
    """Every English kind of an event or document head, lower-case."""
    return frozenset(t.kind.lower() for label in (EVENT, DOCUMENT) for t in triggers(label))


@cache
def _kind_openers() -> frozenset[str]:
    """The first word of every kind (`_kinds`): "memorandum", "joint", "summit"."""
    return frozenset(k.split(" ", 1)[0] for k in _kinds())


def parties(names: Sequence[str]) -> str:
    """Names joined for a title: "A", "A and B", "A, B and C", at most `MAX_PARTIES`."""
    names = list(dict.fromkeys(names))
    if len(names) > MAX_PARTIES:
        return ", ".join(names[:MAX_PARTIES]) + " and others"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _bare(name: str) -> bool:
    """The extractor's name says only the kind ("Meeting", "3rd session")."""
    words = name.lower().split(" ", 1)
    rest = words[1] if len(words) > 1 and words[0][:1].isdigit() else name.lower()
    return rest in _kinds()


def readable_names(
    entities: Sequence[Entity],
    relations: Iterable[Relation],
    signs: Mapping[str, str] = {},
    dates: Mapping[str, str | None] = {},
) -> dict[str, str]:
    """key → readable name of every event and document of one article (module rules);
    `signs`: signing event → the document it signs ("Signing of the Nakhchivan agreement");
    `dates`: key → the date to name an event or document with, when not its own `date`."""
    by_key = {e.key: e for e in entities}
    sides: dict[str, dict[RelType, list[Entity]]] = defaultdict(lambda: defaultdict(list))
    for r in relations:
        type_ = r.type  # read once: a model's attributes are slow to read on Python 3.11
        if type_ in _OF_TARGET:
            sides[r.target][type_].append(by_key[r.source])
        elif type_ in _OF_SOURCE:
            sides[r.source][type_].append(by_key[r.target])
    for event, document in signs.items():
        sides[event][SIGNED].append(by_key[document])
    for key, side in list(sides.items()):  # a document nobody signs: its event's parties
        if not side.get(SIGNED) and by_key[key].label == DOCUMENT:
            for producer in side.get(PRODUCED, []):
                of_event = sides.get(producer.key, {})
                if not of_event.get(PART_OF):  # else: signed at the body's meeting
                    side[PARTICIPATED_IN] += of_event.get(PARTICIPATED_IN, [])
    return {
        e.key: readable_name(e, sides[e.key], dates.get(e.key, e.date))
        for e in entities
        if e.label in NAMED
    }


def _inner(name: str) -> str:
    """A name inside another: "the memorandum of understanding", "the Nakhchivan agreement".

    >>> _inner("Memorandum of understanding"), _inner("Nakhchivan agreement")
    ('memorandum of understanding', 'Nakhchivan agreement')
    """
    first = name.split(" ", 1)[0].lower()
    if first[:1].isdigit() or first in _kind_openers():
        return name[:1].lower() + name[1:]
    return name


def readable_name(e: Entity, sides: dict[RelType, list[Entity]], date: str | None = None) -> str:
    """One event's or document's name from its own and its relations' (module rules), and
    its `date` (else its own).

    >>> from kg.models import Entity
    >>> from kg.schema import Label
    >>> def ent(label, name):
    ...     return Entity(key=name, label=label, name=name, name_ar="-", mentions=())
    >>> meeting = ent(Label.EVENT, "Meeting").model_copy(update={"date": "2024-03-12"})
    >>> readable_name(meeting, {RelType.PARTICIPATED_IN: [ent(Label.COUNTRY, "Egypt"),
    ...     ent(Label.COUNTRY, "China")], RelType.HELD_IN: [ent(Label.PLACE, "Cairo")]})
    'Meeting between Egypt and China, Cairo, 2024-03-12'
    >>> visit = ent(Label.EVENT, "Visit in Astana").model_copy(update={"date": "2024-05"})
    >>> readable_name(visit, {RelType.PARTICIPATED_IN: [ent(Label.PERSON, "Ilham Aliyev")]})
    'Visit of Ilham Aliyev to Astana, 2024-05'
    """
    name = e.name[:1].upper() + e.name[1:]
    visit, _, destination = name.partition(" in ")
    if destination and _bare(visit) and visit.lower().endswith("visit"):
        name = visit  # "Visit in Tashkent": who visited, then where to
    places = sorted(sides.get(HELD_IN, []), key=lambda p: p.label != PLACE)
    placed = " in " in name  # "Summit in Baku" is placed already
    place = None if placed else next((p.name for p in places if p.name not in name), None)
    if name == visit and destination:
        place = destination
    if _bare(name):
        name += _qualifiers(e, name, sides, bool(destination) and name == visit)
    if place is not None:
        name += f" to {place}" if name.lower().startswith("visit") else f", {place}"
    date = date or e.date
    if date and date not in name:
        name += f", {date}"
    return name


def _qualifiers(
    e: Entity, name: str, sides: dict[RelType, list[Entity]], placed: bool = False
) -> str:
    """What follows a bare kind: the document a signing signs, the body, the parties, the
    subject; else, unless it is a visit whose destination will follow, the article's own
    words."""
    out = ""
    signs = [d for d in sides.get(SIGNED, []) if d.label == DOCUMENT]
    bodies = [o.name for o in sides.get(PART_OF, []) if o.label == ORGANIZATION]
    if e.label == EVENT and signs:  # a signing, named by what it signs
        out += f" of the {_inner(signs[0].name)}"
    elif bodies:
        return f" of the {bodies[0]}"
    who = [p for p in sides.get(PARTICIPATED_IN, []) + sides.get(SIGNED, []) if p.label != DOCUMENT]
    named = next(
        (
            [p.name for p in who if p.label == lab]
            for lab in _PARTY_ORDER
            if any(p.label == lab for p in who)
        ),
        [],
    )
    if len(set(named)) >= 2 and not name.lower().endswith("visit"):
        return out + f" between {parties(named)}"
    if named:
        return out + (" by " if out else " of ") + parties(named)
    events = [x for x in sides.get(PRODUCED, []) if not x.name.lower().startswith("signing")]
    if e.label == DOCUMENT and events:  # "a memorandum signed at the meeting of …"
        out += f" signed at the {_inner(events[0].name)}"
    subjects = [x.name for x in sides.get(DISCUSSED, [])]
    if not out and subjects:  # "Roadmap on energy and transport"
        out = f" on {parties(subjects[:3])}"
    if not (out or placed) and len(e.name_ar.split()) > 1 and e.name_ar != e.name:
        out = f" «{e.name_ar}»"  # the article's own words, when nothing else says more
    return out
