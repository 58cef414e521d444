"""Cue words that tell what a sentence says, by kind (`data/cues.tsv`).

A cue's `where` says how it must sit in the text: `inside` anywhere (also inside a word),
`start` at the start of a word, `word` as a whole word. `cue_phrases` spells that the way
`kg.extraction.cues.CueFinder` reads it: a leading space for "starts a word", spaces on both
sides for "a whole word".

>>> "التقى" in cue_phrases()["meet"]
True
>>> " بحضور" in cue_phrases()["presence"]
True
"""

from __future__ import annotations

from functools import cache

from kg.lexicon.files import read_tsv, values

WHERE = {"inside": "{}", "start": " {}", "word": " {} "}


@cache
def cue_phrases() -> dict[str, tuple[str, ...]]:
    """Every cue phrase of every kind, in file order, spelled for `CueFinder`."""
    out: dict[str, list[str]] = {}
    for n, row in enumerate(read_tsv("cues.tsv"), start=1):
        form = WHERE.get(row["where"])
        if form is None:
            raise ValueError(
                f"cues.tsv row {n}: where {row['where']!r} is not one of {list(WHERE)}"
            )
        out.setdefault(row["kind"], []).extend(form.format(ar) for ar in values(row["ar"]))
    return {kind: tuple(phrases) for kind, phrases in out.items()}
