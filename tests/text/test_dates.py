import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kg.text.dates as dates_module
from kg.text.dates import DateSpan, find_dates, find_dates_folded

PUBLISHED = dt.date(2024, 5, 1)


def dates(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17 فبراير 2021", "2021-02-17"),
        ("17 شباط 2021", "2021-02-17"),
        ("17 فيفري 2021", "2021-02-17"),
        ("٩ نيسان ٢٠١٩", "2019-04-09"),
        ("9 إبريل 2019", "2019-04-09"),
        ("9 أفريل 2019", "2019-04-09"),
        ("1 كانون الثاني 2020", "2020-01-01"),
        ("31 كانون الأول 2020", "2020-12-31"),
        ("5 تشرين الثاني 2018", "2018-11-05"),
        ("12 تموز 2017", "2017-07-12"),
        ("12 جويلية 2017", "2017-07-12"),
        ("30 آب 2015", "2015-08-30"),
        ("30 أوت 2015", "2015-08-30"),
        ("4 أيار 2022", "2022-05-04"),
        ("4 ماي 2022", "2022-05-04"),
        ("20 حزيران 2022", "2022-06-20"),
        ("20 جوان 2022", "2022-06-20"),
        ("8 يونيه 2022", "2022-06-08"),
        ("15 من شهر أيلول 2010", "2010-09-15"),
        ("15 سبتمبر من العام 2010", "2010-09-15"),
        ("15 سبتمبر، 2010", "2010-09-15"),
        ("15 سبتمبر 2010م", "2010-09-15"),
        ("7 أكتوبر/ تشرين الأول عام 2011", "2011-10-07"),
        ("يوليو (تموز) 2023", "2023-07"),
        ("نوفمبر 2019", "2019-11"),
        ("كانون الثاني 2019", "2019-01"),
        ("03/11/2020", "2020-11-03"),
        ("2020-11-03", "2020-11-03"),
    ],
)
def test_full_and_month_dates(text: str, value: str) -> None:
    assert dates(f"جرى ذلك في {text} بحضور الوفود") == [(text, value)]


def test_impossible_days_are_skipped() -> None:
    assert dates("في 30 فبراير 2021") == []
    assert dates("في 31/13/2020") == []


def test_a_month_alone_is_not_a_date() -> None:
    assert dates("في مارس الماضي") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("زار البلد عام 2019", "عام 2019", "2019"),
        ("منذ العام 2005", "العام 2005", "2005"),
        ("في سنة 1998", "سنة 1998", "1998"),
        ("وللعام 2012", "عام 2012", "2012"),
        ("حتى عام 2035", "عام 2035", "2035"),
        ("خلال 2021 نمت", "2021", "2021"),
        ("وفي 2021 نمت", "2021", "2021"),
    ],
)
def test_years(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value)]


def test_a_bare_figure_is_not_a_year() -> None:
    assert dates("صدّرت 2019 طنا") == []


def test_missing_year_from_publication() -> None:
    assert dates("يوم الأربعاء 14 ديسمبر", PUBLISHED) == [("14 ديسمبر", "2024-12-14")]
    assert dates("يوم الأربعاء 14 ديسمبر") == [("14 ديسمبر", "--12-14")]
    assert dates("في 29 شباط") == [("29 شباط", "--02-29")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("من 6 إلى 9 مارس 2023", "2023-03-06/2023-03-09"),
        ("6-9 مارس 2023", "2023-03-06/2023-03-09"),
        ("بين 6 و9 آذار 2023", "2023-03-06/2023-03-09"),
        ("من 27 يونيو حتى 3 يوليو 2023", "2023-06-27/2023-07-03"),
        ("من 30 ديسمبر إلى 2 يناير 2023", "2022-12-30/2023-01-02"),
        ("2021-2026", "2021/2026"),
        ("للفترة 2021-2026", "2021/2026"),
        ("من عام 2021 إلى عام 2026", "2021/2026"),
        ("بين 2021 و2026", "2021/2026"),
    ],
)
def test_ranges(text: str, value: str) -> None:
    [found] = find_dates(f"في الفترة {text} بحضور")
    assert found.value == value
    assert text.endswith(found.text)


def test_range_without_year_uses_publication() -> None:
    assert dates("من 6 إلى 9 مارس", PUBLISHED) == [("من 6 إلى 9 مارس", "2024-03-06/2024-03-09")]


def test_two_dates_joined_by_and_stay_two() -> None:
    assert dates("في 3 يوليو 2019 و15 أغسطس 2020") == [
        ("3 يوليو 2019", "2019-07-03"),
        ("15 أغسطس 2020", "2020-08-15"),
    ]
    assert dates("عامي 2020 و2021") == []


def test_spans_point_into_the_original() -> None:
    text = "وُقّعت يوم ٣ تشرينَ الأول ٢٠٠٩ في العاصمة"
    [d] = find_dates(text)
    start = text.index("٣")
    assert d == DateSpan(start, text.index(" في"), "2009-10-03", "٣ تشرينَ الأول ٢٠٠٩")
    assert text[d.start : d.end] == d.text


# Pieces of dates (some joined as dates join them), of words that hold a month's letters
# ("الاب", "ضمن") and of separators.
DATE_PIECES = (
    "3", "12", "2019", "1998", "05", "مارس", "اب", "مايو", "تشرين الاول", "ايلول", "من", "بين",
    "من 6", "بين 3 و", "الي 9", "حتي", "و", "عام", "العام", "في", "خلال", "شهر", "-", "/", ".",
    "،", "(", ")", "م", "الاب", "ضمن", "x", "3/12/", "2019-05-",
)  # fmt: skip
DATE_TEXT = st.lists(
    st.tuples(st.sampled_from(DATE_PIECES), st.sampled_from(("", " ", " ", "  ", "\n"))),
    max_size=12,
).map(lambda pieces: "".join(p + gap for p, gap in pieces))


def _every_match(folded: str, published: dt.date | None) -> list[DateSpan]:
    """What `find_dates_folded` must find in a text shorter than its windows: every pattern
    read over the whole text, at every position."""
    d = dates_module
    readers = (d._single, d._day_range, d._numeric, d._year_range)
    found = [
        (m.start(), m.end(), value)
        for pattern, reader in zip(d._patterns(), readers, strict=True)
        for m in pattern.finditer(folded)
        if (value := reader(m, published)) is not None
    ]
    years = [m.start() for m in d._BARE_YEAR.finditer(folded)]
    return d._longest(folded, found + d._bare_years(folded, years))


@settings(max_examples=2000)
@given(DATE_TEXT, st.none() | st.just(PUBLISHED))
def test_patterns_tried_where_dates_start_find_every_date(
    text: str, published: dt.date | None
) -> None:
    assume(len(text) < dates_module._REACH)  # one window: the whole text
    assert find_dates_folded(text, published) == _every_match(text, published)
