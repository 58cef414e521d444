"""Head nouns that open names of events, documents, bodies and projects (`triggers.tsv`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.lexicon.files import read_tsv, values
from kg.schema import Label


@dataclass(frozen=True)
class Trigger:
    ar: str
    kind: str  # English kind: "meeting", "protocol", "Commission", "pipeline", …
    label: Label


@cache
def triggers(label: Label) -> tuple[Trigger, ...]:
    """Every spelling of every head noun that opens a phrase of `label`."""
    return tuple(
        Trigger(ar, row["en"], Label(row["label"]))
        for row in read_tsv("triggers.tsv")
        if row["label"] == label
        for ar in values(row["ar"])
    )
