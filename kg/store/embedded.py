"""Cypher in-process: the graph loaded into an in-memory LadybugDB (the Kùzu fork).

No server and nothing to install beyond the package: `kg query` loads the saved networkx
graph into a fresh in-memory database and runs the query with its parameters passed as
query parameters, never pasted into the text. Tables come from the schema module: one
node table per label (`kg.store.rows.NODE_PROPS`), one relationship table per type with
every FROM/TO pair the schema allows. Rows are bulk-loaded from Arrow tables with `COPY`
(`kg.store.bulk`), which is an order of magnitude faster than `UNWIND … CREATE` from
Python values.
`open_cached` keeps the loaded database in a file beside the graph file, so only the
first query after a build pays for loading.

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

import hashlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ladybug as lb
import networkx as nx

from kg.graph.io import is_tables
from kg.schema import Prop, RelType
from kg.store.names import NAME, NAMES, TEXT
from kg.store.rows import NODE_PROPS, NUMERIC, REL_PROPS, endpoint_pairs

_TYPES = {int: "INT64", float: "DOUBLE"}
#: The database inside a folder of tables (`kg.graph.io`), and the file naming its layout.
INSIDE = "db.lbug"
LAYOUT = "db.layout"
#: Most characters of text one `COPY` loads (`kg.store.bulk`).
COPY_CHARS = 8_000_000


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
    """`CREATE NODE TABLE` / `CREATE REL TABLE` statements for every label and type, and
    for the name index (`kg.store.names`): `Name` nodes keyed by the text, `NAMES` to every
    label."""
    statements = [
        f"CREATE NODE TABLE {label}({', '.join(map(_column, props))}, PRIMARY KEY (`key`))"
        for label, props in NODE_PROPS.items()
    ]
    for type_ in RelType:
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in endpoint_pairs(type_))
        statements.append(
            f"CREATE REL TABLE {type_}({pairs}, {', '.join(map(_column, REL_PROPS))})"
        )
    label, kind = _column(Prop.LABEL), _column(Prop.TYPE)
    statements.append(f"CREATE NODE TABLE {NAME}(`{TEXT}` STRING, {label}, PRIMARY KEY (`{TEXT}`))")
    pairs = ", ".join(f"FROM {NAME} TO {target}" for target in NODE_PROPS)
    statements.append(f"CREATE REL TABLE {NAMES}({pairs}, {kind})")
    return statements


class Embedded:
    """A LadybugDB database holding one graph: in memory, or a file."""

    def __init__(self, path: Path | None = None, read_only: bool = False, pool: int = 0) -> None:
        """`pool`: the buffer pool's size in bytes (0: the engine's default)."""
        self._db = lb.Database(
            str(path) if path else ":memory:", read_only=read_only, buffer_pool_size=pool
        )
        self._conn = lb.Connection(self._db)

    def run(self, query: str, parameters: Mapping[str, Any] | None = None) -> Result:
        """Run one Cypher query; raise `QueryError` with the engine's reason if it fails."""
        try:
            result = self._conn.execute(query, dict(parameters or {}))
        except RuntimeError as e:
            raise QueryError(str(e).strip().splitlines()[0]) from e
        assert isinstance(result, lb.QueryResult)
        return Result(result.get_column_names(), [list(row) for row in result.get_all()])

    def close(self) -> None:
        """Release the database (and write it out, when it is a file)."""
        self._conn.close()
        self._db.close()

    def copy(self, table: str, path: Path, options: str = "") -> None:
        """`COPY table FROM path`, a Parquet file, with `options` (`from=…, to=…`); on a
        connection of its own with one thread (rows keep the file's order)."""
        conn = lb.Connection(self._db, num_threads=1)
        try:
            conn.execute(f"COPY {table} FROM '{path}'{f' ({options})' if options else ''}")
        finally:
            conn.close()


