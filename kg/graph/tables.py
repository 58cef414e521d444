"""The graph as columnar tables (Parquet through pyarrow): the persisted form of a big graph.

Three tables and a small JSON header, in one folder:
- `nodes.parquet`: one row per node, its key, label and scalar properties in typed columns,
  `aliases` and `articles` as lists of strings;
- `edges.parquet`: one row per relationship: source, target, edge key, type, role,
  support, articles;
- `evidence.parquet`: one row per evidence record, with the row number of its owner (nodes
  first, then edges) — a sentence is stored once per column chunk by Parquet's dictionary
  encoding, however many facts it supports, which is what makes the file small;
- `graph.json`: the graph's own attributes (the ids of the articles in it).

Attributes other than the known ones (a later field on relationships, say) travel as one
JSON column, `extra`, so every attribute a builder sets comes back. Loading rebuilds the
networkx graph from whole columns, with no per-value JSON parsing.

>>> import tempfile, networkx as nx
>>> g = nx.MultiDiGraph(articles=["a1"])
>>> g.add_node("k", label="Country", name="K", aliases=["ك"], evidence=[], articles=["a1"])
>>> folder = Path(tempfile.mkdtemp()) / "g"
>>> write_tables(g, folder); nx.utils.graphs_equal(read_tables(folder), g)
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq

from kg.schema import Prop

HEADER = "graph.json"
FORMAT = "kg-graph-tables"
VERSION = 1

_S, _I, _F = pa.string(), pa.int64(), pa.float64()
_LIST = pa.list_(pa.string())
NODE_COLUMNS: dict[str, pa.DataType] = {
    "key": _S,
    Prop.LABEL: _S,
    Prop.NAME: _S,
    Prop.NAME_AR: _S,
    Prop.WIKIDATA: _S,
    Prop.DATE: _S,
    Prop.TITLE: _S,
    Prop.URL: _S,
    Prop.PUBLISHED: _S,
    Prop.SOURCE: _S,
    Prop.METRIC: _S,
    Prop.VALUE: _F,
    Prop.UNIT: _S,
    Prop.PERIOD: _S,
    Prop.CHANGE_PCT: _F,
    Prop.SUPPORT: _I,
    Prop.ALIASES: _LIST,
    Prop.ARTICLES: _LIST,
}
EDGE_COLUMNS: dict[str, pa.DataType] = {
    "source": _S,
    "target": _S,
    "key": _S,
    Prop.TYPE: _S,
    Prop.ROLE: _S,
    Prop.SUPPORT: _I,
    Prop.ARTICLES: _LIST,
}
EVIDENCE_COLUMNS: dict[str, pa.DataType] = {
    "owner": pa.int32(),
    "article": pa.dictionary(pa.int32(), _S),
    "sentence": pa.int32(),
    "start": pa.int32(),
    "end": pa.int32(),
    "text": pa.dictionary(pa.int32(), _S),
    "extra": _S,
}
_EVIDENCE_FIELDS = ("article", "sentence", "start", "end", "text")
_OPTIONS: dict[str, Any] = {"compression": "zstd", "use_dictionary": True}


def is_tables(path: Path) -> bool:
    """Whether `path` is a folder written by `write_tables`."""
    return (path / HEADER).is_file()


def _typed(name: str, kind: pa.DataType, value: Any) -> bool:
    """Whether `value` fits the typed column (else it travels in `extra`)."""
    if value is None:
        return True
    if kind == _S:
        return isinstance(value, str)
    if kind == _I:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == _F:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _columns(
    rows: Iterator[tuple[dict[str, Any], dict[str, Any]]],
    spec: dict[str, pa.DataType],
    evidence: dict[str, list[Any]],
    offset: int,
) -> pa.Table:
    """A table of `rows` (fixed values, attributes) with `spec`'s columns and `extra`."""
    columns: dict[str, list[Any]] = {name: [] for name in spec}
    extra: list[str | None] = []
    present: list[int] = []
    bits = {name: 1 << i for i, name in enumerate(spec)}
    for i, (fixed, attrs) in enumerate(rows):
        present.append(sum(bits[name] for name in attrs if name in bits))
        rest: dict[str, Any] = {}
        for name, value in attrs.items():
            if name == Prop.EVIDENCE and isinstance(value, list):
                for record in value:
                    evidence["owner"].append(offset + i)
                    for field in _EVIDENCE_FIELDS:
                        evidence[field].append(record.get(field))
                    more = {f: v for f, v in record.items() if f not in _EVIDENCE_FIELDS}
                    evidence["extra"].append(json.dumps(more, ensure_ascii=False) if more else None)
            elif name in spec and name not in fixed and _typed(name, spec[name], value):
                continue
            else:
                rest[name] = value
        for name in spec:
            columns[name].append(fixed[name] if name in fixed else attrs.get(name))
        if Prop.EVIDENCE not in attrs:
            rest["\x00no-evidence"] = True
        extra.append(json.dumps(rest, ensure_ascii=False) if rest else None)
    arrays = {name: pa.array(values, type=spec[name]) for name, values in columns.items()}
    arrays["extra"] = pa.array(extra, type=_S)
    arrays["present"] = pa.array(present, type=_I)  # which columns the attributes had
    return pa.table(arrays)


