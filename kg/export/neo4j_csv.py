"""CSV files in the layout `neo4j-admin database import full` reads.

`nodes.csv` (`key:ID(Node)`, properties, `:LABEL`) and `relationships.csv`
(`:START_ID(Node)`, `:END_ID(Node)`, `:TYPE`, properties), and the name index every store
holds (`kg.store.names`): `names.csv` (`text:ID(Name)`, one `Name` node per distinct name)
and `names_relationships.csv` (`NAMES` from each name to the nodes bearing it), so the
`cypher/` files that start from a name run on the imported database as on a pushed one.
Names and node keys are two ID spaces: a node's key is also one of its names. Nodes keep
`label` and relationships `type` as properties too, as in every store (the `cypher/` files
read `e.label` and `r.type`). Column types are declared in the header (`support:long`,
`value:double`, `aliases:string[]` with neo4j-admin's default `;` array delimiter);
evidence records, which Neo4j cannot hold as maps, are JSON strings — the same convention
the Cypher stores use. Empty cells are absent properties.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx

from kg.lookup.records import type_of
from kg.schema import Prop
from kg.store.names import NAME, NAMES, TEXT, name_rows

ARRAY_DELIMITER = ";"


class CsvFiles(NamedTuple):
    """The files `write_neo4j_csv` writes."""

    nodes: Path
    relationships: Path
    names: Path
    name_relationships: Path


def csv_files(directory: Path) -> CsvFiles:
    """The paths of the files `write_neo4j_csv` writes into `directory`."""
    names = ("nodes", "relationships", "names", "names_relationships")
    return CsvFiles(*(directory / f"{name}.csv" for name in names))


def write_neo4j_csv(graph: nx.MultiDiGraph, directory: Path) -> CsvFiles:
    """Write the graph and its name index into `directory`; return the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    files = csv_files(directory)
    node_columns = _columns([attrs for _, attrs in graph.nodes(data=True)])
    _write(
        files.nodes,
        [f"{Prop.KEY}:ID(Node)", *(_header(c) for c in node_columns), ":LABEL"],
        (
            [key, *(_cell(attrs.get(c.name), c) for c in node_columns), attrs.get(Prop.LABEL, "")]
            for (key, attrs) in graph.nodes(data=True)
        ),
    )
    rels = [
        {**attrs, "type": type_of(k, attrs)} for _, _, k, attrs in graph.edges(keys=True, data=True)
    ]
    rel_columns = _columns(rels)
    _write(
        files.relationships,
        [":START_ID(Node)", ":END_ID(Node)", ":TYPE", *(_header(c) for c in rel_columns)],
        (
            [u, v, attrs["type"], *(_cell(attrs.get(c.name), c) for c in rel_columns)]
            for (u, v), attrs in zip(graph.edges(), rels, strict=True)
        ),
    )
    named = [(text, key) for _, text, key in name_rows(graph.nodes(data=True))]
    _write(
        files.names,
        [f"{TEXT}:ID(Name)", Prop.LABEL, ":LABEL"],
        ([text, NAME, NAME] for text in dict.fromkeys(text for text, _ in named)),
    )
    _write(
        files.name_relationships,
        [":START_ID(Name)", ":END_ID(Node)", ":TYPE", "type"],
        ([text, key, NAMES, NAMES] for text, key in named),
    )
    return files


def import_command(files: CsvFiles, database: str = "neo4j") -> str:
    """The `neo4j-admin` command line that loads the files into `database`."""
    return (
        f"neo4j-admin database import full --nodes={files.nodes} --nodes={files.names} "
        f"--relationships={files.relationships} "
        f"--relationships={files.name_relationships} {database}"
    )


class _Column(NamedTuple):
    name: str
    kind: str  # a neo4j-admin type, or "json"


def _columns(records: list[dict[str, Any]]) -> list[_Column]:
    names = sorted({name for r in records for name in r})
    return [_Column(n, _kind([r[n] for r in records if r.get(n) is not None])) for n in names]


def _kind(values: list[Any]) -> str:
    """The neo4j-admin type of a column ("json" for what Neo4j cannot hold natively);
    a column with no value at all is text, not the boolean an empty `all()` would say.

    >>> _kind([]), _kind([True]), _kind([1, 2.5])
    ('string', 'boolean', 'double')
    """
    if not values:
        return "string"
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "long"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    if all(isinstance(v, str) for v in values):
        return "string"
    if all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in values):
        return "string[]"
    return "json"


def _header(column: _Column) -> str:
    return column.name if column.kind in ("string", "json") else f"{column.name}:{column.kind}"


def _cell(value: Any, column: _Column) -> str:
    if value is None:
        return ""
    if column.kind == "string[]":
        return ARRAY_DELIMITER.join(value)
    if column.kind == "json":
        return json.dumps(value, ensure_ascii=False, default=str)
    if column.kind == "boolean":
        return "true" if value else "false"
    return str(value)


def _write(path: Path, header: list[str], rows: Iterable[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
