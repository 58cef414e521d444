"""Store rows: `StoreValues` writes the very text `store_value` writes, only faster."""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
import pytest

from kg.graph import build
from kg.store.rows import NODE_PROPS, REL_PROPS, StoreValues, node_rows, rel_rows, store_value
from tests.graph.articles import first, second

RECORD = {"article": "a1", "sentence": 0, "start": 3, "end": 9, "text": "قال 'x' \"y\"\n"}
VALUES: list[Any] = [
    None,
    "",
    "نص",
    7,
    2.5,
    [],
    ["أ", "it's", 'say "hi"', "\\", "\u2028"],
    [RECORD, RECORD, {"other": [1, None]}],
    [RECORD, "mixed", 1, None, [RECORD]],
    ["a", None],
    {"map": {"ب": 1}},
    [{"k": float("inf")}],
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_each_value_is_written_as_store_value_writes_it(value: Any) -> None:
    assert StoreValues()(value) == store_value(value)


def test_records_remembered_or_forgotten_give_the_same_text() -> None:
    """A record is encoded once while remembered; past `most` records the memory starts
    again, and the text stays the same."""
    records = [dict(RECORD, sentence=n) for n in range(5)]
    value = StoreValues(most=2)
    for _ in range(3):
        assert value(records) == json.dumps(records, ensure_ascii=False)
    assert len(value.kept) <= 2


def _plain(graph: nx.MultiDiGraph) -> tuple[list[Any], list[Any]]:
    """The rows as the plain `store_value` of each property makes them."""
    nodes = [
        (label, tuple(store_value({**a, "key": k}.get(p)) for p in NODE_PROPS[label]))
        for k, a in graph.nodes(data=True)
        for label in [a["label"]]
    ]
    rels = [
        (u, v, *(store_value({**a, "key": f"{u}|{k}|{v}"}.get(p)) for p in REL_PROPS))
        for u, v, k, a in graph.edges(keys=True, data=True)
    ]
    return nodes, rels


def test_the_rows_of_a_graph_are_the_plain_rows() -> None:
    graph = build([first(), second()])
    nodes, rels = _plain(graph)
    assert [(str(label), row) for label, row in node_rows(graph)] == nodes
    assert [row for _, row in rel_rows(graph)] == rels


def test_a_relationship_the_schema_forbids_is_refused() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Article")
    graph.add_node("b", label="Country")
    graph.add_edge("a", "b", key="HOLDS_POSITION", type="HOLDS_POSITION")
    with pytest.raises(ValueError, match="does not allow"):
        list(rel_rows(graph))
