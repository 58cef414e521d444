"""Cypher in-process: the graph loaded into an in-memory LadybugDB (the Kùzu fork).

No server and nothing to install beyond the package: `kg query` loads the saved networkx
graph into a fresh in-memory database and runs the query with its parameters passed as
query parameters, never pasted into the text. Tables come from the schema module: one
node table per label (`kg.store.rows.NODE_PROPS`), one relationship table per type with
every FROM/TO pair the schema allows. Rows are bulk-loaded from temporary CSV files with
`COPY`, which is an order of magnitude faster than `UNWIND … CREATE` from Python values.

Dialect notes for query authors, checked on LadybugDB 0.22:
- an undirected variable-length pattern may walk one relationship back and forth (Neo4j
  never reuses one in a path): spell out fixed-length parts with distinct nodes;
- `label(r)` and `labels(n)` differ from Neo4j: use the `type` and `label` properties
  every relationship and node carries;
- `s CONTAINS ''` is false: test `$p = ''` first;
- `WITH … ORDER BY` needs a LIMIT; there is no list comprehension, no `toString`, and
  `any()` over a parameter fails; `sum` returns decimals;
- the parts of a UNION need the same column types (no bare `null`);
- an empty string property reads back as null.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("Topic:energy", label="Topic", name="energy", support=1)
>>> load(g).run("MATCH (t:Topic) RETURN t.name AS name").rows
[['energy']]
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ladybug as lb
import networkx as nx

from kg.schema import Label, Prop, RelType
from kg.store.rows import NODE_PROPS, NUMERIC, REL_PROPS, Row, endpoint_pairs, node_rows, rel_rows

_TYPES = {int: "INT64", float: "DOUBLE"}
_CSV = "HEADER=false, ESCAPE='\"', PARALLEL=false"


class QueryError(Exception):
    """The engine rejected a query; `str(error)` is its one-line reason."""


@dataclass(frozen=True)
class Result:
    """Column names and rows of a query result, values as the engine returned them."""

    columns: list[str]
    rows: list[list[Any]]


def _column(prop: Prop) -> str:
    return f"`{prop}` {_TYPES.get(NUMERIC.get(prop, str), 'STRING')}"


def schema_ddl() -> list[str]:
    """`CREATE NODE TABLE` / `CREATE REL TABLE` statements for every label and type."""
    statements = [
        f"CREATE NODE TABLE {label}({', '.join(map(_column, props))}, PRIMARY KEY (`key`))"
        for label, props in NODE_PROPS.items()
    ]
    for type_ in RelType:
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in endpoint_pairs(type_))
        statements.append(
            f"CREATE REL TABLE {type_}({pairs}, {', '.join(map(_column, REL_PROPS))})"
        )
    return statements


class Embedded:
    """An in-memory LadybugDB holding one graph."""

    def __init__(self) -> None:
        self._db = lb.Database(":memory:")
        self._conn = lb.Connection(self._db)
        for statement in schema_ddl():
            self._conn.execute(statement)

    def run(self, query: str, parameters: Mapping[str, Any] | None = None) -> Result:
        """Run one Cypher query; raise `QueryError` with the engine's reason if it fails."""
        try:
            result = self._conn.execute(query, dict(parameters or {}))
        except RuntimeError as e:
            raise QueryError(str(e).strip().splitlines()[0]) from e
        assert isinstance(result, lb.QueryResult)
        return Result(result.get_column_names(), [list(row) for row in result.get_all()])

    def copy(self, table: str, rows: list[Row], folder: Path, options: str = "") -> None:
        """Bulk-load `rows` into `table` through a CSV file in `folder`."""
        path = folder / f"{table}-{len(list(folder.iterdir()))}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
        self._conn.execute(f"COPY {table} FROM '{path}' ({options}{_CSV})")


def load(graph: nx.MultiDiGraph) -> Embedded:
    """A fresh in-memory database holding `graph` (see the module docstring)."""
    db = Embedded()
    with tempfile.TemporaryDirectory(prefix="kg-embedded-") as tmp:
        folder = Path(tmp)
        for label, rows in node_rows(graph).items():
            db.copy(label, rows, folder)
        for (type_, source, target), rows in rel_rows(graph).items():
            db.copy(type_, rows, folder, f"from='{source}', to='{target}', ")
    return db


__all__ = ["Embedded", "Label", "QueryError", "Result", "load", "schema_ddl"]
