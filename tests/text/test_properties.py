"""Properties on arbitrary text: nothing raises and every span is a slice of the input."""

import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st

from kg.text.dates import find_dates, find_dates_folded
from kg.text.normalize import fold, fold_with_offsets
from kg.text.numbers import find_numbers, find_numbers_folded, ordinal_at, ordinal_at_folded
from kg.text.sentences import split_sentences

# Pieces that reach the interesting paths: figures, scale and month names, ordinals,
# harakat, tatweel, bidi marks, presentation forms, punctuation and both digit systems.
PIECES = (
    "2", "٣", "۴", "٫", "٬", ".", ",", "-", "/", "(", ")", " ", "\n", "؟", "؛", "…", "و",
    "ال", "الـ", "رقم", "مليون", "ملايين", "مليار", "ألف", "ألفًا", "آلاف", "نصف", "خمسة",
    "عشر", "عشرون", "ومئة", "الرابع", "الحادية", "والعشرين", "مارس", "كانون الثاني",
    "تشرين", "عام", "العام", "من", "إلى", "بين", "2024", "١٩٩٩", "\u064e", "\u0651",
    "\u0640", "\u200f", "ﻻ", "U.S.", "www.a.b", "«", "»",
)  # fmt: skip
ARABIC_TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), ARABIC_TEXT)


@given(ANY_TEXT)
def test_fold_offsets_are_consistent(text: str) -> None:
    f = fold_with_offsets(text)
    assert f.text == fold(text)
    assert len(f.offsets) == len(f.text) + 1
    assert f.offsets[-1] == len(text)
    assert list(f.offsets) == sorted(f.offsets)
    for i in range(len(f.text)):
        a, b = f.span(i, i + 1)
        assert f.text[i] in fold(text[a:b])


@given(ANY_TEXT)
def test_sentences_are_slices(text: str) -> None:
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert s.text == text[s.start : s.end] == s.text.strip()
        assert s.text


@given(ANY_TEXT)
def test_numbers_are_slices(text: str) -> None:
    for n in find_numbers(text):
        assert n.text == text[n.start : n.end]
        assert n.start < n.end


@given(ANY_TEXT, st.integers(min_value=0, max_value=200))
def test_ordinals_end_inside_the_text(text: str, pos: int) -> None:
    found = ordinal_at(text, min(pos, len(text)))
    if found is not None:
        assert pos < found[0] <= len(text)


@given(ANY_TEXT, st.none() | st.dates(min_value=dt.date(1900, 1, 1)))
def test_dates_are_slices(text: str, published: dt.date | None) -> None:
    for d in find_dates(text, published):
        assert d.text == text[d.start : d.end]
        assert d.start < d.end


@given(ANY_TEXT, st.integers(min_value=0, max_value=200))
def test_folded_readers_agree_with_the_public_ones(text: str, pos: int) -> None:
    folded = fold(text)
    assume(fold(folded) == folded)
    pos = min(pos, len(folded))
    assert find_numbers_folded(folded) == find_numbers(folded)
    assert find_dates_folded(folded) == find_dates(folded)
    assert ordinal_at_folded(folded, pos) == ordinal_at(folded, pos)
