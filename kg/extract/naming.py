"""Readable names for events and documents: kind, owner or parties, place and date.

The extractor names an event by its head and owner ("14th meeting of the Joint
Committee", "Summit in Baku") or by its kind alone ("Meeting", "Memorandum of
understanding"). What the article's relations say fills in the rest: the body it is part
of, who took part or signed (countries first, else people, else organizations), where it
was held, and its date — "Meeting of the Egypt–China Joint Committee, Cairo, 2024-03-12",
"Visit of Ilham Aliyev to Astana, 2024-05", "Memorandum of understanding between Egypt and
China, 2024-03-12"; a document nobody is said to sign is named by the event that produced it.

>>> parties(["Egypt", "China"])
'Egypt and China'
>>> parties(["A", "B", "C", "D", "E"])
'A, B, C, D and others'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from kg.lexicon.triggers import triggers
from kg.models import Entity, Relation
from kg.schema import Label, RelType

MAX_PARTIES = 4
_PARTY_ORDER = (Label.COUNTRY, Label.PERSON, Label.ORGANIZATION)


@cache
def _kinds() -> frozenset[str]:
    """Every English kind of an event or document head, lower-case."""
    return frozenset(
        t.kind.lower() for label in (Label.EVENT, Label.DOCUMENT) for t in triggers(label)
    )


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


def readable_names(entities: Sequence[Entity], relations: Iterable[Relation]) -> dict[str, str]:
    """key → readable name of every event and document of one article (module rules)."""
    by_key = {e.key: e for e in entities}
    sides: dict[str, dict[RelType, list[Entity]]] = defaultdict(lambda: defaultdict(list))
    for r in relations:
        if r.type in (RelType.PARTICIPATED_IN, RelType.SIGNED, RelType.PRODUCED):
            sides[r.target][r.type].append(by_key[r.source])
        elif r.type in (RelType.HELD_IN, RelType.PART_OF):
            sides[r.source][r.type].append(by_key[r.target])
    return {
        e.key: readable_name(e, sides[e.key])
        for e in entities
        if e.label in (Label.EVENT, Label.DOCUMENT)
    }


def readable_name(e: Entity, sides: dict[RelType, list[Entity]]) -> str:
    """One event's or document's name from its own and its relations' (module rules).

    >>> from kg.models import Entity
    >>> def ent(label, name):
    ...     return Entity(key=name, label=label, name=name, name_ar="-", mentions=())
    >>> meeting = ent(Label.EVENT, "Meeting").model_copy(update={"date": "2024-03-12"})
    >>> readable_name(meeting, {RelType.PARTICIPATED_IN: [ent(Label.COUNTRY, "Egypt"),
    ...     ent(Label.COUNTRY, "China")], RelType.HELD_IN: [ent(Label.PLACE, "Cairo")]})
    'Meeting between Egypt and China, Cairo, 2024-03-12'
    """
    name = e.name[:1].upper() + e.name[1:]
    if _bare(e.name):
        bodies = [o.name for o in sides.get(RelType.PART_OF, []) if o.label == Label.ORGANIZATION]
        who = sides.get(RelType.PARTICIPATED_IN, []) + sides.get(RelType.SIGNED, [])
        named = next(([p.name for p in who if p.label == lab] for lab in _PARTY_ORDER
                      if any(p.label == lab for p in who)), [])  # fmt: skip
        events = sides.get(RelType.PRODUCED, [])
        if bodies:
            name += f" of the {bodies[0]}"
        elif events and not named:  # "a memorandum signed at the meeting of the commission"
            name += f" signed at the {events[0].name[:1].lower()}{events[0].name[1:]}"
        elif len(set(named)) >= 2 and not name.lower().endswith("visit"):
            name += f" between {parties(named)}"
        elif named:
            name += f" of {parties(named)}"
    places = sorted(sides.get(RelType.HELD_IN, []), key=lambda p: p.label != Label.PLACE)
    place = next((p.name for p in places if p.name not in name), None)
    if place is not None:
        name += f" to {place}" if name.lower().startswith("visit") else f", {place}"
    if e.date and e.date not in name:
        name += f", {e.date}"
    return name
