import csv
import json
from pathlib import Path

import networkx as nx

from kg.export.neo4j_csv import import_command, write_neo4j_csv


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_node_and_relationship_is_written(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    nodes, rels = write_neo4j_csv(graph, tmp_path / "csv")
    node_rows, rel_rows = _rows(nodes), _rows(rels)
    assert {r["key:ID"] for r in node_rows} == set(graph.nodes)
    assert {(r[":START_ID"], r[":END_ID"], r[":TYPE"]) for r in rel_rows} == set(
        graph.edges(data="type")
    )
    assert len(rel_rows) == graph.number_of_edges()


def test_header_declares_neo4j_types(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    nodes, rels = write_neo4j_csv(graph, tmp_path)
    node_header = nodes.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert node_header[0] == "key:ID" and node_header[-1] == ":LABEL"
    assert {"aliases:string[]", "support:long", "value:double", "name_ar"} <= set(node_header)
    rel_header = rels.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "type" not in rel_header  # the :TYPE column says it


def test_cells_hold_arrays_json_and_blanks(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    nodes, rels = write_neo4j_csv(graph, tmp_path)
    kz = next(r for r in _rows(nodes) if r["key:ID"] == "kz")
    assert kz["aliases:string[]"].split(";") == graph.nodes["kz"]["aliases"]
    assert json.loads(kz["evidence"])[0]["article"] == "a1"
    assert kz["value:double"] == ""  # absent, not zero
    assert kz[":LABEL"] == "Country"
    holds = next(r for r in _rows(rels) if r[":TYPE"] == "HOLDS_POSITION")
    assert holds["role"] == "President"


def test_import_command_names_both_files(tmp_path: Path) -> None:
    command = import_command(tmp_path / "nodes.csv", tmp_path / "relationships.csv")
    assert command.startswith("neo4j-admin database import full ")
    assert f"--nodes={tmp_path / 'nodes.csv'}" in command


def test_an_all_empty_column_is_text_not_boolean(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="Country", name="A", wikidata=None)
    g.add_node("b", label="Country", name="B", wikidata=None)
    nodes, _ = write_neo4j_csv(g, tmp_path)
    header = nodes.read_text(encoding="utf-8").splitlines()[0]
    assert "wikidata" in header and "wikidata:boolean" not in header
