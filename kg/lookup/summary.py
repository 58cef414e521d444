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
    articles: tuple[ArticleCount, ...]  # the `top` articles that mention the most entities
    article_count: int = 0  # every article of the graph


def stats(graph: nx.MultiDiGraph, *, top: int = 10) -> Stats:
    """Counts by label and relationship type, the `top` most connected entities and the
    `top` articles mentioning the most entities (a graph of 10,000 articles lists 10).

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
    articles = articles_of(graph)
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
            sorted(
                (ArticleCount(article=a, entities=mentions[a.key]) for a in articles.values()),
                key=lambda c: (-c.entities, c.article.key),
            )[:top]
        ),
        article_count=len(articles),
    )
