"""Lookups answered from a saved graph's database and name index equal those on the graph."""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest
from pydantic_core import to_json

from kg.graph import build, save
from kg.lookup.card import describe
from kg.lookup.names import find
from kg.lookup.nearby import Neighbor, first_of_each_hop, neighbors
from kg.lookup.paths import shortest_paths
from kg.lookup.records import articles_of
from kg.lookup.store import GraphStore, is_store
from tests.graph.articles import first, second


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, GraphStore]:
    graph = build([first(), second()])
    folder = tmp_path_factory.mktemp("store") / "g.graph"
    save(graph, folder)
    assert is_store(folder)
    return graph, GraphStore(folder)


QUERIES = ["كازاخستان", "Kazakhstan", "للجنة", "قازاقستان", "Asadov", "no such thing"]


@pytest.mark.parametrize("query", QUERIES)
def test_names_resolve_as_on_the_whole_graph(
    saved: tuple[nx.MultiDiGraph, GraphStore], query: str
) -> None:
    graph, store = saved
    part, forms = store.named(query)
    assert find(part, query, forms=forms) == find(graph, query)


def test_cards_neighbours_and_paths_equal_the_whole_graphs(
    saved: tuple[nx.MultiDiGraph, GraphStore],
) -> None:
    graph, store = saved
    entities = [k for k, label in graph.nodes(data="label") if label not in ("Article", "Quantity")]
    for key in entities:
        assert describe(store.card(key), key) == describe(graph, key)
        card, articles = store.card_record(key)  # the same card, with no networkx graph made
        assert (card, articles) == (describe(graph, key), articles_of(store.card(key)))
        for hops in (1, 2):
            assert neighbors(store.around(key, hops=hops), key, hops=hops) == neighbors(
                graph, key, hops=hops
            )
    a, b = entities[0], entities[-1]
    assert shortest_paths(store.between(a, b, max_hops=4), a, b) == shortest_paths(graph, a, b)
    assert shortest_paths(graph, a, b)  # the sample has a path: the comparison means something


def test_neighbour_records_read_from_the_index_are_the_whole_graphs_neighbours(
    saved: tuple[nx.MultiDiGraph, GraphStore],
) -> None:
    graph, store = saved
    entities = [k for k, label in graph.nodes(data="label") if label not in ("Article", "Quantity")]
    for key in entities:
        for hops, types in ((1, None), (2, None), (3, None), (2, ["MEMBER_OF", "HOLDS_POSITION"])):
            records = store.neighbor_records(key, hops=hops, types=types)
            whole = neighbors(graph, key, hops=hops, types=types)
            assert to_json(records, indent=2) == to_json(whole, indent=2), (key, hops, types)
            assert [Neighbor.model_validate(r) for r in records] == whole
    assert store.neighbor_records("no such key", hops=2) == []


def test_neighbours_cut_per_hop_are_the_whole_lists_start_and_counted_in_full(
    saved: tuple[nx.MultiDiGraph, GraphStore],
) -> None:
    graph, store = saved
    entities = [k for k, label in graph.nodes(data="label") if label not in ("Article", "Quantity")]
    cut_any = False
    for key in entities:
        for limit in (1, 2):
            whole = neighbors(graph, key, hops=3)
            records, counts = store.neighbors_listed(key, hops=3, limit=limit)
            first = first_of_each_hop(whole, limit, lambda n: n.hops)
            assert to_json(records, indent=2) == to_json(first, indent=2), (key, limit)
            assert counts == dict(Counter(n.hops for n in whole))
            cut_any |= len(first) < len(whole)
    assert cut_any  # some list was cut: the comparison means something


def test_a_card_cut_to_the_first_of_each_type_is_the_whole_cards_start(
    saved: tuple[nx.MultiDiGraph, GraphStore],
) -> None:
    graph, store = saved
    for key in [k for k, label in graph.nodes(data="label") if label == "Country"]:
        whole = describe(graph, key)
        cut = describe(store.card(key, limit=1), key)
        assert store.card_record(key, limit=1) == (cut, articles_of(store.card(key, limit=1)))
        assert {t: links[:1] for t, links in whole.links.items()} == cut.links
        assert cut.articles[:1] == whole.articles[:1]
        counts = store.link_counts(key)
        assert {t: counts[t] for t in whole.links} == {t: len(x) for t, x in whole.links.items()}
        assert max(counts.values()) > 1  # the cut left something out


def test_the_index_is_read_through_a_map_of_its_file(
    saved: tuple[nx.MultiDiGraph, GraphStore],
) -> None:
    _, store = saved
    (mapped,) = store.db.execute("PRAGMA mmap_size").fetchone()
    assert mapped == (store.folder / "lookup.sqlite").stat().st_size > 0


def test_an_exact_spelling_is_looked_up_in_the_index_of_words(
    saved: tuple[nx.MultiDiGraph, GraphStore],
) -> None:
    _, store = saved
    query = "SELECT key FROM names WHERE words IN (SELECT value FROM json_each(?))"
    plan = store.db.execute(f"EXPLAIN QUERY PLAN {query}", ['["kazakhstan"]']).fetchall()
    assert any("USING INDEX names_words" in step[-1] for step in plan), plan
