"""Cardinal numbers and ordinals in Arabic text, in digits or in words.

Figures in Arabic news come as "2.5 مليار", "٢٫٥ مليار", "(30) مليون", "835,000",
"عشرة ملايين", "خمسة وعشرين ألفا", "مليون ونصف". `find_numbers` reads them all into one
value in base units, with the span in the original text. Ordinals ("الرابع عشر", "الـ12",
"رقم 3") are labels, not amounts: `ordinal_at` reads them and `find_numbers` skips them.

The text is folded first (`kg.text.normalize`), so harakat, tatweel, hamza forms and digit
systems need no special cases; then it is cut into tokens (a figure or a word) and a small
grammar of Arabic numerals walks the tokens.

>>> [(n.text, n.value) for n in find_numbers("استثمار ٢٫٥ مليار دولار و(30) مليون يورو")]
[('٢٫٥ مليار', 2500000000.0), ('(30) مليون', 30000000.0)]
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from kg.lexicon.files import read_tsv
from kg.text.clitics import ARTICLES, PROCLITICS, is_proclitic_prefix
from kg.text.normalize import fold, fold_with_offsets

_AND = "و"
_NUMBER_SIGN = fold("رقم")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"[0-9]")  # in folded text, every digit is one of these
_WINDOW = 80  # characters read by `ordinal_at`: the longest ordinal is far shorter
_SPACE, _NOT_SPACE = re.compile(r"\s"), re.compile(r"\S")  # what str.isspace says
_ARTICLE_PREFIXES = tuple(sorted(ARTICLES, key=len, reverse=True))  # longest first
_MIN_STEM = 3
# First letters of ordinals: the article (الرابع، الـ12), رقم, the bare forms (أول، ثاني،
# ثالث، رابع، خامس، سادس، سابع، ثامن، تاسع، عاشر، حادي) and digits.
_ORDINAL_OPENERS = frozenset(
    "اثرخستعح0123456789"
)  # "لست" is not ل + ست: a proclitic needs a longer number word after it


class NumberSpan(NamedTuple):
    """A cardinal number: its span in the original text and its value in base units (a
    tuple, as `DateSpan`: a frozen dataclass sets each field through `object.__setattr__`)."""

    start: int
    end: int
    value: float
    text: str


class _Word(NamedTuple):
    """A number word's value and kind (a tuple: one is built per figure read)."""

    value: Decimal
    kind: str


class _Token(NamedTuple):
    """A figure or a word of the folded text; `value` is set for figures (a tuple: cheap)."""

    start: int
    end: int
    text: str
    value: Decimal | None = None


@cache
def _words() -> dict[str, _Word]:
    """Folded number word → value and kind, from `number_words.tsv`."""
    return {
        fold(r["ar"]): _Word(Decimal(r["value"]), r["kind"]) for r in read_tsv("number_words.tsv")
    }


@cache
def _token_re() -> re.Pattern[str]:
    scales = sorted((w for w, e in _words().items() if e.kind in ("scale", "scales")), key=len)
    scale = rf"\s*(?:{'|'.join(map(re.escape, reversed(scales)))})(?![^\W\d_])"
    # not inside a figure, a code or a model name ("F-16", "G20")
    free = r"(?<![0-9])(?<![0-9][.,])(?<![a-z])(?<![a-z]-)"
    figure = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])(?!,[0-9])|[0-9]+(?:\.[0-9]+)?"
    # Words first: most tokens are words, and no figure starts with a letter. Every figure
    # starts with a digit or "(": the lookahead spares the engine the figure patterns at
    # each space and mark.
    return re.compile(
        rf"(?P<word>[^\W\d_]+)"
        rf"|(?=[0-9(])(?:"
        rf"(?P<paren>\(\s*(?P<pnum>{figure})\s*\))(?={scale})"  # "(30) مليون"
        rf"|{free}(?P<cnum>[0-9]+,[0-9]{{1,2}})(?![0-9])(?={scale})"  # "2,5 مليار": decimal comma
        rf"|{free}(?P<num>{figure}))"
    )


