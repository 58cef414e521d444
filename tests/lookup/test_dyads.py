"""`between` and `timeline` on a graph built from Arabic articles (`kg.lookup.dyads`)."""

import networkx as nx
import pytest

from kg.lookup.dyads import Row, between, timeline
from kg.lookup.names import resolve
from tests.lookup.dyads_articles import dyads_graph


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return dyads_graph()


def _pair(graph: nx.MultiDiGraph, a: str, b: str, **bounds: str) -> list[Row]:
    return between(graph, resolve(graph, a).key, resolve(graph, b).key, **bounds)


def test_rows_come_in_date_order_with_kind_category_evidence_and_url(
    graph: nx.MultiDiGraph,
) -> None:
    rows = _pair(graph, "Egypt", "China")
    assert [r.date for r in rows] == sorted(r.date for r in rows if r.date)
    kinds = {r.kind for r in rows}
    assert {"event", "document", "officials met", "body", "figure"} <= kinds
    event = next(r for r in rows if r.kind == "event")
    assert (event.date, event.date_source, event.category) == ("2024-03-12", "event", "CONSULT")
    assert event.what.name.startswith("5th meeting of the Egypt–China Joint Commission, Cairo")
    assert all(r.evidence and r.url and r.url.startswith("https://news.example.org/") for r in rows)


def test_each_meeting_of_the_officials_is_a_row(graph: nx.MultiDiGraph) -> None:
    met = [r for r in _pair(graph, "Egypt", "China") if r.kind == "officials met"]
    assert [r.date for r in met] == ["2024-03-12", "2024-06-01"]
    assert {r.url for r in met} == {"https://news.example.org/ec1", "https://news.example.org/ec2"}


def test_bounds_keep_what_falls_inside_at_their_own_precision(graph: nx.MultiDiGraph) -> None:
    later = _pair(graph, "Egypt", "China", since="2024-04")
    assert later and {r.date for r in later} == {"2024-06-01"}
    year = _pair(graph, "Egypt", "China", until="2023")
    assert [r.kind for r in year] == ["figure"]


def test_the_order_of_the_pair_does_not_change_what_is_found(graph: nx.MultiDiGraph) -> None:
    one = {(r.kind, r.date) for r in _pair(graph, "Egypt", "China")}
    other = {(r.kind, r.date) for r in _pair(graph, "China", "Egypt")}
    assert one == other


def test_a_pair_with_nothing_in_common_has_no_rows(graph: nx.MultiDiGraph) -> None:
    assert _pair(graph, "Iraq", "China") == []


def test_conflictual_events_keep_their_category(graph: nx.MultiDiGraph) -> None:
    [event] = [r for r in _pair(graph, "Jordan", "Iraq") if r.kind == "event"]
    assert event.category == "ACCUSE"


def test_timeline_counts_events_and_documents_by_month_and_category(graph: nx.MultiDiGraph) -> None:
    months = timeline(graph, resolve(graph, "Egypt").key)
    [march] = [m for m in months if m.month == "2024-03"]
    assert march.total == 2 and march.categories == {"AGREE": 1, "CONSULT": 1}
    assert timeline(graph, resolve(graph, "Egypt").key, since="2025") == []


def test_meetings_of_a_body_both_belong_to_are_rows() -> None:
    from kg.graph import build
    from tests.graph.articles import first, second

    graph = build([first(), second()])
    rows = _pair(graph, "Azerbaijan", "Kazakhstan")
    [meeting] = [r for r in rows if r.kind == "event"]
    assert meeting.date == "2024-11-05" and meeting.how.startswith("part of Azerbaijan–Kazakhstan")
    assert [r.date is None for r in rows] == sorted(r.date is None for r in rows)  # dated first


def test_a_graph_built_before_dates_still_answers_undated() -> None:
    from kg.schema import Prop

    old = dyads_graph()
    for _, attrs in old.nodes(data=True):
        for prop in (Prop.DATE, Prop.DATE_SOURCE, Prop.CATEGORY):
            attrs.pop(prop, None)
    for *_, attrs in old.edges(data=True):
        attrs.pop(Prop.DATE, None)
        attrs.pop(Prop.DATE_SOURCE, None)
    rows = _pair(old, "Egypt", "China")
    # only a later meeting of the same officials is dated, by its article's publication
    assert rows and all(r.date is None or r.date_source == "article" for r in rows)
    assert {r.kind for r in _pair(old, "Egypt", "China", since="2020")} <= {"officials met"}
