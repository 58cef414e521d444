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

A table of whole words (a `PhraseMatcher`'s) gets only the hits that end a word and start
one or follow, inside their word, one of the heads its key allows (proclitics: "و", "بال"):
the scan tests each hit's word boundaries once, for every table that lists its key.

>>> names = shared.register_words({"باكو": ("city", frozenset({"", "ب"}))}, owner)
>>> shared.words(names, "في باكو وبباكو بباكوي"), shared.words(names, "ببباكو")
([(-4, 3, 7, 3, 'city')], [])
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from typing import TypeVar

import ahocorasick

# A hit: the index of the last character of the key in the text, and the table's value.
Hit = tuple[int, object]
# A hit of a table of whole words: minus its length, where the key starts and ends, where
# its word starts (before the key's head, if any), and the table's value. In this order,
# hits sort longest first, then leftmost.
WordHit = tuple[int, int, int, int, object]
Loader = TypeVar("Loader", bound=Callable[[], object])
# What the automaton holds for a key: its length, the (table, value) of each table of raw
# hits that lists it, and the (table, value, heads) of each table of whole words.
Entry = tuple[int, tuple[tuple[int, object], ...], tuple[tuple[int, object, frozenset[str]], ...]]


class SharedScan:
    """Tables of folded keys, each scanned for by one shared automaton."""

    def __init__(self) -> None:
        self._tables: list[dict[str, object]] = []
        self._words: list[bool] = []  # by table: a table of whole words (`register_words`)
        self._head_letters = ""  # the letters of the heads of every table of words
        self._longest_head = 0
        self._merged = 0  # tables [0, _merged) are in the shared automaton
        self._dropped = False  # a table went since the automaton was built
        self._shared: ahocorasick.Automaton | None = None
        self._alone: dict[int, ahocorasick.Automaton] = {}  # tables registered since
        self._text: str | None = None  # the last text scanned, and its hits by table
        self._hits: list[list[object]] = []  # a `Hit` or, for a table of words, a `WordHit`
        self._loaders: list[Callable[[], object]] = []  # run before the first scan

    def load_first(self, loader: Loader) -> Loader:
        """Declare `loader` (a cached factory of matchers, which register their tables) to
        be run before the first text is scanned: its tables join the first automaton. A
        decorator; returns `loader`."""
        self._loaders.append(loader)
        return loader

    def register(self, table: Mapping[str, object], owner: object) -> int:
        """Add a table (folded key → value) for as long as `owner` lives; its id, for `hits`."""
        return self._add(dict(table), False, owner)

    def register_words(
        self, table: Mapping[str, tuple[object, frozenset[str]]], owner: object
    ) -> int:
        """Add a table of whole words (folded key → value, and the heads the key may follow
        inside its word: "" when it may start a word; a head is letters, proclitics) for as
        long as `owner` lives; its id, for `words`."""
        for heads in {heads for _, heads in table.values()}:
            letters = {c for c in "".join(heads) if c.isalnum()}
            self._head_letters = "".join(sorted({*self._head_letters, *letters}))
            self._longest_head = max([self._longest_head, *map(len, heads)])
        return self._add(dict(table), True, owner)

    def _add(self, table: dict[str, object], words: bool, owner: object) -> int:
        self._tables.append(table)
        self._words.append(words)
        index = len(self._tables) - 1
        weakref.finalize(owner, self._drop, index)
        return index

    def _drop(self, table: int) -> None:
        self._tables[table] = {}
        self._dropped = True

    def hits(self, table: int, text: str) -> list[Hit]:
        """Every occurrence in `text` of a key of `table`, anywhere (inside words too), in
        the order the automaton finds them (by where they end)."""
        return self._found(table, text)  # type: ignore[return-value]

    def words(self, table: int, text: str) -> list[WordHit]:
        """The occurrences in `text` of the keys of a table of whole words that end a word
        and start one or follow one of their heads there, by where they end."""
        return self._found(table, text)  # type: ignore[return-value]

    def _found(self, table: int, text: str) -> list[object]:
        if text is not self._text:  # one str object is one text: str is immutable
            while self._loaders:  # first scan: build the declared tables first
                self._loaders.pop(0)()
            if self._merged < len(self._tables) or self._dropped:
                self._merge()
            self._hits = self._scan(self._shared, text)
            self._text = text
        if table >= self._merged:  # registered while this text was being read
            return self._scan(self._alone_automaton(table), text)[table]
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
        self._add_tables(automaton, range(first, len(self._tables)))
        self._shared = automaton if len(automaton) else None
        self._merged = len(self._tables)
        self._dropped = False

    def _add_tables(self, automaton: ahocorasick.Automaton, tables: range) -> None:
        """Add the keys of `tables` to `automaton` (an `Entry` each) and make it."""
        for table in tables:
            words = self._words[table]
            for key, value in self._tables[table].items():
                length, raw, worded = automaton.get(key, (len(key), (), ()))
                if words:
                    worded = (*worded, (table, *value))  # type: ignore[misc]
                else:
                    raw = (*raw, (table, value))
                automaton.add_word(key, (length, raw, worded))
        if len(automaton):
            automaton.make_automaton()

    def _scan(self, automaton: ahocorasick.Automaton | None, text: str) -> list[list[object]]:
        """The hits of every table in `text`, by table. A table of words gets those whose
        key ends a word and starts one, or follows a head of its key inside its word: the
        boundaries are read once per hit, whatever the number of tables that list the key."""
        hits: list[list[object]] = [[] for _ in self._tables]
        if automaton is None:
            return hits
        letters, longest, isalnum = self._head_letters, self._longest_head, str.isalnum
        padded = text + " "  # a space closes the last word: no test of where the text ends
        # Most hits are a table of words' alone: the raw tables' loop is entered only when
        # the key has some.
        for last, (length, raw, worded) in automaton.iter(text):
            if raw:
                for table, value in raw:
                    hits[table].append((last, value))
                if not worded:
                    continue
            end = last + 1
            if isalnum(padded[end]):
                continue  # ends inside a word
            start = end - length
            if not start or not isalnum(text[start - 1]):  # starts a word: most hits
                word_start, head = start, ""
            else:  # the head letters before it in its word: its head, if nothing precedes
                run = text[max(0, start - longest) : start]
                head = run[len(run.rstrip(letters)) :]
                word_start = start - len(head)
                if word_start > 0 and text[word_start - 1].isalnum():
                    continue  # more than a head before it in its word
            for table, value, heads in worded:
                if head in heads:
                    hits[table].append((-length, start, end, word_start, value))
        return hits

    def _alone_automaton(self, table: int) -> ahocorasick.Automaton | None:
        """The automaton of a table registered since the shared one was built."""
        if table not in self._alone:
            automaton = ahocorasick.Automaton()
            self._add_tables(automaton, range(table, table + 1))
            self._alone[table] = automaton
        return self._alone[table] if len(self._alone[table]) else None


SHARED = SharedScan()  # the one every matcher of the process registers with
