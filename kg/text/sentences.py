"""Splitting an article into sentences, with offsets into the original text.

Evidence for every fact is a sentence, so the splitter must survive real Arabic news:
periods glued to the next word ("العالمية.تتطور"), stray letters before a period,
decimals in any digit system (3.7, ٣.٧, ۳.۷, ٣٫٧), abbreviations (`د.`, `م.`, `أ.د.`,
initials, `Dr.`), numbered lists on their own lines (`1. التعاون`) or inside a sentence
(`مجالات: 1. التجارة، 2. الطاقة`), addresses and e-mails inside Arabic text.

>>> [s.text for s in split_sentences("نمت التجارة 3.7%.وقال الوزير: نعم؟")]
['نمت التجارة 3.7%.', 'وقال الوزير: نعم؟']
>>> [s.text for s in split_sentences("بحضور الوزير د. سامي الخطيب. ثم")]
['بحضور الوزير د. سامي الخطيب.', 'ثم']
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

# A run of terminators with the closing quotes/brackets that belong to the sentence: newlines,
# or marks and the quotes after them. Matched only where a terminator stands (`_runs`).
_TERMINATORS = "\n.!?؟؛…"
_TERMINATOR = re.compile(r"[\n.!?؟؛…](?:(?<=\n)\n*|(?<!\n)[.!?؟؛…]*[\"'»”’)\]]*)")
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", re.IGNORECASE
)
_ADDRESS_HINTS = ("@", "://", "www.", "WWW.")  # no address without one of these
_ADDRESS_TAIL = ".,;:!?؟؛…)\"'»”’"
_LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]+\Z")
_ABBREVIATIONS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs"}
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
# A lone Arabic letter before a period is an abbreviation or an initial: `د.` (doctor),
# `م.` (engineer), `أ.` (professor), `ج.` (republic), `أ.د.`. After a number, `م`/`ه` are
# the era (`عام 2017 م.`), which may well end the sentence.
_ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a]")
_ERAS = frozenset("مه")
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum accepts
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")  # tatweel and diacritics
# A number opening a line (`1.`, `١.`, `12.`) before a period is an item of a list.
_LIST_NUMBER = re.compile(r"(?:\A|\n)[ \t]*\d{1,3}\Z")
# A list inside a sentence: its first item after a colon (`مجالات: 1. التجارة`), the next
# ones after a comma (`، 2. الطاقة`). A number after a verb or a preposition ends a sentence.
_INLINE_ITEM = re.compile(r"(?:[:\uff1a][ \t]*[1\u0661\u06f1]|[\u060c,][ \t]*\d{1,2})\Z")


class Sentence(NamedTuple):
    """One sentence: its index in the article and its span in the original text (a tuple:
    a frozen dataclass cost a fifth of the split to build)."""

    index: int  # type: ignore[assignment]  # shadows `tuple.index`: never searched
    start: int
    end: int
    text: str


def _addresses(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses, trailing punctuation left outside."""
    spans: list[tuple[int, int]] = []
    if not any(map(text.__contains__, _ADDRESS_HINTS)):
        return spans
    for m in _ADDRESS.finditer(text):
        end = m.start() + len(m.group().rstrip(_ADDRESS_TAIL))
        spans.append((m.start(), end))
    return spans


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _keeps_period(text: str, pos: int) -> bool:
    """True when the single period at `pos` does not end a sentence."""
    before = text[pos - 1] if pos else ""
    if before.isalpha() and not before.isascii():  # after a word of Arabic letters: most
        return _is_arabic_initial(text, pos)  # periods; the rules below need a digit or A-Z
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return True
    if _is_ascii_alnum(before) and _is_ascii_alnum(after):
        return True  # domain names, "U.S" inside an abbreviation
    if _is_arabic_initial(text, pos):
        return True
    if before.isdigit() and _LIST_NUMBER.search(text, max(0, pos - 8), pos):
        return True
    if before.isdigit() and after.isspace() and _INLINE_ITEM.search(text, max(0, pos - 8), pos):
        return True
    word = _LATIN_WORD_BEFORE.search(text, max(0, pos - _LONGEST_ABBREVIATION), pos)
    if word is None:
        return False
    return (len(word.group()) == 1 and word.group().isupper()) or word.group() in _ABBREVIATIONS


def _is_arabic_initial(text: str, pos: int) -> bool:
    """True when the period at `pos` follows a lone Arabic letter that is not an era.

    >>> _is_arabic_initial("قال د. سامي", 5), _is_arabic_initial("الثنائيةح.", 9)
    (True, False)
    """
    if pos < 1 or not _ARABIC_LETTER.match(text[pos - 1]):
        return False
    previous = text[pos - 2] if pos >= 2 else ""
    if previous.isalpha() or _MARKS.match(previous):  # the end of a longer word ("عامًا.")
        return False
    after_a_year = text[max(0, pos - 3) : pos - 1].strip()[-1:].isdigit()
    return not (after_a_year and text[pos - 1] in _ERAS)


def _runs(text: str) -> list[re.Match[str]]:
    """The runs of terminators in `text`, left to right: `_TERMINATOR.finditer(text)`,
    matched only at the terminators `str.find` finds (a C loop each over the text; the regex
    engine tested every character against the class of terminators, a tenth of the split).

    >>> text = "قال: نعم.» ثم؟!\\n\\nو"
    >>> [m.span() for m in _runs(text)] == [m.span() for m in _TERMINATOR.finditer(text)]
    True
    """
    marks = []
    for mark in _TERMINATORS:
        i = text.find(mark)
        while i != -1:
            marks.append(i)
            i = text.find(mark, i + 1)
    runs: list[re.Match[str]] = []
    end = 0
    for i in sorted(marks):
        if i >= end:  # not inside the run before
            m = _TERMINATOR.match(text, i)
            assert m is not None  # every run opens with a terminator
            runs.append(m)
            end = m.end()
    return runs


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, split at newlines and . ! ? ؟ ؛ … (see the module docstring).

    Sentences without a letter or digit are dropped; indexes run from 0 without gaps.
    """
    addresses = _addresses(text)
    bounds = [0]
    for m in _runs(text):
        if addresses and any(a <= m.start() < b for a, b in addresses):
            continue
        run = m.group()
        if run[0] == "." and run[:2] != ".." and _keeps_period(text, m.start()):
            continue
        bounds.append(m.end())
    bounds.append(len(text))
    sentences: list[Sentence] = []
    for a, b in pairwise(bounds):
        if _ALNUM.search(text, a, b) is None:
            continue  # no letter or digit: no sentence
        piece = text[a:b]
        start = a + len(piece) - len(piece.lstrip())
        end = b - len(piece) + len(piece.rstrip())
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences
