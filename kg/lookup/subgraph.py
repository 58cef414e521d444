"""Cutting a graph down to what one picture can show: around an entity, or some labels."""

from __future__ import annotations

from collections.abc import Collection

import networkx as nx

from kg.lookup.nearby import neighbors
from kg.schema import Prop


def around(
    graph: nx.MultiDiGraph, key: str, *, hops: int, types: Collection[str] | None = None
) -> nx.MultiDiGraph:
    """The part of `graph` within `hops` of `key`: the node, its neighbours, their edges.

    >>> g = nx.MultiDiGraph([("a", "b", "MET_WITH"), ("b", "c", "MET_WITH")])
    >>> sorted(around(g, "a", hops=1))
    ['a', 'b']
    """
    keep = {key} | {n.key for n in neighbors(graph, key, types=types, hops=hops)}
    return graph.subgraph(keep).copy()


def with_labels(graph: nx.MultiDiGraph, labels: Collection[str]) -> nx.MultiDiGraph:
    """The nodes of `graph` whose label is one of `labels`, and the edges among them."""
    wanted = {str(label) for label in labels}
    return graph.subgraph(k for k, label in graph.nodes(data=Prop.LABEL) if label in wanted).copy()
