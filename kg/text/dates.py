"""Explicit calendar dates in Arabic text, as ISO-like strings with their original spans.

Arabic news names months three ways (سبتمبر، أيلول، شتنبر …), often two at once
("3 أكتوبر/ تشرين الأول عام 2009", "يونيو (حزيران) 2022"), in any digit system. Values
follow the annotation guidelines: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` when the year
is missing and the publication date unknown, and `start/end` for ranges.

>>> [(d.text, d.value) for d in find_dates("وقعت في ٢٢ أيلول ٢٠١٦ خلال الفترة 2016-2018")]
[('٢٢ أيلول ٢٠١٦', '2016-09-22'), ('2016-2018', '2016/2018')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import ahocorasick

from kg.lexicon.files import read_tsv
from kg.text.clitics import candidates
from kg.text.normalize import fold, fold_with_offsets

_YEAR_WORDS = frozenset(fold(w) for w in ("عام", "العام", "سنة", "السنة"))  # part of the span
_YEAR_PREPOSITIONS = frozenset(fold(w) for w in ("في", "خلال"))  # before the span
# A run of digits, spelled to lead with a class (not a repeat): the engine skips to the next
# digit in one C loop instead of trying the pattern at every position.
_DIGITS = re.compile(r"[0-9][0-9]*")
_CENTURIES = frozenset({"18", "19", "20", "21"})  # the first digits of a year (see _YEAR)
_REACH = 60  # characters a date can run from its digits: "من 10 إلى 12 تشرين الثاني عام 2024"
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # no year known: allow 29 Feb
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_WORD_BEFORE = re.compile(_LETTER_BEFORE + r"[^\W\d_]+\s+\Z")
_LONGEST_YEAR_WORD = 12  # "وللسنة " and the like, with the space: how far to look back
_YEAR = r"(?<![0-9])(?P<y{s}>(?:18|19|20|21)[0-9]{{2}})(?![0-9])"
_BARE_YEAR = re.compile("(?=[12])" + _YEAR.format(s="") + rf"(?:م{_LETTER_AFTER})?")
_DAY = r"(?<![0-9.,/])(?P<d{s}>[0-9]{{1,2}})(?![0-9])"


class DateSpan(NamedTuple):
    """A date: its span in the original text and its value (see the module docstring). A
    tuple: a frozen dataclass sets each field through `object.__setattr__`, and the
    extractor builds every date twice (in its sentence, then in its article)."""

    start: int
    end: int
    value: str
    text: str


@cache
def _months() -> dict[str, int]:
    """Folded month name → month number, from `months.tsv`."""
    return {fold(r["ar"]): int(r["month"]) for r in read_tsv("months.tsv")}


def _month_re(s: str) -> str:
    """A month name, optionally doubled: "أكتوبر/ تشرين الأول", "يونيو (حزيران)"."""
    names = sorted(_months(), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    one = f"{_LETTER_BEFORE}(?:{alt}){_LETTER_AFTER}"
    return rf"(?P<m{s}>{one})(?:\s*[/\\-]\s*{one}|\s*\(\s*{one}\s*\))?"


def _year_part(s: str) -> str:
    """The year after a month: ", 2016", "من العام 2016", "عام 2009م"."""
    words = r"(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s*)?"
    return rf"(?:\s*[,،]?\s*{words}{_YEAR.format(s=s)}(?:م{_LETTER_AFTER})?)?"


def _date_re(s: str, day: str) -> str:
    """Day (optional or required as `day` says), month, optional year."""
    lead = rf"{_DAY.format(s=s)}\s*(?:من\s+)?(?:شهر\s+)?"
    return rf"(?:{lead}){day}{_month_re(s)}{_year_part(s)}"


def _led(first: str, pattern: str) -> re.Pattern[str]:
    """`pattern`, whose matches start with one of the characters `first`, behind a
    lookahead for them: the engine passes every other position at one test instead of
    trying the whole pattern there (a date pattern at each letter of the text)."""
    return re.compile(rf"(?=[{first}])(?:{pattern})")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Single dates, day ranges, numeric dates and year ranges."""
    # A day, a month name; a day, or من/بين before one; a year or من/بين; digits.
    initials = re.escape("".join(sorted({name[0] for name in _months()})))
    single = _led("0-9" + initials, _date_re("", "?"))
    month = rf"\s*(?:من\s+)?(?:شهر\s+)?{_month_re('1')}{_year_part('1')}"
    day_range = _led(
        "0-9مب",
        rf"(?:{_LETTER_BEFORE}(?P<pre>من|بين)\s+)?{_DAY.format(s='1')}(?:{month})?"
        rf"\s*(?P<conj>-|الي|حتي|و)\s*{_date_re('2', '')}",
    )
    year = _YEAR.format(s="")
    numeric = _led(
        "0-9",
        rf"(?<![0-9.,/-])(?:(?P<d>[0-9]{{1,2}})(?P<sep>[/.-])(?P<m>[0-9]{{1,2}})(?P=sep){year}"
        rf"|{year.replace('P<y>', 'P<iy>')}-(?P<im>[0-9]{{2}})-(?P<id>[0-9]{{2}}))(?![0-9])",
    )
    year_word = r"(?:(?:ال)?(?:عام|سنه)\s+)?"
    year_range = _led(
        "0-9مب",
        rf"(?:{_LETTER_BEFORE}(?P<pre>من|بين)\s+{year_word})?{_YEAR.format(s='1')}"
        rf"\s*(?:[-/]|(?P<conj>الي|حتي|و))\s*{year_word}{_YEAR.format(s='2')}",
    )
    return single, day_range, numeric, year_range


