"""Cue words, found for a whole article in one pass.

Rules ask of each sentence "does it say met, signed, discussed …?". A regex per question
scans the sentence once per question; an Aho–Corasick automaton of every cue of every
kind finds them all in one pass over the article, and each question becomes a look-up.
A cue matches anywhere, inside a word too (`التقي` in `والتقي`), unless it is written with
a leading space: then it must start a word (`" مع "`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from operator import itemgetter
from typing import Generic, TypeVar, cast

from kg.extraction.scan import SHARED
from kg.text.normalize import fold

K = TypeVar("K", bound=Hashable)
START = itemgetter(0)  # a hit's start, the key its list is sorted and bisected by


class Cues(Generic[K]):
    """Where each kind of cue occurs in one text: (start, end, must start a word), sorted,
    so that a question about one sentence bisects to it.

    A plain class, not a dataclass: mypyc (see the README) cannot compile a generic one."""

    def __init__(self, text: str, hits: Mapping[K, list[tuple[int, int, bool]]]) -> None:
        self.text = text
        self.hits = hits

    def first(self, kind: K, lo: int, hi: int) -> tuple[int, int] | None:
        """The leftmost cue of `kind` inside `text[lo:hi]`, as (start, end); else None."""
        hits, text = self.hits.get(kind, []), self.text
        for k in range(bisect_left(hits, lo, key=START), len(hits)):
            start, end, initial = hits[k]
            if start >= hi:
                break
            if end <= hi and (not initial or start == lo or text[start - 1].isspace()):
                return start, end  # `_fits`, written out (bisected: lo <= start)
        return None

    def last(self, kind: K, lo: int, hi: int) -> tuple[int, int] | None:
        """The cue of `kind` inside `text[lo:hi]` that starts last, as (start, end); else None."""
        hits, text = self.hits.get(kind, []), self.text
        for k in range(bisect_left(hits, hi, key=START) - 1, -1, -1):
            start, end, initial = hits[k]
            if start < lo:
                break
            if end <= hi and (not initial or start == lo or text[start - 1].isspace()):
                return start, end  # `_fits`, written out (lo <= start < hi)
        return None

    def each(self, kind: K, lo: int, hi: int) -> list[tuple[int, int]]:
        """Every cue of `kind` inside `text[lo:hi]`, as (start, end), left to right."""
        hits, text = self.hits.get(kind, []), self.text
        out = []
        for k in range(bisect_left(hits, lo, key=START), len(hits)):
            start, end, initial = hits[k]
            if start >= hi:
                break
            if end <= hi and (not initial or start == lo or text[start - 1].isspace()):
                out.append((start, end))  # `_fits`, written out (bisected: lo <= start)
        return out

    def kinds(self, lo: int, hi: int) -> frozenset[K]:
        """The kinds of cue that occur inside `text[lo:hi]`."""
        return frozenset(k for k in self.hits if self.first(k, lo, hi) is not None)

    def kinds_by_span(self, bounds: list[tuple[int, int]]) -> list[set[K]]:
        """For each of the sorted, disjoint spans `bounds`, the kinds of cue inside it: one
        pass over the hits instead of one question per span and kind."""
        starts = [lo for lo, _ in bounds]
        out: list[set[K]] = [set() for _ in bounds]
        text = self.text
        for kind, hits in self.hits.items():
            for start, end, initial in hits:
                k = bisect_left(starts, start + 1) - 1
                if k >= 0 and kind not in out[k]:
                    lo, hi = bounds[k]  # `_fits`, written out: an article has many hits
                    inside = lo <= start and end <= hi
                    if inside and (not initial or start == lo or text[start - 1].isspace()):
                        out[k].add(kind)
        return out

    def has(self, kind: K, lo: int, hi: int) -> bool:
        """Whether a cue of `kind` occurs inside `text[lo:hi]`."""
        return self.first(kind, lo, hi) is not None

    def _fits(self, start: int, end: int, initial: bool, lo: int, hi: int) -> bool:
        """The cue lies inside `lo:hi` and, if it must, starts a word there."""
        inside = lo <= start and end <= hi
        return inside and (not initial or start == lo or self.text[start - 1].isspace())


class CueFinder(Generic[K]):
    """Finds the cues of every kind at once (phrases are folded here, written as spoken)."""

    def __init__(self, cues: Mapping[K, Iterable[str]]) -> None:
        table: defaultdict[str, list[tuple[K, int, bool]]] = defaultdict(list)
        for kind, phrases in cues.items():
            for phrase in phrases:
                initial = phrase.startswith(" ")
                key = fold(phrase[1:] if initial else phrase)
                table[key].append((kind, len(key), initial))
        # Scanned for with every other table of the process in one pass (`scan.SHARED`).
        self._table = SHARED.register(table, self)

    def find(self, text: str) -> Cues[K]:
        hits: defaultdict[K, list[tuple[int, int, bool]]] = defaultdict(list)
        found = cast("list[tuple[int, list[tuple[K, int, bool]]]]", SHARED.hits(self._table, text))
        for last, entries in found:
            for kind, length, initial in entries:
                hits[kind].append((last + 1 - length, last + 1, initial))
        for kinds in hits.values():
            kinds.sort()
        return Cues(text, hits)
