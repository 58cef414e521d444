"""Filling an empty networkx graph fast: what a reader of a saved graph does last.

`fill` takes nodes and edges one by one; `fill_rows` takes an edge's ends as the row
numbers of its nodes and makes each node's adjacency dict in one step.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> with collector_paused():
...     fill(g, [("a", {"label": "Person"}), ("b", {})], [("a", "b", "MET_WITH", {})])
>>> list(g.edges(keys=True))
[('a', 'b', 'MET_WITH')]
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import networkx as nx

Rows = npt.NDArray[np.integer[Any]]


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: building millions of dicts and lists would
    otherwise run it again and again over every object made so far (none is garbage).

    On the way out, what was made goes straight to the collector's oldest generation
    (frozen and unfrozen at once), as if it had survived the young collections: otherwise
    the first allocation after the block would scan every one of them as young objects
    (0.4 s of CPU after loading a graph of 10k articles), and a second collection scan them
    again. Not when the process froze objects itself: unfreezing would undo its freeze.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def fill(
    graph: nx.MultiDiGraph,
    nodes: Iterable[tuple[str, dict[str, Any]]],
    edges: Iterable[tuple[str, str, str, dict[str, Any]]],
) -> None:
    """Put nodes and edges into the empty `graph`, their attribute dicts as they are.

    What `add_nodes_from` and `add_edges_from` do, without their per-item copies of each
    dict and their checks, which double the load time of a big graph: the adjacency is
    filled the way networkx lays it out (`_node`, `_succ`, `_pred`, one key dict shared
    by both directions).
    """
    node, succ, pred = graph._node, graph._succ, graph._pred
    inner, keyed = graph.adjlist_inner_dict_factory, graph.edge_key_dict_factory
    for key, attrs in nodes:
        node[key] = attrs
        succ[key] = inner()
        pred[key] = inner()
    for u, v, k, attrs in edges:
        try:
            out, into = succ[u], pred[v]
        except KeyError:  # an end without a row of its own
            graph.add_edge(u, v, key=k, **attrs)
            continue
        keydict = out.get(v)
        if keydict is None:
            keydict = out[v] = into[u] = keyed()
        keydict[k] = attrs
    graph.__networkx_cache__.clear()


def fill_rows(
    graph: nx.MultiDiGraph,
    keys: Sequence[str],
    nodes: Sequence[dict[str, Any]],
    sources: Rows,
    targets: Rows,
    edge_keys: Sequence[str],
    edges: Sequence[dict[str, Any]],
) -> None:
    """What `fill` makes of the nodes `keys` (with their attribute dicts `nodes`) and of
    the edges from `keys[sources[i]]` to `keys[targets[i]]`, keyed `edge_keys[i]`.

    Edges as a saved graph lists them — the edges between two nodes one after the other —
    fill each node's adjacency dicts in one `dict(zip(…))` each, the edges grouped by
    node with numpy, instead of three dict lookups and two stores per edge in Python;
    other lists, or a node key listed twice, go through `fill`. Either way the graph comes
    out the same: the nodes in the order of `keys`, each one's successors and predecessors
    in the order of the edges.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> rows = np.array([0, 0, 1]), np.array([1, 1, 0])
    >>> fill_rows(g, ["a", "b"], [{}, {}], *rows, ["x", "y", "z"], [{}, {}, {"w": 1}])
    >>> list(g.edges(keys=True, data=True)), list(g.pred["a"])
    ([('a', 'b', 'x', {}), ('a', 'b', 'y', {}), ('b', 'a', 'z', {'w': 1})], ['b'])
    """
    if not _fill_rows(graph, keys, nodes, sources, targets, edge_keys, edges):
        graph._node.clear()
        names = np.fromiter(keys, dtype=object, count=len(keys))
        ends = zip(names[sources].tolist(), names[targets].tolist(), edge_keys, edges, strict=True)
        fill(graph, zip(keys, nodes, strict=True), ends)


def _fill_rows(
    graph: nx.MultiDiGraph,
    keys: Sequence[str],
    nodes: Sequence[dict[str, Any]],
    sources: Rows,
    targets: Rows,
    edge_keys: Sequence[str],
    edges: Sequence[dict[str, Any]],
) -> bool:
    """`fill_rows` when the edges come pair by pair (False, the graph's adjacency left
    empty, when they do not)."""
    if graph.adjlist_inner_dict_factory is not dict or graph.edge_key_dict_factory is not dict:
        return False
    n = len(keys)
    graph._node.update(zip(keys, nodes, strict=True))
    if len(graph._node) != n:  # a key listed twice
        return False
    source, target = sources.astype(np.int64), targets.astype(np.int64)
    pair = source * n + target
    starts = np.flatnonzero(np.concatenate([[True], pair[1:] != pair[:-1]])[: len(pair)])
    # One key dict per pair of ends (`graph[u][v]`), shared by both directions.
    if len(starts) == len(edges):
        keyed = [{k: attrs} for k, attrs in zip(edge_keys, edges, strict=True)]
    else:
        bounds = pairwise([*starts.tolist(), len(edges)])
        keyed = [dict(zip(edge_keys[a:b], edges[a:b], strict=True)) for a, b in bounds]
    names = np.fromiter(keys, dtype=object, count=n)
    pairs = np.fromiter(keyed, dtype=object, count=len(keyed))
    succ = _grouped(source[starts], target[starts], names, pairs)
    pred = _grouped(target[starts], source[starts], names, pairs)
    if succ is None or pred is None:  # the edges of a pair apart in the list
        return False
    graph._succ.update(zip(keys, succ, strict=True))
    graph._pred.update(zip(keys, pred, strict=True))
    graph.__networkx_cache__.clear()
    return True


def _grouped(
    by: npt.NDArray[np.int64],
    other: npt.NDArray[np.int64],
    names: npt.NDArray[np.object_],
    pairs: npt.NDArray[np.object_],
) -> list[dict[str, Any]] | None:
    """Each node's dict of `names[other[i]]` to `pairs[i]` over the pairs whose `by` is
    the node's row, in the order of the pairs; `None` when a node meets a pair twice."""
    order = np.argsort(by, kind="stable")
    ends, values = names[other[order]].tolist(), pairs[order].tolist()
    bounds = np.concatenate([[0], np.cumsum(np.bincount(by, minlength=len(names)))]).tolist()
    out = [
        dict(zip(ends[a:b], values[a:b], strict=True)) if a != b else {}
        for a, b in pairwise(bounds)
    ]
    if sum(map(len, out)) != len(values):
        return None
    return out
