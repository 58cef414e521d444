"""When two names are one: folding and the person spelling rule."""

from __future__ import annotations

import pytest

from kg.graph.names import name_key, same_person


def test_name_key_folds_arabic_spellings_case_and_punctuation() -> None:
    assert name_key("أذربيجانُ") == name_key("اذربيجان")
    assert name_key("Baku–Tbilisi–Ceyhan  Pipeline") == "baku tbilisi ceyhan pipeline"
    assert name_key("...") == ""


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("شاهين مصطفاييف", "شاهين مصطفايف", True),  # one letter dropped
        ("شاهين مصطفاييف", "شاهين مصطفاييڤ", True),
        ("إلهام علييف", "الهام علييف", True),  # hamza folded away
        ("شاهين مصطفاييف", "شاهين مصطفى", False),  # too far apart
        ("شاهين مصطفاييف", "علي مصطفاييف", False),  # other first name
        ("مصطفاييف", "مصطفايف", False),  # one word: no tolerance
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
