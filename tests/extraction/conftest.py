"""Small Arabic articles written for these tests (not taken from any evaluation text)."""

import pytest

from kg import extract
from kg.models import ArticleGraph, ArticleMeta

COMMISSION = (
    "اجتماع اللجنة الحكومية الدولية في طشقند\n"
    "عقد الاجتماع الخامس للجنة الحكومية الدولية الأوزبكية - التركمانية للتعاون الاقتصادي "
    "في طشقند في 3 مارس 2021.ترأس الاجتماع وزير النقل الأوزبكي إلهام ماخكاموف ونظيره "
    "التركماني ماميتخان تشاكييف.\n"
    "وناقش الجانبان التعاون في مجال النقل، والزراعة، والتعليم.\n"
    "وقال ماخكاموف إن حجم التبادل التجاري بين البلدين ارتفع بنسبة 12 في المئة ليبلغ "
    "٤٢٫٥ مليون دولار خلال عام 2020.\n"
    "وفي ختام الاجتماع وقع الرئيسان المشاركان للجنة بروتوكول الاجتماع الخامس.\n"
    "وناقش الوزيران خط أنابيب الغاز تركمانستان - أوزبكستان - الصين."
)


@pytest.fixture(scope="session")
def commission_text() -> str:
    return COMMISSION


@pytest.fixture(scope="session")
def commission() -> ArticleGraph:
    return extract(COMMISSION, ArticleMeta(id="test-commission"))
