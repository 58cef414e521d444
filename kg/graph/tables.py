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

Loading builds each shape's attribute dicts in one pass over whole columns, with no
per-value JSON parsing and with the garbage collector paused (millions of new containers
would otherwise trigger it over and over); records citing one sentence share one dict, as
they do in the graph `kg.graph.builder` makes.

>>> import tempfile, networkx as nx
>>> g = nx.MultiDiGraph(articles=["a1"])
>>> g.add_node("k", label="Country", name="K", aliases=["ك"], evidence=[], articles=["a1"])
>>> folder = Path(tempfile.mkdtemp()) / "g"
>>> write_tables(g, folder); nx.utils.graphs_equal(read_tables(folder), g)
True
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate, chain, islice, pairwise, repeat
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

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
#: (`kg.load` of those 10k: 7% fewer instructions in all).
_OPTIONS: dict[str, Any] = {"compression": "lz4", "use_dictionary": True}
#: Rows of a table kept as Python lists before they become an Arrow batch (`_Rows`).
BATCH = 65_536
_LABELS = pa.array(sorted(Label), _S)
_TYPES = pa.array(sorted(RelType), _S)

Shape = tuple[str, ...]
#: Evidence records by row number: all of them, or those a part of the graph cites.
Records = Sequence[Any] | Mapping[int, Any]


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


def _ints(column: pa.ChunkedArray | pa.Array) -> list[Any]:
    """An integer column as Python ints (nulls as `None`): through numpy when it has no
    nulls, whose `tolist` makes them several times faster than Arrow's `to_pylist`.

    >>> _ints(pa.array([1, 2], pa.int32())), _ints(pa.array([1, None]))
    ([1, 2], [1, None])
    """
    values: list[Any] = column.to_pylist() if column.null_count else column.to_numpy().tolist()
    return values


def _strings(column: pa.ChunkedArray | pa.Array) -> list[Any]:
    """A string column as Python values; a dictionary-encoded one decodes each distinct
    string once, so equal values share one `str`."""
    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    out: list[Any] = []
    for chunk in chunks:
        if not pa.types.is_dictionary(chunk.type):
            out += chunk.to_pylist()
            continue
        words = chunk.dictionary.to_pylist()
        indices = chunk.indices
        if indices.null_count:
            indices = pc.fill_null(indices, len(words))
            words.append(None)
        out += [words[i] for i in _ints(indices)]
    return out


def _lists(column: pa.ChunkedArray, items: Records) -> list[Any]:
    """A column of lists of numbers as Python lists (nulls as `None`) of the `items` they
    number: evidence row numbers as their records."""
    out: list[Any] = []
    for chunk in column.chunks:
        flat = [items[i] for i in _ints(chunk.values)]
        out += [flat[a:b] for a, b in pairwise(_ints(chunk.offsets))]
        if chunk.null_count:
            for i in pc.indices_nonzero(chunk.is_null()).to_pylist():
                out[len(out) - len(chunk) + i] = None
    return out


def _string_lists(column: pa.ChunkedArray) -> list[Any]:
    """A column of lists of strings as Python lists whose equal strings are one `str`
    (interned), as in the graph the builder makes: an article id is listed by every node
    and relationship it supports (660,000 items, 10,000 distinct ids, in a graph of 10k
    articles), and is made once instead of at each place."""
    out: list[Any] = []
    for chunk in column.chunks:
        encoded = pc.dictionary_encode(chunk.values)
        words: list[str | None] = [sys.intern(w) for w in encoded.dictionary.to_pylist()]
        indices = encoded.indices
        if indices.null_count:
            indices = pc.fill_null(indices, len(words))
            words.append(None)
        flat = [words[i] for i in _ints(indices)]
        out += [flat[a:b] for a, b in pairwise(_ints(chunk.offsets))]
        if chunk.null_count:
            for i in pc.indices_nonzero(chunk.is_null()).to_pylist():
                out[len(out) - len(chunk) + i] = None
    return out


def _python(column: pa.ChunkedArray, kind: pa.DataType, records: Records) -> list[Any]:
    """A typed column as Python values: maps as dicts, evidence as its records."""
    if kind in (_S, _D):
        return _strings(column)
    if kind == _IDS:
        return _lists(column, records)
    if kind == _LIST:
        return _string_lists(column)
    values: list[Any] = _ints(column) if kind == _I else column.to_pylist()
    if kind == _COUNTS:
        return [None if v is None else dict(v) for v in values]
    return values


def _records(table: pa.Table) -> list[Any]:
    """The evidence records, one dict per row."""
    made: list[Any] = [
        {"article": a, "sentence": s, "start": b, "end": e, "text": t}
        for a, s, b, e, t in zip(
            _strings(table.column("article")),
            _ints(table.column("sentence")),
            _ints(table.column("start")),
            _ints(table.column("end")),
            _strings(table.column("text")),
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
    records: Records | None,
) -> list[dict[str, Any]]:
    """Each row's attribute dict, built shape by shape from whole columns (without the
    evidence when `records` is `None`)."""
    out: list[dict[str, Any]] = [{}] * table.num_rows
    shape = table.column("shape")
    for number, every in enumerate(shapes):
        names = [n for n in every if records is not None or n != Prop.EVIDENCE]
        index: Sequence[int]
        if len(shapes) == 1:
            part, index = table, range(table.num_rows)
        else:
            rows = pc.indices_nonzero(pc.equal(shape, number))
            part = table.select([n for n in names if n in spec]).take(rows)  # what it reads
            index = _ints(rows)
        values: list[Iterable[Any]] = [
            _python(part.column(name), spec[name], records or []) if name in spec else repeat(None)
            for name in names  # an attribute without a column is in `extra`
        ]
        if not names:  # nodes or edges without attributes
            for i in index:
                out[i] = {}
            continue
        made = map(_maker(names), *values)  # `repeat(None)` never ends: `index` does
        for i, attrs in zip(index, made, strict=False):
            out[i] = attrs
    _overwrite(out, table.column("extra"), lambda i, more: out[i] | more)
    return out


def _maker(names: Sequence[str]) -> Callable[..., dict[str, Any]]:
    """The function of `len(names)` values that makes the dict of `names` to them, in
    order: a dict display compiled for that many names (1.6x faster than `dict(zip(names,
    values))`). Only generated identifiers enter the source: the names are its closure's
    values, never code.

    >>> _maker(["type", "support"])("MET_WITH", 2)
    {'type': 'MET_WITH', 'support': 2}
    """
    count = range(len(names))
    keys, values = (", ".join(f"{c}{i}" for i in count) for c in "kv")
    pairs = ", ".join(f"k{i}: v{i}" for i in count)
    scope: dict[str, Any] = {}
    exec(f"def bind({keys}):\n    return lambda {values}: {{{pairs}}}", scope)
    made: Callable[..., dict[str, Any]] = scope["bind"](*names)
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
            _strings(edges.column("key")),
            edge_attrs,
            strict=True,
        )
        fill(graph, zip(keys, node_attrs, strict=True), ends)
    return graph


def _ends(column: pa.ChunkedArray, keys: pa.ChunkedArray, same: list[str]) -> list[str]:
    """An edge-end column as the nodes' own key `str`s, found by their row in Arrow (no
    `str` is made for an end whose node has a row)."""
    rows = _ints(pc.index_in(column.cast(_S), value_set=keys.combine_chunks()))
    if None not in rows:
        return [same[i] for i in rows]
    text = column.cast(_S).to_pylist()
    return [text[n] if i is None else same[i] for n, i in enumerate(rows)]
