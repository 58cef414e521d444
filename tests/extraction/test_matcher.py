from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from kg.extraction.matcher import PhraseMatcher, _apart, _longest_leftmost
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


def _marking(hits: list[tuple[int, int, int, int, int]]) -> list[tuple[int, int, int, int, int]]:
    """`_longest_leftmost` by marking every character a chosen hit covers."""
    chosen, taken = [], [False] * 64
    for hit in sorted(hits):
        _, start, end, word_start, _ = hit
        if not any(taken[start:end]):
            chosen.append(hit)
            taken[word_start:end] = [True] * (end - word_start)
    return sorted(chosen, key=lambda h: h[1])


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.integers(0, 4)), max_size=12))
def test_longest_leftmost_is_the_marking_of_covered_characters(
    found: list[tuple[int, int, int]],
) -> None:
    """Hits with proclitics (word start before start) that reach into earlier hits' ranges:
    the covered ranges merge as the marked characters would."""
    distinct = {(start, start + length): head for start, length, head in found}
    hits = sorted(
        ((start - end, start, end, max(0, start - head), n)
         for n, ((start, end), head) in enumerate(distinct.items())),
        key=lambda h: h[2],
    )  # fmt: skip
    assert _longest_leftmost(hits) == _marking(hits)
