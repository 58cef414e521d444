"""PLOVER categories of events and documents (`kg.extraction.categories`)."""

from kg import extract
from kg.models import ArticleMeta


def categories(text: str, label: str = "Event") -> set[str | None]:
    g = extract(text, ArticleMeta(id="c"))
    return {e.category for e in g.entities if e.label == label}


def test_meetings_and_visits_consult_and_signed_documents_agree() -> None:
    text = (
        "وشارك وزير الخارجية المصري سامح شكري في اجتماع اللجنة المصرية الصينية المشتركة.\n"
        "ووقع البلدان اتفاقية التعاون الاقتصادي."
    )
    assert categories(text) == {"CONSULT"}
    assert categories(text, "Document") == {"AGREE"}


def test_a_conflict_cue_in_the_sentence_overrides_the_head() -> None:
    text = "رفضت الحكومة المصرية نتائج الاجتماع الثالث للجنة المشتركة."
    assert categories(text) == {"REJECT"}


def test_an_open_head_takes_its_sentences_cue() -> None:
    text = "شارك وزير النقل الأردني في حفل افتتاح الطريق الجديد في عمان."
    assert categories(text) == {"COOPERATE"}


def test_a_press_conference_has_no_plover_category() -> None:
    assert categories("وقال الوزير في المؤتمر الصحفي إن العلاقات ممتازة.") == {None}


def test_a_session_of_a_fair_is_cooperation_and_of_consultations_consult() -> None:
    assert categories("أعلن المركز انطلاق الدورة 117 من معرض كانتون في قوانغتشو.") == {"COOPERATE"}
    assert categories("عقدت الجولة الحادية عشرة من المشاورات السياسية في القاهرة.") == {"CONSULT"}
