"""OPERATED_BY: the company that operates or builds a project."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "وتتولى أرامكو السعودية تشغيل خط أنابيب شرق - غرب.",
        {("خط أنابيب شرق - غرب", "Saudi Aramco")},
        "operator_of_a_project",
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_operated_by(c: Case) -> None:
    check(c, RelType.OPERATED_BY)
