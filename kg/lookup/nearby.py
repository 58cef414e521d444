"""What an entity is connected to, one or more hops out, by relationship type.

The walk ignores direction (a reader asks "what is this connected to", not "what does it
point at") and, unless asked, the MENTIONED_IN plumbing: every entity of an article is
MENTIONED_IN it, so walking through articles would make everything a neighbour of
everything else in the same news story.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import TypeAdapter

from kg.lookup.records import Link, Ref, link_fields_between, ref_fields, type_of
from kg.schema import RelType

if TYPE_CHECKING:  # networkx takes 0.15 s to import: lookups on a saved folder never need it
    import networkx as nx

#: Relationship types walked when the caller names none.
DEFAULT_TYPES: frozenset[str] = frozenset(t.value for t in RelType if t != RelType.MENTIONED_IN)


class Neighbor(Ref):
    """A node reached from the start: how many hops away, and the links that reached it."""

    hops: int
    via: Ref
    links: tuple[Link, ...]


_NEIGHBORS = TypeAdapter(list[Neighbor])
T = TypeVar("T")


def walk_types(types: Collection[str] | None) -> frozenset[str]:
    """The relationship types a walk follows: the given ones, or `DEFAULT_TYPES`."""
    return frozenset(types) if types else DEFAULT_TYPES


def as_neighbors(records: list[dict[str, Any]]) -> list[Neighbor]:
    """Records of `Neighbor` fields (`kg.lookup.store.GraphStore.neighbor_records`) as
    models, validated as one list."""
    return _NEIGHBORS.validate_python(records)


def first_of_each_hop(items: Iterable[T], limit: int, hop: Callable[[T], int]) -> list[T]:
    """The first `limit` of `items` at each number of hops (`hop` tells an item's), in
    their order: what a listing cut per hop shows (a table of a hub's neighbours, where
    the second hop reaches a seventh of the graph).

    >>> first_of_each_hop([(1, "a"), (1, "b"), (2, "c"), (2, "d"), (2, "e")], 1, lambda x: x[0])
    [(1, 'a'), (2, 'c')]
    """
    shown: dict[int, int] = {}
    kept = []
    for item in items:
        depth = hop(item)
        if shown.get(depth, 0) < limit:
            shown[depth] = shown.get(depth, 0) + 1
            kept.append(item)
    return kept


def adjacent(graph: nx.MultiDiGraph, key: str, types: frozenset[str]) -> set[str]:
    """Nodes joined to `key` by a relationship of one of `types`, in either direction."""
    out = {v for _, v, k, a in graph.out_edges(key, keys=True, data=True) if type_of(k, a) in types}
    return out | {
        u for u, _, k, a in graph.in_edges(key, keys=True, data=True) if type_of(k, a) in types
    }


def neighbors(
    graph: nx.MultiDiGraph,
    key: str,
    *,
    types: Collection[str] | None = None,
    hops: int = 1,
) -> list[Neighbor]:
    """Nodes within `hops` of `key` over the given relationship types, nearest first.

    Each comes with the node it was first reached from and the relationships between the
    two, so a caller can say why it is there.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="Person", name="A"); g.add_node("b", label="Country", name="B")
    >>> g.add_edge("a", "b", key="HOLDS_POSITION", type="HOLDS_POSITION")
    'HOLDS_POSITION'
    >>> [(n.key, n.hops, n.links[0].type) for n in neighbors(g, "b")]
    [('a', 1, 'HOLDS_POSITION')]
    """
    allowed = walk_types(types)
    refs: dict[str, tuple[dict[str, Any], Ref]] = {}

    def known(node: str) -> tuple[dict[str, Any], Ref]:
        """Each node's `Ref` fields and the `Ref`, made and validated once: pydantic takes
        a model instance as it is, so a node named in thousands of records (the start, a
        hub) is not checked again."""
        found = refs.get(node)
        if found is None:
            made = ref_fields(graph, node)
            found = refs[node] = (made, Ref.model_validate(made))
        return found

    def fields(node: str) -> Ref:
        return known(node)[1]

    seen = {key}
    frontier = [key]
    found: list[dict[str, Any]] = []
    for depth in range(1, hops + 1):
        reached: list[str] = []
        for here in frontier:
            for there in sorted(adjacent(graph, here, allowed) - seen):
                seen.add(there)
                reached.append(there)
                links = link_fields_between(graph, here, there, allowed, fields)
                found.append(
                    {**known(there)[0], "hops": depth, "via": fields(here), "links": links}
                )
        frontier = reached
    return _NEIGHBORS.validate_python(found)  # one call validates them all: 10x faster
