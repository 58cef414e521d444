"""MET_WITH: people a sentence says met."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس الوزراء الأردني بشر الخصاونة.",
        {("عبد الفتاح السيسي", "بشر الخصاونة")},
        "people_of_a_meeting_sentence",
    ),
    case(
        "بدأت في القاهرة جلسة مباحثات رسمية.\n"
        "وحضرها وزير الخارجية المصري سامح شكري.\n"
        "كما حضرها وزير الخارجية الأردني أيمن الصفدي.",
        {("سامح شكري", "أيمن الصفدي")},
        "two_sides_of_talks_met",
    ),
    case(
        "استقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الأردني بشر الخصاونة، بحضور وزير "
        "الخارجية المصري سامح شكري.",
        {("عبد الفتاح السيسي", "بشر الخصاونة")},
        "people_of_a_meeting_sentence",
        absent={("عبد الفتاح السيسي", "سامح شكري"), ("بشر الخصاونة", "سامح شكري")},
    ),
    case(
        "ووقع وزير الطاقة المصري طارق الملا مع نظيره الأردني صالح الخرابشة اتفاقية للتعاون.",
        set(),
        "people_of_a_meeting_sentence",
        absent={("طارق الملا", "صالح الخرابشة")},
    ),
    case(
        "وذكر وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي أن لقاء الرئيسين "
        "كان مثمرا.",
        set(),
        "people_of_a_meeting_sentence",
        absent={("سامح شكري", "أيمن الصفدي")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_met_with(c: Case) -> None:
    check(c, RelType.MET_WITH)
