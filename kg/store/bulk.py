"""Filling a new embedded database with a graph: `COPY … FROM` Arrow tables, in pieces.

Rows (`kg.store.rows`) are collected per group — a label, or a relationship's type and
end labels — and loaded with one `COPY` once a group holds `most` characters of text: one
`COPY` holds several times its rows in memory while it loads them (a hub country's
evidence alone is megabytes). Tables straight from memory spare writing the rows as CSV
and the engine parsing it back: 68 -> 29 CPU s for the database of a 10k-article graph
(with the faster rows of `kg.store.rows.StoreValues`).

The rows are made from the graph's Parquet tables (`kg.graph.tables`), which a save has
just written, column by column (`kg.store.columns`), read in pieces of about `most`
bytes of store text and written into each group's file: no Python value per property
(the database of a 10k-article graph: 23 -> 17 CPU s, 12 of them the engine's `COPY`).
Only a graph with values outside the typed columns (`extra`) has its rows made from
the graph itself, value by value (`kg.store.rows`). The groups' files are not
compressed: each is read once, right after it is written (writing them at 10k: 2.0 ->
1.0 CPU s).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from kg.schema import PREDICATES, Label, Prop, RelType
from kg.store import columns
from kg.store.embedded import Embedded
from kg.store.names import NAME, NAMES, name_rows
from kg.store.rows import NODE_PROPS, NUMERIC, REL_PROPS, Endpoints, Row, node_rows, rel_rows

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


def copy_graph(db: Embedded, graph: nx.MultiDiGraph, most: int, tables: Path | None = None) -> None:
    """Every node, then every relationship of `graph` into the empty tables of `db`, then
    the name index (`kg.store.names`): each distinct name once, and its relationships.

    The rows are made from the graph's tables (`kg.graph.tables`) column by column
    (`kg.store.columns`): those in the folder `tables` when given (a save has just written
    them), else written for this; a graph with values outside the typed columns has its
    rows made from the graph (`kg.store.rows`)."""
    from kg.graph.tables import write_tables

    with tempfile.TemporaryDirectory(prefix="kg-embedded-") as tmp:
        if tables is None:
            tables = Path(tmp) / "tables"
            write_tables(graph, tables)
        if _typed(tables):
            _copy_tables(db, tables, Path(tmp), most)
            return
        _copy_rows(db, graph, Path(tmp), most)
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


def _copy_rows(db: Embedded, graph: nx.MultiDiGraph, tmp: Path, most: int) -> None:
    """Every node, then every relationship, their rows made from the graph."""
    nodes = _Copies(tmp, most, _node_target)
    for label, row in node_rows(graph):
        nodes.add(label, row)
    nodes.copy(db)
    rels = _Copies(tmp, most, _rel_target)
    for ends, row in rel_rows(graph):
        rels.add(ends, row)
    rels.copy(db)


def _typed(folder: Path) -> bool:
    """Whether every value of the graph tables in `folder` is in its typed column."""
    return all(
        pq.read_table(folder / f"{name}.parquet", columns=["extra"]).column(0).null_count
        == pq.ParquetFile(folder / f"{name}.parquet").metadata.num_rows
        for name in ("nodes", "edges")
    )


class _Files:
    """Tables written per group into Parquet files of `folder`, then each loaded with one
    `COPY`, in the order the groups came (as `_Copies` loads them)."""

    def __init__(self, folder: Path, target: Callable[[Any], _Target]) -> None:
        self.folder, self.target = folder, target
        self.files: dict[Any, tuple[Path, pq.ParquetWriter]] = {}

    def write(self, group: Any, data: pa.Table) -> None:
        if group not in self.files:
            path = self.folder / f"{len(self.files)}.parquet"
            self.files[group] = (path, pq.ParquetWriter(path, data.schema, compression="none"))
        self.files[group][1].write_table(data)

    def copy(self, db: Embedded) -> None:
        for group, (path, writer) in self.files.items():
            writer.close()
            table, options, _ = self.target(group)
            db.copy(table, path, options)
            path.unlink()


def _batches(path: Path, texts: pa.Array, most: int) -> Iterator[pa.RecordBatch]:
    """The rows of a node or edge table, in pieces of about `most` bytes of store text."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=65_536):
        evidence = batch.column(Prop.EVIDENCE)
        for start, end in columns.slices(
            columns.sizes(evidence, texts, batch.column(Prop.ARTICLES)), most
        ):
            yield batch.slice(start, end - start)


def _values(part: pa.RecordBatch, prop: Prop, texts: pa.Array) -> pa.Array:
    """The store value of `prop` of each row of `part`, as `kg.store.rows` makes it."""
    column = part.column(prop)
    if prop == Prop.EVIDENCE:
        return columns.json_evidence(column, texts)
    if pa.types.is_list(column.type):
        return columns.json_lists(column)
    if prop in NUMERIC:
        return column
    return columns.strings(column)


def _write(files: _Files, group: Any, kept: pa.Array, values: list[pa.Array]) -> None:
    files.write(
        group,
        pa.table([v.filter(kept) for v in values], names=[f"c{n}" for n in range(len(values))]),
    )


