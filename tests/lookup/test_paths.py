import networkx as nx

from kg.lookup.paths import shortest_paths


def test_path_through_a_shared_commission(graph: nx.MultiDiGraph) -> None:
    paths = shortest_paths(graph, "kz", "baku", types=["MEMBER_OF", "LOCATED_IN"])
    assert len(paths) == 1
    steps = paths[0].steps
    assert [(s.start.key, s.end.key) for s in steps] == [("kz", "jc"), ("jc", "az"), ("az", "baku")]
    assert [[x.type for x in s.links] for s in steps] == [
        ["MEMBER_OF"],
        ["MEMBER_OF"],
        ["LOCATED_IN"],
    ]
    assert paths[0].hops == 3


def test_all_shortest_paths_are_given(graph: nx.MultiDiGraph) -> None:
    # Tokayev and Aliyev met, so the shortest path is direct; MET_WITH excluded, there are
    # three two-hop paths: through the summit, the declaration, and nothing else.
    direct = shortest_paths(graph, "tokayev", "aliyev")
    assert [[x.type for x in p.steps[0].links] for p in direct] == [["MET_WITH"]]
    others = shortest_paths(graph, "tokayev", "aliyev", types=["PARTICIPATED_IN", "SIGNED"])
    assert sorted(p.steps[0].end.key for p in others) == ["decl", "summit"]


def test_parallel_relationships_are_all_on_the_step(graph: nx.MultiDiGraph) -> None:
    graph.add_edge("tokayev", "kz", key="MEMBER_OF", type="MEMBER_OF")
    (path,) = shortest_paths(graph, "tokayev", "kz")
    assert sorted(x.type for x in path.steps[0].links) == ["HOLDS_POSITION", "MEMBER_OF"]


def test_too_long_or_missing_path_is_empty(graph: nx.MultiDiGraph) -> None:
    assert shortest_paths(graph, "kz", "baku", types=["MEMBER_OF", "LOCATED_IN"], max_hops=2) == []
    graph.add_node("lonely", label="Person", name="Nobody")
    assert shortest_paths(graph, "kz", "lonely") == []
