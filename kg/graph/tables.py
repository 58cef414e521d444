"""The graph as columnar tables (Parquet through pyarrow): the persisted form of a big graph.

Three tables and a small JSON header, in one folder:
- `nodes.parquet`: one row per node: its key, then the known properties in typed columns
  (`NODE_COLUMNS`: strings, numbers, `aliases` and `articles` as lists of strings,
  `evidence` as the row numbers of its records in `evidence.parquet`);
- `edges.parquet`: one row per relationship: source, target, edge key, then the typed
  columns of `EDGE_COLUMNS`;
- `evidence.parquet`: one row per distinct evidence record (article, sentence, span, text).
  A sentence backs many facts — the nodes it mentions, their relationships — and is
  stored once, about eight times fewer rows than there are citations;
- `graph.json`: the graph's own attributes (the ids of the articles in it) and the *shapes*.

A shape is the list of a row's attribute names in their order; each row names its shape by
number, so a node or relationship comes back with the very attributes it had, in the same
order (exports that list attributes print them alike), a `None` value included. A value
that does not fit its typed column (or an attribute no column is made for) travels in the
row's JSON column `extra`; an evidence record of another form travels whole, as JSON.

Loading makes every attribute dict of a table in one list comprehension over whole
columns (`_builder`), the columns' Python values gathered by numpy (`kg.graph.decode`),
with no per-value JSON parsing and with the garbage collector paused (millions of new
containers would otherwise trigger it over and over); records citing one sentence share
one dict, as they do in the graph `kg.graph.builder` makes. Edge ends are found as node
rows in Arrow, so that an end is the very `str` of its node's key.

>>> import tempfile, networkx as nx
>>> g = nx.MultiDiGraph(articles=["a1"])
>>> g.add_node("k", label="Country", name="K", aliases=["ك"], evidence=[], articles=["a1"])
>>> folder = Path(tempfile.mkdtemp()) / "g"
>>> write_tables(g, folder); nx.utils.graphs_equal(read_tables(folder), g)
True
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate, chain, islice, repeat
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from kg.graph import decode
from kg.graph.decode import Objects
from kg.graph.fill import collector_paused, fill
from kg.graph.io import HEADER
from kg.schema import Label, Prop, RelType

FORMAT = "kg-graph-tables"
VERSION = 2

_S, _I, _F = pa.string(), pa.int64(), pa.float64()
_D = pa.dictionary(pa.int32(), _S)  # strings that repeat: a label, a type, a date
_LIST = pa.list_(_S)
_COUNTS = pa.map_(_S, _I)
_IDS = pa.list_(pa.int32())  # evidence: row numbers in the records table
NODE_COLUMNS: dict[str, pa.DataType] = {
    Prop.LABEL: _D,
    Prop.NAME: _S,
    Prop.NAME_AR: _S,
    Prop.WIKIDATA: _S,
    Prop.DATE: _D,
    Prop.DATE_SOURCE: _D,
    Prop.CATEGORY: _D,
    Prop.TITLE: _S,
    Prop.URL: _S,
    Prop.PUBLISHED: _D,
    Prop.SOURCE: _D,
    Prop.METRIC: _D,
    Prop.VALUE: _F,
    Prop.UNIT: _D,
    Prop.PERIOD: _D,
    Prop.CHANGE_PCT: _F,
    Prop.SUPPORT: _I,
    Prop.ALIASES: _LIST,
    Prop.ARTICLES: _LIST,
    Prop.EVIDENCE: _IDS,
    "name_ar_counts": _COUNTS,  # kg.graph.builder.NAME_AR_COUNTS
}
EDGE_COLUMNS: dict[str, pa.DataType] = {
    Prop.TYPE: _D,
    Prop.ROLE: _D,
    Prop.RULE: _D,
    Prop.DATE: _D,
    Prop.DATE_SOURCE: _D,
    Prop.SUPPORT: _I,
    Prop.ARTICLES: _LIST,
    Prop.EVIDENCE: _IDS,
}
#: The fields of an evidence record, in the order the builder writes them.
EVIDENCE_FIELDS = ("article", "sentence", "start", "end", "text")
#: The types of those fields in a record of the evidence columns (one of other types, or
#: with a field missing, travels whole, as JSON: it comes back exactly as it was).
_FIELD_TYPES = (str, int, int, int, str)
EVIDENCE_COLUMNS: dict[str, pa.DataType] = {
    "article": _D,
    "sentence": pa.int32(),
    "start": pa.int32(),
    "end": pa.int32(),
    "text": _D,
    "record": _S,  # a record of another form, whole, as JSON
}
#: LZ4, not zstd: files a third bigger (10k articles: 21 MB, not 15.6), far less work to read
#: (`kg.load` of those 10k: 7% fewer instructions in all). Dictionary pages up to 256 MB,
#: not Parquet's 1 MB: past that a column's values are written plain, and reading plain
#: values into a dictionary column hashes every one (the edge ends: 111k distinct keys,
#: 3 MB); so a read of the 10k graph's tables takes 0.6 G fewer instructions (a third) and
#: the edges' file is 11.2 -> 7.7 MB.
_OPTIONS: dict[str, Any] = {
    "compression": "lz4",
    "use_dictionary": True,
    "dictionary_pagesize_limit": 1 << 28,
}
#: Rows of a table kept as Python lists before they become an Arrow batch (`_Rows`).
BATCH = 65_536
_LABELS = pa.array(sorted(Label), _S)
_TYPES = pa.array(sorted(RelType), _S)

Shape = tuple[str, ...]


def _fits(kind: pa.DataType, value: Any) -> bool:
    """Whether `value` goes in a typed column of `kind` and comes back equal, type and all.

    >>> _fits(_F, 2.5), _fits(_F, 2), _fits(_I, True), _fits(_LIST, ["a"]), _fits(_S, None)
    (True, False, False, True, True)
    """
    if value is None:
        return True
    if kind in (_S, _D):
        return isinstance(value, str)
    if kind == _I:
        return type(value) is int
    if kind == _F:
        return type(value) is float
    if kind == _COUNTS:
        return type(value) is dict and all(
            isinstance(k, str) and type(v) is int for k, v in value.items()
        )
    if kind == _IDS:
        return type(value) is list
    return type(value) is list and all(isinstance(v, str) for v in value)


class _Records:
    """The evidence table being written: each distinct record once, by its row number."""

    def __init__(self) -> None:
        self.rows: dict[tuple[Any, ...], int] = {}
        self.columns: dict[str, list[Any]] = {name: [] for name in EVIDENCE_COLUMNS}
        # A record object's row, by its id: the builder shares one dict among the facts
        # its sentence backs (the records are kept alive, so no other takes their ids).
        self.by_object: dict[int, int] = {}
        self.kept: list[Any] = []

    def column(self, lists: list[Any]) -> pa.Array:
        """The row numbers of the records of each of `lists` (a list of records, or
        `None`), adding the new ones: a list column, made from one flat list of them."""
        present = [() if v is None else v for v in lists]
        flat = list(chain.from_iterable(present))
        rows = list(map(self.by_object.get, map(id, flat)))
        if None in rows:
            for i, row in enumerate(rows):
                if row is None:
                    rows[i] = self._known(flat[i])
        offsets = pa.array(accumulate(map(len, present), initial=0), pa.int32())
        mask = pa.array([v is None for v in lists]) if None in lists else None
        return pa.ListArray.from_arrays(offsets, pa.array(rows, pa.int32()), mask=mask)

    def _known(self, record: Any) -> int:
        row = self.by_object.get(id(record))
        if row is None:
            row = self.by_object[id(record)] = self._id(record)
            self.kept.append(record)
        return row

    def _id(self, record: Any) -> int:
        if (
            type(record) is dict
            and tuple(record) == EVIDENCE_FIELDS
            and tuple(map(type, record.values())) == _FIELD_TYPES
        ):
            fields = tuple(record.values())
            whole = None
        else:
            whole = json.dumps(record, ensure_ascii=False)
            fields = (None,) * len(EVIDENCE_FIELDS)
        key = (*fields, whole)
        row = self.rows.get(key)
        if row is None:
            row = self.rows[key] = len(self.rows)
            for column, value in zip(self.columns.values(), key, strict=True):
                column.append(value)
        return row

    def table(self) -> pa.Table:
        return pa.table(
            {name: pa.array(v, type=EVIDENCE_COLUMNS[name]) for name, v in self.columns.items()}
        )


class _Shapes(dict[tuple[Any, ...], int]):
    """Shape numbers by a row's attribute names (in their order), numbered as first met:
    `map(shapes.__getitem__, …)` numbers a batch of rows in C. `named` holds the numbers
    by the names as strings (what the header lists), `others` whether a shape has an
    attribute without a column of `spec` (its rows have `extra`)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        super().__init__()
        self.spec = spec
        self.named: dict[Shape, int] = {}
        self.others: list[bool] = []

    def __missing__(self, keys: tuple[Any, ...]) -> int:
        names = tuple(map(str, keys))
        number = self[keys] = self.named.setdefault(names, len(self.named))
        if number == len(self.others):
            self.others.append(any(name not in self.spec for name in names))
        return number


