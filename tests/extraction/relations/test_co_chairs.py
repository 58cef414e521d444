"""CO_CHAIRS: who co-chairs a commission, by title or by chairing its session."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "وقال الرئيس المشارك للجنة الحكومية الدولية المصرية - السودانية محمد معيط إن اللجنة "
        "ستجتمع.",
        {("محمد معيط", "Egypt–Sudan Intergovernmental Commission")},
        "co_chair_by_title",
    ),
    case(
        "ترأس الدورة الثالثة للجنة الحكومية الدولية المصرية - الأردنية وزير المالية المصري "
        "محمد معيط.",
        {("محمد معيط", "Egypt–Jordan Intergovernmental Commission")},
        "chairs_of_a_commission_session",
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_co_chairs(c: Case) -> None:
    check(c, RelType.CO_CHAIRS)
