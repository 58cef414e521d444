"""Arabic function words and frequent news verbs (`function_words.tsv`), folded."""

from __future__ import annotations

from functools import cache

from kg.lexicon.files import read_tsv, values
from kg.text.normalize import fold


@cache
def function_words() -> frozenset[str]:
    """Folded words that never belong to a name."""
    return frozenset(fold(w) for row in read_tsv("function_words.tsv") for w in values(row["word"]))