def write_tables(graph: nx.MultiDiGraph, folder: Path) -> None:
    """Write `graph` as the tables of the module docstring into the new folder `folder`."""
    folder.mkdir(parents=True)
    evidence: dict[str, list[Any]] = {name: [] for name in EVIDENCE_COLUMNS}
    nodes = _columns(
        (({"key": k}, a) for k, a in graph.nodes(data=True)), NODE_COLUMNS, evidence, 0
    )
    edges = _columns(
        (
            ({"source": u, "target": v, "key": k}, a)
            for u, v, k, a in graph.edges(keys=True, data=True)
        ),
        EDGE_COLUMNS,
        evidence,
        graph.number_of_nodes(),
    )
    records = pa.table(
        {name: pa.array(values, type=EVIDENCE_COLUMNS[name]) for name, values in evidence.items()}
    )
    pq.write_table(nodes, folder / "nodes.parquet", **_OPTIONS)
    pq.write_table(edges, folder / "edges.parquet", **_OPTIONS)
    pq.write_table(records, folder / "evidence.parquet", **_OPTIONS)
    header = {"format": FORMAT, "version": VERSION, "graph": graph.graph}
    (folder / HEADER).write_text(json.dumps(header, ensure_ascii=False), encoding="utf-8")


def _attrs(table: pa.Table, spec: dict[str, pa.DataType], skip: tuple[str, ...]) -> list[Any]:
    """Each row's attributes: typed columns that are set, then `extra`."""
    names = [n for n in spec if n not in skip]
    bits = [1 << list(spec).index(n) for n in names]
    columns = [table.column(n).to_pylist() for n in names]
    extra = table.column("extra").to_pylist()
    present = table.column("present").to_pylist()
    out = []
    for i, more in enumerate(extra):
        has = present[i]
        attrs = {n: c[i] for n, c, bit in zip(names, columns, bits, strict=True) if has & bit}
        if more is not None:
            attrs.update(json.loads(more))
        out.append(attrs)
    return out


def read_tables(folder: Path) -> nx.MultiDiGraph:
    """The graph in `folder`; raises `ValueError` when it is not such a folder."""
    try:
        header = json.loads((folder / HEADER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ValueError(f"not a kg graph folder: {e}") from e
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ValueError("not a kg graph folder (unknown header)")
    if header.get("version") != VERSION:
        raise ValueError(f"graph tables of version {header.get('version')}, not {VERSION}")
    nodes = pq.read_table(folder / "nodes.parquet")
    edges = pq.read_table(folder / "edges.parquet")
    records = pq.read_table(folder / "evidence.parquet")
    node_attrs = _attrs(nodes, NODE_COLUMNS, ("key",))
    edge_attrs = _attrs(edges, EDGE_COLUMNS, ("source", "target", "key"))
    owned = node_attrs + edge_attrs
    for attrs in owned:
        if attrs.pop("\x00no-evidence", None) is None:
            attrs[Prop.EVIDENCE] = []
    columns = [records.column(n).to_pylist() for n in _EVIDENCE_FIELDS]
    extra = records.column("extra").to_pylist()
    for i, (owner, *values) in enumerate(
        zip(records.column("owner").to_pylist(), *columns, strict=True)
    ):
        record = dict(zip(_EVIDENCE_FIELDS, values, strict=True))
        if extra[i] is not None:
            record.update(json.loads(extra[i]))
        owned[owner][Prop.EVIDENCE].append(record)
    graph = nx.MultiDiGraph(**header.get("graph", {}))
    graph.add_nodes_from(zip(nodes.column("key").to_pylist(), node_attrs, strict=True))
    graph.add_edges_from(
        zip(
            edges.column("source").to_pylist(),
            edges.column("target").to_pylist(),
            edges.column("key").to_pylist(),
            edge_attrs,
            strict=True,
        )
    )
    return graph
