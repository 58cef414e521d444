"""The graph on disk: a folder of columnar tables, or one JSON document in node-link layout.

A path ending in `.json` is a node-link JSON file; any other path is a folder of Parquet
tables (`kg.graph.tables`), which is about a tenth of the size and loads several times
faster — the form `kg build` writes by default. Both hold the same graph.

JSON because every value the builder stores is already JSON (strings, numbers, null,
lists of evidence records), so the file loads back to an equal graph with nothing
converted, and any language can read it. Saving writes a temporary file beside the target
and renames it over the target, so a crash mid-write never leaves a half graph behind.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.schema import Label, Prop, RelType

if TYPE_CHECKING:  # networkx takes 0.1 s to import: only what builds or reads a graph loads it
    import networkx as nx

#: The header file of a folder of tables (`kg.graph.tables`).
HEADER = "graph.json"
_LAYOUT: dict[str, Any] = {"edges": "edges", "key": "key"}
_LABELS = frozenset(Label)
_TYPES = frozenset(RelType)


def is_json(path: Path) -> bool:
    """Whether `path` names a node-link JSON graph file rather than a folder of tables."""
    return path.suffix.lower() == ".json"


def is_tables(path: Path) -> bool:
    """Whether `path` is a folder of tables (`kg.graph.tables.write_tables` wrote it)."""
    return (path / HEADER).is_file()


def save(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write `graph` to `path` atomically (written beside it under a temporary name, then
    renamed): a folder of tables, or node-link JSON when `path` ends in `.json`."""
    path = Path(path)
    import networkx as nx

    path.parent.mkdir(parents=True, exist_ok=True)
    if not is_json(path):
        _save_tables(graph, path)
        return
    data = nx.node_link_data(graph, **_LAYOUT)
    # A fresh name opened with "x" (not mkstemp, whose 0600 mode would stick to the file).
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with tmp.open("x", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _save_tables(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the tables into a fresh folder beside `path`, then swap it in."""
    from kg.graph.tables import write_tables  # pyarrow and the engine: only when saving
    from kg.lookup.store import write_index
    from kg.store import embedded

    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    old = tmp.with_name(tmp.name + ".old")
    try:
        write_tables(graph, tmp)
        # The embedded Cypher database of the graph, ready for the first query, and the
        # lookup index, which `kg lookup`, `neighbors` and `path` answer from without
        # loading the graph (`kg.lookup.store`).
        embedded.save_inside(graph, tmp)
        write_index(graph, tmp)
        if path.exists():
            os.replace(path, old)
        os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


def load(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """The graph saved in `path`; a file that is not such a graph raises `ValueError`."""
    import networkx as nx

    path = Path(path)
    if path.is_dir():
        from kg.graph.tables import read_tables

        return read_tables(path)  # labels and types checked on whole columns
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict) or not data.get("multigraph") or not data.get("directed"):
        raise ValueError("not a kg graph file (expected a directed multigraph in node-link JSON)")
    try:
        graph = nx.node_link_graph(data, directed=True, multigraph=True, **_LAYOUT)
    except (KeyError, TypeError) as e:
        raise ValueError(f"not a kg graph file: malformed node-link data ({e})") from e
    assert isinstance(graph, nx.MultiDiGraph)
    _check(graph)
    return graph


def _check(graph: nx.MultiDiGraph) -> None:
    """Every node has a schema label and every relationship a schema type."""
    for node, attrs in graph.nodes(data=True):
        if attrs.get(Prop.LABEL) not in _LABELS:
            raise ValueError(f"not a kg graph file: node {node!r} has no known label")
    for u, v, attrs in graph.edges(data=True):
        if attrs.get(Prop.TYPE) not in _TYPES:
            raise ValueError(f"not a kg graph file: edge {u!r} -> {v!r} has no known type")
