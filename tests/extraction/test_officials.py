"""Officials of many states, each in a sentence written for this test (`officials.tsv`; under
the other spellings news uses, `official_spellings.tsv`; a second list of other heads,
ministers and heads of international organizations, `more_officials.tsv`): found, and named
as English Wikipedia names them (diacritics, `al-`/`el-`, hyphens aside)."""

import re
import unicodedata
from pathlib import Path

import pytest

from kg import extract


def _rows(name: str) -> list[tuple[str, str]]:
    """(sentence, english) of a list of this folder."""
    lines = (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    return [(sentence, english) for english, sentence in rows]


OFFICIALS = _rows("officials.tsv")
SPELLINGS = _rows("official_spellings.tsv")
MORE = _rows("more_officials.tsv")


def english_key(name: str) -> str:
    """Names compare without diacritics, `al-`/`el-`, hyphens and case."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = re.sub(r"[^a-z0-9' ]+", " ", bare.casefold().replace("-", " ")).split()
    return " ".join(w for w in words if w not in ("al", "el"))


@pytest.mark.parametrize(("sentence", "english"), OFFICIALS, ids=[e for _, e in OFFICIALS])
def test_official_is_found_and_named_as_wikipedia_names_them(sentence: str, english: str) -> None:
    names = [e.name for e in extract(sentence).entities if e.label == "Person"]
    assert english_key(english) in map(english_key, names), names


def test_the_list_spans_many_states() -> None:
    assert len(OFFICIALS) >= 40


@pytest.mark.parametrize(("sentence", "english"), SPELLINGS, ids=[s for s, _ in SPELLINGS])
def test_an_official_under_another_spelling_is_the_same_person(sentence: str, english: str) -> None:
    names = [e.name for e in extract(sentence).entities if e.label == "Person"]
    assert english_key(english) in map(english_key, names), names


@pytest.mark.parametrize(("sentence", "english"), MORE, ids=[e for _, e in MORE])
def test_more_officials_are_found_and_named_as_wikipedia_names_them(
    sentence: str, english: str
) -> None:
    names = [e.name for e in extract(sentence).entities if e.label == "Person"]
    assert english_key(english) in map(english_key, names), names


def test_the_second_list_names_other_people_than_the_first() -> None:
    assert len(MORE) >= 140
    first = {english_key(e) for _, e in OFFICIALS}
    assert [e for _, e in MORE if english_key(e) in first] == []
