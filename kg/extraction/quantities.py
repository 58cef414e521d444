"""Measured figures: a number, its scale word, and the unit or counted noun after it.

`42.5 مليون دولار` → 42500000 USD; `640 ألف طن` → 640000 t. A percentage after
`بنسبة` in a sentence that says something rose or fell is the change of the sentence's
other figure (`change_pct`), not a figure of its own. Bare numbers (years, ordinals,
counts with no unit) are not quantities, with three exceptions that name their unit
otherwise: the first bound of a range shares the scale of the second (`بين 20 و30 مليار
متر مكعب` → 20 billion m3); a scaled number a figure rises to takes that figure's unit
(`خمسة ملايين طن … لتصل إلى 20 مليونا` → 20 million t); and a count of a body's members
is a number of states (`الدول الأعضاء الـ27`, `البلدان العشرة الأعضاء`, `عدد أعضاء المنظمة 5`).
"""

from __future__ import annotations

import re
from functools import cache
from operator import attrgetter
from typing import NamedTuple

from kg.extraction.cues import CueFinder, Cues
from kg.extraction.document import Doc
from kg.extraction.matcher import Match, PhraseMatcher
from kg.extraction.scan import SHARED
from kg.lexicon.files import read_tsv, values
from kg.text.dates import DateSpan, has_year
from kg.text.numbers import NumberSpan, find_numbers_folded

PERCENT = "%"
REACH = 48  # folded characters a number with its scale words may take before its unit
AND = re.compile(r" ?و ?")
RATE = re.compile(r"(?:بنسبه|بزياده|بارتفاع|بانخفاض|بنمو|بتراجع|بمعدل)(?: قدرها| قدره)? ?$")
CHANGE = re.compile(r"ارتفع|ارتفاع|زاد|زياده|نما|نمو|انخفض|انخفاض|تراجع|قفز|ازداد")
FALL = re.compile(r"انخفض|انخفاض|تراجع")
PERCENT_SIGN = re.compile(r" ?%")
DIGITS = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
# A figure that rises to a scaled number with no unit: "لتصل إلى 20 مليونا".
RISES_TO = re.compile(r"(?=[لوتي])(?:[لو]?[تي](?:صل|رتفع|زيد)|وصولا|ليبلغ|لتبلغ) (?:الي|نحو) ")
# Counts of a body's member states, in folded text (a number word may carry the article).
_MEMBERS = r"(?:الدول|البلدان|للدول|للبلدان|والدول|والبلدان)"
MEMBER_COUNTS = (
    re.compile(rf"{_MEMBERS} (?P<n>[^ ]+) (?:ال)?اعضاء\b"),  # البلدان العشره الاعضاء
    re.compile(rf"{_MEMBERS} (?:ال)?اعضاء (?:ال ?|الـ ?)(?P<n>[0-9]+)\b"),  # الدول الاعضاء ال27
    re.compile(r"\bعدد (?:ال)?اعضاء(?: [^ 0-9،.]+){1,3} (?P<n>[0-9]+)(?![0-9.,])"),  # عدد اعضاء X 5
)
MAX_MEMBERS = 250  # more is no count of states
# The metric a cue word names; the closest cue before a figure wins (the first listed on ties).
METRIC_CUES: dict[str, tuple[str, ...]] = {
    "trade_volume": ("التبادل التجاري", "المبادلات التجارية", "حجم التجارة",
                     "التبادلات التجارية", "الميزان التجاري"),
    "length": ("طول", "بطول", "يمتد"),
    "capacity": ("قدرة", "طاقة", "سعة", "بطاقة", "بقدرة"),
    "cost": ("تكلفة", "بتكلفة", "كلفة", "بقيمة", "قيمة", "تكلفت", "كلفت"),  # تكلفته: its cost
    "investment": ("استثمار",),
    "loan_amount": ("قرض",),
    "ownership_share": ("حصة", "يملك", "تملك", "مملوكة"),
    "contract_term": ("لمدة", "مدة"),
    "transported_volume": ("نقل", "تصدير", "شحن", "ضخ"),
}  # fmt: skip
# Metrics that only a unit of one kind measures (the kind: a unit's default metric in
# units.tsv): "طول الخط 760 كيلومترا، وتقدر تكلفته بـ 4.8 مليار دولار" is no length in
# dollars, "يخفض زمن نقل البضائع بخمسة أيام" no volume in days. The others take any unit.
METRIC_UNITS: dict[str, frozenset[str]] = {
    "length": frozenset({"length"}),
    "cost": frozenset({"value"}),
    "loan_amount": frozenset({"value"}),
    "transported_volume": frozenset({"volume"}),
    "contract_term": frozenset({"duration"}),
}


