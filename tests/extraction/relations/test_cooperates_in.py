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
    case(  # an adjective joined to the nisba that ends a field names a field of its own
        "وبحث الوزيران تطوير العلاقات الاقتصادية والتجارية بين اليابان وأستراليا.",
        {("Japan", "trade"), ("Australia", "trade")},
        "countries_that_cooperate",
    ),
    case(  # "بلديهما": the article's two countries, with a pronoun
        "التقى الرئيس الكيني وليام روتو الرئيس التنزاني سامية صولحو حسن في نيروبي.\n"
        "وأكد الرئيسان حرص بلديهما على تعزيز التعاون في مجالات الأمن الغذائي والصحة.",
        {("Kenya", "food security"), ("Tanzania", "health")},
        "countries_that_cooperate",
    ),
    case(  # fields of plans the talks turn to, between the two countries
        "التقى رئيس الوزراء الماليزي أنور إبراهيم رئيس الوزراء التايلاندي في بانكوك.\n"
        "وبحث الجانبان سبل تنفيذ الخطط الاستثمارية والسياحية بين البلدين.",
        {("Malaysia", "investment"), ("Thailand", "tourism")},
        "fields_the_sides_discussed_between_them",
    ),
    case(  # a chance between them is not cooperation
        "التقى رئيس الوزراء الماليزي أنور إبراهيم رئيس الوزراء التايلاندي في بانكوك.\n"
        "وبحث الجانبان فرص المشاريع السياحية بين البلدين.",
        set(),
        "fields_the_sides_discussed_between_them",
        absent={("Malaysia", "tourism"), ("Thailand", "tourism")},
    ),
    case(  # a chance of cooperation is not cooperation
        "وأكد الوزيران وجود فرص للتعاون بين مصر والأردن في مجال الطاقة.",
        set(),
        "countries_that_cooperate",
        absent={("Egypt", "energy"), ("Jordan", "energy")},
    ),
]

# Talks turning to the sides' cooperation in a list of fields; a country that is only a
# matter of the talks ("تطورات الأوضاع في السودان") cooperates in nothing.
FIELDS_AND_MATTERS = [
    case(
        "استقبل الرئيس المصري نظيره الأردني في القاهرة لبحث العلاقات بين مصر والأردن.\n"
        "وبحث الرئيسان تطورات الأوضاع في السودان وسبل تعزيز التعاون الاقتصادي بين البلدين.",
        {("Egypt", "economic cooperation"), ("Jordan", "economic cooperation")},
        "countries_that_cooperate",
        absent={("Sudan", "economic cooperation")},
    ),
    case(
        "وبحث وزيرا خارجية مصر والأردن الحرب في ليبيا واليمن، وسبل تعزيز التعاون بين مصر "
        "والأردن في مجالات الزراعة والصحة والتعليم.",
        {("Egypt", "agriculture"), ("Jordan", "health"), ("Egypt", "education")},
        "countries_that_cooperate",
        absent={("Libya", "agriculture"), ("Yemen", "health")},
    ),
    case(
        "وصل رئيس وزراء المغرب إلى نواكشوط في زيارة لموريتانيا.\n"
        "وناقش الجانبان سبل تعزيز التعاون في مجالات الصيد البحري والطاقة والنقل.",
        {("Morocco", "energy"), ("Mauritania", "transport")},
        "countries_that_cooperate",
    ),
]
OTHERS = list(CASES)
CASES += FIELDS_AND_MATTERS  # every example, for the registry's test


@pytest.mark.parametrize("c", OTHERS, ids=str)
def test_cooperates_in(c: Case) -> None:
    check(c, RelType.COOPERATES_IN)


@pytest.mark.parametrize("c", FIELDS_AND_MATTERS, ids=str)
def test_fields_of_cooperation_not_matters_of_talks(c: Case) -> None:
    check(c, RelType.COOPERATES_IN)


OF_DOCUMENTS = [
    case(  # the fields the documents the two countries signed cover
        "وقعت كينيا وإثيوبيا أربع مذكرات تفاهم في نيروبي. وشملت المذكرات التعاون في مجالات "
        "الزراعة والاستثمار.",
        {
            ("Kenya", "agriculture"),
            ("Ethiopia", "agriculture"),
            ("Kenya", "investment"),
            ("Ethiopia", "investment"),
        },
        "fields_of_the_documents_before",
    ),
]
CASES += OF_DOCUMENTS


@pytest.mark.parametrize("c", OF_DOCUMENTS, ids=str)
def test_the_fields_of_the_documents_the_countries_signed(c: Case) -> None:
    check(c, RelType.COOPERATES_IN)


SPEAKERS_COUNTRY = [
    case(  # "بلاده": the speaker's country, the other of the article's two
        "وقعت كينيا وإثيوبيا اتفاقية. من جهته، قال روتو إن بلاده تعتزم تعزيز الشراكة مع "
        "إثيوبيا في مجال الطاقات المتجددة.",
        {("Kenya", "renewable energy"), ("Ethiopia", "renewable energy")},
        "countries_that_cooperate",
    ),
]
CASES += SPEAKERS_COUNTRY


@pytest.mark.parametrize("c", SPEAKERS_COUNTRY, ids=str)
def test_the_speakers_country_cooperates_with_the_one_named(c: Case) -> None:
    check(c, RelType.COOPERATES_IN)
