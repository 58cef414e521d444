"""PASSES_THROUGH: the places a project's name or route joins."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "يمر خط أنابيب الغاز العربي عبر الأردن وسوريا.",
        {("Arab Gas Pipeline", "Jordan"), ("Arab Gas Pipeline", "Syria")},
        "stops_of_a_route",
    ),
    case(
        "افتتحت مصر والسودان خط سكك حديدية جديدا.\n"
        "ويمتد من مدينة أسوان مرورا بوادي حلفا وصولا إلى الخرطوم.",
        {("railway", "Aswan"), ("railway", "Khartoum")},
        "stops_named_after_a_route_verb",
        absent={("railway", "Egypt")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_passes_through(c: Case) -> None:
    check(c, RelType.PASSES_THROUGH)