def _tokens(folded: str) -> list[_Token]:
    """Figures and the words a number can be made of. Any other word is left out: the gap it
    leaves is not blank, so no number reads across it.

    Before the first digit, most texts hold only such other words: then the tokenizer
    starts at the digit (and a text without a digit has no token at all).
    """
    keep = _openers()
    digit = _DIGIT.search(folded)
    first = len(folded) if digit is None else digit.start()
    if _plain_words(folded[:first], keep):
        return [] if digit is None else _scan_tokens(folded, keep, first)
    return _scan_tokens(folded, keep, 0)


def _scan_tokens(folded: str, keep: frozenset[str], pos: int = 0) -> list[_Token]:
    """`_tokens` from `pos` on, read by the tokenizer: every word and figure, the words of
    `keep` kept."""
    out = []
    for m in _token_re().finditer(folded, pos):
        word = m["word"]
        if word is not None:
            if word in keep or word == _AND:
                out.append(_Token(m.start(), m.end(), word))
            continue
        if m["cnum"] is not None:
            value = Decimal(m["cnum"].replace(",", "."))
        else:
            value = Decimal((m["pnum"] or m["num"]).replace(",", ""))
        out.append(_Token(m.start(), m.end(), m.group(), value))
    return out


def _plain_words(text: str, keep: frozenset[str]) -> bool:
    """Whether `text` is words of letters alone, none of them a word of `keep` nor و, between
    spaces: such a text holds no token. Anything else (a digit, a mark, "(") says False.

    >>> keep = frozenset({"خمسه"})
    >>> _plain_words("وقال الوزير ", keep), _plain_words("نحو خمسه", keep)
    (True, False)
    >>> _plain_words("العام. وقال", keep), _plain_words("قال و", keep), _plain_words("", keep)
    (False, False, False)
    """
    words = text.split()
    return "".join(words).isalpha() and _AND not in words and keep.isdisjoint(words)


def _adjacent(folded: str, a: _Token, b: _Token) -> bool:
    """Only spaces between two tokens: punctuation ends a number phrase."""
    gap = folded[a.end : b.start]
    return gap == "" or gap.isspace()


def _stem_after(word: str, prefixes: tuple[str, ...]) -> tuple[str, int]:
    """The number word in `word` after one of `prefixes`, and the prefix length; else ("", 0)."""
    return _prefixed(prefixes).get(word, ("", 0))


@cache
def _prefixed(prefixes: tuple[str, ...]) -> dict[str, tuple[str, int]]:
    """Every number word behind every prefix, so reading a word is one dictionary look-up."""
    table: dict[str, tuple[str, int]] = {}
    for p in prefixes:
        for stem in _words():
            if len(stem) >= _MIN_STEM:
                table.setdefault(p + stem, (stem, len(p)))
    return table


@cache
def _openers() -> frozenset[str]:
    """Words that may open a number or an ordinal; any other word is passed over at once."""
    signs = {p + _NUMBER_SIGN for p in ("", *PROCLITICS)}
    return frozenset(
        set(_words())
        | set(_prefixed(PROCLITICS))
        | set(_prefixed(_ARTICLE_PREFIXES))
        | ARTICLES
        | signs
    )


