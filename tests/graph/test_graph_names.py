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


def _people_nodes(*texts: str) -> list[str]:
    from kg import extract
    from kg.graph import build
    from kg.models import ArticleMeta

    graph = build(extract(t, ArticleMeta(id=f"a{i}")) for i, t in enumerate(texts))
    return [str(a["name"]) for _, a in graph.nodes(data=True) if a.get("label") == "Person"]


def test_one_unlisted_person_under_two_spellings_is_one_node() -> None:
    nodes = _people_nodes(
        "وقال وزير الطاقة الأذربيجاني كمال سليمانوف إن المشروع مهم.",
        "وأكد وزير الطاقة الأذربيجاني كمال سليمانيوف أن المشروع مهم.",
    )
    assert len(nodes) == 1


def test_two_people_who_share_a_surname_are_two_nodes() -> None:
    nodes = _people_nodes(
        "وقال وزير الطاقة الأذربيجاني شاهين سليمانوف إن المشروع مهم.",
        "وقال وزير الزراعة الأذربيجاني رستم سليمانوف إن المحصول جيد.",
    )
    assert len(nodes) == 2


def test_a_surname_alone_joins_the_one_person_with_that_surname() -> None:
    nodes = _people_nodes(
        "وقال وزير الطاقة الأذربيجاني شاهين سليمانوف إن المشروع مهم.",
        "وأكد الوزير سليمانوف أن المشروع مهم.",
    )
    assert len(nodes) == 1


def test_a_surname_alone_stays_apart_when_two_people_share_it() -> None:
    nodes = _people_nodes(
        "وقال وزير الطاقة الأذربيجاني شاهين سليمانوف إن المشروع مهم.",
        "وقال وزير الزراعة الأذربيجاني رستم سليمانوف إن المحصول جيد.",
        "وأكد الوزير سليمانوف أن المشروع مهم.",
    )
    assert len(nodes) == 3


def test_a_listed_person_and_another_first_name_with_his_surname_are_two_nodes() -> None:
    nodes = _people_nodes(
        "وقال المستشار الألماني أولاف شولتس إن برلين تدعم الاتفاق.",
        "وقالت وزيرة الصحة في ولاية بافاريا ماريا شولتس إن الوضع مستقر.",
        "وأشاد الرئيس الراحل حيدر علييف بالعلاقات مع تركيا.",
        "واستقبل الرئيس الأذربيجاني إلهام علييف السفير التركي.",
    )
    assert len(nodes) == 4
    assert "Olaf Scholz" in nodes and {"Heydar Aliyev", "Ilham Aliyev"} <= set(nodes)


def test_a_listed_person_with_and_without_his_first_name_is_one_node() -> None:
    nodes = _people_nodes(
        "وقال رئيس الوزراء الهندي ناريندرا مودي إن نيودلهي تدعم الممر.",
        "وقال رئيس وزراء الهند نارندرا مودي إن الممر مهم.",
        "وأكد مودي أن الهند شريك موثوق.",
    )
    assert nodes == ["Narendra Modi"]


def test_an_unlisted_first_name_with_g_written_two_ways_is_one_node() -> None:
    nodes = _people_nodes(
        "وقال وزير الزراعة الكيني ماوانغي كيبروتو إن المحصول جيد.",
        "وقال وزير الزراعة الكيني ماوانجي كيبروتو إن الأمطار كافية.",
    )
    assert len(nodes) == 1
