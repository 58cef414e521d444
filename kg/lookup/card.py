"""Everything the graph says about one entity: who it is, and its relationships by type."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kg.lookup.records import (
    ArticleRef,
    Link,
    Record,
    Ref,
    articles_of,
    link_fields_of,
    ref_fields_of,
)
from kg.models import Evidence
from kg.schema import Prop, RelType

if TYPE_CHECKING:  # a card read from a saved graph's index never makes a networkx graph
    import networkx as nx

#: A relationship as plain data: source key, target key, edge key, attributes.
Edge = tuple[str, str, object, Mapping[str, Any]]


class Card(Record):
    """An entity with its identifiers, spellings, articles and relationships grouped by type.

    `links` leaves out MENTIONED_IN: those are the `articles`.
    """

    entity: Ref
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    date: str | None = None
    support: int = 0
    evidence: tuple[Evidence, ...] = ()
    articles: tuple[ArticleRef, ...] = ()
    links: dict[str, tuple[Link, ...]]


def describe(graph: nx.MultiDiGraph, key: str) -> Card:
    """The `Card` of node `key`.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kz", label="Country", name="Kazakhstan", name_ar="كازاخستان")
    >>> g.add_node("c", label="Organization", name="Commission")
    >>> _ = g.add_edge("kz", "c", key="MEMBER_OF", type="MEMBER_OF")
    >>> [x.target.name for x in describe(g, "kz").links["MEMBER_OF"]]
    ['Commission']
    """
    edges: list[Edge] = [*graph.out_edges(key, keys=True, data=True)]
    edges += [(u, v, k, a) for u, v, k, a in graph.in_edges(key, keys=True, data=True) if u != key]
    return card_of(key, graph.nodes, edges, articles_of(graph))


def card_of(
    key: str,
    nodes: Mapping[str, Mapping[str, Any]],
    edges: Iterable[Edge],
    articles: Mapping[str, ArticleRef],
) -> Card:
    """The `Card` of node `key` from plain data: the attributes of `key` and of the other
    end of each relationship in `nodes`, every relationship that touches `key` (a loop
    once) in `edges`, in any order, and the articles known, by id (`ArticleRef`).

    >>> nodes = {"kz": {"label": "Country", "name": "Kazakhstan", "articles": ["a1"]},
    ...          "c": {"label": "Organization", "name": "Commission"}}
    >>> card = card_of("kz", nodes, [("kz", "c", "MEMBER_OF", {"type": "MEMBER_OF"})], {})
    >>> [x.target.name for x in card.links["MEMBER_OF"]], [a.key for a in card.articles]
    (['Commission'], ['a1'])
    """
    attrs = nodes[key]
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    refs: dict[str, dict[str, Any]] = {}

    def fields(node: str) -> dict[str, Any]:
        found = refs.get(node)
        if found is None:
            found = refs[node] = ref_fields_of(node, nodes[node])
        return found

    for u, v, k, a in sorted(edges, key=lambda e: str(e[:3])):
        x = link_fields_of(k, a, fields(u), fields(v))
        if x["type"] != RelType.MENTIONED_IN:
            grouped[x["type"]].append(x)
    date = attrs.get(Prop.DATE)
    return Card.model_validate(
        {
            "entity": fields(key),
            "wikidata": attrs.get(Prop.WIKIDATA),
            "aliases": tuple(attrs.get(Prop.ALIASES, ())),
            "date": None if date is None else str(date),
            "support": int(attrs.get(Prop.SUPPORT, 0)),
            "evidence": tuple(attrs.get(Prop.EVIDENCE, ())),
            "articles": tuple(
                articles.get(a, ArticleRef(key=a, id=a)) for a in attrs.get(Prop.ARTICLES, ())
            ),
            "links": {t: tuple(grouped[t]) for t in sorted(grouped)},
        }
    )
