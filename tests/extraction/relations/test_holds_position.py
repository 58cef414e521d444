"""HOLDS_POSITION: the office a title gives a person, in the country or body it names."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "وأعلن الأمين العام لمنظمة التعاون الإسلامي حسين طه ترحيبه بالقرار.",
        {("حسين طه", "Organisation of Islamic Cooperation")},
        "holder_of_a_title",
    ),
    case(
        "وصل الرئيس المصري عبد الفتاح السيسي إلى طشقند عاصمة أوزبكستان.",
        {("عبد الفتاح السيسي", "Egypt")},
        "holder_of_a_title",
        absent={("عبد الفتاح السيسي", "Uzbekistan")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_holds_position(c: Case) -> None:
    check(c, RelType.HOLDS_POSITION)
