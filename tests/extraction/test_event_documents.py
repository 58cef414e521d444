"""Documents an event produced (sentences written here): signed "خلال الاجتماع", or the
outcome of the event ("أسفرت عن", "صدر عن", "صدر في ختامه")."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES: list[Case] = [
    case(
        "عقد وزيرا خارجية مصر والأردن اجتماعا في القاهرة. وتم خلال الاجتماع التوقيع على "
        "مذكرة تفاهم في مجال النقل.",
        {("الاجتماع", "مذكرة تفاهم في مجال النقل")},
        "signed_at_the_event",
    ),
    case(
        "وصدر عن القمة الخليجية في الكويت إعلان الكويت الذي أكد وحدة الصف.",
        {("القمة الخليجية", "إعلان الكويت")},
        "outcome_of_the_event",
    ),
    case(
        "انطلق الاجتماع الثالث للجنة المغربية الموريتانية المشتركة في الرباط. وصدر في ختامه "
        "بيان مشترك.",
        {("الاجتماع الثالث للجنة المغربية الموريتانية المشتركة", "بيان مشترك")},
        "outcome_of_the_event",
    ),
    case(
        "وتمخضت المباحثات بين تونس والجزائر عن اتفاقية للتعاون في مجال الطاقة.",
        {("المباحثات", "اتفاقية للتعاون في مجال الطاقة")},
        "outcome_of_the_event",
    ),
    case(  # an event said after the document produced nothing here
        "وأسفر الحادث عن أضرار. وتناولت المباحثات اتفاقية الشراكة الموقعة سابقا.",
        set(),
        "outcome_of_the_event",
        absent={("المباحثات", "اتفاقية الشراكة")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_documents_an_event_produced(c: Case) -> None:
    check(c, RelType.PRODUCED)
