"""The graph file: lossless round trip, atomic writes, incremental builds through it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest

from kg.graph import add_articles, build, load, save
from tests.graph.articles import first, second


def _data(g: nx.MultiDiGraph) -> dict[str, object]:
    return nx.node_link_data(g, edges="edges")


def test_round_trip_is_lossless(tmp_path: Path) -> None:
    g = build([first(), second()])
    save(g, tmp_path / "g.json")
    back = load(tmp_path / "g.json")
    assert isinstance(back, nx.MultiDiGraph)
    assert _data(back) == _data(g)
    assert back.graph == g.graph
    assert list(back.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))


def test_incremental_build_through_the_file_equals_one_build(tmp_path: Path) -> None:
    path = tmp_path / "out" / "g.json"
    save(build([first()]), path)
    g = load(path)
    assert add_articles(g, [second(), first()]) == ["a2"]
    save(g, path)
    assert _data(load(path)) == _data(build([first(), second()]))


def test_a_failed_save_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    save(build([first()]), path)
    before = path.read_bytes()
    broken = build([second()])
    broken.nodes["Article:a2"]["bad"] = {1, 2}  # a set is not JSON
    with pytest.raises(TypeError):
        save(broken, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


NOT_GRAPHS = [
    '{"nodes": []}',
    "[1, 2]",
    "not json",
    '{"directed": true, "multigraph": true, "nodes": [{"id": "x"}], "edges": []}',
]


@pytest.mark.parametrize("content", NOT_GRAPHS)
def test_load_rejects_what_is_not_a_graph_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "g.json"
    path.write_text(content)
    with pytest.raises(ValueError):
        load(path)


def test_the_file_is_plain_utf8_json(tmp_path: Path) -> None:
    save(build([first()]), tmp_path / "g.json")
    text = (tmp_path / "g.json").read_text(encoding="utf-8")
    assert "مصطفاييف" in text
    assert json.loads(text)["graph"]["articles"] == ["a1"]


def test_the_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    save(build([first()]), tmp_path / "g.json")
    mode = (tmp_path / "g.json").stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_load_and_save_take_a_plain_string_path(tmp_path: Path) -> None:
    name = str(tmp_path / "g.json")
    save(build([first()]), name)
    assert load(name).graph["articles"] == ["a1"]


def test_a_folder_of_tables_round_trips_every_attribute(tmp_path: Path) -> None:
    g = build([first(), second()])
    u, v, k = next(iter(g.edges(keys=True)))
    g.edges[u, v, k]["rule"] = "signed-by"  # a field the tables do not know of
    g.edges[u, v, k]["evidence"][0]["date"] = "2024-01-02"
    g.nodes[u]["name_ar"] = None  # present and empty differs from absent
    g.nodes[v].pop("aliases", None)
    path = tmp_path / "g.graph"
    save(g, path)
    assert (path / "nodes.parquet").is_file() and (path / "db.lbug").exists()
    back = load(path)
    assert _data(back) == _data(g)
    assert back.graph == g.graph
    assert list(back.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))


def test_tables_written_in_many_batches_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows become Arrow batches every BATCH rows (each with its own dictionaries of
    repeated strings); the folder reads back the same graph."""
    from kg.graph import tables

    g = build([first(), second()])
    monkeypatch.setattr(tables, "BATCH", 3)
    tables.write_tables(g, tmp_path / "g.graph")
    back = tables.read_tables(tmp_path / "g.graph")
    assert _data(back) == _data(g)
    assert list(back.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))
    assert list(back.nodes(data=True)) == list(g.nodes(data=True))


def test_saving_tables_again_replaces_them_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "g.graph"
    save(build([first()]), path)
    save(build([first(), second()]), path)
    assert _data(load(path)) == _data(build([first(), second()]))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graph"]


def test_tables_are_much_smaller_than_json_for_repeated_sentences(tmp_path: Path) -> None:
    g = build([first(), second()])
    for _, attrs in g.nodes(data=True):
        attrs["evidence"] = attrs["evidence"] * 50  # the same sentences again and again
    save(g, tmp_path / "g.json")
    save(g, tmp_path / "g.graph")
    tables = sum(p.stat().st_size for p in (tmp_path / "g.graph").glob("*.parquet"))
    assert tables * 5 < (tmp_path / "g.json").stat().st_size
