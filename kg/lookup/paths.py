"""The shortest connections between two entities, with the relationship types along the way."""

from __future__ import annotations

from collections.abc import Collection
from itertools import islice, pairwise

import networkx as nx

from kg.lookup.nearby import walk_types
from kg.lookup.records import Link, Record, Ref, links_between, ref, type_of

#: How many shortest paths are put in order before the first `limit` are kept.
ENOUGH = 10_000


class Step(Record):
    """One hop of a path: from `start` to `end`, and every relationship joining the two."""

    start: Ref
    end: Ref
    links: tuple[Link, ...]


class Connection(Record):
    """A shortest walk from one entity to another; each step may follow its links either way."""

    steps: tuple[Step, ...]

    @property
    def hops(self) -> int:
        return len(self.steps)


def shortest_paths(
    graph: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    max_hops: int = 4,
    types: Collection[str] | None = None,
    limit: int = 10,
) -> list[Connection]:
    """Up to `limit` shortest paths from `source` to `target`, none longer than `max_hops`,
    the first in the order of their node keys (of the first `ENOUGH` found).

    Direction is ignored (Kazakhstan is connected to a commission it is MEMBER_OF and to
    the minister who HOLDS_POSITION in it); an empty list means no path within `max_hops`.

    >>> g = nx.MultiDiGraph()
    >>> for n in "abc": g.add_node(n, label="Person", name=n.upper())
    >>> _ = g.add_edge("a", "b", key="MET_WITH"); _ = g.add_edge("c", "b", key="MET_WITH")
    >>> [[s.end.key for s in p.steps] for p in shortest_paths(g, "a", "c")]
    [['b', 'c']]
    """
    allowed = walk_types(types)
    walkable = nx.subgraph_view(
        graph, filter_edge=lambda u, v, k: type_of(k, graph.edges[u, v, k]) in allowed
    )
    undirected = walkable.to_undirected(as_view=True)
    try:
        length = nx.shortest_path_length(undirected, source, target)
    except nx.NetworkXNoPath:
        return []
    if length > max_hops:
        return []
    # In key order, so the answer does not hang on the order the graph was read in.
    walks = sorted(islice(nx.all_shortest_paths(undirected, source, target), ENOUGH))
    return [_path(graph, walk, allowed) for walk in walks[:limit]]


def _path(graph: nx.MultiDiGraph, walk: list[str], allowed: frozenset[str]) -> Connection:
    steps = tuple(
        Step(
            start=ref(graph, a), end=ref(graph, b), links=tuple(links_between(graph, a, b, allowed))
        )
        for a, b in pairwise(walk)
    )
    return Connection(steps=steps)
