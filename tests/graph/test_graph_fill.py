"""Filling a graph: with the cyclic collector paused, and what the collector sees after;
by node rows, as one by one."""

from __future__ import annotations

import gc
from typing import Any

import networkx as nx
import numpy as np

from kg.graph.fill import collector_paused, fill, fill_rows


def test_what_was_made_while_paused_is_not_scanned_as_young() -> None:
    with collector_paused():
        made = [[n] for n in range(20_000)]
        assert not gc.isenabled() and gc.get_count()[0] >= 20_000
    assert gc.isenabled() and gc.get_count()[0] < 1_000  # moved to the oldest generation
    assert gc.get_freeze_count() == 0 and len(made) == 20_000


def test_a_freeze_of_the_caller_stays() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            _ = [[n] for n in range(1_000)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def _everything(g: nx.MultiDiGraph) -> Any:
    """Nodes, edges and each node's successors and predecessors, all in their order."""
    return (
        list(g.nodes(data=True)),
        list(g.edges(keys=True, data=True)),
        [(list(g.succ[n]), list(g.pred[n])) for n in g],
    )


def _both(
    keys: list[str], sources: list[int], targets: list[int]
) -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    """The graph `fill_rows` makes of these edges, and the one `fill` makes."""
    nodes = [{"n": i} for i in range(len(keys))]
    edge_keys = [f"k{i}" for i in range(len(sources))]
    edges = [{"e": i} for i in range(len(sources))]
    by_rows, one_by_one = nx.MultiDiGraph(), nx.MultiDiGraph()
    fill_rows(by_rows, keys, nodes, np.array(sources), np.array(targets), edge_keys, edges)
    named = [keys[i] for i in sources], [keys[i] for i in targets]
    ends = zip(*named, edge_keys, edges, strict=True)
    fill(one_by_one, zip(keys, nodes, strict=True), ends)
    return by_rows, one_by_one


def test_rows_fill_as_one_by_one_with_parallel_edges_and_loops() -> None:
    by_rows, one_by_one = _both(["a", "b", "c", "d"], [0, 0, 0, 1, 2, 2], [1, 1, 2, 0, 2, 0])
    assert _everything(by_rows) == _everything(one_by_one)
    assert list(by_rows["a"]["b"]) == ["k0", "k1"] and by_rows.has_edge("c", "c")
    assert by_rows._succ["a"]["b"] is by_rows._pred["b"]["a"]  # one key dict, both ways


def test_edges_of_a_pair_apart_or_a_key_twice_fill_one_by_one() -> None:
    apart = _both(["a", "b", "c"], [0, 0, 0], [1, 2, 1])  # a->b, a->c, a->b again
    assert _everything(apart[0]) == _everything(apart[1])
    assert list(apart[0]["a"]["b"]) == ["k0", "k2"]
    twice = _both(["a", "b", "a"], [0, 1], [1, 2])
    assert _everything(twice[0]) == _everything(twice[1])
