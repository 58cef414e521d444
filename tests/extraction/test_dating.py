"""Dates on facts: own dates of events and documents, else the article's (`extraction.dating`)."""

import datetime as dt

from kg import extract
from kg.models import ArticleGraph, ArticleMeta, DateSource
from kg.schema import RelType

# Written for these tests: a dated visit, an undated memorandum, an official's title.
VISIT = (
    "وصل رئيس وزراء الأردن بشر الخصاونة إلى بغداد في 5 أيار 2023 في زيارة رسمية.\n"
    "وشارك الخصاونة في اجتماع اللجنة العليا الأردنية العراقية في بغداد في 6 أيار 2023.\n"
    "ووقع الجانبان مذكرة تفاهم للتعاون في مجال الطاقة."
)
PUBLISHED = dt.date(2023, 5, 8)


def _graph(published: dt.date | None = PUBLISHED) -> ArticleGraph:
    return extract(VISIT, ArticleMeta(id="visit", published=published))


def test_a_dated_event_and_what_it_takes_part_in_carry_its_own_date() -> None:
    g = _graph()
    events = {e.key: e for e in g.entities if e.label == "Event" and e.date_source == "event"}
    assert {e.date for e in events.values()} >= {"2023-05-06"}
    joined = [r for r in g.relations if r.type == RelType.PARTICIPATED_IN and r.target in events]
    assert joined and all(r.date == events[r.target].date for r in joined)
    assert all(r.date_source == DateSource.EVENT for r in joined)


def test_a_document_signed_at_a_dated_event_takes_its_date() -> None:
    g = _graph()
    [memo] = [e for e in g.entities if e.label == "Document"]
    produced = [r for r in g.relations if r.type == RelType.PRODUCED and r.target == memo.key]
    dates = {e.key: e.date for e in g.entities}
    assert produced and memo.date == dates[produced[0].source] == "2023-05-05"
    assert memo.date_source == DateSource.EVENT


def test_an_undated_document_takes_the_articles_date() -> None:
    text = "ووقعت مصر والصين مذكرة تفاهم للتعاون في مجال الاستثمار."
    g = extract(text, ArticleMeta(id="memo", published=PUBLISHED))
    [memo] = [e for e in g.entities if e.label == "Document"]
    assert (memo.date, memo.date_source) == ("2023-05-08", DateSource.ARTICLE)
    about = [r for r in g.relations if memo.key in (r.source, r.target)]
    assert about and {r.date_source for r in about} == {DateSource.ARTICLE}


def test_a_date_before_the_document_it_dates() -> None:
    text = "وتأسس المجلس في 3 أكتوبر 2009 بموجب اتفاقية إسطنبول بين تركيا وأذربيجان."
    [doc] = [e for e in extract(text).entities if e.label == "Document"]
    assert (doc.date, doc.date_source) == ("2009-10-03", DateSource.DOCUMENT)


def test_a_figure_is_dated_by_its_period() -> None:
    text = "وبلغ حجم التبادل التجاري بين مصر والصين 11 مليار دولار في عام 2014."
    [q] = extract(text, ArticleMeta(id="q", published=PUBLISHED)).quantities
    assert (q.date, q.date_source) == ("2014", DateSource.PERIOD)


def test_every_relation_is_dated_when_the_article_has_a_date() -> None:
    g = _graph()
    assert g.relations and all(r.date and r.date_source for r in g.relations)
    titles = [r for r in g.relations if r.type == RelType.HOLDS_POSITION]
    assert titles and titles[0].date_source in (DateSource.EVENT, DateSource.ARTICLE)


def test_without_a_publication_date_only_own_dates_remain() -> None:
    g = _graph(published=None)
    assert all(r.date_source != DateSource.ARTICLE for r in g.relations)
    assert any(r.date == "2023-05-06" for r in g.relations)
    assert all(e.date_source != DateSource.ARTICLE for e in g.entities)
