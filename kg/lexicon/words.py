"""Arabic function words, frequent news verbs and honorifics, folded (`function_words.tsv`,
`honorifics.tsv`)."""

from __future__ import annotations

from functools import cache

from kg.lexicon.files import read_tsv, values
from kg.text.normalize import fold


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for row in read_tsv(name) for w in values(row["word"]))


@cache
def honorifics() -> frozenset[str]:
    """Folded honorifics: they open a name ("الدكتور", "السيد") but are no part of it."""
    return _words("honorifics.tsv")


@cache
def function_words() -> frozenset[str]:
    """Folded words that never belong to a name (honorifics included) and end a phrase."""
    return _words("function_words.tsv") | honorifics()
