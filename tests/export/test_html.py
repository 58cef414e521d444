import json
import re

import networkx as nx

from kg.export.html import Budget, page_data, render_html
from kg.export.style import STYLES
from kg.lookup.records import articles_of
from kg.schema import Label


def _embedded(page: str) -> dict[str, object]:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert block is not None
    data: dict[str, object] = json.loads(block.group(1))
    return data


def test_page_is_self_contained(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph, title="Sample")
    assert re.search(r"<(script|link|img)[^>]+(src|href)=", page) is None
    assert "new Sigma(" in page and "graphology" in page
    assert "{{" not in page.split('id="kg-data"')[0]  # every placeholder filled


def test_data_carries_every_node_edge_and_cited_article(graph: nx.MultiDiGraph) -> None:
    data = page_data(graph, articles_of(graph))
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert set(data["articles"]) == {"a1", "a2"}
    kz = next(n for n in data["nodes"] if n["id"] == "kz")
    assert kz["caption"] == "كازاخستان\nKazakhstan"
    assert kz["group"] == "Country"
    met = next(e for e in data["edges"] if e["type"] == "MET_WITH")
    assert met["directed"] is False  # symmetric in the schema
    assert next(e for e in data["edges"] if e["type"] == "SIGNED")["directed"] is True


def test_a_small_graph_is_drawn_whole_with_all_its_evidence(graph: nx.MultiDiGraph) -> None:
    data = page_data(graph, articles_of(graph))
    assert data["overview"] is False
    assert data["total"] == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    assert all(n["more_evidence"] == 0 for n in data["nodes"])


def test_a_large_graph_becomes_an_overview_of_its_most_connected_nodes(
    graph: nx.MultiDiGraph,
) -> None:
    budget = Budget(nodes=3, edges=2, evidence=1)
    data = page_data(graph, articles_of(graph), budget)
    assert data["overview"] is True
    assert len(data["nodes"]) == 3 and len(data["edges"]) <= 2
    assert "Article" not in {n["group"] for n in data["nodes"]}
    assert "MENTIONED_IN" not in {e["type"] for e in data["edges"]}
    whole = page_data(graph, {})["nodes"]
    weights = sorted(n["weight"] for n in whole if n["group"] != "Article")
    assert min(n["weight"] for n in data["nodes"]) == weights[-3]
    for item in [*data["nodes"], *data["edges"]]:
        assert len(item["evidence"]) <= 1
    for n in data["nodes"]:
        assert n["more_evidence"] == max(0, len(graph.nodes[n["id"]].get("evidence", [])) - 1)


def test_text_cannot_close_the_data_block(graph: nx.MultiDiGraph) -> None:
    graph.nodes["kz"]["name"] = "</script><script>alert(1)</script>"
    page = render_html(graph, title="<b>t</b>")
    assert "</script><script>alert(1)" not in page
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    names = [n["name"] for n in _embedded(page)["nodes"]]  # type: ignore[index,union-attr]
    assert "</script><script>alert(1)</script>" in names


def test_every_label_has_a_distinct_look() -> None:
    assert set(STYLES) == set(Label)
    looks = {(s.colour, s.shape) for s in STYLES.values()}
    assert len(looks) == len(Label)


def test_page_data_carries_dates_and_categories_for_the_date_filter() -> None:
    from kg.export.html import page_data
    from kg.lookup.records import articles_of
    from tests.lookup.dyads_articles import dyads_graph

    graph = dyads_graph()
    data = page_data(graph, articles_of(graph))
    events = [n for n in data["nodes"] if n["group"] == "Event"]
    assert events and all(n["date"] and n["category"] for n in events)
    assert {"CONSULT", "ACCUSE"} <= set(data["categories"])
    assert data["categories"]["CONSULT"].startswith("#")
    dated = [e for e in data["edges"] if e["type"] == "PARTICIPATED_IN"]
    assert dated and all(e["date"] for e in dated)
