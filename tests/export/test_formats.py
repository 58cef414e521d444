import json
from pathlib import Path

import networkx as nx

from kg.export.formats import flat, write_gexf, write_graphml


def test_graphml_reads_back_with_the_same_counts_and_values(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    graph.add_edge("tokayev", "kz", key="MEMBER_OF", type="MEMBER_OF")  # a parallel edge
    write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.is_multigraph() and back.is_directed()
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    assert back.nodes["kz"]["name_ar"] == "كازاخستان"
    assert json.loads(back.nodes["kz"]["aliases"]) == graph.nodes["kz"]["aliases"]
    types = sorted(d["type"] for _, _, d in back.edges(data=True))
    assert types == sorted(t for *_, t in graph.edges(data="type"))


def test_gexf_reads_back_with_names_as_labels(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_gexf(graph, tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    kz = back.nodes["kz"]
    assert (kz["label"], kz["category"]) == ("Kazakhstan", "Country")
    assert kz["viz"]["color"] == {"r": 0, "g": 114, "b": 178, "a": 1.0}
    assert {d["label"] for *_, d in back.edges(data=True)} >= {"HOLDS_POSITION", "MEASURES"}


def test_flat_keeps_only_scalars_and_unifies_numbers(graph: nx.MultiDiGraph) -> None:
    graph.add_node("q2", label="Quantity", value=3, unit="km")  # int beside q1's float
    out = flat(graph)
    for _, attrs in out.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values())
    assert out.nodes["q2"]["value"] == 3.0 and isinstance(out.nodes["q2"]["value"], float)
    assert "wikidata" not in out.nodes["summit"]  # None dropped
    assert len({k for *_, k in out.edges(keys=True)}) == graph.number_of_edges()
