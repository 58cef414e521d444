"""PART_OF: a session of a body; a meeting within a visit, forum or summit."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "استضافت القاهرة اجتماعات الدورة الثالثة للجنة المصرية الأردنية المشتركة.",
        {("3rd session of the Egypt–Jordan Joint Commission", "Egypt–Jordan Joint Commission")},
        "session_of_its_body",
    ),
    case(
        "انعقدت القمة في سمرقند بمشاركة قادة منظمة شنغهاي للتعاون.",
        {("القمة", "Shanghai Cooperation Organisation")},
        "summit_of_a_body",
    ),
    case(
        "عقد اللقاء على هامش القمة العربية في الجزائر.",
        {("اللقاء", "القمة العربية")},
        "event_within_an_event",
    ),
    case(
        "وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض في زيارة رسمية.\n"
        "وعقد الجانبان جلسة مباحثات تناولت التعاون في مجال الطاقة.",
        {("جلسة مباحثات", "زيارة رسمية")},
        "talks_during_the_visit",
    ),
    case(
        "وتستضيف عمان الدورة المقبلة للجنة الاقتصادية الأردنية العراقية المشتركة.",
        {("الدورة", "Jordan–Iraq Economic Commission")},
        "session_then_its_body",
    ),
    case(
        "وحضر الاجتماع رئيس الدورة الحالية للمجلس الوزاري الخليجي.",
        set(),
        "session_then_its_body",
        absent={("الاجتماع", "GCC Ministerial Council"), ("الدورة", "GCC Ministerial Council")},
    ),
    case(
        "وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن القمة الثالثة للدول الأعضاء "
        "في منظمة التعاون الإسلامي ستعقد في الرباط.",
        {("القمة الثالثة للدول الأعضاء", "Organisation of Islamic Cooperation")},
        "summit_of_a_body",
        absent={("القمة الثالثة للدول الأعضاء", "Arab League")},
    ),
]

CASES += [
    case(  # the event a body holds, with the body's pronoun
        "عقدت اللجنة الكينية الإثيوبية المشتركة اجتماعها الخامس والثلاثين في نيروبي.",
        {("35th meeting", "Kenya–Ethiopia Joint Commission")},
        "session_its_body_held",
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_part_of(c: Case) -> None:
    check(c, RelType.PART_OF)
