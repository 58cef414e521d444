"""Words that name a field of cooperation: nouns ("طاقة" energy) and the adjectives that
name one after "التعاون" ("الاقتصادي" -> economic cooperation).

The data lives in `data/topics.tsv`; a cell's `|`-separated spellings become separate
entries that share the English name.

>>> [w.en for w in topic_words() if w.ar == "طاقة"]
['energy']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.lexicon.files import read_tsv, values

TOPIC_KINDS = frozenset({"noun", "adj"})


@dataclass(frozen=True)
class TopicWord:
    """One Arabic word or phrase (without the article), the topic's English name, its kind."""

    ar: str
    en: str
    kind: str


@cache
def topic_words() -> tuple[TopicWord, ...]:
    """Every topic spelling, in file order."""
    out = []
    for n, row in enumerate(read_tsv("topics.tsv"), start=1):
        if row["kind"] not in TOPIC_KINDS:
            raise ValueError(f"topics.tsv row {n}: kind {row['kind']!r} is not noun or adj")
        out += [TopicWord(ar, row["en"], row["kind"]) for ar in values(row["ar"])]
    return tuple(out)
