"""Whole-word phrase matching over folded Arabic text with an Aho–Corasick automaton.

One pass over the text finds every listed phrase, however many thousands there are.
A match counts when it ends at a word boundary and starts at one — or after proclitics
(و ف ب ل ك) and the article, so `وللجنه`, `بالكازاخستاني` and `لكازاخستان` all match.
Overlapping matches resolve to the longest, leftmost ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar, cast

from kg.extraction.scan import SHARED
from kg.text.clitics import PROCLITICS, is_proclitic_prefix
from kg.text.normalize import fold

T = TypeVar("T")
ARTICLE = "ال"
EITHER = None  # a key that stands for a listed word with and without the article
LONGEST_PREFIX = max(map(len, PROCLITICS)) + len(ARTICLE)  # "وبال": what may precede a key
# The letters of a word before a hit inside it, up to where the search stops (`endpos`): one
# C-level search instead of a Python step per letter.
_WORD_HEAD = re.compile(r"[^\W_]*\Z")


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
        # Scanned for with every other table of the process in one pass (`scan.SHARED`).
        self._table = SHARED.register(
            {
                key: (len(key), value, EITHER if key in either else bare)
                for key, (value, bare) in table.items()
            },
            self,
        )

    def find(self, text: str) -> list[Match[T]]:
        """Longest non-overlapping whole-word matches, left to right."""
        if self._empty:
            return []
        hits = cast(list[tuple[int, tuple[int, T, bool | None]]], SHARED.hits(self._table, text))
        if not hits:
            return []
        # (-length, start, end, word start, value): sorts longest first, then leftmost. No two
        # hits share a start and an end (that would be one key twice), so values never compare.
        found: list[tuple[int, int, int, int, T]] = []
        size = len(text)
        for end_index, (length, value, bare) in hits:
            end = end_index + 1
            if end < size and text[end].isalnum():
                continue  # ends inside a word
            start = end - length
            if start == 0 or not text[start - 1].isalnum():  # starts a word: most hits
                if bare is not True:  # a key listed with its article needs it in the text
                    found.append((-length, start, end, start, value))
                continue
            # It starts inside a word: it counts when what precedes it there is proclitics
            # (and the article, for a `bare` key; either, for a key listed with and without
            # the article — `bare` is EITHER).
            head = _WORD_HEAD.search(text, max(0, start - LONGEST_PREFIX), start)
            ws = head.start() if head is not None else start  # it always matches
            if (ws == 0 or not text[ws - 1].isalnum()) and text[ws:start] in _PREFIXES[bare]:
                found.append((-length, start, end, ws, value))
        if len(found) > 1:
            found.sort()
            chosen: list[tuple[int, int, int, int, T]] = []
            taken = bytearray(size)
            for f in found:
                _, start, end, ws, _ = f
                if taken.find(1, start, end) == -1:
                    chosen.append(f)
                    taken[ws:end] = b"\x01" * (end - ws)
            found = sorted(chosen, key=itemgetter(1))
        # `Match._make` without its Python frame: a few dozen matches an article
        return [tuple.__new__(Match, f[1:]) for f in found]


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
