"""Embassies, consulates, governments, central banks and the dual ministries of two states.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import extract
from kg.schema import Label


def _organizations(text: str) -> dict[str, list[str]]:
    graph = extract(text)
    return {
        e.name: [m.text for m in e.mentions]
        for e in graph.entities
        if e.label is Label.ORGANIZATION
    }


@pytest.mark.parametrize(
    ("sentence", "name", "mention"),
    [
        ("زار الوزير سفارة البرازيل لدى نيروبي أمس.", "Embassy of Brazil in Kenya",
         "سفارة البرازيل لدى نيروبي"),
        ("وأقامت السفارة الإندونيسية في الرياض حفلا.", "Embassy of Indonesia in Saudi Arabia",
         "السفارة الإندونيسية في الرياض"),
        ("وقالت سفارة المكسيك بالقاهرة إن الوفد وصل.", "Embassy of Mexico in Egypt",
         "سفارة المكسيك بالقاهرة"),
        ("وافتتحت القنصلية العامة لنيجيريا في جدة مقرها الجديد.",
         "Consulate General of Nigeria in Jeddah", "القنصلية العامة لنيجيريا في جدة"),
    ],
)  # fmt: skip
def test_a_mission_is_named_by_the_state_that_sends_it_and_where_it_serves(
    sentence: str, name: str, mention: str
) -> None:
    assert _organizations(sentence).get(name) == [mention]


def test_a_later_mission_without_its_host_is_the_one_named_before() -> None:
    orgs = _organizations(
        "استقبلت سفارة فيتنام في الجزائر وفدا تجاريا. وأكدت سفارة فيتنام أهمية الزيارة."
    )
    assert orgs == {"Embassy of Vietnam in Algeria": ["سفارة فيتنام في الجزائر", "سفارة فيتنام"]}


def test_dual_ministries_name_one_ministry_of_each_state_of_the_sentence() -> None:
    orgs = _organizations("وقعت تونس والأرجنتين مذكرة تفاهم بين وزارتي الزراعة في البلدين.")
    assert set(orgs) == {
        "Ministry of Agriculture of Tunisia",
        "Ministry of Agriculture of Argentina",
    }


def test_a_government_is_named_by_its_state_or_nisba() -> None:
    orgs = _organizations("وأعلنت حكومة كينيا أن الحكومة الفيتنامية وافقت على المشروع.")
    assert set(orgs) == {"Government of Kenya", "Government of Vietnam"}


def test_a_central_bank_named_by_its_state_is_the_listed_one() -> None:
    orgs = _organizations("ووقع محافظ البنك المركزي لدولة قطر الاتفاق.")
    assert "Qatar Central Bank" in orgs


def test_an_office_holder_title_is_not_a_government() -> None:
    orgs = _organizations("وصل رئيس الحكومة الماليزية إلى أنقرة.")
    assert "Government of Malaysia" not in orgs


def test_a_body_set_up_for_a_project_is_named_by_it() -> None:
    orgs = _organizations("واجتمعت اللجنة التوجيهية لمشروع سد كاريبا في لوساكا.")
    assert any(m[0].startswith("اللجنة التوجيهية لمشروع") for m in orgs.values())


def test_national_bodies_of_the_maghreb_and_iraq_are_listed() -> None:
    orgs = _organizations(
        "ووقع المكتب الشريف للفوسفات اتفاقا مع شركة تسويق النفط العراقية في بغداد."
    )
    assert {"OCP Group", "State Organization for Marketing of Oil"} <= set(orgs)


def test_an_office_with_qualifiers_is_a_body() -> None:
    orgs = _organizations("وقال المكتب الإعلامي لرئاسة الوزراء إن الزيارة ناجحة.")
    assert ["المكتب الإعلامي"] in orgs.values()


def test_the_company_is_named_by_its_adjectives_not_by_the_object_of_its_verb() -> None:
    assert _organizations("وتعتزم الشركة إنشاء مصفاة جديدة.") == {}
    orgs = _organizations("وقالت الشركة الكينية للسكك الحديدية إن الخط جاهز.")
    assert list(orgs.values()) == [["الشركة الكينية للسكك الحديدية"]]


def test_a_presidency_parliament_or_army_is_named_by_its_state() -> None:
    orgs = _organizations(
        "وقالت الرئاسة الغانية إن البرلمان الكيني صادق على الاتفاق، وأعلن الجيش النيجيري "
        "انسحابه، في ختام رئاسة كينيا للمجموعة."
    )
    assert set(orgs) == {"Presidency of Ghana", "Parliament of Kenya", "Army of Nigeria"}


def test_a_ministry_of_a_portfolio_not_listed_is_still_a_ministry_of_its_state() -> None:
    orgs = _organizations("وقالت وزارة المصايد الكينية إن الميناء جاهز.")
    assert list(orgs.values()) == [["وزارة المصايد الكينية"]]
    assert next(iter(orgs)).endswith("of Kenya")
    assert _organizations("وأكدت الوزارة ذلك في بيان.") == {}


def test_an_organ_of_a_listed_organization_is_a_body_of_its_own() -> None:
    orgs = _organizations("وتلقى دعوة لحضور دورة المجلس التنفيذي لمنظمة الصحة العالمية.")
    assert ["المجلس التنفيذي لمنظمة الصحة العالمية"] in orgs.values()
    assert "World Health Organization" in orgs


def test_a_state_chairing_a_body_is_no_presidency() -> None:
    orgs = _organizations("وقال إن الرئاسة الكينية لمجموعة شرق أفريقيا عززت التعاون.")
    assert "Presidency of Kenya" not in orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "واستقبلت وزارة الصناعة والمعادن العراقية الوفد.",
            "Ministry of Industry and Minerals of Iraq",
        ),
        (
            "وأعلنت وزارة الموارد المائية والري المصرية الخطة.",
            "Ministry of Water Resources and Irrigation of Egypt",
        ),
        (
            "وأكدت وزارة الفلاحة والصيد البحري المغربية الاتفاق.",
            "Ministry of Agriculture and Maritime Fisheries of Morocco",
        ),
        (
            "وقالت وزارة الطاقة والمعادن العمانية إن المشروع بدأ.",
            "Ministry of Energy and Minerals of Oman",
        ),
    ],
)
def test_ministries_of_every_region_by_their_whole_portfolio(text: str, name: str) -> None:
    assert name in _organizations(text)


def test_a_chamber_of_commerce_with_coordinated_fields_and_a_joint_chamber() -> None:
    orgs = _organizations(
        "وشاركت غرفة التجارة والصناعة الأفريقية والغرفة التجارية العربية البرتغالية في المعرض."
    )
    assert ["غرفة التجارة والصناعة الأفريقية"] in orgs.values()
    assert ["والغرفة التجارية العربية البرتغالية"] in orgs.values()
    assert _organizations("وقال إن غرفة العمليات تتابع الوضع في الميناء.") == {}


def test_a_body_goes_on_over_coordinated_adjectives_and_its_purpose() -> None:
    orgs = _organizations("وعقدت اللجنة الاقتصادية والتجارية المشتركة اجتماعها في ليما.")
    assert list(orgs.values()) == [["اللجنة الاقتصادية والتجارية المشتركة"]]
    agency = _organizations("ووقعت الوكالة الوطنية لتطوير الصادرات اتفاقا في ليما.")
    assert list(agency.values()) == [["الوكالة الوطنية لتطوير الصادرات"]]
    assert _organizations("وقال إن اللجنة لتعزيز التعاون ستجتمع.") == {}


def test_an_indefinite_head_in_construct_names_a_body() -> None:
    orgs = _organizations("وشارك الوزير في اجتماع مجلس وزراء الزراعة الأفارقة في أديس أبابا.")
    assert ["مجلس وزراء الزراعة الأفارقة"] in orgs.values()
    agency = _organizations("ووقعت وكالة تطوير المشاريع الصغيرة والمتوسطة مذكرة تفاهم في ليما.")
    assert ["وكالة تطوير المشاريع الصغيرة والمتوسطة"] in agency.values()
    two = _organizations("ووقعت الهيئة العامة والوزارة المعنية مذكرة تفاهم في ليما.")
    assert len(two) == 2


def test_a_ministry_of_two_coordinated_portfolios_holds_both() -> None:
    orgs = _organizations("وأعلنت وزارة المناجم والطاقة البرازيلية عن اكتشاف جديد.")
    assert orgs == {"Ministry of Mines and Energy of Brazil": ["وزارة المناجم والطاقة البرازيلية"]}


def test_the_two_bodies_of_a_dual_are_two_nodes_each_named_in_arabic_by_its_state() -> None:
    graph = extract(
        "زار وزير الزراعة الكيني نظيره الفيتنامي، واتفقت وزارتا الزراعة في البلدين على خطة."
    )
    bodies = {e.name: e for e in graph.entities if e.label is Label.ORGANIZATION}
    assert set(bodies) == {"Ministry of Agriculture of Kenya", "Ministry of Agriculture of Vietnam"}
    assert bodies["Ministry of Agriculture of Vietnam"].name_ar == "وزارة زراعة فيتنام"
    nodes = [e.node for e in graph.entities]
    assert len(nodes) == len(set(nodes))  # each node once: no body folded into the other


def test_a_dual_of_states_the_text_does_not_name_is_no_body() -> None:
    assert _organizations("واتفقت وزارتا الصحة في البلدين على خطة عمل مشتركة.") == {}
