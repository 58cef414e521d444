"""Verdicts on one word (or one name) remembered per word, never per sentence or article.

Every article reads its words over again, from one vocabulary: what a stage decides of a
word alone — that it is common, that it heads a namesake, which listed person a name
spells — is worth deciding once. A memo is a plain dict, emptied when it holds
`MEMO_LIMIT` entries, so a long run over a large vocabulary keeps a bounded memory.

>>> seen: dict[str, int] = {}
>>> remembered(seen, "باكو", len), seen
(4, {'باكو': 4})
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

MEMO_LIMIT = 200_000  # entries a memo holds before it starts afresh
V = TypeVar("V")


def remembered(memo: dict[str, V], word: str, verdict: Callable[[str], V]) -> V:
    """`verdict(word)`, computed once per word while `memo` keeps it."""
    if word in memo:
        return memo[word]
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    found = memo[word] = verdict(word)
    return found
