import networkx as nx

from kg.lookup.nearby import adjacent, neighbors, walk_types
from kg.schema import RelType


def test_one_hop_lists_counterparts_with_links(graph: nx.MultiDiGraph) -> None:
    found = {n.key: n for n in neighbors(graph, "tokayev")}
    assert set(found) == {"kz", "aliyev", "summit", "decl"}
    assert [x.type for x in found["kz"].links] == ["HOLDS_POSITION"]
    assert found["kz"].links[0].role == "President"
    assert found["kz"].links[0].evidence[0].article == "a1"


def test_articles_are_not_walked_through_by_default(graph: nx.MultiDiGraph) -> None:
    assert "Article:a1" not in {n.key for n in neighbors(graph, "kz", hops=3)}
    assert "Article:a1" in {n.key for n in neighbors(graph, "kz", types=["MENTIONED_IN"])}
    assert RelType.MENTIONED_IN not in walk_types(None)


def test_type_filter_and_hops(graph: nx.MultiDiGraph) -> None:
    two = neighbors(graph, "kz", types=["MEMBER_OF"], hops=2)
    assert [(n.key, n.hops, n.via.key) for n in two] == [("jc", 1, "kz"), ("az", 2, "jc")]


def test_nearest_first_and_no_repeats(graph: nx.MultiDiGraph) -> None:
    found = neighbors(graph, "kz", hops=3)
    hops = [n.hops for n in found]
    assert hops == sorted(hops)
    assert len({n.key for n in found}) == len(found)
    assert "kz" not in {n.key for n in found}


def test_adjacent_ignores_direction(graph: nx.MultiDiGraph) -> None:
    assert adjacent(graph, "kz", frozenset({"HOLDS_POSITION", "MEMBER_OF"})) == {"tokayev", "jc"}
