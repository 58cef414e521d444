import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.text.numbers import NumberSpan, _openers, _scan_tokens, _tokens, find_numbers, ordinal_at


def values(text: str) -> list[tuple[str, float]]:
    return [(n.text, n.value) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بلغت الصادرات ٢٫٥ مليار دولار", [("٢٫٥ مليار", 2.5e9)]),
        ("بلغت الصادرات 2.5 مليار دولار", [("2.5 مليار", 2.5e9)]),
        ("بلغت الصادرات 2,5 مليار دولار", [("2,5 مليار", 2.5e9)]),
        ("نحو 641.3 ألف طن", [("641.3 ألف", 641300.0)]),
        ("نحو ٦٤١٫٣ ألف طن", [("٦٤١٫٣ ألف", 641300.0)]),
        ("بقيمة (45) مليون يورو", [("(45) مليون", 45e6)]),
        ("بقيمة ۴۵ ملیون", [("۴۵ ملیون", 45e6)]),  # Persian digits and ی
        ("عدد سكانها 1,250,000 نسمة", [("1,250,000", 1250000.0)]),
        ("عدد سكانها ١٬٢٥٠٬٠٠٠ نسمة", [("١٬٢٥٠٬٠٠٠", 1250000.0)]),
        ("قرابة 40 ألفًا من الزوار", [("40 ألفًا", 40000.0)]),
        ("قرابة 7 آلاف زائر", [("7 آلاف", 7000.0)]),
        ("استثمارات بـ3 مليارات", [("3 مليارات", 3e9)]),
        ("نحو 1.2 تريليون", [("1.2 تريليون", 1.2e12)]),
        ("3 ملايين و400 ألف برميل", [("3 ملايين و400 ألف", 3.4e6)]),
        ("مليار ونصف دولار", [("مليار ونصف", 1.5e9)]),
    ],
)
def test_figures_with_scales(text: str, expected: list[tuple[str, float]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("عشرة ملايين", 1e7),
        ("خمسة ملايين", 5e6),
        ("ثلاثة مليارات", 3e9),
        ("مليون", 1e6),
        ("مليونين", 2e6),
        ("نصف مليون", 5e5),
        ("سبعة", 7),
        ("ثلاث عشرة", 13),
        ("اثنا عشر", 12),
        ("إحدى عشرة", 11),
        ("ستة وثلاثون", 36),
        ("تسعين", 90),
        ("مائة", 100),
        ("مئتين", 200),
        ("أربعمئة", 400),
        ("ثلاث مئة", 300),
        ("مائة وخمسة وعشرون", 125),
        ("ألف", 1000),
        ("ألفان", 2000),
        ("ثمانية آلاف", 8000),
        ("ستون ألفا", 60000),
        ("أربعمائة ألف", 400000),
        ("ألف وثمانمائة", 1800),
        ("ألفين وثلاثة وعشرين", 2023),
        ("مليون ومئتا ألف", 1.2e6),
        ("سبعة عشر مليونًا", 17e6),
    ],
)
def test_number_words(text: str, value: float) -> None:
    assert values(text) == [(text, value)]


def test_proclitic_is_left_out_of_the_span() -> None:
    text = "بعشرة ملايين دولار"
    [n] = find_numbers(text)
    assert (n.start, n.end, n.text, n.value) == (1, 12, "عشرة ملايين", 1e7)


def test_a_list_is_two_numbers() -> None:
    assert values("خمسة وستة") == [("خمسة", 5.0), ("ستة", 6.0)]


def test_punctuation_ends_a_number() -> None:
    assert values("ثلاثة، ملايين") == [("ثلاثة", 3.0)]


def test_a_figure_alone_and_a_figure_with_its_scale() -> None:
    assert values("نقل 12 طنا، و7.50 طن") == [("12", 12.0), ("7.50", 7.5)]
    scaled = [("12 مليون", 12e6), ("12", 12.0), ("مليون", 1e6)]
    assert values("نقل 12 مليون طن و12، مليون") == scaled
    assert values("بلغ 3 ملايين و400 ألف") == [("3 ملايين و400 ألف", 3.4e6)]


def test_vague_plurals_and_lone_words_are_not_numbers() -> None:
    assert values("عشرات الآلاف وملايين الدولارات") == []
    assert values("أحد المسؤولين لست أدري") == []


def test_ordinals_are_not_cardinals() -> None:
    assert values("الدورة الـ 12 والـ13 والاجتماع الرابع عشر ورقم 7") == []
    assert values("في يومها الحادي والعشرين") == []


def test_codes_and_model_names_are_skipped() -> None:
    assert values("طائرات F-16 وقمة G20") == []


def test_decimal_dates_do_not_chain() -> None:
    assert values("1.5.2020") == [("1.5", 1.5)]


def test_spans_point_into_the_original() -> None:
    text = "وصل الحجم إلى ١٢٫٧٥ مليــار دولار"
    [n] = find_numbers(text)
    assert n == NumberSpan(14, 27, 12.75e9, "١٢٫٧٥ مليــار")
    assert text[n.start : n.end] == n.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الرابع عشر", 14),
        ("الثالث عشر", 13),
        ("الحادية عشرة", 11),
        ("الحادي عشر", 11),
        ("الأول", 1),
        ("الأولى", 1),
        ("الثانية", 2),
        ("الخامسة", 5),
        ("العاشر", 10),
        ("العشرين", 20),
        ("الخامس والعشرين", 25),
        ("الـ 12", 12),
        ("الـ12", 12),
        ("ال12", 12),
        ("رقم 3", 3),
        ("رابع عشر", 14),
        ("ثامنة", 8),
        ("حادي وثلاثين", 31),
    ],
)
def test_ordinal_at(text: str, value: int) -> None:
    sentence = f"الجولة {text} للمحادثات"
    assert ordinal_at(sentence, 6) == (7 + len(text), value)


def test_ordinal_at_rejects_non_ordinals() -> None:
    for text in ("الحادي", "الثلاثة", "عشرين", "المسؤول", "", "الـ"):
        assert ordinal_at(text, 0) is None
    assert ordinal_at("الـ 2.5", 0) is None


def test_ordinal_at_needs_the_ordinal_at_pos() -> None:
    assert ordinal_at("الاجتماع الرابع", 0) is None
    assert ordinal_at("الاجتماع الرابع", 8) == (15, 4)


# Folded words (number words, with clitics, and others), digits and marks, joined by spaces
# or not: what the tokenizer passes over before the first digit, or reads.
TOKEN_PIECES = (
    "خمسه", "وخمسه", "الخمسه", "مليون", "الف", "و", "ال", "رقم", "نصف", "قال", "الوزير", "ب",
    "3", "(", ")", ".", "،", "-", "_", "²", "a", "\u064e",
)  # fmt: skip
TOKEN_TEXT = st.lists(
    st.tuples(st.sampled_from(TOKEN_PIECES), st.sampled_from(("", " ", "\n"))), max_size=10
).map(lambda pieces: "".join(p + gap for p, gap in pieces))


@given(TOKEN_TEXT)
def test_the_words_passed_over_before_the_first_digit_hold_no_token(text: str) -> None:
    assert _tokens(text) == _scan_tokens(text, _openers())
