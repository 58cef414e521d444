"""Filling a new embedded database with a graph: `COPY … FROM` Arrow tables, in pieces.

Rows (`kg.store.rows`) are collected per group — a label, or a relationship's type and
end labels — and loaded with one `COPY` once a group holds `most` characters of text: one
`COPY` holds several times its rows in memory while it loads them (a hub country's
evidence alone is megabytes). Tables straight from memory spare writing the rows as CSV
and the engine parsing it back: 68 -> 29 CPU s for the database of a 10k-article graph
(with the faster rows of `kg.store.rows.StoreValues`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq

from kg.schema import Label, Prop, RelType
from kg.store.embedded import Embedded
from kg.store.names import NAME, NAMES, name_rows
from kg.store.rows import NODE_PROPS, NUMERIC, REL_PROPS, Row, node_rows, rel_rows

_STRING = pa.string()
_ARROW = {int: pa.int64(), float: pa.float64()}
#: A group's table, its `COPY` options and the Arrow types of its columns.
_Target = tuple[str, str, list[pa.DataType]]


def _arrow(props: Iterable[Prop]) -> list[pa.DataType]:
    return [_ARROW.get(NUMERIC.get(p, str), _STRING) for p in props]


def _node_target(label: Label) -> _Target:
    return str(label), "", _arrow(NODE_PROPS[label])


def _rel_target(ends: tuple[RelType, Any, Any]) -> _Target:
    type_, source, target = ends
    return str(type_), f"from='{source}', to='{target}'", [_STRING, _STRING, *_arrow(REL_PROPS)]


def _strings(values: Iterable[Any]) -> pa.Array:
    """A string column; an empty string is null, as the engine reads it from CSV (and as
    queries written for it expect)."""
    return pa.array([v if v != "" else None for v in values], type=_STRING)


class _Copies:
    """Rows collected per group (a label, or a relationship's type and end labels) into a
    Parquet file of the group's own in `folder`, a batch whenever the group holds `most`
    characters of text, then loaded with one `COPY` per group (`copy`): a `COPY` costs a
    pass of the engine over its table, so a table loaded in many pieces costs several
    times one loaded whole (59 `COPY`s of 8M characters: 29 CPU s for the database of a
    10k-article graph; 40 of 32M: 19 s). `target(group)` is the table, the `COPY`
    options and the column types."""

    def __init__(self, folder: Path, most: int, target: Callable[[Any], _Target]) -> None:
        self.folder, self.most, self.target = folder, most, target
        self.rows: dict[Any, list[Row]] = {}
        self.chars: dict[Any, int] = {}
        self.files: dict[Any, tuple[Path, pq.ParquetWriter]] = {}

    def add(self, group: Any, row: Row) -> None:
        rows = self.rows.get(group)
        if rows is None:
            rows = self.rows[group] = []
            self.chars[group] = 0
        rows.append(row)
        self.chars[group] += sum([len(v) for v in row if type(v) is str]) + len(row)
        if self.chars[group] >= self.most:
            self._write(group)

    def _write(self, group: Any) -> None:
        rows = self.rows.pop(group)
        del self.chars[group]
        _, _, types = self.target(group)
        columns = [
            pa.array(values, type=kind) if kind != _STRING else _strings(values)
            for values, kind in zip(zip(*rows, strict=True), types, strict=True)
        ]
        data = pa.table(columns, names=[f"c{n}" for n in range(len(columns))])
        if group not in self.files:
            path = self.folder / f"{len(self.files)}.parquet"
            self.files[group] = (path, pq.ParquetWriter(path, data.schema, compression="snappy"))
        self.files[group][1].write_table(data)

    def copy(self, db: Embedded) -> None:
        """Load every group's file into its table, in the order the groups came."""
        for group in list(self.rows):
            self._write(group)
        for group, (path, writer) in self.files.items():
            writer.close()
            table, options, _ = self.target(group)
            db.copy(table, path, options)
            path.unlink()


def _name_target(group: Label | None) -> _Target:
    """The `Name` table (group None), or the `NAMES` relationships to nodes of a label."""
    if group is None:
        return NAME, "", [_STRING, _STRING]
    return NAMES, f"from='{NAME}', to='{group}'", [_STRING, _STRING, _STRING]


def copy_graph(db: Embedded, graph: nx.MultiDiGraph, most: int) -> None:
    """Every node, then every relationship of `graph` into the empty tables of `db`, then
    the name index (`kg.store.names`): each distinct name once, and its relationships."""
    with tempfile.TemporaryDirectory(prefix="kg-embedded-") as tmp:
        nodes = _Copies(Path(tmp), most, _node_target)
        for label, row in node_rows(graph):
            nodes.add(label, row)
        nodes.copy(db)
        rels = _Copies(Path(tmp), most, _rel_target)
        for ends, row in rel_rows(graph):
            rels.add(ends, row)
        rels.copy(db)
        # Both fill at once: each writes its files in a folder of its own.
        (Path(tmp) / "names").mkdir()
        (Path(tmp) / "links").mkdir()
        names = _Copies(Path(tmp) / "names", most, _name_target)
        links = _Copies(Path(tmp) / "links", most, _name_target)
        seen: set[str] = set()
        for label, text, key in name_rows(graph.nodes(data=True)):
            if text not in seen:
                seen.add(text)
                names.add(None, (text, NAME))
            links.add(label, (text, key, NAMES))
        names.copy(db)
        links.copy(db)
