"""DISCUSSED: what an event or a document is about: fields and projects."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "وقعت مصر والأردن اتفاقية للتعاون في مجال النقل.",
        {("اتفاقية للتعاون في مجال النقل", "transport")},
        "subjects_of_a_signed_document",
    ),
    case(
        "وناقش الاجتماع التعاون في مجالات الطاقة والنقل.",
        {("Meeting", "energy"), ("Meeting", "transport")},
        "subjects_of_an_event",
    ),
    case(
        "عقد الاجتماع في عمان. وبحث الجانبان سبل تطوير التعاون في مجال السياحة.",
        {("Meeting", "tourism")},
        "subjects_of_the_main_event",
    ),
    case(
        "ووقع الجانبان اتفاقية للتعاون في مجال الطاقة، ومذكرة تفاهم في مجال السياحة.",
        {("Agreement", "energy"), ("Memorandum of understanding", "tourism")},
        "subjects_of_a_signed_document",
        absent={("Agreement", "tourism"), ("Memorandum of understanding", "energy")},
    ),
    case(
        "افتتحت مصر والسودان خط سكك حديدية جديدا يربط بين البلدين.\n"
        "وشارك في الاحتفال الرئيس المصري عبد الفتاح السيسي.",
        {("الاحتفال", "railway")},
        "project_of_the_ceremony",
    ),
    case(
        "وستناقش اللجنة التعاون في مجال الزراعة، "
        "وستنظر كذلك في مشروع مذكرة تفاهم في مجال النقل البحري.",
        {("Memorandum of understanding", "maritime transport")},
        "subjects_of_an_event",
        absent={("Memorandum of understanding", "agriculture")},
    ),
    case(
        "وقعت مصر والسودان اتفاقية لإنشاء خط السكك الحديدية بين القاهرة والخرطوم. ونشرت "
        "الحكومتان خريطة طريق المشروع أمس.",
        {("Roadmap", "Cairo–Khartoum railway")},
        "document_of_the_one_project",
    ),
    case(  # the head word of the project's own name points back to it
        "وقعت السعودية وكوريا الجنوبية مذكرة لتنفيذ الرؤية السعودية الكورية 2030، وبرنامج "
        "تعاون لإنجاز الرؤية في مجال الثقافة.",
        {("Programme", "الرؤية السعودية الكورية 2030")},
        "document_of_the_one_project",
    ),
    case(  # two projects: "المشروع" points to neither
        "وبحثت مصر والسودان خط السكك الحديدية بين القاهرة والخرطوم وخط أنابيب الغاز بين "
        "بورتسودان والسويس. ونشرت الحكومتان خريطة طريق المشروع أمس.",
        set(),
        "document_of_the_one_project",
        absent={("Roadmap", "Port Sudan–Suez pipeline"), ("Roadmap", "خط السكك الحديدية")},
    ),
]

OTHERS = list(CASES)

# In a signing sentence, a field named before an event and the word for signing is the
# event's; a field named before a signing ceremony or after the signing word is the
# documents'.
EVENT_BEFORE_THE_SIGNING = [
    case(
        "وأشار إلى أن بلاده تعمل على تعزيز التعاون الاقتصادي من خلال الدورة الجديدة للجنة "
        "المشتركة المقررة في نيروبي نهاية العام، مع توقيع عدد من الاتفاقيات.",
        {("Session", "economic cooperation")},
        "subjects_of_a_signed_document",
        absent={("Agreement", "economic cooperation")},
    ),
    case(
        "وفي إطار تعزيز التعاون في مجال الطاقة، وقع البلدان خلال الزيارة اتفاقية للربط الكهربائي.",
        {("Agreement", "energy")},
        "subjects_of_a_signed_document",
        absent={("الزيارة", "energy")},
    ),
]
CASES += EVENT_BEFORE_THE_SIGNING


@pytest.mark.parametrize("c", OTHERS, ids=str)
def test_discussed(c: Case) -> None:
    check(c, RelType.DISCUSSED)


@pytest.mark.parametrize("c", EVENT_BEFORE_THE_SIGNING, ids=str)
def test_a_field_before_an_event_and_its_signing_is_the_events(c: Case) -> None:
    check(c, RelType.DISCUSSED)


POINTED_BACK = [
    case(  # "وشملت المذكرات …": the documents of the sentence before
        "وقعت كينيا وإثيوبيا أربع مذكرات تفاهم في نيروبي. وشملت المذكرات التعاون في مجالات "
        "الزراعة، والنقل البحري، والاستثمار.",
        {
            ("أربع مذكرات تفاهم", "agriculture"),
            ("أربع مذكرات تفاهم", "maritime transport"),
            ("أربع مذكرات تفاهم", "investment"),
        },
        "subjects_of_the_documents_before",
    ),
]
CASES += POINTED_BACK


@pytest.mark.parametrize("c", POINTED_BACK, ids=str)
def test_the_fields_of_documents_pointed_back_to(c: Case) -> None:
    check(c, RelType.DISCUSSED)
