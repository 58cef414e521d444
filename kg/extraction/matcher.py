"""Whole-word phrase matching over folded Arabic text with an Aho–Corasick automaton.

One pass over the text finds every listed phrase, however many thousands there are.
A match counts when it ends at a word boundary and starts at one — or after proclitics
(و ف ب ل ك) and the article, so `وللجنه`, `بالكازاخستاني` and `لكازاخستان` all match.
Overlapping matches resolve to the longest, leftmost ones.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import islice, repeat
from operator import itemgetter, le
from typing import Generic, NamedTuple, TypeVar

from kg.extraction.scan import SHARED
from kg.text.clitics import PROCLITICS, is_proclitic_prefix
from kg.text.normalize import fold

T = TypeVar("T")
ARTICLE = "ال"
EITHER = None  # a key that stands for a listed word with and without the article
# A hit of the shared scan: (-length, start, end, word start, value), a `Match` once chosen.
_Hit = tuple[int, int, int, int, T]
_MATCH = itemgetter(1, 2, 3, 4)  # the fields of a hit's `Match`
_START, _END, _WORD_START = itemgetter(1), itemgetter(2), itemgetter(3)


class Match(NamedTuple, Generic[T]):
    start: int  # where the phrase starts (after any proclitics)
    end: int
    word_start: int  # where the word holding the phrase starts (proclitics included)
    value: T


class PhraseMatcher(Generic[T]):
    """Finds listed phrases (any spelling that folds alike) as whole words."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        table: dict[str, tuple[T, bool]] = {}
        keyed = [(fold(phrase).strip(), value) for phrase, value in phrases]
        for key, value in keyed:
            if len(key.replace(" ", "")) >= 2:
                table.setdefault(key, (value, False))
        either: set[str] = set()
        for key, value in keyed:
            # "اللجنه" also appears as "للجنه" (ل + ال) and after any proclitic; when
            # "لجنه" is listed too, the key stands for both ("للاتفاقيه", "اتفاقيه").
            if (
                key.startswith(ARTICLE)
                and len(key) > 4
                and table.setdefault(key[2:], (value, True))[1] is False
            ):
                either.add(key[2:])
        self._empty = not table
        # Scanned for with every other table of the process in one pass (`scan.SHARED`),
        # which keeps the hits that end a word and start one or follow what may stand before
        # the key inside its word (`_PREFIXES`).
        self._table = SHARED.register_words(
            {
                key: (value, _PREFIXES[EITHER if key in either else bare])
                for key, (value, bare) in table.items()
            },
            self,
        )

    def find(self, text: str) -> list[Match[T]]:
        """Longest non-overlapping whole-word matches, left to right."""
        if self._empty:
            return []
        # (no `typing.cast`: a call; most tables find nothing in most articles)
        hits: list[_Hit[T]] = SHARED.words(self._table, text)  # type: ignore[assignment]
        if not hits:
            return []
        if not _apart(hits):
            hits = _longest_leftmost(hits)
        # `Match._make` without its Python frame: a few dozen matches an article
        return list(map(tuple.__new__, repeat(Match), map(_MATCH, hits)))


def _apart(hits: list[_Hit[T]]) -> bool:
    """Whether no two hits overlap, words and proclitics included: then every hit is a
    match (most tables, most articles). Hits come by where they end: they are apart when
    each ends before the word of the next one starts (compared by C-level maps, without a
    Python frame per hit: `all(a[2] <= b[3] for a, b in pairwise(hits))`)."""
    return all(map(le, map(_END, hits), map(_WORD_START, islice(hits, 1, None))))


def _longest_leftmost(hits: list[_Hit[T]]) -> list[_Hit[T]]:
    """The longest hits, then the leftmost, that overlap no hit chosen before, words and
    proclitics included; by where they start. Hits sort longest first, then leftmost: no
    two share a start and an end (that would be one key twice), so values never compare.

    What the chosen hits cover (word start to end) is kept as sorted, disjoint ranges (those
    that overlap are merged): a hit is looked for among them by bisection, not by marking
    and searching every character of the text (a third of the time of this function).

    >>> hits = [(-3, 4, 7, 4, "a"), (-6, 2, 8, 0, "b"), (-2, 9, 11, 8, "c")]
    >>> [h[4] for h in _longest_leftmost(sorted(hits, key=itemgetter(2)))]
    ['b', 'c']
    """
    chosen: list[_Hit[T]] = []
    starts: list[int] = []  # the covered ranges, in order
    ends: list[int] = []
    for hit in sorted(hits):
        _, start, end, word_start, _ = hit
        k = bisect_right(ends, start)  # the first range that ends after the hit starts
        if k < len(ends) and starts[k] < end:
            continue  # it overlaps the hit
        chosen.append(hit)
        # The ranges before k end by `start`: those that end after `word_start` (inside
        # the hit's proclitics) merge with it; range k starts after the hit ends.
        i = bisect_right(ends, word_start, 0, k)
        if i == k:
            starts.insert(k, word_start)
            ends.insert(k, end)
        else:
            starts[i:k] = [min(word_start, starts[i])]
            ends[i:k] = [end]
    chosen.sort(key=_START)
    return chosen


def _after_article(prefix: str) -> bool:
    """The article, or لل, with any proclitics before it: what a key listed without its
    article (`bare`) needs before it in the text."""
    if prefix.endswith(ARTICLE) and is_proclitic_prefix(prefix[:-2]):
        return True
    return prefix.endswith("ل") and is_proclitic_prefix(prefix[:-1])


def _proclitics_only(prefix: str) -> bool:
    """Proclitics alone. ك ("like") hardly ever stands before a name, but names begin with
    it: "كلاوس"."""
    return is_proclitic_prefix(prefix) and "ك" not in prefix


def _prefixes() -> dict[bool | None, frozenset[str]]:
    """What may stand before a key inside its word, by the key's `bare`: every string of
    proclitics and the article short enough to be one, sorted by the rules above (a set
    look-up per match instead of string tests)."""
    heads = ("", *PROCLITICS)
    forms = {h + tail for h in heads for tail in ("", ARTICLE, "ل")}
    after_article = frozenset(filter(_after_article, forms))
    proclitics_only = frozenset(filter(_proclitics_only, forms))
    return {True: after_article, False: proclitics_only, EITHER: after_article | proclitics_only}


_PREFIXES = _prefixes()