class Figure(NamedTuple):
    """A number with its unit, in folded offsets (a tuple: a frozen dataclass sets each
    field through `object.__setattr__`)."""

    start: int  # folded span of number + unit
    end: int
    value: float
    unit: str
    metric: str
    period: str | None = None
    change_pct: float | None = None


@SHARED.load_first  # its table joins the first automaton
@cache
def _units() -> PhraseMatcher[tuple[str, str]]:
    return PhraseMatcher(
        (ar, (row["unit"], row["metric"]))
        for row in read_tsv("units.tsv")
        for ar in values(row["ar"])
    )


def _unit_after(
    text: str, pos: int, units: dict[int, Match[tuple[str, str]]]
) -> Match[tuple[str, str]] | None:
    """The unit that follows a number ending at `pos`: "% ", " طن", ") مدرسة"."""
    if text.startswith("%", pos):
        return units.get(pos)
    while pos < len(text) and text[pos] in " )":
        pos += 1
    return units.get(pos)


def _numbers_before(text: str, unit_starts: list[int]) -> list[NumberSpan]:
    """Numbers in the stretches that end at a unit: a figure is a number with a unit after it,
    so the rest of the text need not be read. Each stretch starts at a word boundary."""
    stretches: list[tuple[int, int]] = []
    for u in unit_starts:
        lo = text.rfind(" ", 0, max(0, u - REACH)) + 1
        if stretches and lo <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], u)
        else:
            stretches.append((lo, u))
    return [n for lo, hi in stretches for n in find_numbers_folded(text[lo:hi], lo)]


@SHARED.load_first  # its table joins the first automaton
@cache
def _metric_cues() -> CueFinder[str]:
    return CueFinder(METRIC_CUES)


def _metric(cues: Cues[str], metrics: list[str], lo: int, hi: int, default: str) -> str:
    """The metric whose cue stands closest before `hi` in `lo:hi`, else the unit's default
    (`metrics`: those of `METRIC_CUES` with a cue in the text, in that order)."""
    best, where = default, -1
    for metric in metrics:
        if default not in METRIC_UNITS.get(metric, (default,)):
            continue  # a cue of a metric this unit does not measure
        hit = cues.last(metric, lo, hi)
        if hit is not None and hit[0] > where:
            best, where = metric, hit[0]
    return best


def find_figures(doc: Doc) -> list[Figure]:
    """Figures with units, in text order, each with its metric, period and change."""
    text = doc.ftext
    units = {m.word_start: m for m in _units().find(text)}
    units.update(_percent_signs(text))
    members = _member_counts(text)
    if not units:
        return members
    cues = _metric_cues().find(text)
    metrics = [m for m in METRIC_CUES if m in cues.hits]
    raw: list[Figure] = []
    rates: list[tuple[int, float]] = []
    numbers = _numbers_before(text, sorted(units))
    year_dates: dict[int, list[DateSpan]] = {}  # sentence → its years (`_years`)
    for k, n in enumerate(numbers):
        unit = _unit_after(text, n.end, units)
        if (
            unit is None
            and k + 1 < len(numbers)
            and AND.fullmatch(text, n.end, numbers[k + 1].start)
        ):
            unit = _unit_after(text, numbers[k + 1].end, units)  # "بين 12 و14 رحلة"
            if unit is not None:
                n = _shared_scale(n, numbers[k + 1])  # "بين 20 و30 مليار"
        if unit is None:
            continue
        code, default_metric = unit.value
        sentence = doc.sentence_of(n.start)
        s_start, s_end = doc.sentence_fspan(sentence)
        before = text[s_start : n.start]
        if code == PERCENT and RATE.search(before) and CHANGE.search(text[s_start:s_end]):
            sign = -1.0 if FALL.search(text[s_start:s_end]) else 1.0
            rates.append((sentence, sign * n.value))
            continue
        # The year of a figure stands between it and the next one ("835 ألف طن في عام 2016"),
        # or before it with no other figure in between ("في عام 2016 بلغ …").
        after = numbers[k + 1].start if k + 1 < len(numbers) else s_end
        previous = numbers[k - 1].end if k > 0 else s_start
        years = year_dates.get(sentence)
        if years is None:
            years = year_dates[sentence] = _years(doc, sentence, s_start, s_end)
        period = next((y.value for y in years if n.end < y.start <= min(after, s_end)), None)
        period = period or next(
            (y.value for y in years if max(previous, s_start) <= y.start < n.start), None
        )
        metric = _metric(cues, metrics, s_start, n.start, default_metric)
        raw.append(Figure(n.start, unit.end, n.value, code, metric, period))
    raw += _risen_to(doc, raw)
    out = []
    for f in raw:
        s = doc.sentence_of(f.start)
        change = next((r for si, r in rates if si == s), None)
        if change is not None and f.unit != PERCENT:
            f = Figure(f.start, f.end, f.value, f.unit, f.metric, f.period, change)
        out.append(f)
    out += (m for m in members if not any(f.start < m.end and m.start < f.end for f in out))
    return sorted(out, key=attrgetter("start"))


