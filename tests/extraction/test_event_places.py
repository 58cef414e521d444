"""Where an event was held beyond its own words (sentences written here): a palace or a
ministry named as the venue does not hide the city after it; the lead's place of a
meeting is the place of the talks the article reports."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES: list[Case] = [
    case(
        "استقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه بباريس، اليوم، الرئيس "
        "السنغالي ماكي سال. وتناولت المباحثات سبل تعزيز التعاون.",
        {("المباحثات", "Paris")},
        "where_the_main_event_met",
    ),
    case(
        "وعقد الاجتماع في مقر وزارة الخارجية المصرية بالقاهرة بحضور وفدي البلدين.",
        {("الاجتماع", "Cairo")},
        "event_at_a_locative",
    ),
    case(  # a body's seat is no venue: "سفير الصين بالقاهرة" was not where the talks were
        "وحضر سفير الصين بالقاهرة لياو لي تشيانغ المباحثات في الإسكندرية.",
        {("المباحثات", "Alexandria")},
        "event_at_a_locative",
        absent={("المباحثات", "Cairo")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_where_an_event_was_held(c: Case) -> None:
    check(c, RelType.HELD_IN)