def _copy_tables(db: Embedded, folder: Path, tmp: Path, most: int) -> None:
    """Every node, then every relationship, their rows made from the tables in `folder`,
    then the name index."""
    texts = columns.record_texts(pq.read_table(folder / "evidence.parquet"))
    _copy_nodes(db, folder, texts, tmp, most)
    _copy_rels(db, folder, texts, tmp, most)
    _copy_names(db, pq.read_table(folder / "nodes.parquet", columns=_NAMED), tmp)


def _copy_nodes(db: Embedded, folder: Path, texts: pa.Array, tmp: Path, most: int) -> None:
    """Every node, a table per label, from `nodes.parquet` in `folder`."""
    files = _Files(tmp, _node_target)
    every = tuple(dict.fromkeys(p for props in NODE_PROPS.values() for p in props[1:]))
    for part in _batches(folder / "nodes.parquet", texts, most):
        labels = part.column(Prop.LABEL).cast(_STRING)
        values = {p: _values(part, p, texts) for p in every}
        values[Prop.KEY] = columns.strings(part.column("key"))
        for found in pc.unique(labels).to_pylist():
            label = Label(found)
            _write(files, label, pc.equal(labels, found), [values[p] for p in NODE_PROPS[label]])
    files.copy(db)


def _copy_rels(db: Embedded, folder: Path, texts: pa.Array, tmp: Path, most: int) -> None:
    """Every relationship, a table per type and end labels, from `edges.parquet`."""
    nodes = pq.read_table(folder / "nodes.parquet", columns=["key", Prop.LABEL])
    keys = nodes.column("key").combine_chunks()
    label_of = nodes.column(Prop.LABEL).cast(_STRING).combine_chunks()
    files = _Files(tmp, _rel_target)
    allowed: dict[str, Endpoints] = {}
    for part in _batches(folder / "edges.parquet", texts, most):
        ends = [part.column(end).cast(_STRING) for end in ("source", "target")]
        types = part.column(Prop.TYPE).cast(_STRING)
        source, target = (pc.take(label_of, pc.index_in(end, value_set=keys)) for end in ends)
        groups = pc.binary_join_element_wise(types, source, target, " ")
        key = pc.binary_join_element_wise(ends[0], part.column("key").cast(_STRING), ends[1], "|")
        values = [
            *map(columns.strings, ends),
            columns.strings(key),
            *(_values(part, p, texts) for p in REL_PROPS[1:]),
        ]
        for found in pc.unique(groups).to_pylist():
            group = allowed.get(found) or allowed.setdefault(found, _endpoints(found))
            _write(files, group, pc.equal(groups, found), values)
    files.copy(db)


#: The node columns a node's names are in, in the order `kg.store.names.names_of` takes them.
_NAMED = [Prop.LABEL, Prop.NAME, Prop.NAME_AR, "key"]


def _copy_names(db: Embedded, nodes: pa.Table, tmp: Path) -> None:
    """The name index (`kg.store.names.name_rows`) of the nodes' columns `_NAMED`: each
    node's name, Arabic name and key in turn, each non-empty one unless the node has it
    already; each distinct text once as a `Name`, and a `NAMES` to the node from each."""
    label = nodes.column(Prop.LABEL).cast(_STRING).combine_chunks()
    name, arabic, key = (nodes.column(c).cast(_STRING).combine_chunks() for c in _NAMED[1:])
    n = len(key)
    texts = pa.concat_arrays([name, arabic, key])
    kept = pc.and_kleene(pc.is_valid(texts), pc.not_equal(texts, ""))
    kept = pa.concat_arrays(
        [
            kept.slice(0, n),
            pc.and_kleene(kept.slice(n, n), pc.not_equal(arabic, name)),
            pc.and_kleene(
                kept.slice(2 * n, n),
                pc.and_kleene(pc.not_equal(key, name), pc.not_equal(key, arabic)),
            ),
        ]
    )
    kept = pc.fill_null(kept, True)  # a comparison with a missing name: not that name
    order = pa.array([i + j * n for i in range(n) for j in range(3)], pa.int64())
    texts, kept = pc.take(texts, order), pc.take(kept, order)
    texts = texts.filter(kept)
    labels = pc.take(pa.concat_arrays([label, label, label]), order).filter(kept)
    keys = pc.take(pa.concat_arrays([key, key, key]), order).filter(kept)
    (tmp / "names").mkdir()
    distinct = pc.unique(texts)
    found = _Files(tmp / "names", _name_target)
    found.write(
        None,
        pa.table([distinct, pa.nulls(len(distinct), _STRING).fill_null(NAME)], names=["c0", "c1"]),
    )
    found.copy(db)
    links = _Files(tmp / "names", _name_target)
    kind = pa.nulls(len(texts), _STRING).fill_null(NAMES)
    for value in pc.unique(labels).to_pylist():
        mask = pc.equal(labels, value)
        _write(links, Label(value), mask, [texts, keys, kind])
    links.copy(db)


def _endpoints(group: str) -> Endpoints:
    """The (type, source label, target label) of a group's name; `ValueError` for one the
    schema does not allow (as `kg.store.rows.rel_rows` raises)."""
    type_, source, target = group.split(" ")
    ends = (RelType(type_), Label(source), Label(target))
    if not PREDICATES[ends[0]].allows(ends[1], ends[2]):
        raise ValueError(f"the schema does not allow {ends[1]} -[{ends[0]}]-> {ends[2]}")
    return ends
