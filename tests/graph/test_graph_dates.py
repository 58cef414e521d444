"""Dates and categories in the graph and the embedded store (`kg.graph.builder`)."""

import datetime as dt

import networkx as nx

from kg import extract
from kg.graph import build
from kg.models import ArticleMeta
from kg.schema import Label, Prop
from kg.store.embedded import load
from tests.extraction.test_naming import TEXT


def _graph() -> nx.MultiDiGraph:
    meta = ArticleMeta(id="n", published=dt.date(2024, 3, 12), url="https://example.org/n")
    return build([extract(TEXT, meta)])


def test_event_nodes_carry_title_date_source_and_category() -> None:
    g = _graph()
    [event] = [a for _, a in g.nodes(data=True) if a[Prop.LABEL] == Label.EVENT]
    assert event[Prop.NAME] == "Meeting of the Egypt–China Joint Commission, Cairo, 2024-03-12"
    assert (event[Prop.DATE], event[Prop.DATE_SOURCE], event[Prop.CATEGORY]) == (
        "2024-03-12",
        "article",
        "CONSULT",
    )


def test_every_relationship_but_mentions_is_dated() -> None:
    g = _graph()
    edges = [a for *_, a in g.edges(data=True) if a[Prop.TYPE] != "MENTIONED_IN"]
    assert edges and all(a[Prop.DATE] == "2024-03-12" for a in edges)


def test_cypher_filters_relationships_by_date() -> None:
    db = load(_graph())
    query = "MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event) WHERE r.date >= $since RETURN count(r)"
    assert db.run(query, {"since": "2024-01-01"}).rows[0][0] >= 1
    assert db.run(query, {"since": "2025-01-01"}).rows == [[0]]
    [[category]] = db.run("MATCH (e:Event) RETURN e.category").rows
    assert category == "CONSULT"


def test_an_undated_event_does_not_merge_by_its_articles_date() -> None:
    same_day = ArticleMeta(id="m", published=dt.date(2024, 3, 12))
    g = build(
        [
            extract("وعقد الاجتماع في القاهرة.", same_day),
            extract("وعقد الاجتماع في القاهرة.", same_day.model_copy(update={"id": "o"})),
        ]
    )
    events = [n for n, a in g.nodes(data=True) if a[Prop.LABEL] == Label.EVENT]
    assert len(events) == 2
