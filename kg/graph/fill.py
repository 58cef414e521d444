"""Filling an empty networkx graph fast: what a reader of a saved graph does last.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> with collector_paused():
...     fill(g, [("a", {"label": "Person"}), ("b", {})], [("a", "b", "MET_WITH", {})])
>>> list(g.edges(keys=True))
[('a', 'b', 'MET_WITH')]
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx


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
