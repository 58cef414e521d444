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

CASES += [
    case(  # "الرئيس التنفيذي" holds "تنفيذ": an office, not who runs the pipeline
        "ووقع الرئيس التنفيذي لشركة إيني كلاوديو ديسكالزي اتفاقا لرفع كميات الغاز المصدرة "
        "إلى إيطاليا عبر خط أنابيب ترانسميد.",
        set(),
        "operator_of_a_project",
        absent={("Trans-Mediterranean Pipeline", "Eni")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_operated_by(c: Case) -> None:
    check(c, RelType.OPERATED_BY)
