"""PARTICIPATED_IN: who took part in an event: people, delegations, countries, bodies."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "شارك رئيس الوزراء الأردني بشر الخصاونة في القمة العربية التي عقدت في الجزائر.",
        {("بشر الخصاونة", "القمة العربية")},
        "people_at_an_event",
    ),
    case(
        "انطلقت أعمال القمة العربية. وشارك وزير الخارجية المصري سامح شكري في أعمالها.",
        {("سامح شكري", "القمة العربية")},
        "attendees_of_the_main_event",
    ),
    case(
        "بدأت المحادثات بين مصر والأردن حول الربط الكهربائي.",
        {("Egypt", "Talks"), ("Jordan", "Talks")},
        "parties_between_at_an_event",
    ),
    case(
        "عقد المنتدى الاقتصادي بمشاركة مصر والسعودية.",
        {("Egypt", "Forum"), ("Saudi Arabia", "Forum")},
        "present_at_an_event",
    ),
    case(
        "عقد الاجتماع الأول للجنة المشتركة في القاهرة.\n"
        "وفي الختام وقع وزير الطاقة المصري طارق الملا ونظيره الأردني صالح الخرابشة البروتوكول.",
        {("طارق الملا", "الاجتماع الأول للجنة المشتركة")},
        "signers_took_part_in_the_event",
    ),
    case(
        "عقد الاجتماع الأول للجنة المشتركة في القاهرة.\n"
        "وبحث وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي، تعزيز العلاقات.",
        {
            ("سامح شكري", "الاجتماع الأول للجنة المشتركة"),
            ("أيمن الصفدي", "الاجتماع الأول للجنة المشتركة"),
        },
        "discussants_of_the_main_event",
    ),
    case(
        "بدأت في القاهرة جلسة مباحثات رسمية.\n"
        "وحضرها وزير الخارجية المصري سامح شكري.\n"
        "كما حضرها وزير الخارجية الأردني أيمن الصفدي.",
        {("Egypt", "جلسة مباحثات رسمية"), ("Jordan", "جلسة مباحثات رسمية")},
        "countries_of_the_two_sides",
    ),
    case(
        "وذكر وزير الخارجية المصري سامح شكري أن لقاء الرئيسين كان مثمرا.",
        set(),
        "people_at_an_event",
        absent={("سامح شكري", "لقاء الرئيسين")},
    ),
    case(
        "اختتمت أعمال الدورة الخامسة للجنة المصرية الأردنية المشتركة في القاهرة، وشارك فيها "
        "عدد من ممثلي القطاعين الحكومي والخاص من كلا البلدين.",
        {
            ("Egypt", "الدورة الخامسة للجنة المصرية الأردنية المشتركة"),
            ("Jordan", "الدورة الخامسة للجنة المصرية الأردنية المشتركة"),
        },
        "delegations_of_both_countries",
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_participated_in(c: Case) -> None:
    check(c, RelType.PARTICIPATED_IN)