class _Cardinal:
    """The numeral grammar, read one token at a time.

    `total` holds finished scale groups ("خمسة ملايين"), `group` the count being built
    ("خمسة وعشرين" before "ألفا"), `last` the kind of the last token read and `scale` the
    smallest scale used so far (later groups must be smaller).
    """

    def __init__(self, word: _Word) -> None:
        self.total = Decimal(0)
        self.group: Decimal | None = None
        self.scale: Decimal | None = None
        self.last = word.kind
        if word.kind == "scale":
            self._close(word.value)
        elif word.kind == "dual":
            self.total, self.scale, self.last = word.value, word.value / 2, "scale"
        else:
            self.group = word.value

    def value(self) -> Decimal:
        return self.total + (self.group or 0)

    def complete(self) -> bool:
        """False while a word still needs its follower (أحد → عشر, نصف → مليون, و500 → ألف)."""
        return self.last not in ("teen", "fraction", "tail")

    def _close(self, scale: Decimal) -> bool:
        if self.scale is not None and scale >= self.scale:
            return False
        self.total += (self.group if self.group is not None else 1) * scale
        self.group, self.scale, self.last = None, scale, "scale"
        return True

    def read(self, word: _Word, conj: bool) -> bool:
        """Read one more token (`conj`: it carried و); False when it does not continue."""
        kind, v, last = word.kind, word.value, self.last
        if not conj:
            if kind == "ten" and v == 10 and last in ("unit", "teen"):  # خمسة عشر
                self.group, self.last = (self.group or 0) + v, "ten"
            elif kind == "hundred" and v == 100 and last == "unit":  # ثلاث مئة
                self.group, self.last = (self.group or 0) * v, "hundred"
            elif kind in ("scale", "scales") and last in _COUNTS:  # خمسة ملايين
                return self._close(v)
            else:
                return False
        elif (last == "unit" and kind == "ten" and v >= 20) or (
            last == "hundred" and kind in ("unit", "ten", "teen")
        ):  # خمسة وعشرون, مئة وخمسون
            self.group, self.last = (self.group or 0) + v, kind
        elif last != "scale" or self.scale is None:
            return False
        elif kind in ("unit", "ten", "hundred", "teen", "num"):  # ألف وخمسمئة, مليون و500 ألف
            self.group, self.last = v, "tail" if kind == "num" else kind
        elif kind in ("scale", "dual"):  # مليون وألف
            scale = v if kind == "scale" else v / 2
            if scale >= self.scale:
                return False
            self.total, self.scale = self.total + v, scale
        elif kind == "fraction":  # مليون ونصف
            self.total, self.last = self.total + v * self.scale, "half"
        else:
            return False
        return True


_COUNTS = ("unit", "ten", "hundred", "num", "fraction", "tail")  # what a scale word multiplies
_STARTS = ("unit", "teen", "ten", "hundred", "scale", "dual", "fraction", "num")


def _word_of(token: _Token) -> _Word | None:
    if token.value is not None:
        return _Word(token.value, "num")
    return _words().get(token.text)


def _cardinal(folded: str, tokens: list[_Token], i: int) -> tuple[int, int, Decimal] | None:
    """(start offset, index of the last token, value) of a cardinal starting at token i."""
    first = tokens[i]
    if first.value is not None and not (
        i + 1 < len(tokens) and _adjacent(folded, first, tokens[i + 1])
    ):
        return first.start, i, first.value + 0  # a figure alone (+ 0: summed like any other)
    word = _word_of(first)
    skip = 0
    if word is None:
        stem, skip = _stem_after(first.text, PROCLITICS)
        word = _words().get(stem)
    if word is None or word.kind not in _STARTS:
        return None
    number = _Cardinal(word)
    best = (i, number.value()) if number.complete() else None
    k = i
    while k + 1 < len(tokens) and _adjacent(folded, tokens[k], tokens[k + 1]):
        j, conj = k + 1, False
        word = _word_of(tokens[j])
        lone_and = tokens[j].text == _AND and j + 1 < len(tokens)
        if lone_and and _adjacent(folded, tokens[j], tokens[j + 1]):
            j, conj = j + 1, True  # "و 500", "و500": a separate و
            word = _word_of(tokens[j])
        elif word is None and tokens[j].text.startswith(_AND):
            conj, word = True, _words().get(tokens[j].text[1:])
        if word is None or not number.read(word, conj):
            break
        k = j
        if number.complete():
            best = (k, number.value())
    if best is None:
        return None
    return first.start + skip, best[0], best[1]


