"""What a graph holds: counts by label and type, the most connected entities, the articles."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from kg.lookup.records import ArticleRef, Record, Ref, articles_of, ref, type_of
from kg.schema import ENTITY_LABELS, Prop, RelType


class Ranked(Record):
    """An entity with how many relationships it takes part in (articles not counted)."""

    entity: Ref
    relationships: int
    articles: int


class ArticleCount(Record):
    """An article with how many entities it mentions."""

    article: ArticleRef
    entities: int


class Stats(Record):
    nodes: int
    edges: int
    labels: dict[str, int]
    types: dict[str, int]
    top: tuple[Ranked, ...]
    articles: tuple[ArticleCount, ...]


def stats(graph: nx.MultiDiGraph, *, top: int = 10) -> Stats:
    """Counts by label and relationship type, the `top` most connected entities, the articles.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("k", label="Country", name="Kazakhstan")
    >>> stats(g).labels
    {'Country': 1}
    """
    labels = Counter(str(label) for _, label in graph.nodes(data=Prop.LABEL))
    types = Counter(type_of(k, a) for _, _, k, a in graph.edges(keys=True, data=True))
    entity_labels = {str(label) for label in ENTITY_LABELS}
    facts = Counter[str]()
    mentions = Counter[str]()
    for u, v, k, a in graph.edges(keys=True, data=True):
        if type_of(k, a) == RelType.MENTIONED_IN:
            mentions[v] += 1
        else:
            facts[u] += 1
            facts[v] += 1
    ranked = sorted(
        (key for key, label in graph.nodes(data=Prop.LABEL) if label in entity_labels),
        key=lambda key: (-facts[key], key),
    )[:top]
    return Stats(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        labels=dict(labels.most_common()),
        types=dict(types.most_common()),
        top=tuple(
            Ranked(
                entity=ref(graph, key),
                relationships=facts[key],
                articles=len(graph.nodes[key].get(Prop.ARTICLES, ())),
            )
            for key in ranked
        ),
        articles=tuple(
            ArticleCount(article=a, entities=mentions[a.key])
            for _, a in sorted(articles_of(graph).items())
        ),
    )
