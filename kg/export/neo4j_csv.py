"""CSV files in the layout `neo4j-admin database import full` reads.

One `nodes.csv` (`key:ID`, properties, `:LABEL`) and one `relationships.csv`
(`:START_ID`, `:END_ID`, `:TYPE`, properties). Column types are declared in the header
(`support:long`, `value:double`, `aliases:string[]` with neo4j-admin's default `;` array
delimiter); evidence records, which Neo4j cannot hold as maps, are JSON strings — the same
convention the Cypher stores use. Empty cells are absent properties.
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

ARRAY_DELIMITER = ";"


def write_neo4j_csv(graph: nx.MultiDiGraph, directory: Path) -> tuple[Path, Path]:
    """Write `nodes.csv` and `relationships.csv` into `directory`; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    nodes = [
        {k: v for k, v in attrs.items() if k != Prop.LABEL} for _, attrs in graph.nodes(data=True)
    ]
    node_columns = _columns(nodes)
    node_path = directory / "nodes.csv"
    _write(
        node_path,
        [f"{Prop.KEY}:ID", *(_header(c) for c in node_columns), ":LABEL"],
        (
            [key, *(_cell(attrs.get(c.name), c) for c in node_columns), attrs.get(Prop.LABEL, "")]
            for (key, attrs) in graph.nodes(data=True)
        ),
    )
    rels = [
        {k: v for k, v in attrs.items() if k != "type"} for _, _, attrs in graph.edges(data=True)
    ]
    rel_columns = _columns(rels)
    rel_path = directory / "relationships.csv"
    _write(
        rel_path,
        [":START_ID", ":END_ID", ":TYPE", *(_header(c) for c in rel_columns)],
        (
            [u, v, type_of(k, a), *(_cell(attrs.get(c.name), c) for c in rel_columns)]
            for (u, v, k, a), attrs in zip(graph.edges(keys=True, data=True), rels, strict=True)
        ),
    )
    return node_path, rel_path


def import_command(nodes: Path, relationships: Path, database: str = "neo4j") -> str:
    """The `neo4j-admin` command line that loads the two files into `database`."""
    return (
        f"neo4j-admin database import full --nodes={nodes} "
        f"--relationships={relationships} {database}"
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
