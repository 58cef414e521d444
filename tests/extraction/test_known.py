"""Gazetteer names, and a name two terms share (عمان: Oman or Amman), read by the text.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import extract
from kg.extraction.known import homographs


def _places_and_countries(text: str) -> dict[str, list[str]]:
    return {
        e.name: [m.text for m in e.mentions]
        for e in extract(text).entities
        if e.label in ("Country", "Place")
    }


def test_a_name_two_terms_share_is_known_from_the_gazetteer_itself() -> None:
    assert [t.name_en for t in homographs()["عمان"]] == ["Oman", "Amman"]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("استقبل العاهل الأردني وفدا برلمانيا من كندا في عمان.", "Amman"),
        ("وعقدت القمة في العاصمة الأردنية عمان بمشاركة وفد من سلطنة عمان.", "Amman"),
        ("ووصل رئيس وزراء الأردن إلى عمان عائدا من القاهرة.", "Amman"),
        ("وأكدت سلطنة عمان أن عمان ستواصل دعم الحوار.", "Oman"),
        ("ووقع وزير التجارة العماني والوزير الكوري اتفاقا في عمان.", "Oman"),
        ("وقال البنك الدولي إن اقتصاد عمان نما بنسبة 3 في المئة.", "Oman"),
    ],
)
def test_oman_or_amman_by_the_state_the_text_names(text: str, reading: str) -> None:
    found = _places_and_countries(text)
    other = {"Oman": "Amman", "Amman": "Oman"}[reading]
    assert "عمان" in found[reading]
    assert "عمان" not in found.get(other, [])


def test_two_rivers_under_one_dual_are_two_places() -> None:
    """ "نهري دجلة والفرات": the dual frame names the first river, "والفرات" the second."""
    graph = extract("وبحث الوزيران حصة سوريا من مياه نهري دجلة والفرات.")
    assert sorted(e.name for e in graph.entities if e.label == "Place") == ["Euphrates", "Tigris"]
