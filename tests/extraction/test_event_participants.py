"""Who took part in an event (sentences written here): those who speak at it, not those
who only sent it a message (the guidelines)."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES: list[Case] = [
    case(
        "انطلقت في مسقط أعمال منتدى مسقط للاستثمار. وقال وزير الاقتصاد العماني سعيد الصقري "
        "في كلمته الافتتاحية إن وزير المالية الكويتي أنور العلي أكد دعم المشاريع.",
        {("سعيد الصقري", "منتدى مسقط")},
        "speakers_at_the_main_event",
        absent={("أنور العلي", "منتدى مسقط")},
    ),
    case(
        "وكان الرئيس الفرنسي إيمانويل ماكرون قد بعث برسالة إلى القمة الأفريقية.",
        set(),
        "people_at_an_event",
        absent={("إيمانويل ماكرون", "القمة الأفريقية")},
    ),
    case(
        "وتلا وزير الخارجية الفرنسي جان نويل بارو في القمة الأفريقية رسالة من الرئيس "
        "الفرنسي إيمانويل ماكرون.",
        {("جان نويل بارو", "القمة الأفريقية")},
        "people_at_an_event",
        absent={("إيمانويل ماكرون", "القمة الأفريقية")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_who_took_part(c: Case) -> None:
    check(c, RelType.PARTICIPATED_IN)
