"""The entity labels and relation types as module constants, for the stages' per-span
and per-relation comparisons.

`Label.COUNTRY` read through the enum class is a slow attribute lookup on Python 3.11:
`EnumType` defines `__getattr__`, which puts every attribute read on the class on a
generic path (~0.3 us, several times a plain one). A stage that compares the label of
each of an article's spans, or the type of each of its relations, reads these instead.

>>> from kg.schema import Label, RelType
>>> COUNTRY is Label.COUNTRY and SIGNED is RelType.SIGNED
True
"""

from __future__ import annotations

from typing import Final

from kg.schema import Label, RelType

COUNTRY: Final = Label.COUNTRY
PERSON: Final = Label.PERSON
ORGANIZATION: Final = Label.ORGANIZATION
PLACE: Final = Label.PLACE
PROJECT: Final = Label.PROJECT
EVENT: Final = Label.EVENT
DOCUMENT: Final = Label.DOCUMENT
TOPIC: Final = Label.TOPIC

PARTICIPATED_IN: Final = RelType.PARTICIPATED_IN
HELD_IN: Final = RelType.HELD_IN
PART_OF: Final = RelType.PART_OF
SIGNED: Final = RelType.SIGNED
PRODUCED: Final = RelType.PRODUCED
DISCUSSED: Final = RelType.DISCUSSED
HOLDS_POSITION: Final = RelType.HOLDS_POSITION
