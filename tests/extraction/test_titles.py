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
