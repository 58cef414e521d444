"""One Aho–Corasick pass over a text for every phrase table the stages match.

Gazetteer names, titles, head nouns, units, topics and cue words each live in a table of
folded keys (a `PhraseMatcher` or a `CueFinder`). Scanning an article once per table — a
dozen and more passes — cost more than reading the hits. `SharedScan` keeps one automaton
over the keys of every table, scans a text once for all of them, and keeps the hits of the
last text it scanned, so the first stage to ask about an article scans it and the others
look their hits up.

The stages build their matchers on first use. A factory of matchers declared with
`SHARED.load_first` is run before the first text is scanned, so the first automaton holds
every declared table and is built once per process (built with the first stage's table,
then again with the rest at the next text, it cost the second article as much as ten
articles' extraction). A table registered after the shared automaton was built is scanned
on its own until the next text comes: the automaton is rebuilt with it then, once, instead
of once per new table. A table goes when its owner (the matcher) is garbage: matchers are
meant to be built once per process.

>>> class Matcher: ...
>>> shared, owner = SharedScan(), Matcher()
>>> city = shared.register({"باكو": "city"}, owner)
>>> suffix = shared.register({"كو": "suffix"}, owner)
>>> shared.hits(city, "في باكو"), shared.hits(suffix, "في باكو")
([(6, 'city')], [(6, 'suffix')])
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from typing import TypeVar

import ahocorasick

# A hit: the index of the last character of the key in the text, and the table's value.
Hit = tuple[int, object]
Loader = TypeVar("Loader", bound=Callable[[], object])


class SharedScan:
    """Tables of folded keys, each scanned for by one shared automaton."""

    def __init__(self) -> None:
        self._tables: list[dict[str, object]] = []
        self._merged = 0  # tables [0, _merged) are in the shared automaton
        self._dropped = False  # a table went since the automaton was built
        self._shared: ahocorasick.Automaton | None = None
        self._alone: dict[int, ahocorasick.Automaton] = {}  # tables registered since
        self._text: str | None = None  # the last text scanned, and its hits by table
        self._hits: list[list[Hit]] = []
        self._loaders: list[Callable[[], object]] = []  # run before the first scan

    def load_first(self, loader: Loader) -> Loader:
        """Declare `loader` (a cached factory of matchers, which register their tables) to
        be run before the first text is scanned: its tables join the first automaton. A
        decorator; returns `loader`."""
        self._loaders.append(loader)
        return loader

    def register(self, table: Mapping[str, object], owner: object) -> int:
        """Add a table (folded key → value) for as long as `owner` lives; its id, for `hits`."""
        self._tables.append(dict(table))
        index = len(self._tables) - 1
        weakref.finalize(owner, self._drop, index)
        return index

    def _drop(self, table: int) -> None:
        self._tables[table] = {}
        self._dropped = True

    def hits(self, table: int, text: str) -> list[Hit]:
        """Every occurrence in `text` of a key of `table`, anywhere (inside words too), in
        the order the automaton finds them (by where they end)."""
        if text is not self._text:  # one str object is one text: str is immutable
            while self._loaders:  # first scan: build the declared tables first
                self._loaders.pop(0)()
            if self._merged < len(self._tables) or self._dropped:
                self._merge()
            self._scan(text)
        if table >= self._merged:  # registered while this text was being read
            return self._scan_alone(table, text)
        return self._hits[table]

    def _merge(self) -> None:
        """Put every table registered so far into the shared automaton: the new ones are
        added to it (the big gazetteer's keys stay where they are), and after a table went
        it is built again from the tables that remain."""
        self._alone.clear()
        if self._dropped or self._shared is None:
            self._shared = None  # the old automaton goes first: never two copies of every key
            first = 0
        else:
            first = self._merged
        automaton = self._shared or ahocorasick.Automaton()
        for table in range(first, len(self._tables)):
            for key, value in self._tables[table].items():
                automaton.add_word(key, (*automaton.get(key, ()), (table, value)))
        if len(automaton):
            automaton.make_automaton()
        self._shared = automaton if len(automaton) else None
        self._merged = len(self._tables)
        self._dropped = False

    def _scan(self, text: str) -> None:
        hits: list[list[Hit]] = [[] for _ in range(self._merged)]
        if self._shared is not None:
            for end_index, found in self._shared.iter(text):
                for table, value in found:
                    hits[table].append((end_index, value))
        self._text, self._hits = text, hits

    def _scan_alone(self, table: int, text: str) -> list[Hit]:
        automaton = self._alone.get(table)
        if automaton is None:
            automaton = self._alone[table] = ahocorasick.Automaton()
            for key, value in self._tables[table].items():
                automaton.add_word(key, value)
            if self._tables[table]:
                automaton.make_automaton()
        if not self._tables[table]:
            return []
        return list(automaton.iter(text))


SHARED = SharedScan()  # the one every matcher of the process registers with
