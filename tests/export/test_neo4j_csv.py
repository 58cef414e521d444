import csv
import json
from pathlib import Path

import networkx as nx

from kg.export.neo4j_csv import import_command, write_neo4j_csv


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_node_and_relationship_is_written(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    files = write_neo4j_csv(graph, tmp_path / "csv")
    node_rows, rel_rows = _rows(files.nodes), _rows(files.relationships)
    assert {r["key:ID(Node)"] for r in node_rows} == set(graph.nodes)
    assert {(r[":START_ID(Node)"], r[":END_ID(Node)"], r[":TYPE"]) for r in rel_rows} == set(
        graph.edges(data="type")
    )
    assert len(rel_rows) == graph.number_of_edges()
    assert all(r["type"] == r[":TYPE"] for r in rel_rows)  # the cypher files read r.type
    assert all(r["label"] == r[":LABEL"] for r in node_rows)  # and e.label


def test_the_name_index_names_every_node_by_name_arabic_name_and_key(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    files = write_neo4j_csv(graph, tmp_path)
    names = _rows(files.names)
    assert len({r["text:ID(Name)"] for r in names}) == len(names)  # one node per distinct name
    assert {r[":LABEL"] for r in names} == {"Name"}
    links = {(r[":START_ID(Name)"], r[":END_ID(Node)"]) for r in _rows(files.name_relationships)}
    for key, attrs in graph.nodes(data=True):
        assert (key, key) in links
        for name in (attrs.get("name"), attrs.get("name_ar")):
            assert not name or (name, key) in links
    assert {r["text:ID(Name)"] for r in names} == {text for text, _ in links}
    assert any(text != key for text, key in links)  # names, not only keys


def test_header_declares_neo4j_types(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    files = write_neo4j_csv(graph, tmp_path)
    node_header = files.nodes.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert node_header[0] == "key:ID(Node)" and node_header[-1] == ":LABEL"
    assert {"aliases:string[]", "support:long", "value:double", "name_ar"} <= set(node_header)
    rel_header = files.relationships.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert rel_header[:3] == [":START_ID(Node)", ":END_ID(Node)", ":TYPE"]


def test_cells_hold_arrays_json_and_blanks(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    files = write_neo4j_csv(graph, tmp_path)
    kz = next(r for r in _rows(files.nodes) if r["key:ID(Node)"] == "kz")
    assert kz["aliases:string[]"].split(";") == graph.nodes["kz"]["aliases"]
    assert json.loads(kz["evidence"])[0]["article"] == "a1"
    assert kz["value:double"] == ""  # absent, not zero
    assert kz[":LABEL"] == "Country"
    holds = next(r for r in _rows(files.relationships) if r[":TYPE"] == "HOLDS_POSITION")
    assert holds["role"] == "President"


def test_import_command_names_every_file(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    files = write_neo4j_csv(graph, tmp_path)
    command = import_command(files)
    assert command.startswith("neo4j-admin database import full ")
    for flag, path in zip(("nodes", "relationships", "nodes", "relationships"), files, strict=True):
        assert f"--{flag}={path}" in command


def test_an_all_empty_column_is_text_not_boolean(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="Country", name="A", wikidata=None)
    g.add_node("b", label="Country", name="B", wikidata=None)
    header = write_neo4j_csv(g, tmp_path).nodes.read_text(encoding="utf-8").splitlines()[0]
    assert "wikidata" in header and "wikidata:boolean" not in header