def _ordinal(folded: str, tokens: list[_Token], i: int) -> tuple[int, int] | None:
    """(index of the last token, value) of an ordinal starting at token i."""
    first = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) and _adjacent(folded, first, tokens[i + 1]) else None
    head, sign = first.text[: -len(_NUMBER_SIGN)], first.text.endswith(_NUMBER_SIGN)
    if first.text in ARTICLES or (sign and is_proclitic_prefix(head)):  # "الـ 12", "ورقم 3"
        if nxt is not None and nxt.value is not None and nxt.value == int(nxt.value):
            return i + 1, int(nxt.value)
        return None
    stem, skip = _stem_after(first.text, _ARTICLE_PREFIXES)
    word = _words().get(stem if skip else first.text)
    if word is None:
        return None
    if word.kind == "ten" and skip and word.value >= 20:  # "العشرين"
        return i, int(word.value)
    if word.kind not in ("ordinal", "ordinal_teen"):
        return None
    value = int(word.value)
    if nxt is not None and (word.kind == "ordinal_teen" or 2 <= value <= 9):
        after = _words().get(nxt.text)
        if after is not None and after.kind == "ten" and after.value == 10:  # "الرابع عشر"
            return i + 1, value + 10
        if nxt.text.startswith(_AND):  # "الخامس والعشرين", "حادي وعشرين"
            tens = _words().get(_stem_after(nxt.text[1:], ("", *_ARTICLE_PREFIXES))[0])
            if tens is not None and tens.kind == "ten" and tens.value >= 20:
                return i + 1, value + int(tens.value)
    if word.kind == "ordinal_teen":
        return None
    return i, value


def find_numbers(text: str) -> list[NumberSpan]:
    """Cardinal numbers of `text` with their spans in the original text, in order.

    Years and days of dates are numbers too; the caller sets them apart (`kg.text.dates`).
    Ordinals are skipped.
    """
    folded = fold_with_offsets(text)
    out = []
    for n in find_numbers_folded(folded.text):
        a, b = folded.span(n.start, n.end)
        out.append(NumberSpan(a, b, n.value, text[a:b]))
    return out


def find_numbers_folded(folded: str, offset: int = 0) -> list[NumberSpan]:
    """`find_numbers` on text that is folded already, with spans in it (plus `offset`:
    where `folded` starts in a longer text the spans should point into)."""
    tokens = _tokens(folded)
    out = []
    i = 0
    openers = _openers()
    while i < len(tokens):
        if tokens[i].value is None:  # a word: an ordinal ("الرابع عشر") is no amount
            if tokens[i].text not in openers:
                i += 1
                continue
            ordinal = _ordinal(folded, tokens, i)
            if ordinal is not None:
                i = ordinal[0] + 1
                continue
        cardinal = _cardinal(folded, tokens, i)
        if cardinal is None:
            i += 1
            continue
        start, last, value = cardinal
        end = tokens[last].end
        out.append(NumberSpan(start + offset, end + offset, float(value), folded[start:end]))
        i = last + 1
    return out


def ordinal_at(text: str, pos: int) -> tuple[int, int] | None:
    """(end, value) of the ordinal that starts at `pos` after optional spaces, else None.

    >>> text = "الاجتماع الرابع عشر للجنة"
    >>> ordinal_at(text, 8)
    (19, 14)
    """
    stop = _ordinal_window(text, pos)
    if stop is None:
        return None
    window = fold_with_offsets(text[pos:stop])
    found = _leading_ordinal(window.text)
    if found is None:
        return None
    end, value = found
    return pos + window.offsets[end - 1] + 1, value


def ordinal_at_folded(folded: str, pos: int) -> tuple[int, int] | None:
    """`ordinal_at` on text that is folded already."""
    stop = _ordinal_window(folded, pos)
    if stop is None:
        return None
    found = _leading_ordinal(folded[pos:stop])
    return None if found is None else (pos + found[0], found[1])


def _ordinal_window(text: str, pos: int) -> int | None:
    """Where the stretch an ordinal at `pos` could fill ends (never inside a word); None when
    the first letter after the spaces opens no ordinal, so the tokenizer need not run."""
    first = _NOT_SPACE.search(text, pos)
    if first is None or fold(first.group()) not in _ORDINAL_OPENERS:
        return None
    stop = pos + _WINDOW
    space = _SPACE.search(text, stop)  # the end of the word the window ends in
    return space.start() if space is not None else max(stop, len(text))


def _leading_ordinal(folded: str) -> tuple[int, int] | None:
    """(end, value) of the ordinal `folded` opens with, after optional spaces."""
    first = _LETTERS.match(folded.lstrip())
    if first is not None and first.group() not in _openers() and first.group() != _AND:
        return None  # a word no number is made of: the tokens would start after it
    tokens = _tokens(folded)
    if not tokens or folded[: tokens[0].start].strip():
        return None
    found = _ordinal(folded, tokens, 0)
    if found is None:
        return None
    last, value = found
    return tokens[last].end, value