def load(graph: nx.MultiDiGraph, path: Path | None = None, tables: Path | None = None) -> Embedded:
    """A new database holding `graph`: in memory, or in the new file `path`.

    Raises `ValueError` for a relationship the schema does not allow. Rows go in `COPY`s
    from Arrow tables of at most `COPY_CHARS` characters of text each (`kg.store.bulk`). The
    buffer pool is the engine's default (80 % of the machine's memory): a pool of 512 MiB
    ran out in the checkpoint after a COPY of a 100k-article graph ("the buffer pool is
    full"), so it is not capped.
    """
    from kg.store.bulk import copy_graph  # pyarrow: only where a database is made

    db = Embedded(path)
    for statement in schema_ddl():
        db.run(statement)
    copy_graph(db, graph, COPY_CHARS, tables)
    return db


def cache_path(graph_path: Path) -> Path:
    """Where `open_cached` keeps the database of the graph file `graph_path`."""
    return graph_path.with_name(graph_path.name + ".lbug")


def open_cached(graph_path: Path, read_graph: Callable[[], nx.MultiDiGraph]) -> Embedded:
    """The database of the graph file at `graph_path`, reusing the copy beside it.

    Loading a graph of 10,000 articles takes half a minute, so the first query writes the
    database to `GRAPH.lbug` and later ones open it read-only in a moment, as long as its
    stamp (graph file size and modification time, table layout) still matches. Otherwise
    `read_graph()` supplies the graph and the copy is rebuilt (in a temporary file, then
    renamed); where it cannot be written, the database lives in memory for this call.
    A folder of tables carries its database (`kg.graph.io`), and the layout it was made
    with (`save_inside`): one of another layout (written before the name index, say) is
    made again in the folder.
    """
    inside = graph_path / INSIDE
    if inside.exists() and _layout_inside(graph_path) == layout():
        return Embedded(inside, read_only=True)
    cache = cache_path(graph_path)
    stamp_file = cache.with_name(cache.name + ".stamp")
    stamp = _stamp(graph_path)
    if stamp and cache.is_file() and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return Embedded(cache, read_only=True)
    graph = read_graph()
    if not stamp:
        return load(graph)
    if graph_path.is_dir():
        try:
            save_inside(graph, graph_path)
        except OSError:
            return load(graph)
        return Embedded(inside, read_only=True)
    tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
    try:
        load(graph, tmp).close()
        os.replace(tmp, cache)
        stamp_file.write_text(stamp)
    except OSError:
        return load(graph)
    finally:
        tmp.unlink(missing_ok=True)
    return Embedded(cache, read_only=True)


def save_inside(graph: nx.MultiDiGraph, folder: Path) -> None:
    """The database of `graph` written into the folder of its tables `folder` (`INSIDE`,
    made under a temporary name and renamed; its rows made from those tables), and the
    layout it has (`LAYOUT`)."""
    tmp = folder / f".{INSIDE}.{os.getpid()}.tmp"
    try:
        load(graph, tmp, folder if is_tables(folder) else None).close()
        os.replace(tmp, folder / INSIDE)
        (folder / LAYOUT).write_text(layout())
    finally:
        tmp.unlink(missing_ok=True)


def layout() -> str:
    """A digest of the tables `schema_ddl` makes: a database of another layout is stale."""
    return hashlib.sha1("\n".join(schema_ddl()).encode()).hexdigest()[:12]


def _layout_inside(folder: Path) -> str:
    try:
        return (folder / LAYOUT).read_text()
    except OSError:
        return ""


def _stamp(graph_path: Path) -> str:
    """What the cached copy must have been built from; "" when the graph file is missing."""
    try:
        stat = graph_path.stat()
    except OSError:
        return ""
    return f"{layout()} {stat.st_size} {stat.st_mtime_ns}"


__all__ = [
    "Embedded",
    "QueryError",
    "Result",
    "cache_path",
    "layout",
    "load",
    "open_cached",
    "save_inside",
    "schema_ddl",
]
