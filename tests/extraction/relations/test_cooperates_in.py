"""COOPERATES_IN: the fields the text says countries cooperate in."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "وأكد الوزيران أهمية تعزيز التعاون بين مصر والأردن في مجال الصحة.",
        {("Egypt", "health"), ("Jordan", "health")},
        "countries_that_cooperate",
    ),
    case("ناقش الجانبان التعاون في مجال الزراعة.", set(), "countries_that_cooperate"),
    case(
        "عقد الاجتماع الأول للجنة المشتركة بين مصر والأردن.\n"
        "كما نوقشت قضايا التعاون في مجال الزراعة والسياحة.",
        {("Egypt", "agriculture"), ("Jordan", "tourism")},
        "fields_the_sides_discussed_cooperating_in",
    ),
    case(
        "وناقش الطرفان التعاون بين مصر والأردن في مجال الطاقة كما تطرقا إلى ملف المياه.",
        {("Egypt", "energy")},
        "countries_that_cooperate",
        absent={("Egypt", "water resources"), ("Jordan", "water resources")},
    ),
    case(  # "المركزي" holds the letters of "ركز" but discusses nothing
        "اجتمع وزيرا خارجية مصر والأردن في القاهرة.\n"
        "وتضمنت المذكرة الثانية تفاهما بين البنك المركزي المصري والبنك المركزي الأردني "
        "للتعاون في مجال الطاقة.",
        set(),
        "fields_the_sides_discussed_cooperating_in",
        absent={("Egypt", "energy"), ("Jordan", "energy")},
    ),
    case(  # "التعاون" in a body's name says nothing of the countries
        "وحضر وزيرا خارجية مصر والأردن منتدى التعاون العربي الصيني الذي ناقش قضايا الطاقة.",
        set(),
        "countries_that_cooperate",
        absent={("Egypt", "energy"), ("Jordan", "energy")},
    ),
    case(  # "بالتعاون مع": organized together with
        "ونظمت وزارة التجارة المصرية المعرض بالتعاون مع سفارة الأردن في القاهرة لدعم السياحة "
        "بين مصر والأردن.",
        set(),
        "countries_that_cooperate",
        absent={("Egypt", "tourism"), ("Jordan", "tourism")},
    ),
    case(  # a chance of cooperation is not cooperation
        "وأكد الوزيران وجود فرص للتعاون بين مصر والأردن في مجال الطاقة.",
        set(),
        "countries_that_cooperate",
        absent={("Egypt", "energy"), ("Jordan", "energy")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_cooperates_in(c: Case) -> None:
    check(c, RelType.COOPERATES_IN)
