"""Titles of other systems, feminine and religious offices give an unlisted person a role.

Sentences written for these tests; the people named are invented."""

from __future__ import annotations

import pytest

from kg import extract
from kg.schema import RelType


def _roles(text: str) -> set[tuple[str, str, str]]:
    graph = extract(text)
    names = {e.key: e.name for e in graph.entities}
    return {
        (names[r.source], names[r.target], str(r.role))
        for r in graph.relations
        if r.type is RelType.HOLDS_POSITION
    }


@pytest.mark.parametrize(
    ("text", "target", "role"),
    [
        ("والتقى رئيس مجلس الدولة الصيني وانغ تشاو مينغ الوفد في بكين.", "China", "Premier"),
        (
            "واستقبلت الوزيرة المنتدبة المغربية سلمى بناني الوفد في الرباط.",
            "Morocco",
            "Minister Delegate",
        ),
        ("واستقبل الإمبراطور الياباني كينجي ساتو الوفد في طوكيو.", "Japan", "Emperor"),
        (
            "وقالت المندوبة الدائمة لغانا أما بواتينغ إن التصويت مهم.",
            "Ghana",
            "Permanent Representative",
        ),
        ("والتقى الوفد القنصل الأردني في أوساكا عمر الخطيب.", "Jordan", "Consul"),
    ],
)
def test_a_title_of_any_system_or_gender_gives_its_holder_a_role(
    text: str, target: str, role: str
) -> None:
    assert any(t == target and r == role for _, t, r in _roles(text)), _roles(text)


def test_the_head_of_state_after_an_envoys_title_sent_the_envoy() -> None:
    text = "وبحث سفير خادم الحرمين الشريفين لدى البرازيل فهد القحطاني ملف التجارة."
    people = [e.name_ar for e in extract(text).entities if e.label == "Person"]
    assert people == ["فهد القحطاني"]
    roles = _roles(text)
    assert all(role == "Ambassador" for _, _, role in roles)  # not King
    assert not any(target == "Brazil" for _, target, _ in roles)  # the host, not his state


def test_a_minister_of_state_for_a_portfolio_serves_the_state_after_it() -> None:
    text = "وترأس الاجتماع وزير الدولة للموارد البترولية الغاني كوفي أدجيي."
    # the portfolio after "للـ" is part of the title: the nisba after it names the state
    assert ("Ghana", "Minister of State") in {(t, r) for _, t, r in _roles(text)}, _roles(text)


@pytest.mark.parametrize(
    ("text", "target", "role"),
    [
        (
            "وقال وزير الخارجية والهجرة وشؤون الليبيين بالخارج الليبي سالم الفيتوري إن"
            " البلدين يتعاونان.",
            "Libya",
            "Minister of Foreign Affairs, Migration and Nationals Abroad",
        ),
        (
            "واستقبل وزير الشؤون الخارجية والجالية الوطنية بالخارج الجزائري كريم بلعيد الوفد.",
            "Algeria",
            "Minister of Foreign Affairs and Nationals Abroad",
        ),
        (
            "وقالت وزيرة الخارجية والتعاون الأفريقي والمغتربين الغينية فاطمة كامارا إن"
            " البلدين يتعاونان.",
            "Guinea",
            "Minister of Foreign Affairs, African Cooperation and Expatriates",
        ),
    ],
)
def test_a_minister_of_many_portfolios_serves_the_state_after_them(
    text: str, target: str, role: str
) -> None:
    """The nisba after a minister's joined portfolios ("والمغتربين", the state's nationals
    abroad) names his state; before, the title stopped at the first unknown portfolio and
    the person was not found at all."""
    assert (target, role) in {(t, r) for _, t, r in _roles(text)}, _roles(text)


def test_a_listed_minister_whose_title_adds_portfolios_serves_his_own_state() -> None:
    """A listed foreign minister under a title with more portfolios and no nisba serves his
    own state (the people gazetteer's), not the counterpart's named after him."""
    text = (
        "واستقبل وزير الشؤون الخارجية والتعاون الأفريقي والمغاربة المقيمين بالخارج ناصر بوريطة"
        " نظيره الموريتاني في الرباط. وأكد الجانبان أن المغرب وموريتانيا يتعاونان."
    )
    roles = _roles(text)
    assert {(n, t) for n, t, _ in roles} >= {("Nasser Bourita", "Morocco")}, roles
    assert ("Nasser Bourita", "Mauritania") not in {(n, t) for n, t, _ in roles}


@pytest.mark.parametrize(
    "title", ["رئيسة مجلس الوزراء الإيطالي", "رئيسة حكومة إيطاليا", "الوزيرة الأولى الإيطالية"]
)
def test_a_woman_prime_minister_under_every_name_of_the_office(title: str) -> None:
    """Not "President" of a body "Italy Council": the feminine of "رئيس مجلس الوزراء"."""
    roles = _roles(f"واستقبل الرئيس التونسي {title} لوتشيا بيانكي في قصر قرطاج.")
    assert {(t, r) for _, t, r in roles} == {("Italy", "Prime Minister")}
