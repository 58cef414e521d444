"""MEMBER_OF: the countries of a body, said to be members or named in its name."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "أعلنت الحكومة أن مصر عضو في منظمة التعاون الإسلامي.",
        {("Egypt", "Organisation of Islamic Cooperation")},
        "members_of_a_body",
    ),
    case(
        "انضمت مصر إلى منظمة شنغهاي للتعاون بصفة مراقب.",
        {("Egypt", "Shanghai Cooperation Organisation")},
        "members_of_a_body",
    ),
    case(
        "عقد الاجتماع الثالث للجنة المصرية الأردنية المشتركة في مدينة العقبة الأردنية.",
        {("Egypt", "Egypt–Jordan Joint Commission"), ("Jordan", "Egypt–Jordan Joint Commission")},
        "members_named_in_a_body",
    ),
    case(
        "وتنفذ المشروع شركة الاتصالات الصينية.",
        set(),
        "members_named_in_a_body",
        absent={("China", "شركة الاتصالات الصينية")},
    ),
    case(
        "اتفق المغرب وموريتانيا على تشكيل مجموعة العمل المشتركة لمتابعة المشاريع.",
        {("Morocco", "Joint Working Group"), ("Mauritania", "Joint Working Group")},
        "both_sides_of_a_joint_body",
    ),
    case(
        "وتتولى رئاسة فرنسا للاتحاد الأوروبي ملف الطاقة.",
        {("France", "European Union")},
        "chair_of_a_body",
    ),
    case(
        "وأكد الرئيس الصيني دعم بلاده لانضمام مصر إلى منظمة شنغهاي للتعاون.",
        set(),
        "members_of_a_body",
        absent={("Egypt", "Shanghai Cooperation Organisation")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_member_of(c: Case) -> None:
    check(c, RelType.MEMBER_OF)
