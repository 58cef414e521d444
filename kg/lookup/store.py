"""Answering lookups from a saved graph without loading it: its tables and name index.

A graph saved as a folder of tables (`kg.graph.io`) carries `names.parquet`, every
spelling of every entity with its comparable word forms (`kg.lookup.names.words`).
`GraphStore` reads only what a question needs into a small networkx graph — the nodes a
name may stand for, the neighbourhood of a node, the nodes on the shortest paths between
two — and the lookup functions run on that part unchanged, so they answer as they would on
the whole graph: every node within the hops asked and every relationship of the walked
types that touches the nodes walked from are read. Walks run on the tables' key columns
in Arrow (`kg.graph.tables.Tables`); no database is opened.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import reduce
from pathlib import Path

import networkx as nx
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from kg.graph.tables import Tables, is_tables
from kg.lookup.names import _Form, _forms, named_keys, readings
from kg.lookup.nearby import walk_types
from kg.schema import Label, Prop

NAMES = "names.parquet"


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
    return (folder / NAMES).is_file() and is_tables(folder)


class GraphStore:
    """A saved graph's tables and its name index."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.tables = Tables(folder)
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
        graph = self.tables.part(keys)
        mask = pc.is_in(self._names().column("key"), value_set=pa.array(sorted(keys), pa.string()))
        return graph, self._forms_where(mask)

    def around(
        self, key: str, *, hops: int, types: Collection[str] | None = None
    ) -> nx.MultiDiGraph:
        """`key`, the nodes within `hops` over `types` (default: the walk's types), and
        every relationship of those types that touches a node closer than `hops`."""
        allowed = walk_types(types)
        seen, frontier, rows = {key}, {key}, []
        for _ in range(hops):
            found = self.tables.edges_touching(frontier, allowed)
            rows.append(found)
            frontier = self.tables.ends(found) - seen
            seen |= frontier
            if not frontier:
                break
        return self.tables.part(seen, _union(rows))

    def card(self, key: str, *, limit: int | None = None) -> nx.MultiDiGraph:
        """What `kg.lookup.card.describe` reads for `key`: its every relationship (the
        articles that mention it included) and the articles its evidence cites.

        With `limit`, only the first `limit` relationships of each type, in the card's
        order, and its first `limit` articles: what a card on a terminal lists of a hub
        that thousands of articles mention.
        """
        rows = self.tables.edges_touching([key])
        if limit is None:
            return self._with_cited_articles(self.tables.part([key], rows))
        by_type: dict[str, list[tuple[str, int]]] = {}
        for row, u, v, k, type_ in self._touching(rows):
            by_type.setdefault(type_, []).append((str((u, v, k)), row))
        first = [row for found in by_type.values() for _, row in sorted(found)[:limit]]
        graph = self.tables.part([key], pa.array(first, pa.int64()))
        articles = graph.nodes[key].get(Prop.ARTICLES, ()) if key in graph else ()
        cited = {f"{Label.ARTICLE}:{a}" for a in articles[:limit]} - set(graph)
        graph = nx.compose(graph, self.tables.part(cited)) if cited else graph
        return self._with_cited_articles(graph)

    def link_counts(self, key: str) -> dict[str, int]:
        """How many relationships of each type `key` has (those `card` may leave out too)."""
        counts: dict[str, int] = {}
        for *_, type_ in self._touching(self.tables.edges_touching([key])):
            counts[type_] = counts.get(type_, 0) + 1
        return counts

    def _touching(self, rows: pa.Array) -> Iterator[tuple[int, str, str, str, str]]:
        """(row, source, target, edge key, type) of each relationship in `rows`."""
        edge_keys = pc.take(self.tables.edges.column("key"), rows).cast(pa.string())
        return zip(
            rows.to_pylist(),
            pc.take(self.tables.source, rows).to_pylist(),
            pc.take(self.tables.target, rows).to_pylist(),
            edge_keys.to_pylist(),
            pc.take(self.tables.types, rows).to_pylist(),
            strict=True,
        )

    def _with_cited_articles(self, graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """`graph` and the Article nodes its evidence names."""
        cited = {
            e.get("article")
            for attrs in [
                *(a for _, a in graph.nodes(data=True)),
                *(a for *_, a in graph.edges(data=True)),
            ]
            for e in attrs.get(Prop.EVIDENCE, ())
        }
        keys = {f"{Label.ARTICLE}:{a}" for a in cited if a} - set(graph)
        return nx.compose(graph, self.tables.part(keys)) if keys else graph

    def _distances(self, start: str, allowed: frozenset[str], most: int) -> dict[str, int]:
        """Hops from `start` to each node within `most`, relationships walked either way."""
        distance, frontier = {start: 0}, {start}
        for hop in range(1, most + 1):
            frontier = self.tables.ends(self.tables.edges_touching(frontier, allowed))
            frontier -= distance.keys()
            if not frontier:
                break
            distance |= dict.fromkeys(frontier, hop)
        return distance

    def between(
        self, source: str, target: str, *, max_hops: int, types: Collection[str] | None = None
    ) -> nx.MultiDiGraph:
        """The nodes on every shortest path (at most `max_hops`, over `types`) from `source`
        to `target`, and the relationships of those types among them."""
        allowed = walk_types(types)
        there = self._distances(source, allowed, max_hops)
        keys = {source, target}
        if target in there:  # on a shortest path: as far from both ends as the path is long
            back = self._distances(target, allowed, there[target])
            keys |= {k for k, d in there.items() if d + back.get(k, max_hops + 1) == there[target]}
        inside = pa.array(sorted(keys), pa.string())
        rows = pc.indices_nonzero(
            pc.and_(
                pc.and_(pc.is_in(self.tables.source, inside), pc.is_in(self.tables.target, inside)),
                pc.is_in(self.tables.types, value_set=pa.array(sorted(allowed), pa.string())),
            )
        )
        return self._with_cited_articles(self.tables.part(keys, rows))


def _union(rows: list[pa.Array]) -> pa.Array:
    """The row numbers in any of `rows`, each once."""
    if not rows:
        return pa.array([], pa.int64())
    return pc.unique(pa.concat_arrays([r.cast(pa.int64()) for r in rows]))
