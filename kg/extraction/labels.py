"""The entity labels as module constants, for the stages' per-span comparisons.

`Label.COUNTRY` read through the enum class is a slow attribute lookup on Python 3.11:
`EnumType` defines `__getattr__`, which puts every attribute read on the class on a
generic path (~0.3 us, several times a plain one). A stage that compares the label of
each of an article's spans reads these instead (`relations.context` binds its own).

>>> from kg.schema import Label
>>> COUNTRY is Label.COUNTRY
True
"""

from __future__ import annotations

from typing import Final

from kg.schema import Label

COUNTRY: Final = Label.COUNTRY
PERSON: Final = Label.PERSON
ORGANIZATION: Final = Label.ORGANIZATION
PLACE: Final = Label.PLACE
PROJECT: Final = Label.PROJECT
EVENT: Final = Label.EVENT
DOCUMENT: Final = Label.DOCUMENT
TOPIC: Final = Label.TOPIC
