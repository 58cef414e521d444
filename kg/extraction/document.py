"""One article prepared for extraction: folded text, words, sentences, offset mapping.

Every stage matches on the *folded* text (one spelling per letter, no diacritics) and
reports folded spans; `Doc` turns them back into spans of the original text, so every
mention points at the exact characters the article printed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, compress, count, repeat
from operator import add
from typing import NamedTuple

from kg.models import ArticleMeta, Evidence, Mention, built
from kg.text.dates import DateSpan, find_dates_folded
from kg.text.normalize import Folded, fold_with_offsets
from kg.text.sentences import Sentence, split_sentences

_DIGIT = re.compile("[0-9]")  # in folded text, every digit is one of these
WORD = re.compile(r"([^\W_]+)")  # a group: `re.split` keeps the words between the gaps
# The characters news text has between its words besides spaces: replaced by spaces, one for
# one, they leave words that `str.split` finds (`_words`).
_GAPS = "\n.،,-\"()/:؛%!؟'"


class Word(NamedTuple):
    """A run of letters or digits in the folded text (a tuple: articles hold thousands)."""

    n: int  # position among the article's words
    start: int
    end: int
    text: str


@dataclass(eq=False)
class Doc:
    """An article as the extractor sees it (hashed by identity, so stages can memoize).

    Its words and sentence starts are read by every stage, so they are built with it; its
    dates and evidence records are built on demand, one sentence at a time (no
    `functools.cached_property`: mypyc, which compiles this module, would recompute it on
    every read)."""

    text: str
    meta: ArticleMeta
    folded: Folded = field(init=False)
    ftext: str = field(init=False)  # the folded text (`folded.text`), read everywhere
    sentences: list[Sentence] = field(init=False)
    words: list[Word] = field(init=False)
    _word_starts: list[int] = field(init=False, repr=False)
    _sentence_fstarts: list[int] = field(init=False, repr=False)
    _dates: dict[int, list[DateSpan]] = field(init=False, repr=False, default_factory=dict)
    _evidence: dict[int, Evidence] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.folded = fold_with_offsets(self.text)
        self.ftext = self.folded.text
        self.sentences = split_sentences(self.text)
        self._word_starts, self.words = _words(self.ftext)
        offsets = self.folded.offsets
        if isinstance(offsets, range):  # one folded character each: the same offsets
            self._sentence_fstarts = [s.start for s in self.sentences]
        else:
            self._sentence_fstarts = [bisect_left(offsets, s.start) for s in self.sentences]

    def dates_in(self, sentence: int) -> list[DateSpan]:
        """Explicit dates of one sentence, in folded offsets (years fill from the publication
        date). Read on demand: only sentences with an event, a document or a figure ask."""
        found = self._dates.get(sentence)
        if found is None:
            lo, hi = self.sentence_fspan(sentence)
            found = self._dates[sentence] = (
                [
                    DateSpan(d.start + lo, d.end + lo, d.value, d.text)
                    for d in find_dates_folded(self.ftext[lo:hi], self.meta.published)
                ]
                if _DIGIT.search(self.ftext, lo, hi)  # every date has a day or a year
                else []
            )
        return found

    def word_at(self, fpos: int) -> int:
        """Index of the first word that starts at or after `fpos`."""
        return bisect_left(self._word_starts, fpos)

    def sentence_of(self, fpos: int) -> int:
        """Index of the sentence holding folded position `fpos`."""
        index = bisect_right(self._sentence_fstarts, fpos) - 1
        return index if index > 0 else 0

    def sentence_fspan(self, index: int) -> tuple[int, int]:
        """Folded span of sentence `index`."""
        starts = self._sentence_fstarts
        end = starts[index + 1] if index + 1 < len(starts) else len(self.ftext)
        return starts[index], end

    def original(self, fstart: int, fend: int) -> str:
        """The article's own characters behind folded `ftext[fstart:fend]`."""
        start, end = self.folded.span(fstart, fend)
        return self.text[start:end]

    def mention(self, fstart: int, fend: int) -> Mention:
        """The mention of folded `ftext[fstart:fend]`: its text is the original's slice of
        its own span, so the span fits it by construction (`built`, unvalidated). The span
        (`Folded.span`) and the sentence (`sentence_of`) are read inline: an article has
        dozens of mentions."""
        offsets = self.folded.offsets
        start = offsets[fstart]
        end = offsets[fend - 1] + 1 if fend > fstart else start
        sentence = bisect_right(self._sentence_fstarts, fstart) - 1
        return built(
            Mention,
            {
                "text": self.text[start:end],
                "start": start,
                "end": end,
                "sentence": sentence if sentence > 0 else 0,
            },
        )

    def evidence(self, sentence: int) -> Evidence:
        """The (immutable) evidence record of one sentence, built once and shared by every
        fact it supports."""
        found = self._evidence.get(sentence)
        if found is None:
            s = self.sentences[sentence]
            found = self._evidence[sentence] = built(
                Evidence,
                {
                    "article": self.meta.id,
                    "sentence": s.index,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                },
            )
        return found


def _words(ftext: str) -> tuple[list[int], list[Word]]:
    """Where the words of `ftext` start, and its words: the runs of letters and digits
    (`WORD`), and last where the text ends. Built by C-level maps (no Python frame per
    word): an article has hundreds.

    Most news text has nothing between its words but spaces and a few marks (`_GAPS`): with
    the marks made spaces, `str.split(" ")` cuts it into words and empty pieces, and piece k
    starts after the k pieces and k spaces before it. When a piece is not all letters and
    digits (another mark), the regex cuts the text instead (`_words_by_regex`).

    >>> starts, words = _words('قال: "نعم"، و2.5 مليار')
    >>> starts, [w.text for w in words]
    ([0, 6, 12, 15, 17, 22], ['قال', 'نعم', 'و2', '5', 'مليار'])
    >>> [_words(t) == _words_by_regex(t) for t in ('قال: "نعم"، و2.5', "قال «نعم»", " ")]
    [True, True, True]
    """
    spaced = ftext
    for mark in _GAPS:
        spaced = spaced.replace(mark, " ")
    pieces = spaced.split(" ")
    texts = list(filter(None, pieces))
    if not all(map(str.isalnum, texts)):
        return _words_by_regex(ftext)
    starts = list(compress(map(add, accumulate(map(len, pieces), initial=0), count()), pieces))
    rows = zip(count(), starts, map(add, starts, map(len, texts)), texts)
    words = list(map(tuple.__new__, repeat(Word), rows))  # `Word._make`, minus a frame
    starts.append(len(ftext))  # as `_words_by_regex`: the end of the text closes the list
    return starts, words


def _words_by_regex(ftext: str) -> tuple[list[int], list[Word]]:
    """`_words` by `WORD`: split at the words, the text is gap, word, gap, …, word, gap, and
    the running sum of the lengths of those pieces holds where each word starts and ends
    (and, last, where the text ends)."""
    pieces = WORD.split(ftext)
    bounds = list(accumulate(map(len, pieces), initial=0))
    starts = bounds[1::2]
    rows = zip(count(), starts, bounds[2::2], pieces[1::2])
    return starts, list(map(tuple.__new__, repeat(Word), rows))
