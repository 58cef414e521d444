"""The folder of tables gives back the graph that was saved: every attribute, in order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from kg.api import build_graph
from kg.graph import build, load, save
from kg.graph.tables import read_tables, write_tables
from tests.graph.articles import first, second

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _exactly(g: nx.MultiDiGraph) -> Any:
    """Everything about a graph, attribute order and value types included."""

    def typed(value: Any) -> Any:
        if isinstance(value, dict):
            return [(str(k), typed(v)) for k, v in value.items()]
        if isinstance(value, list):
            return [typed(v) for v in value]
        return (type(value).__name__ if not isinstance(value, str) else "str", value)

    return (
        typed(g.graph),
        [(n, typed(a)) for n, a in g.nodes(data=True)],
        [(u, v, k, typed(a)) for u, v, k, a in g.edges(keys=True, data=True)],
    )


def test_a_built_graph_comes_back_exactly(tmp_path: Path) -> None:
    g = build_graph([SEEDS])  # real extraction: rule ids, dates, shared evidence
    write_tables(g, tmp_path / "t")
    back = read_tables(tmp_path / "t")
    assert _exactly(back) == _exactly(g)
    rules = [a["rule"] for *_, a in back.edges(data=True) if "rule" in a]
    dates = [a["date"] for *_, a in back.edges(data=True) if "date" in a]
    assert rules and dates  # what the comparison covers is there
    assert sum(len(a["evidence"]) for *_, a in back.edges(data=True)) > 0


def test_odd_values_travel_too(tmp_path: Path) -> None:
    g = nx.MultiDiGraph(articles=["a"], note={"x": 1})
    record = {"article": "a", "sentence": 0, "start": 0, "end": 2, "text": "نص"}
    g.add_node("n1", label="Quantity", name="q", value=5, support=1, evidence=[record])
    g.add_node("n2", label="Person", name=None, aliases=["a", 1], evidence=[{"other": True}])
    g.add_node("n3", label="Topic")
    g.add_node("n4", label="Country", name_ar_counts={"ب": 2}, extra_field=[1, 2.5])
    g.add_edge("n1", "n2", key="MEASURES", type="MEASURES", evidence=[record, record])
    g.add_edge("n1", "n2", key="MEASURES:2", type="MEASURES", support=1.5, evidence="none")
    g.add_edge("n2", "n3", key="K", type="DISCUSSED", rule="a|b", date="2024", role=None)
    write_tables(g, tmp_path / "t")
    back = read_tables(tmp_path / "t")
    assert _exactly(back) == _exactly(g)
    back.add_edge("n3", "n1", key="new")  # the loaded graph is an ordinary one
    assert back.has_edge("n3", "n1") and list(back.predecessors("n1")) == ["n3"]


def test_a_record_of_other_types_comes_back_with_its_types(tmp_path: Path) -> None:
    """A record whose fields are not (str, int, int, int, str) travels whole: a `True`
    sentence, a `None` span or a float comes back as it was, not as a number of 32 bits."""
    g = nx.MultiDiGraph()
    odd = [
        {"article": "a", "sentence": True, "start": 0, "end": 2, "text": "x"},
        {"article": "a", "sentence": 1, "start": None, "end": 2.0, "text": "x"},
        {"article": "a", "sentence": 1, "start": 0, "end": 2, "text": "x"},
    ]
    g.add_node("n", label="Topic", evidence=odd)
    write_tables(g, tmp_path / "t")
    back = read_tables(tmp_path / "t").nodes["n"]["evidence"]
    assert [list(map(type, r.values())) for r in back] == [list(map(type, r.values())) for r in odd]
    assert pq.read_table(tmp_path / "t" / "evidence.parquet").column("record").null_count == 1


def test_rows_are_filled_a_batch_at_a_time_with_odd_values_in_any_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch whose column holds a value that does not fit puts it in `extra` for that
    row alone; the other rows and batches keep their typed columns."""
    from kg.graph import tables

    monkeypatch.setattr(tables, "BATCH", 2)
    g = nx.MultiDiGraph()
    for n in range(5):
        g.add_node(f"n{n}", label="Topic", name=f"t{n}", support=n, aliases=[f"a{n}"])
    g.nodes["n3"]["support"] = True
    g.nodes["n4"]["aliases"] = ["a", 4]
    g.nodes["n1"]["more"] = {"k": [1]}
    write_tables(g, tmp_path / "t")
    assert _exactly(read_tables(tmp_path / "t")) == _exactly(g)
    extra = pq.read_table(tmp_path / "t" / "nodes.parquet").column("extra").to_pylist()
    assert extra == [
        None,
        '{"more": {"k": [1]}}',
        None,
        '{"support": true}',
        '{"aliases": ["a", 4]}',
    ]


def test_a_shared_sentence_is_stored_once(tmp_path: Path) -> None:
    g = build([first(), second()])
    cited = [r for *_, a in g.edges(data=True) for r in a["evidence"]]
    cited += [r for _, a in g.nodes(data=True) for r in a["evidence"]]
    write_tables(g, tmp_path / "t")
    rows = pq.read_metadata(tmp_path / "t" / "evidence.parquet").num_rows
    assert rows == len({json.dumps(r, sort_keys=True) for r in cited}) < len(cited)


def test_unknown_labels_and_older_tables_are_refused(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("x", label="Planet")
    write_tables(g, tmp_path / "t")
    with pytest.raises(ValueError, match="no known label"):
        read_tables(tmp_path / "t")
    header = tmp_path / "t" / "graph.json"
    header.write_text(json.dumps({**json.loads(header.read_text()), "version": 1}))
    with pytest.raises(ValueError, match="version 1"):
        load(tmp_path / "t")


def test_load_equals_save_through_the_api(tmp_path: Path) -> None:
    g = build([first()])
    save(g, tmp_path / "g.graph")
    assert _exactly(load(tmp_path / "g.graph")) == _exactly(g)


def test_an_article_id_listed_many_times_is_one_string(tmp_path: Path) -> None:
    g = build([first(), second()])
    write_tables(g, tmp_path / "t")
    back = read_tables(tmp_path / "t")
    listed = [i for _, a in back.nodes(data=True) for i in a.get("articles") or ()]
    listed += [i for *_, a in back.edges(data=True) for i in a.get("articles") or ()]
    assert len(listed) > len(set(listed))  # ids repeat …
    assert len({id(i) for i in listed}) == len(set(listed))  # … as one object each


def test_an_edge_end_without_a_node_row_is_found_by_name(tmp_path: Path) -> None:
    """Edge ends are found by their node's row; one without a row (a folder made by
    hand) still comes back, as a node without attributes, as `add_edge` makes it."""
    from kg.graph import tables

    keys = pa.array(["a", "b"])
    ends = pa.chunked_array([pa.array(["b", "a"]).dictionary_encode()] * 2)
    assert tables._rows(ends, keys).tolist() == [1, 0, 1, 0]
    assert tables._rows(pa.chunked_array([pa.array(["a", "z"])]), keys) is None
    g = nx.MultiDiGraph()
    g.add_node("a", label="Topic")
    g.add_node("b", label="Topic")
    g.add_edge("a", "b", key="K", type="DISCUSSED")
    write_tables(g, tmp_path / "t")
    nodes = pq.read_table(tmp_path / "t" / "nodes.parquet")
    pq.write_table(nodes.slice(0, 1), tmp_path / "t" / "nodes.parquet")  # b's row gone
    back = read_tables(tmp_path / "t")
    assert list(back.edges(keys=True, data=True)) == [("a", "b", "K", {"type": "DISCUSSED"})]
    assert back.nodes["b"] == {}
