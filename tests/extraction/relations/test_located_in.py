"""LOCATED_IN: a place the text puts in a country."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "وصل الرئيس المصري عبد الفتاح السيسي إلى طشقند عاصمة أوزبكستان.",
        {("Tashkent", "Uzbekistan")},
        "place_then_its_country",
    ),
    case(
        "عقد الاجتماع الثالث للجنة المصرية الأردنية المشتركة في مدينة العقبة الأردنية.",
        {("Aqaba", "Jordan")},
        "place_then_its_country",
    ),
    case(
        "وصل الوفد إلى العاصمة اليابانية طوكيو أمس.",
        {("Tokyo", "Japan")},
        "place_then_its_country",
    ),
    case(
        "تم اليوم بالجزائر العاصمة التوقيع على مذكرة تفاهم بين الجزائر وأذربيجان.",
        {("Algiers", "Algeria")},
        "capital_named_after_its_country",
    ),
    case(
        "ووصل الوفد إلى جزيرة فيلكا شمالي الكويت.",
        {("Failaka Island", "Kuwait")},
        "place_then_its_country",
    ),
    case(
        "ووصل القطار إلى مدينة أورومتشي في إقليم شينجيانغ الصيني قبل أن يتجه إلى ألماتي.",
        {("Ürümqi", "China")},
        "place_within_a_located_place",
        absent={("Almaty", "China")},
    ),
    case(
        "وافتتح الوزير مصنعا جديدا في مدينة أصفهان وسط إيران.",
        {("Isfahan", "Iran")},
        "place_then_its_country",
    ),
]

CASES += [
    case(
        "واستقبل الرئيس ضيفه في مقر رئاسة الحكومة بالعاصمة الإثيوبية، أديس أبابا.",
        {("Government Headquarters (Addis Ababa)", "Ethiopia")},
        "place_within_a_located_place",
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_located_in(c: Case) -> None:
    check(c, RelType.LOCATED_IN)