def _iso(y: int | None, m: int, d: int | None) -> str | None:
    """`YYYY-MM-DD`, `YYYY-MM` or `--MM-DD`; None for an impossible day."""
    if d is None:
        return None if y is None else f"{y:04d}-{m:02d}"
    if y is None:
        return f"--{m:02d}-{d:02d}" if 1 <= d <= _MONTH_DAYS[m - 1] else None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _single(m: re.Match[str], published: dt.date | None) -> str | None:
    day, year = _int(m["d"]), _int(m["y"])
    if day is None and year is None:
        return None  # a month alone ("في مارس") is not a date
    if year is None and day is not None and published is not None:
        year = published.year
    return _iso(year, _months()[_canon(m["m"])], day)


def _canon(name: str) -> str:
    """A matched month name with its inner spaces as in the table."""
    return " ".join(name.split())


def _day_range(m: re.Match[str], published: dt.date | None) -> str | None:
    if m["conj"] == "و" and m["m1"] and m["pre"] != "بين":
        return None  # "3 يوليو و15 أغسطس" are two dates
    m2 = _months()[_canon(m["m2"])]
    m1 = _months()[_canon(m["m1"])] if m["m1"] else m2
    y1, y2 = _int(m["y1"]), _int(m["y2"])
    if y2 is None:  # "من 28 ديسمبر 2023 إلى 2 يناير": the range runs into the next year
        y2 = y1 + (m1 > m2) if y1 is not None else published.year if published else None
    if y1 is None:
        y1 = None if y2 is None else y2 - (m1 > m2)
    start, end = _iso(y1, m1, int(m["d1"])), _iso(y2, m2, int(m["d2"]))
    if start is None or end is None or (y1, m1, int(m["d1"])) >= (y2, m2, int(m["d2"])):
        return None
    return f"{start}/{end}"


def _numeric(m: re.Match[str], _: dt.date | None) -> str | None:
    if m["iy"]:
        return _iso(int(m["iy"]), int(m["im"]), int(m["id"])) if 1 <= int(m["im"]) <= 12 else None
    month = int(m["m"])
    return _iso(int(m["y"]), month, int(m["d"])) if 1 <= month <= 12 else None


def _year_range(m: re.Match[str], _: dt.date | None) -> str | None:
    if m["conj"] and (m["pre"], m["conj"]) not in (("من", "الي"), ("من", "حتي"), ("بين", "و")):
        return None  # "عامي 2020 و2021" are two years, not a period
    y1, y2 = int(m["y1"]), int(m["y2"])
    return f"{y1}/{y2}" if y1 < y2 else None


def _bare_years(folded: str, starts: list[int]) -> list[tuple[int, int, str]]:
    """ "عام 2019", "العام 2019", "سنة 2019" (the word in the span), "في 2019", "خلال 2019"
    (`starts`: where the years of `folded` start)."""
    out = []
    for start in starts:
        m = _BARE_YEAR.match(folded, start)
        if m is None:
            continue
        before = _WORD_BEFORE.search(folded, max(0, start - _LONGEST_YEAR_WORD), start)
        if before is None:
            continue
        word = before.group().rstrip()
        forms = candidates(word)
        keyword = next((f for f in forms if f in _YEAR_WORDS), None)
        if keyword is not None:
            out.append((before.start() + len(word) - len(keyword), m.end(), m["y"]))
        elif any(f in _YEAR_PREPOSITIONS for f in forms):  # "في 2019", "وخلال 2019"
            out.append((start, m.end(), m["y"]))
    return out


class _Window(NamedTuple):
    """A stretch around digits, with what the patterns need to find in it."""

    lo: int
    hi: int
    runs: list[int]  # where its runs of digits start
    years: int  # runs of digits that read as a year


def _is_year(folded: str, start: int, end: int) -> bool:
    """Whether the run of digits `folded[start:end]` reads as a year (see `_YEAR`)."""
    return end - start == 4 and folded[start : start + 2] in _CENTURIES


