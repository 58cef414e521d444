"""Head nouns that open names of events, documents, bodies and projects (`triggers.tsv`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.lexicon.files import read_tsv, values
from kg.schema import Label
from kg.text.clitics import strip_article
from kg.text.normalize import fold


@dataclass(frozen=True)
class Trigger:
    ar: str
    kind: str  # English kind: "meeting", "protocol", "Commission", "pipeline", …
    label: Label
    possessive: bool = False  # "زيارته", "اجتماعها": the head with its owner's pronoun


@cache
def triggers(label: Label) -> tuple[Trigger, ...]:
    """Every spelling of every head noun that opens a phrase of `label`."""
    return tuple(
        Trigger(ar, row["en"], Label(row["label"]))
        for row in read_tsv("triggers.tsv")
        if row["label"] == label
        for ar in values(row["ar"])
    )


@cache
def head_words() -> frozenset[str]:
    """The first word of every head noun, folded, without the article ("لجنه", "اجتماع").

    >>> "لجنه" in head_words()
    True
    """
    return frozenset(
        strip_article(fold(t.ar).split(" ", 1)[0]) for label in Label for t in triggers(label)
    )
