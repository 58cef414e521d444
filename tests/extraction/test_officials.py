"""Officials of many states, each in a sentence written for this test (`officials.tsv`):
found, and named as English Wikipedia names them (diacritics, `al-`/`el-`, hyphens aside)."""

import re
import unicodedata
from pathlib import Path

import pytest

from kg import extract

_ROWS = [
    line.split("\t")
    for line in (Path(__file__).parent / "officials.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
][1:]
OFFICIALS = [(sentence, english) for english, sentence in _ROWS]


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
