import networkx as nx

from kg.lookup.summary import stats


def test_counts_top_entities_and_articles(graph: nx.MultiDiGraph) -> None:
    s = stats(graph, top=6)
    assert (s.nodes, s.edges) == (graph.number_of_nodes(), graph.number_of_edges())
    assert s.labels["Country"] == 2
    assert s.labels["Article"] == 2
    assert s.types["MENTIONED_IN"] == 10
    assert sum(s.types.values()) == s.edges
    # Five entities take part in four relationships each (ties by key), then Kazakhstan.
    assert [(r.entity.key, r.relationships) for r in s.top] == [
        ("aliyev", 4),
        ("az", 4),
        ("decl", 4),
        ("summit", 4),
        ("tokayev", 4),
        ("kz", 3),
    ]
    assert {(a.article.id, a.entities) for a in s.articles} == {("a1", 8), ("a2", 2)}


def test_empty_graph_has_zero_counts() -> None:
    s = stats(nx.MultiDiGraph())
    assert (s.nodes, s.edges, s.labels, s.top, s.articles) == (0, 0, {}, (), ())


def test_articles_are_top_n_too_most_entities_first(graph: nx.MultiDiGraph) -> None:
    s = stats(graph, top=1)
    assert [(a.article.id, a.entities) for a in s.articles] == [("a1", 8)]
    assert s.article_count == 2
