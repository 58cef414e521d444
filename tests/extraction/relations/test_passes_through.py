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
    case(
        "افتتح البلدان خط أنابيب باكو - تبليسي - جيهان.\nوسيربط الخط الجديد أذربيجان بتركيا.",
        {
            ("Baku–Tbilisi–Ceyhan pipeline", "Azerbaijan"),
            ("Baku–Tbilisi–Ceyhan pipeline", "Turkey"),
        },
        "stops_named_after_a_route_verb",
    ),
    case(
        "افتتح البلدان خط أنابيب باكو - تبليسي - جيهان.\n"
        "واكتمل مد الجزء الأخير من الخط الجديد بين جورجيا وتركيا.\n"
        "ووقع البلدان خطة للتعاون بين أرمينيا وإيران.",
        {("Baku–Tbilisi–Ceyhan pipeline", "Georgia"), ("Baku–Tbilisi–Ceyhan pipeline", "Turkey")},
        "stops_between_of_a_line",
        absent={("Baku–Tbilisi–Ceyhan pipeline", "Armenia")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_passes_through(c: Case) -> None:
    check(c, RelType.PASSES_THROUGH)