def _years(doc: Doc, sentence: int, lo: int, hi: int) -> list[DateSpan]:
    """The dates of a sentence (folded `lo:hi`) that are a year alone ("عام 2016"). A
    sentence without a run of digits that reads as a year has none: its dates are not read
    (another stage may still ask for them)."""
    if not has_year(doc.ftext, lo, hi):
        return []
    return [d for d in doc.dates_in(sentence) if len(d.value) == 4]


def _percent_signs(text: str) -> dict[int, Match[tuple[str, str]]]:
    """The per cent sign as a unit, also where it touches its number ("7.8%"), which no
    whole-word match can find."""
    unit = (PERCENT, _percent_metric())
    signs: dict[int, Match[tuple[str, str]]] = {}
    i = text.find(PERCENT)
    while i != -1:
        signs[i] = Match(i, i + 1, i, unit)
        i = text.find(PERCENT, i + 1)
    return signs


@cache
def _percent_metric() -> str:
    return next(row["metric"] for row in read_tsv("units.tsv") if row["unit"] == PERCENT)


def _scale(n: NumberSpan) -> float:
    """What a number's scale words multiply its digits by: 1e9 for "30 مليار", 1 for "30"
    and for a number in words."""
    digits = DIGITS.match(n.text)
    if digits is None or digits.end() == len(n.text):
        return 1.0
    base = float(digits.group().replace(",", "."))
    return n.value / base if base else 1.0


def _shared_scale(first: NumberSpan, second: NumberSpan) -> NumberSpan:
    """The first bound of a range written with digits alone takes the scale of the second:
    "بين 20 و30 مليار" is 20 billion to 30 billion."""
    scale = _scale(second)
    if scale == 1.0 or _scale(first) != 1.0 or not DIGITS.fullmatch(first.text):
        return first
    return NumberSpan(first.start, first.end, first.value * scale, first.text)


def _risen_to(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """A scaled number with no unit that a figure rises to, in the figure's sentence, in
    that figure's unit and metric: "بلغت خمسة ملايين طن لتصل إلى 20 مليونا"."""
    text, out = doc.ftext, []
    for k, f in enumerate(figures):
        s_end = doc.sentence_fspan(doc.sentence_of(f.start))[1]
        stop = min([s_end, *(g.start for g in figures[k + 1 :] if g.start > f.end)])
        rise = RISES_TO.search(text, f.end, stop)
        if rise is None or f.unit == PERCENT:
            continue
        window = text[rise.end() : min(stop, rise.end() + REACH)]
        numbers = find_numbers_folded(window, rise.end())
        if numbers and numbers[0].start == rise.end() and _scale(numbers[0]) > 1.0:
            n = numbers[0]
            out.append(Figure(n.start, n.end, n.value, f.unit, f.metric))
    return out


def _member_counts(text: str) -> list[Figure]:
    """Counts of a body's member states: "الدول الأعضاء الـ27", "عدد أعضاء المنظمة 5"."""
    if "اعضاء" not in text:
        return []
    out = []
    for pattern in MEMBER_COUNTS:
        for m in pattern.finditer(text):
            word = m["n"].removeprefix("ال")
            numbers = find_numbers_folded(word)
            if len(numbers) != 1 or numbers[0].end != len(word):
                continue
            value = numbers[0].value
            if value == int(value) and 2 <= value <= MAX_MEMBERS:
                start = m.start("n")
                out.append(Figure(start, m.end("n"), value, "states", "member_states"))
    return out
