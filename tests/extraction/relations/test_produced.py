"""PRODUCED: the document an event produced (signed or adopted there)."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

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
    case(
        "وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض في زيارة رسمية.\n"
        "وعقد الجانبان جلسة مباحثات تناولت التعاون في مجال الطاقة.\n"
        "ووقع البلدان مذكرة تفاهم في مجال النقل.",
        {("زيارة رسمية", "مذكرة تفاهم في مجال النقل")},
        "signed_at_the_article_event",
        absent={("جلسة مباحثات", "مذكرة تفاهم في مجال النقل")},
    ),
    case(
        "وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض في زيارة رسمية.\n"
        "وأشاد الجانبان بمذكرة التفاهم الموقعة في عام 2015 لتطوير الموانئ.",
        set(),
        "signed_at_the_article_event",
        absent={("زيارة رسمية", "Memorandum of understanding")},
    ),
    case(
        "ووقع البلدان اتفاقية قرض لتمويل طريق جديد.\n"
        "وفي سياق متصل، وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض في زيارة رسمية.",
        set(),
        "signed_at_the_article_event",
        absent={("زيارة رسمية", "Agreement")},
    ),
    case(
        "البروتوكول يوقع اليوم في القاهرة.\n"
        "وعقد الاجتماع الرابع للجنة المصرية الأردنية المشتركة في القاهرة.\n"
        "وراجع الجانبان تنفيذ بروتوكول الاجتماع الثالث للجنة المصرية الأردنية المشتركة.",
        set(),
        "signed_at_the_article_event",
        absent={
            (
                "4th meeting of the Egypt–Jordan Joint Commission",
                "Protocol of the 3rd meeting of the Egypt–Jordan Joint Commission",
            )
        },
    ),
    case(
        "اختتمت القمة الأفريقية أعمالها في أديس أبابا. وأسفرت القمة عن إعلان أديس أبابا.",
        {("القمة الأفريقية", "إعلان أديس أبابا")},
        "outcome_of_the_event",
    ),
    case(
        "انطلقت في جاكرتا أعمال القمة الثالثة والأربعين لرابطة دول جنوب شرق آسيا.\n"
        "وتأسست الرابطة عام 1967 بعد توقيع إعلان بانكوك بين إندونيسيا وماليزيا والفلبين.",
        set(),
        "signed_at_the_article_event",
        absent={("القمة الثالثة والأربعين لرابطة دول جنوب شرق آسيا", "إعلان بانكوك")},
    ),
    case(
        "وأصدر الجانبان الكولومبي والإكوادوري بيانا مشتركا في ختام الزيارة.",
        {("الزيارة", "بيانا مشتركا")},
        "outcome_of_the_event",
    ),
    case(
        "وفي ختام الاجتماع وقع الجانبان بروتوكولا لتعديل اتفاقية النقل البحري.",
        {("الاجتماع", "Protocol")},
        "signed_at_the_event",
    ),
    case(
        "تبادل ولي العهد الأردني الأمير الحسين بن عبد الله ورئيس الوزراء الياباني فوميو "
        "كيشيدا ثلاث مذكرات تفاهم. وجرى تبادل هذه المذكرات في قصر رغدان في عمان.",
        {("Signing", "ثلاث مذكرات تفاهم")},
        "exchanged_at_the_event",
    ),
    case(
        "وأشاد الوزير بمذكرة التفاهم الموقعة على هامش القمة الإفريقية في أديس أبابا.",
        {("Summit", "Memorandum of understanding")},
        "signed_during_the_event",
    ),
    case(  # no participle of signing: the document is only named during the event
        "وأشاد الوزير بمذكرة التفاهم خلال القمة الإفريقية في أديس أبابا.",
        set(),
        "signed_during_the_event",
        absent={("Summit", "Memorandum of understanding")},
    ),
]

# A document an event adopts, with a verb the signing cues do not hold.
ADOPTED = [
    case(
        "ومن المقرر أن يعتمد القادة في ختام القمة إستراتيجية التنمية حتى عام 2035 وإعلان ليما.",
        {("القمة", "إعلان ليما"), ("القمة", "إستراتيجية التنمية")},
        "adopted_at_the_event",
    ),
    case(
        "وأشاد الوزير بما تم اعتماده في الاجتماع الوزاري المشترك واعتماد خطة العمل المشتركة.",
        {("الاجتماع الوزاري المشترك", "خطة العمل المشتركة")},
        "adopted_at_the_event",
    ),
    case(
        "وعقب القمة تم اعتماد إعلان بشأن التزام وزيري خارجية بيرو وتشيلي بتنفيذ اتفاقية الحدود.",
        {("القمة", "Declaration")},
        "adopted_at_the_event",
        absent={("القمة", "اتفاقية الحدود")},
    ),
    case(
        "اختتمت قمة مجموعة العشرين أعمالها. وتعتمد الأرجنتين على اتفاقية التجارة مع البرازيل.",
        set(),
        "adopted_at_the_event",
        absent={("قمة مجموعة العشرين", "اتفاقية التجارة")},
    ),
]
CASES += ADOPTED


@pytest.mark.parametrize("c", CASES, ids=str)
def test_produced(c: Case) -> None:
    check(c, RelType.PRODUCED)


@pytest.mark.parametrize("c", ADOPTED, ids=str)
def test_an_event_produced_what_it_adopts(c: Case) -> None:
    check(c, RelType.PRODUCED)


CEREMONIES = [
    case(  # a ceremony that names no document, after the sentence that does
        "وقعت كينيا وإثيوبيا خمس اتفاقيات. وجرت مراسم التوقيع بقصر الدولة في نيروبي بحضور "
        "الرئيس الكيني وليام روتو.",
        {("Signing", "خمس اتفاقيات")},
        "documents_of_the_ceremony",
    ),
]
CASES += CEREMONIES


@pytest.mark.parametrize("c", CEREMONIES, ids=str)
def test_a_signing_ceremony_produced_the_documents_named_before(c: Case) -> None:
    check(c, RelType.PRODUCED)
