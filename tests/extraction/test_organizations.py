"""English names of bodies the gazetteer does not list (kg.extraction.organizations)."""

import pytest

from kg import extract
from kg.schema import Label


def organizations(text: str) -> list[str]:
    return [e.name for e in extract(text).entities if e.label == Label.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقعت الشركة الكينية للسكك الحديدية عقدا مع الصين.", "Kenya Rail Transport Company"),
        ("قال رئيس الهيئة العامة للاستثمار في البلاد إن.", "General Investment Authority"),
        ("أعلن صندوق التنمية الوطني عن قرض جديد.", "National Development Fund"),
        (
            "أعلنت وكالة تطوير الشركات الصغيرة والمتوسطة في بيرو.",
            "Small and Medium Enterprises Development Agency",
        ),
    ],
)
def test_a_body_whose_every_word_is_understood_has_an_english_name(text: str, name: str) -> None:
    assert organizations(text) == [name]


def test_a_body_with_a_word_not_understood_is_romanized() -> None:
    [name] = organizations("أعلنت الوكالة الوطنية لتثمين موارد المحروقات في الجزائر.")
    assert name.startswith("Al") and "Agency" not in name


def test_an_indefinite_noun_after_a_definite_field_is_not_the_bodys() -> None:
    entities = extract("وقعت الشركة الوطنية للنفط اتفاقا مع البرازيل.").entities
    [body] = [e for e in entities if e.label == Label.ORGANIZATION]
    assert body.name == "National Oil Company"
    assert body.mentions[0].text == "الشركة الوطنية للنفط"
    assert Label.DOCUMENT in {e.label for e in entities}  # the agreement is its own


def test_a_regulatory_or_monetary_authority_is_a_body() -> None:
    assert "Electricity Regulatory Authority" in organizations(
        "وقالت سلطة ضبط الكهرباء في السنغال إن الأسعار سترتفع."
    )
    assert "Monetary Authority" in organizations("ووقعت سلطة النقد في سنغافورة اتفاقا مع شيلي.")


def test_a_branch_of_power_is_no_body() -> None:
    assert organizations("وقال إن السلطة التنفيذية في البلاد أقرت الاتفاق مع بيرو.") == []


def test_a_centre_qualified_by_an_adjective_is_a_body() -> None:
    assert "China Cultural Centre" in organizations(
        "وافتتح الوزير المركز الثقافي الصيني في نيروبي."
    )


def test_a_centre_of_a_town_or_a_figure_is_no_body() -> None:
    assert organizations("وصل الوفد إلى مركز المدينة بعد ظهر أمس.") == []
    assert organizations("وأشار إلى أن مركز الثقل الاقتصادي ينتقل إلى آسيا.") == []


def test_a_company_name_ends_at_its_nisba_and_keeps_its_kind_in_english() -> None:
    """ "شركة ألبيراق التركية ميناء مقديشو": the port is what the company runs."""
    names = organizations("وتدير شركة ألبيراق التركية ميناء مقديشو منذ سنوات.")
    assert names == ["Albiraq Company"]


def test_a_news_agency_is_named_by_its_state() -> None:
    assert organizations("وذكرت وكالة الأنباء الكينية أن الوفد وصل.") == ["Kenya News Agency"]


def test_a_listed_body_joined_by_wa_is_no_genitive_of_the_one_before() -> None:
    """ "المؤسسة الوطنية النيجيرية للبترول والمكتب الوطني للهيدروكاربورات": two bodies."""
    names = organizations(
        "وقعت المؤسسة الوطنية الكينية للبترول والمكتب الوطني للهيدروكاربورات والمعادن مذكرة."
    )
    assert len(names) == 2
    assert names[0] == "Kenya National Oil Corporation"
