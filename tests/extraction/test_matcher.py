from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from kg.extraction.matcher import PhraseMatcher, _apart
from kg.text.normalize import fold


def matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(
        [("اللجنة الحكومية الدولية", "igc"), ("اللجنة", "committee"), ("كازاخستان", "kz")]
    )


def test_longest_phrase_wins() -> None:
    found = matcher().find(fold("اجتماع اللجنة الحكومية الدولية اليوم"))
    assert [m.value for m in found] == ["igc"]


def test_proclitics_and_lil_form_match() -> None:
    text = fold("رئيس للجنة الحكومية الدولية ولكازاخستان")
    found = matcher().find(text)
    assert [m.value for m in found] == ["igc", "kz"]
    assert text[found[1].word_start : found[1].end] == "ولكازاخستان"


def test_no_match_inside_a_word() -> None:
    assert matcher().find(fold("كازاخستانيون")) == []
    assert matcher().find(fold("مكازاخستان")) == []


def test_spelling_variants_fold_alike() -> None:
    m = PhraseMatcher([("أذربيجان", "az")])
    assert [x.value for x in m.find(fold("زار اذربيجان"))] == ["az"]


def test_a_word_listed_with_and_without_the_article_matches_after_lam_and_the_article() -> None:
    m = PhraseMatcher([("اتفاقية", "a"), ("الاتفاقية", "a")])
    found = m.find(fold("وفقا للاتفاقية وباتفاقية"))
    assert [(x.word_start, x.value) for x in found] == [(5, "a"), (15, "a")]


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=6))
def test_apart_is_the_pairwise_test(bounds: list[tuple[int, int]]) -> None:
    hits = [(-1, 0, end, word_start, None) for end, word_start in bounds]
    assert _apart(hits) == all(a[2] <= b[3] for a, b in pairwise(hits))
