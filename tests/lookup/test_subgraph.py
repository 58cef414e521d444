import networkx as nx

from kg.lookup.subgraph import around, with_labels


def test_around_keeps_the_ball_and_its_edges(graph: nx.MultiDiGraph) -> None:
    part = around(graph, "baku", hops=2)
    assert set(part) == {"baku", "az", "aliyev", "jc", "q1"}
    assert part.has_edge("aliyev", "az", "HOLDS_POSITION:President")
    assert part.nodes["baku"] == graph.nodes["baku"]


def test_with_labels(graph: nx.MultiDiGraph) -> None:
    part = with_labels(graph, ["Country", "Organization"])
    assert set(part) == {"kz", "az", "jc"}
    assert part.number_of_edges() == 2
