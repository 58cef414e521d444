"""Readable names of events and documents (`kg.extraction.naming`)."""

import datetime as dt

import pytest

from kg import extract
from kg.models import ArticleMeta

TEXT = (
    "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الصيني وانغ يي.\n"
    "وشارك وزير الخارجية المصري سامح شكري في اجتماع اللجنة المصرية الصينية المشتركة في "
    "القاهرة.\n"
    "ووقع وزيرا خارجية مصر والصين مذكرة تفاهم للتعاون في مجال الاستثمار."
)
SIGNED = (
    "عقد وزير الخارجية المصري سامح شكري ونظيره الصيني وانغ يي اجتماعا في بكين.\n"
    "ووقع البلدان اتفاقية التعاون الاقتصادي."
)


def titles(text: str, label: str) -> set[str | None]:
    g = extract(text, ArticleMeta(id="n", published=dt.date(2024, 3, 12)))
    return {e.title for e in g.entities if e.label == label}


def test_an_event_is_named_by_its_body_place_and_date() -> None:
    assert titles(TEXT, "Event") == {
        "Meeting of the Egypt–China Joint Commission, Cairo, 2024-03-12"
    }


def test_a_document_is_named_by_its_signers() -> None:
    assert titles(SIGNED, "Document") == {"Agreement between Egypt and China, 2024-03-12"}


def test_a_document_nobody_signs_is_named_by_the_event_that_produced_it() -> None:
    [title] = titles(TEXT, "Document")
    assert title == (
        "Memorandum of understanding signed at the meeting of the Egypt–China Joint "
        "Commission, 2024-03-12"
    )


def test_the_short_name_stays_for_matching_across_articles() -> None:
    g = extract(TEXT, ArticleMeta(id="n"))
    assert {e.name for e in g.entities if e.label == "Event"} == {
        "Meeting of the Egypt–China Joint Commission"
    }


def test_a_document_without_parties_is_named_by_its_subject_or_its_own_words() -> None:
    text = (
        "وأكد الوزير أهمية خارطة الطريق للتعاون في مجال الطاقة.\nوقال إن خطة العمل المشتركة جاهزة."
    )
    found = titles(text, "Document")
    assert all(t is not None and t.split(",")[0] not in ("Roadmap", "Action plan") for t in found)
    assert any(t is not None and ("on energy" in t or "«" in t) for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "وصل الرئيس الأذربيجاني إلهام علييف إلى أستانا في زيارة رسمية في مايو 2024.",
        "وأجرى الرئيس الأذربيجاني إلهام علييف زيارة عمل إلى أستانا في مايو 2024.",
    ],
)
def test_a_visit_is_named_by_who_went_where_and_when(text: str) -> None:
    assert titles(text, "Event") == {"Visit of Ilham Aliyev to Astana, 2024-05"}
