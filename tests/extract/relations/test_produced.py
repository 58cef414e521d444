"""PRODUCED: the document an event produced (signed or adopted there)."""

import pytest

from kg.schema import RelType
from tests.extract.relations.cases import Case, case, check

CASES = [
    case(
        "وتم توقيع اتفاقية التجارة الحرة بين مصر والأردن.",
        {("Signing", "اتفاقية التجارة الحرة")},
        "signed_at_the_event",
    ),
    case(
        "ونص بروتوكول الاجتماع الثالث للجنة المصرية الأردنية المشتركة على إنشاء مجلس للأعمال.",
        {
            (
                "3rd meeting of the Egypt–Jordan Joint Commission",
                "Protocol of the 3rd meeting of the Egypt–Jordan Joint Commission",
            )
        },
        "event_named_in_the_document",
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_produced(c: Case) -> None:
    check(c, RelType.PRODUCED)
