"""Answering lookups from a saved graph without loading it: its database and name index.

A graph saved as a folder of tables (`kg.graph.io`) carries its LadybugDB database and
`names.parquet`, every spelling of every entity with its comparable word forms
(`kg.lookup.names.words`). `GraphStore` reads only what a question needs into a small
networkx graph — the nodes a name may stand for, the neighbourhood of a node, the nodes on
the shortest paths between two — and the lookup functions run on that part unchanged, so
they answer as they would on the whole graph: every node within the hops asked and every
relationship of the walked types that touches the nodes walked from are fetched.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from functools import reduce
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from kg.lookup.names import _Form, _forms, named_keys, readings
from kg.lookup.nearby import walk_types
from kg.schema import Label, Prop, RelType
from kg.store.embedded import Embedded

NAMES = "names.parquet"
DATABASE = "db.lbug"
_LISTS = (Prop.EVIDENCE, Prop.ALIASES, Prop.ARTICLES)
_INTERNAL = ("_ID", "_LABEL", "_SRC", "_DST", Prop.KEY)
_ALL_TYPES = frozenset(t.value for t in RelType)
_LABELS = frozenset(label.value for label in Label)


def write_names(graph: nx.MultiDiGraph, folder: Path) -> None:
    """Write the name index of `graph` into `folder` (see the module docstring)."""
    forms = list(_forms(graph))
    table = pa.table(
        {
            "key": pa.array([f.key for f in forms], pa.string()),
            "text": pa.array([f.text for f in forms], pa.string()),
            "words": pa.array([" ".join(f.words) for f in forms], pa.string()),
        }
    )
    pq.write_table(table, folder / NAMES, compression="zstd")


def is_store(folder: Path) -> bool:
    """Whether `folder` is a saved graph that lookups can answer from without loading it."""
    return (folder / NAMES).is_file() and (folder / DATABASE).exists()


def _attrs(values: dict[str, Any]) -> dict[str, Any]:
    """Store properties back as graph attributes: lists decoded, empty ones left out."""
    attrs = {}
    for name, value in values.items():
        if name in _INTERNAL or value is None:
            continue
        attrs[name] = json.loads(value) if name in _LISTS and isinstance(value, str) else value
    return attrs


class GraphStore:
    """A saved graph's database, opened read-only, and its name index."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = Embedded(folder / DATABASE, read_only=True)
        self._forms: list[_Form] | None = None
        self._table: pa.Table | None = None

    def _names(self) -> pa.Table:
        if self._table is None:
            self._table = pq.read_table(self.folder / NAMES)
        return self._table

    def _forms_where(self, mask: pa.ChunkedArray | None) -> list[_Form]:
        """The spellings of the index's rows where `mask` holds (all of them for `None`),
        in index order."""
        table = self._names() if mask is None else self._names().filter(mask)
        return [
            _Form(k, t, tuple(w.split(" ")))
            for k, t, w in zip(
                table.column("key").to_pylist(),
                table.column("text").to_pylist(),
                table.column("words").to_pylist(),
                strict=True,
            )
        ]

    def forms(self) -> list[_Form]:
        """Every spelling of every entity, as `kg.lookup.names` compares them."""
        if self._forms is None:
            self._forms = self._forms_where(None)
        return self._forms

    def named(self, query: str) -> tuple[nx.MultiDiGraph, list[_Form]]:
        """The nodes `query` may name (as `kg.lookup.names.find` would pick them), and their
        spellings: `find(graph, query, forms=forms)` then answers as on the whole graph.

        An exact or partial match is a spelling whose words hold the query's words, so
        only the spellings that contain them as text are compared (a substring search over
        the whole column, in Arrow); the fuzzy tier, tried when nothing matches exactly,
        compares every spelling.
        """
        asked = readings(query)
        words = self._names().column("words")
        masks = [pc.match_substring(words, " ".join(r)) for r in asked]
        containing = self._forms_where(reduce(pc.or_, masks)) if masks else []
        keys = named_keys(containing, query)
        if not any(f.words in asked for f in containing):
            keys = named_keys(self.forms(), query)  # no exact match: fuzzy over all
        graph = nx.MultiDiGraph()
        self._add_nodes(graph, keys)
        mask = pc.is_in(self._names().column("key"), value_set=pa.array(sorted(keys), pa.string()))
        return graph, self._forms_where(mask)

    def _add_nodes(self, graph: nx.MultiDiGraph, keys: Iterable[str]) -> None:
        by_label: dict[str, list[str]] = {}
        for key in sorted(set(keys) - set(graph)):
            by_label.setdefault(key.split(":", 1)[0], []).append(key)
        for label, wanted in by_label.items():
            # Keys start with their label: each is then found by the table's primary key
            # (an unlabelled "n.key IN $keys" compares every node with every key).
            if label not in _LABELS:
                label, query = "", "MATCH (n) WHERE n.key IN $keys RETURN n"
            else:
                query = f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n"
            rows = self.db.run(query, {"keys": wanted}).rows
            graph.add_nodes_from((row[0][Prop.KEY], _attrs(row[0])) for row in rows)

    def _add_edges(
        self, graph: nx.MultiDiGraph, keys: Collection[str], types: frozenset[str]
    ) -> set[str]:
        """Every relationship of `types` touching `keys`, with both ends; the new ends."""
        # One query per direction: the engine finds the anchored end by its key at once,
        # where "a.key IN $keys OR b.key IN $keys" reads every relationship.
        parameters = {"keys": sorted(keys), "types": sorted(types)}
        rows = [
            row
            for end in ("a", "b")
            for row in self.db.run(
                f"MATCH (a)-[r]->(b) WHERE {end}.key IN $keys AND r.type IN $types "
                "RETURN a.key, b.key, r",
                parameters,
            ).rows
        ]
        rows = list({row[2][Prop.KEY]: row for row in rows}.values())  # a loop comes twice
        ends = {k for a, b, _ in rows for k in (a, b)} - set(graph)
        self._add_nodes(graph, ends)
        for source, target, rel in rows:
            key = str(rel[Prop.KEY])[len(source) + 1 : -(len(target) + 1)]
            graph.add_edge(source, target, key=key, **_attrs(rel))
        return ends

    def around(
        self, key: str, *, hops: int, types: Collection[str] | None = None
    ) -> nx.MultiDiGraph:
        """`key`, the nodes within `hops` over `types` (default: the walk's types), and
        every relationship of those types that touches a node closer than `hops`."""
        allowed = walk_types(types)
        graph = nx.MultiDiGraph()
        self._add_nodes(graph, [key])
        frontier = {key}
        for _ in range(hops):
            frontier = self._add_edges(graph, frontier, allowed)
            if not frontier:
                break
        return graph

    def card(self, key: str) -> nx.MultiDiGraph:
        """What `kg.lookup.card.describe` reads for `key`: its every relationship (the
        articles that mention it included) and the articles its evidence cites."""
        graph = nx.MultiDiGraph()
        self._add_nodes(graph, [key])
        self._add_edges(graph, [key], _ALL_TYPES)
        self.add_cited_articles(graph)
        return graph

    def add_cited_articles(self, graph: nx.MultiDiGraph) -> None:
        """Add the Article nodes that the evidence in `graph` names."""
        cited = {
            e.get("article")
            for attrs in [
                *(a for _, a in graph.nodes(data=True)),
                *(a for *_, a in graph.edges(data=True)),
            ]
            for e in attrs.get(Prop.EVIDENCE, ())
        }
        self._add_nodes(graph, (f"{Label.ARTICLE}:{a}" for a in cited if a))

    def between(
        self, source: str, target: str, *, max_hops: int, types: Collection[str] | None = None
    ) -> nx.MultiDiGraph:
        """The nodes on every shortest path (at most `max_hops`, over `types`) from `source`
        to `target`, and the relationships of those types among them."""
        allowed = sorted(walk_types(types))
        rows = self.db.run(
            f"MATCH p = (a)-[* ALL SHORTEST 1..{int(max_hops)} "
            "(e, n | WHERE e.type IN $types)]-(b) "
            "WHERE a.key = $a AND b.key = $b RETURN properties(nodes(p), 'key')",
            {"a": source, "b": target, "types": allowed},
        ).rows
        keys = {k for [path] in rows for k in path} | {source, target}
        graph = nx.MultiDiGraph()
        self._add_nodes(graph, keys)
        found = self.db.run(
            "MATCH (a)-[r]->(b) WHERE a.key IN $keys AND b.key IN $keys AND r.type IN $types "
            "RETURN a.key, b.key, r",
            {"keys": sorted(keys), "types": allowed},
        ).rows
        for a, b, rel in found:
            graph.add_edge(a, b, key=str(rel[Prop.KEY])[len(a) + 1 : -(len(b) + 1)], **_attrs(rel))
        self.add_cited_articles(graph)
        return graph

    def close(self) -> None:
        self.db.close()
