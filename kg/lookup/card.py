"""Everything the graph says about one entity: who it is, and its relationships by type."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.lookup.records import ArticleRef, Link, Record, Ref, articles_of, link, ref
from kg.models import Evidence
from kg.schema import Prop, RelType


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

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kz", label="Country", name="Kazakhstan", name_ar="كازاخستان")
    >>> g.add_node("c", label="Organization", name="Commission")
    >>> _ = g.add_edge("kz", "c", key="MEMBER_OF", type="MEMBER_OF")
    >>> [x.target.name for x in describe(g, "kz").links["MEMBER_OF"]]
    ['Commission']
    """
    attrs = graph.nodes[key]
    grouped: dict[str, list[Link]] = defaultdict(list)
    edges = [(key, v, k) for _, v, k in graph.out_edges(key, keys=True)]
    edges += [(u, key, k) for u, _, k in graph.in_edges(key, keys=True) if u != key]
    for u, v, k in sorted(edges, key=str):
        x = link(graph, u, v, k)
        if x.type != RelType.MENTIONED_IN:
            grouped[x.type].append(x)
    known = articles_of(graph)
    article_ids = attrs.get(Prop.ARTICLES, ())
    date = attrs.get(Prop.DATE)
    return Card(
        entity=ref(graph, key),
        wikidata=attrs.get(Prop.WIKIDATA),
        aliases=tuple(attrs.get(Prop.ALIASES, ())),
        date=None if date is None else str(date),
        support=int(attrs.get(Prop.SUPPORT, 0)),
        evidence=tuple(Evidence.model_validate(e) for e in attrs.get(Prop.EVIDENCE, ())),
        articles=tuple(known.get(a, ArticleRef(key=a, id=a)) for a in article_ids),
        links={t: tuple(grouped[t]) for t in sorted(grouped)},
    )