#: The Python types of values that go in a typed column as they are (`_fits` of each, for
#: a whole column at once; other types are checked value by value).
_PLAIN: dict[pa.DataType, frozenset[type]] = {
    _S: frozenset({str, type(None)}),
    _D: frozenset({str, type(None)}),
    _I: frozenset({int, type(None)}),
    _F: frozenset({float, type(None)}),
}


def _all_fit(kind: pa.DataType, values: list[Any]) -> bool:
    """Whether every one of `values` fits a column of `kind` (`_fits`), tested on the
    whole column: the types present, and for lists the types of their items."""
    types = set(map(type, values))
    plain = _PLAIN.get(kind)
    if plain is not None:
        return types <= plain
    if not types <= {list, type(None)}:
        return all(map(_fits, repeat(kind), values))
    if kind == _IDS:
        return True
    items = set(map(type, chain.from_iterable(filter(None, values))))
    return items <= {str} or all(map(_fits, repeat(kind), values))


class _Rows:
    """The node or edge table being written: its `ends` columns (a node's key; an edge's
    source, target and key), typed columns, each row's shape and `extra` — filled
    `BATCH` rows at a time, column by column, each batch then made an Arrow batch (a big
    graph's rows as Python lists beside the graph would take a fifth of the graph's
    memory again)."""

    def __init__(
        self, spec: dict[str, pa.DataType], records: _Records, ends: dict[str, pa.DataType]
    ) -> None:
        self.spec = spec
        self.records = records
        self.shapes = _Shapes(spec)
        self.schema = pa.schema(
            [*ends.items(), *spec.items(), ("shape", pa.int32()), ("extra", _S)]
        )
        self.batches: list[pa.RecordBatch] = []

    def add(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (the values of the `ends` columns…, attributes), `BATCH` at a time."""
        rows = iter(rows)
        while batch := list(islice(rows, BATCH)):
            self._add(batch)

    def _add(self, batch: list[tuple[Any, ...]]) -> None:
        *ends, attrs = map(list, zip(*batch, strict=True))
        shape = list(map(self.shapes.__getitem__, map(tuple, attrs)))
        extra: dict[int, dict[str, Any]] = {}
        columns: list[list[Any] | pa.Array] = []
        for name, kind in self.spec.items():
            values = list(map(dict.get, attrs, repeat(name)))
            if not _all_fit(kind, values):
                for i, value in enumerate(values):
                    if not _fits(kind, value):
                        extra.setdefault(i, {})[name] = value
                        values[i] = None
            columns.append(self.records.column(values) if kind == _IDS else values)
        if any(self.shapes.others):
            self._others(attrs, shape, extra)
        texts: list[str | None] = [None] * len(batch)
        for i, rest in extra.items():
            texts[i] = json.dumps(rest, ensure_ascii=False)
        arrays = [
            v if isinstance(v, pa.Array) else pa.array(v, type=f.type)
            for v, f in zip([*ends, *columns, shape, texts], self.schema, strict=True)
        ]
        self.batches.append(pa.record_batch(arrays, schema=self.schema))

    def _others(
        self, attrs: list[dict[Any, Any]], shape: list[int], extra: dict[int, dict[str, Any]]
    ) -> None:
        """Into `extra`, the attributes without a column of each row whose shape has some."""
        others = self.shapes.others
        for i, (row, number) in enumerate(zip(attrs, shape, strict=True)):
            if others[number]:
                rest = extra.setdefault(i, {})
                for key in row:
                    if str(key) not in self.spec:
                        rest[str(key)] = row[key]

    def table(self) -> pa.Table:
        return pa.Table.from_batches(self.batches, schema=self.schema)


def write_tables(graph: nx.MultiDiGraph, folder: Path) -> None:
    """Write `graph` as the tables of the module docstring into the new folder `folder`."""
    folder.mkdir(parents=True)
    records = _Records()
    nodes = _Rows(NODE_COLUMNS, records, {"key": _S})
    nodes.add(graph.nodes(data=True))
    pq.write_table(nodes.table(), folder / "nodes.parquet", **_OPTIONS)
    node_shapes = list(nodes.shapes.named)
    del nodes  # its batches: not held while the edges are read
    edges = _Rows(EDGE_COLUMNS, records, {"source": _D, "target": _D, "key": _D})
    # `graph.edges(keys=True, data=True)`, in its order, without a call per edge
    edges.add(
        (u, v, k, attrs)
        for u, targets in graph._succ.items()
        for v, keyed in targets.items()
        for k, attrs in keyed.items()
    )
    pq.write_table(edges.table(), folder / "edges.parquet", **_OPTIONS)
    shapes = {"nodes": node_shapes, "edges": list(edges.shapes.named)}
    del edges
    pq.write_table(records.table(), folder / "evidence.parquet", **_OPTIONS)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "graph": graph.graph,
        "shapes": shapes,
    }
    (folder / HEADER).write_text(json.dumps(header, ensure_ascii=False), encoding="utf-8")


def _python(column: pa.ChunkedArray, kind: pa.DataType, records: Objects) -> list[Any]:
    """A typed column as Python values: maps as dicts, evidence as its records."""
    if kind in (_S, _D):
        return decode.strings(column)
    if kind == _IDS:
        return decode.lists(column, records)
    if kind == _LIST:
        return decode.string_lists(column)
    values: list[Any] = decode.ints(column) if kind == _I else column.to_pylist()
    if kind == _COUNTS:
        return [None if v is None else dict(v) for v in values]
    return values


def _records(table: pa.Table) -> list[Any]:
    """The evidence records, one dict per row."""
    made: list[Any] = [
        {"article": a, "sentence": s, "start": b, "end": e, "text": t}
        for a, s, b, e, t in zip(
            decode.strings(table.column("article")),
            decode.ints(table.column("sentence")),
            decode.ints(table.column("start")),
            decode.ints(table.column("end")),
            decode.strings(table.column("text")),
            strict=True,
        )
    ]
    _overwrite(made, table.column("record"), lambda i, value: value)
    return made


def _overwrite(rows: list[Any], column: pa.ChunkedArray, put: Any) -> None:
    """`put(i, value)` for each row `i` where the JSON `column` is set."""
    if column.null_count == len(column):
        return
    for i in pc.indices_nonzero(pc.is_valid(column)).to_pylist():
        rows[i] = put(i, json.loads(column[i].as_py()))


def _attrs(
    table: pa.Table,
    spec: dict[str, pa.DataType],
    shapes: Sequence[Sequence[str]],
    records: list[Any] | None,
) -> list[dict[str, Any]]:
    """Each row's attribute dict (without the evidence when `records` is `None`), all of
    them made by one list comprehension over whole columns (`_builder`)."""
    names = [[n for n in every if records is not None or n != Prop.EVIDENCE] for every in shapes]
    read = list(dict.fromkeys(n for every in names for n in every if n in spec))
    items = decode.objects(records or [])
    columns = [_python(table.column(name), spec[name], items) for name in read]
    shape = decode.ints(table.column("shape"))
    if None in shape:
        raise ValueError("not a kg graph folder: a row without a shape")
    # The shapes most rows have first: the comprehension tests a row's shape in that order.
    count = np.bincount(np.asarray(shape, dtype=np.int64), minlength=len(names))
    order = sorted(range(len(names)), key=lambda number: -count[number])
    out = _builder(names, read, order)(shape, *columns)
    _overwrite(out, table.column("extra"), lambda i, more: out[i] | more)
    return out


#: Shapes tested in one conditional expression at most (a longer chain would nest too
#: deep for the compiler); the rest are made by a plain function.
_CHAIN = 24


def _builder(
    shapes: Sequence[Sequence[str]], read: Sequence[str], order: Sequence[int]
) -> Callable[..., list[dict[str, Any]]]:
    """The function of (shape numbers, the columns of `read`) that makes each row's dict:
    one list comprehension whose dict displays are compiled per shape, in the shape's
    order, an attribute without a column `None` (its value comes from `extra`); a row's
    shape is tested in the order of `order`. A dict display is 1.6x faster than
    `dict(zip(names, values))`, and no function is called per row. Only generated
    identifiers enter the source: the names are its closure's values, never code.

    >>> make = _builder([["type", "rule"], ["type", "x"]], ["type", "rule"], [1, 0])
    >>> make([0, 1], ["MET_WITH", "MEASURES"], ["r1", None])
    [{'type': 'MET_WITH', 'rule': 'r1'}, {'type': 'MEASURES', 'x': None}]
    >>> make([2], ["MET_WITH"], [None])
    Traceback (most recent call last):
    ValueError: not a kg graph folder: a row of shape 2, which the header does not list
    """
    keys = {name: f"k{i}" for i, name in enumerate(dict.fromkeys(chain.from_iterable(shapes)))}
    values = {name: f"v{i}" for i, name in enumerate(read)}

    def display(number: int) -> str:
        pairs = (f"{keys[n]}: {values.get(n, 'None')}" for n in shapes[number])
        return "{" + ", ".join(pairs) + "}"

    row = ", ".join(["s", *values.values()])
    columns = ", ".join(["shape", *values.values()])
    chained = [f"{display(number)} if s == {number} else " for number in order[:_CHAIN]]
    expression = "".join(chained) + f"rest({row})"
    source = (
        f"def bind(rest, {', '.join(['_', *keys.values()])}):\n"
        f"    def build({columns}):\n"
        f"        return [{expression} for {row} in zip({columns}, strict=True)]\n"
        f"    return build\n"
    )
    position = {name: i for i, name in enumerate(read)}

    def rest(s: int, *row: Any) -> dict[str, Any]:
        """A row of a shape past the chain's, or of a shape the header does not list."""
        if not 0 <= s < len(shapes):
            raise ValueError(
                f"not a kg graph folder: a row of shape {s}, which the header does not list"
            )
        return {n: row[position[n]] if n in position else None for n in shapes[s]}

    scope: dict[str, Any] = {}
    exec(source, scope)
    made: Callable[..., list[dict[str, Any]]] = scope["bind"](rest, None, *keys)
    return made


def node_attrs(folder: Path, rows: Sequence[int]) -> list[dict[str, Any]]:
    """The attributes of the nodes in `rows` (row numbers of `nodes.parquet`), evidence left
    out: what a listing of a few nodes shows, without reading the rest of the graph."""
    header = _header(folder)
    columns = [c for c in pq.read_schema(folder / "nodes.parquet").names if c != Prop.EVIDENCE]
    table = pq.read_table(folder / "nodes.parquet", columns=columns)
    return _attrs(
        table.take(pa.array(rows, pa.int64())), NODE_COLUMNS, header["shapes"]["nodes"], None
    )


def _check(table: pa.Table, column: str, known: pa.Array, what: str) -> None:
    """Every row's `column` is one of `known` (a label, a relationship type)."""
    values = table.column(column)
    bad = pc.invert(pc.fill_null(pc.is_in(values, value_set=known), False))
    if pc.any(bad).as_py():
        row = pc.index(bad, True).as_py()
        raise ValueError(
            f"not a kg graph file: {what} {table.column(0)[row].as_py()!r} has no known {column}"
        )


def _header(folder: Path) -> dict[str, Any]:
    """The folder's `graph.json`; `ValueError` when it is not one this module writes."""
    try:
        header = json.loads((folder / HEADER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ValueError(f"not a kg graph folder: {e}") from e
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ValueError("not a kg graph folder (unknown header)")
    if header.get("version") != VERSION:
        raise ValueError(
            f"graph tables of version {header.get('version')}, not {VERSION}: build it again"
        )
    return header


def read_tables(folder: Path) -> nx.MultiDiGraph:
    """The graph in `folder`; raises `ValueError` when it is not such a folder, or one with
    a node without a schema label or a relationship without a schema type."""
    header = _header(folder)
    nodes = pq.read_table(folder / "nodes.parquet")
    edges = pq.read_table(folder / "edges.parquet")
    _check(nodes, Prop.LABEL, _LABELS, "node")
    _check(edges, Prop.TYPE, _TYPES, "edge from")
    with collector_paused():
        records = _records(pq.read_table(folder / "evidence.parquet"))
        shapes = header["shapes"]
        node_attrs = _attrs(nodes, NODE_COLUMNS, shapes["nodes"], records)
        edge_attrs = _attrs(edges, EDGE_COLUMNS, shapes["edges"], records)
        graph = nx.MultiDiGraph(**header.get("graph", {}))
        keys = nodes.column("key").to_pylist()
        ends = zip(
            _ends(edges.column("source"), nodes.column("key"), keys),
            _ends(edges.column("target"), nodes.column("key"), keys),
            decode.strings(edges.column("key")),
            edge_attrs,
            strict=True,
        )
        fill(graph, zip(keys, node_attrs, strict=True), ends)
    return graph


def _ends(column: pa.ChunkedArray, keys: pa.ChunkedArray, same: list[str]) -> list[str]:
    """An edge-end column as the nodes' own key `str`s (no `str` is made for an end whose
    node has a row), their rows found in Arrow (`_rows`), each row's `str` placed by numpy."""
    rows = _rows(column, keys.combine_chunks())
    if rows is None:  # an end without a row of its own: by its name
        return decode.strings(column)
    names: list[str] = decode.objects(same)[rows].tolist()
    return names


def _rows(column: pa.ChunkedArray, keys: pa.Array) -> npt.NDArray[np.int64] | None:
    """The row numbers in `keys` of an edge-end column's values, found in Arrow: the
    distinct ends of each dictionary-encoded chunk, all chunks' in one lookup, then each
    row's by its index; `None` when an end has no row."""
    chunks = column.chunks
    if not all(pa.types.is_dictionary(c.type) and not c.indices.null_count for c in chunks):
        found = pc.index_in(column.cast(_S), value_set=keys)
        return None if found.null_count else np.asarray(found.to_numpy(), dtype=np.int64)
    # Each distinct dictionary once: the chunks of a column Parquet reads share one.
    distinct: list[pa.Array] = []
    for c in chunks:
        if not distinct or not decode.same(distinct[-1], c.dictionary):
            distinct.append(c.dictionary)
    found = pc.index_in(pa.chunked_array(distinct, _S), value_set=keys)
    if found.null_count:
        return None
    rows = np.asarray(found.to_numpy(), dtype=np.int64)
    parts: list[npt.NDArray[np.int64]] = [np.zeros(0, np.int64)]
    start, last = 0, distinct[0] if distinct else pa.array([], _S)
    for c in chunks:
        if not decode.same(last, c.dictionary):
            start, last = start + len(last), c.dictionary
        parts.append(rows[start:][c.indices.to_numpy()])
    return np.concatenate(parts)