def has_year(folded: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether `folded[lo:hi]` holds a run of digits that reads as a year: a text without
    one has no date that is a year alone (`find_dates_folded`'s four-character values).

    >>> has_year("في عام 2019"), has_year("بلغ 120190 طنا"), has_year("2019", 1)
    (True, False, False)
    """
    end = len(folded) if hi is None else hi
    return any(_is_year(folded, *m.span()) for m in _DIGITS.finditer(folded, lo, end))


def _windows(folded: str, runs: list[tuple[int, int]]) -> list[_Window]:
    """Stretches around the runs of digits: every date has a day or a year, so the patterns
    need not scan the rest. Each reaches far enough for the longest date and starts at a
    space."""
    out: list[_Window] = []
    lo = hi = years = 0  # the window being built, while `starts`
    starts: list[int] = []
    for start, end in runs:
        reach = folded.rfind(" ", 0, max(0, start - _REACH)) + 1
        year = _is_year(folded, start, end)
        if starts and reach <= hi:  # it overlaps the window: one window
            starts.append(start)
            years += year
        else:
            if starts:
                out.append(_Window(lo, hi, starts, years))
            lo, starts, years = reach, [start], int(year)
        hi = min(len(folded), end + _REACH)
    if starts:
        out.append(_Window(lo, hi, starts, years))
    return out


@cache
def _month_words() -> ahocorasick.Automaton:
    """The first word of every month name (its length the value): where a month name can
    start."""
    automaton = ahocorasick.Automaton()
    for name in _months():
        word = name.split()[0]
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def _month_starts(folded: str) -> list[int]:
    """Where a month name may start in `folded`: at the first word of one, after no letter
    (the patterns ask for `_LETTER_BEFORE`; "اب" is inside many words)."""
    out = []
    for end, size in _month_words().iter(folded):
        start = end + 1 - size
        if start == 0 or not folded[start - 1].isalpha():  # every letter is alphabetic
            out.append(start)
    return sorted(set(out))  # "ماي" and "مايو" start alike


_RANGE_OPENERS = re.compile(r"من|بين")  # what may stand before the first day of a range


def _matches_at(
    pattern: re.Pattern[str], folded: str, starts: list[int], lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(folded, lo, hi)` for a pattern whose every match starts at one of
    `starts` (sorted): the pattern is tried there alone, not at every position between."""
    pos = lo
    for start in starts:
        if pos <= start < hi:
            m = pattern.match(folded, start, hi)
            if m is not None:
                yield m
                pos = m.end()


def _add(found: list[tuple[int, int, str]], m: re.Match[str], value: str | None) -> None:
    if value is not None:
        found.append((m.start(), m.end(), value))


def find_dates(text: str, published: dt.date | None = None) -> list[DateSpan]:
    """Dates in `text`, in order, with original spans; `published` fills a missing year.

    Where two readings overlap, the longer wins ("من 10 إلى 12 مارس 2024" is one range).
    """
    folded = fold_with_offsets(text)
    out = []
    for d in find_dates_folded(folded.text, published):
        a, b = folded.span(d.start, d.end)
        out.append(DateSpan(a, b, d.value, text[a:b]))
    return out


def find_dates_folded(folded: str, published: dt.date | None = None) -> list[DateSpan]:
    """`find_dates` on text that is folded already (`kg.text.normalize.fold`), with spans in
    it: the extractor folds an article once, not once per reader."""
    runs = [m.span() for m in _DIGITS.finditer(folded)]
    years = [start for start, end in runs if _is_year(folded, start, end)]
    months = _month_starts(folded) if runs else []
    if not (months or years):  # every date has a month name or a year
        return []
    found: list[tuple[int, int, str]] = []
    single, day_range, numeric, year_range = _patterns()
    for w in _windows(folded, runs):
        in_window = [m for m in months if w.lo <= m < w.hi]
        # Each pattern runs only where the window has what it needs, and only from where
        # its matches can start: a single date at its day or its month name, a day range
        # at its first day or the من/بين before it, a numeric date at its day or year.
        if in_window:
            starts = sorted(w.runs + in_window)
            for m in _matches_at(single, folded, starts, w.lo, w.hi):
                _add(found, m, _single(m, published))
        if in_window and len(w.runs) >= 2:
            openers = [m.start() for m in _RANGE_OPENERS.finditer(folded, w.lo, w.hi)]
            starts = sorted(w.runs + openers)
            for m in _matches_at(day_range, folded, starts, w.lo, w.hi):
                _add(found, m, _day_range(m, published))
        if len(w.runs) >= 3 and w.years >= 1:
            for m in _matches_at(numeric, folded, w.runs, w.lo, w.hi):
                _add(found, m, _numeric(m, published))
        if w.years >= 2:  # two years: rare, so read the whole window
            for m in year_range.finditer(folded, w.lo, w.hi):
                _add(found, m, _year_range(m, published))
    if years:
        found += _bare_years(folded, years)
    return _longest(folded, found)


def _longest(folded: str, found: list[tuple[int, int, str]]) -> list[DateSpan]:
    """The dates `found` (start, end, value) where two overlap, the longer (the first found
    of two as long), in text order."""
    chosen: list[tuple[int, int, str]] = []
    for start, end, value in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(end <= a or b <= start for a, b, _ in chosen):
            chosen.append((start, end, value))
    return [DateSpan(start, end, value, folded[start:end]) for start, end, value in sorted(chosen)]
