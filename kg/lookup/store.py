"""Answering lookups from a saved graph without loading it: its lookup index.

A graph saved as a folder of tables (`kg.graph.io`) carries `lookup.sqlite`, an SQLite
file (Python's own `sqlite3`: a lookup imports neither pyarrow nor numpy, and reads rows
by key instead of whole tables) with four tables:
- `names`: every spelling of every entity with its comparable word forms
  (`kg.lookup.names.words`), in the order `kg.lookup.names` lists them;
- `nodes`: each node's key, attributes (JSON) and brief (the attributes but the lists that
  grow with every article: evidence, spellings, articles), by row number in the graph's
  order;
- `edges`: each relationship's ends (node row numbers), key, type and attributes (JSON),
  in the graph's order, indexed by either end;
- `evidence`: each distinct evidence record once (JSON); the `evidence` attribute of a
  node or relationship holds their row numbers.

`GraphStore` reads only what a question needs into a small networkx graph — the nodes a
name may stand for, the neighbourhood of a node, the nodes on the shortest paths between
two — and the lookup functions run on that part unchanged, so they answer as they would on
the whole graph: every node within the hops asked and every relationship of the walked
types that touches the nodes walked from are read.

>>> import tempfile
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("kz", label="Country", name="Kazakhstan", evidence=[], aliases=["قازاقستان"])
>>> g.add_node("az", label="Country", name="Azerbaijan", evidence=[])
>>> g.add_edge("kz", "az", key="MET_WITH", type="MET_WITH", evidence=[{"text": "…"}])
'MET_WITH'
>>> folder = Path(tempfile.mkdtemp())
>>> write_index(g, folder)
>>> store = GraphStore(folder)
>>> sorted(store.named("Kazakhstan")[0].nodes)
['kz']
>>> list(store.around("kz", hops=1).edges(data="evidence"))
[('kz', 'az', [{'text': '…'}])]
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from kg.graph.fill import collector_paused, fill
from kg.lookup.card import Card, card_of
from kg.lookup.names import Candidates, _Form, _forms, named_keys, readings
from kg.lookup.nearby import first_of_each_hop, walk_types
from kg.lookup.records import (
    EVIDENCE,
    ArticleRef,
    Link,
    Ref,
    article_ref_of,
    link_fields_of,
    ref_fields_of,
    type_of,
)
from kg.models import Evidence
from kg.schema import Label, Prop

if TYPE_CHECKING:  # networkx takes 0.15 s to import: names and neighbours never need it
    import networkx as nx

INDEX = "lookup.sqlite"
_SCHEMA = (
    "CREATE TABLE names(key TEXT NOT NULL, text TEXT NOT NULL, words TEXT NOT NULL)",
    "CREATE TABLE nodes(row INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, attrs TEXT NOT NULL,"
    " brief TEXT NOT NULL)",
    "CREATE TABLE edges(row INTEGER PRIMARY KEY, source INTEGER NOT NULL,"
    " target INTEGER NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL, attrs TEXT NOT NULL)",
    "CREATE TABLE evidence(row INTEGER PRIMARY KEY, record TEXT NOT NULL)",
)
_INDEXES = (
    "CREATE INDEX names_key ON names(key)",
    "CREATE INDEX names_words ON names(words)",
    "CREATE INDEX edges_source ON edges(source, type)",
    "CREATE INDEX edges_target ON edges(target, type)",
)
#: Rows of nodes or relationships encoded at once while the index is written.
_BATCH = 50_000
#: A list of values as one query parameter: `x IN (SELECT value FROM json_each(?))`.
_EACH = "(SELECT value FROM json_each(?))"
#: What a node's brief leaves out: what names, neighbours, paths and the other ends of a
#: card's relationships never read, and what grows with every article that names it.
BULKY = frozenset(
    {Prop.EVIDENCE, Prop.ALIASES, Prop.ARTICLES, "name_ar_counts"}
)  # the builder's tally

Ends = dict[int, tuple[int, int]]  # edge row -> (source row, target row)
_Edge = tuple[str, str, str, dict[str, Any]]  # source key, target key, edge key, attributes
_REFS = TypeAdapter(list[Ref])
_EVIDENCE = TypeAdapter(list[Evidence])
_LINKS = TypeAdapter(list[Link])


#: `json.dumps(value, ensure_ascii=False, separators=(",", ":"))` without making an encoder
#: per call (a fifth of writing the index of a big graph).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class _Records:
    """Evidence records numbered as they are written: one row per distinct record (records
    shared by several nodes and relationships are encoded once). A record's JSON is kept
    only until it is written (`new`); what is known of the written ones is a 16-byte digest
    of it (a big graph's records as JSON would take a tenth of the graph's memory again)."""

    def __init__(self) -> None:
        self.by_object: dict[int, int] = {}
        self.by_digest: dict[bytes, int] = {}
        self.new: list[tuple[int, str]] = []  # (row, JSON) of records not written yet

    def ids(self, records: list[Any]) -> list[int]:
        out = []
        for record in records:
            row = self.by_object.get(id(record))
            if row is None:
                text = _dumps(record)
                digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
                row = self.by_digest.get(digest)
                if row is None:
                    row = self.by_digest[digest] = len(self.by_digest)
                    self.new.append((row, text))
                self.by_object[id(record)] = row
            out.append(row)
        return out


def _brief(attrs: dict[str, Any]) -> str:
    """`attrs` without the lists of `BULKY` (an article's `articles`, its own id, stays).

    >>> _brief({"label": "Country", "name": "K", "articles": ["a1"], "support": 1})
    '{"label":"Country","name":"K","support":1}'
    """
    label = attrs.get(Prop.LABEL)
    return _dumps(
        {
            k: v
            for k, v in attrs.items()
            if k not in BULKY or (k == Prop.ARTICLES and label == Label.ARTICLE)
        }
    )


def _encoded(attrs: dict[str, Any], records: _Records) -> str:
    """`attrs` as JSON, a list of evidence as the row numbers of its records."""
    evidence = attrs.get(Prop.EVIDENCE)
    if type(evidence) is list:
        attrs = {**attrs, Prop.EVIDENCE: records.ids(evidence)}
    return _dumps(attrs)


def write_index(graph: nx.MultiDiGraph, folder: Path) -> None:
    """Write the lookup index of `graph` into the existing folder `folder`."""
    path = folder / INDEX
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        for statement in _SCHEMA:
            db.execute(statement)
        forms = _forms(graph)
        db.executemany(
            "INSERT INTO names VALUES (?, ?, ?)",
            ((f.key, f.text, " ".join(f.words)) for f in forms),
        )
        records = _Records()
        rows = {key: row for row, key in enumerate(graph)}
        nodes = ((rows[k], k, _encoded(a, records), _brief(a)) for k, a in graph.nodes(data=True))
        edges = (
            (n, rows[u], rows[v], k, type_of(k, a), _encoded(a, records))
            for n, (u, v, k, a) in enumerate(graph.edges(keys=True, data=True))
        )
        for table, width, made in (("nodes", 4, nodes), ("edges", 6, edges)):
            statement = f"INSERT INTO {table} VALUES ({', '.join('?' * width)})"
            while batch := list(islice(made, _BATCH)):
                db.executemany(statement, batch)
                db.executemany("INSERT INTO evidence VALUES (?, ?)", records.new)
                records.new.clear()
        for statement in _INDEXES:
            db.execute(statement)
        db.commit()
    finally:
        db.close()


def is_store(folder: Path) -> bool:
    """Whether `folder` is a saved graph that lookups can answer from without loading it."""
    return (folder / INDEX).is_file()


def _loads(texts: Iterable[str]) -> list[Any]:
    """Each JSON text's value, parsed as one array: a call of `json.loads` per row would
    cost more than the parsing itself (the 11,000 rows of a hub's neighbourhood).

    >>> _loads(['{"a":1}', '[2]', '"ب"'])
    [{'a': 1}, [2], 'ب']
    """
    values: list[Any] = json.loads("[" + ",".join(texts) + "]")
    return values


def _json(values: Iterable[Any]) -> str:
    """Values as the one parameter `_EACH` reads."""
    return _dumps(list(values))


class GraphStore:
    """A saved graph's lookup index, opened read-only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        uri = (folder / INDEX).absolute().as_uri() + "?mode=ro"
        self.db = sqlite3.connect(uri, uri=True)
        # Pages read through a map of the file instead of a system call and a copy each: a
        # hub's neighbourhood reads thousands of them (system time 0.155 -> 0.10 s).
        self.db.execute(f"PRAGMA mmap_size={(folder / INDEX).stat().st_size}")
        self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a corrupt file fails now
        self._forms: list[_Form] | None = None

    def _forms_where(self, condition: str, parameters: list[str]) -> list[_Form]:
        query = f"SELECT key, text, words FROM names WHERE {condition} ORDER BY rowid"
        return [_Form(k, t, tuple(w.split(" "))) for k, t, w in self.db.execute(query, parameters)]

    def forms(self) -> list[_Form]:
        """Every spelling of every entity, as `kg.lookup.names` compares them."""
        if self._forms is None:
            self._forms = self._forms_where("1", [])
        return self._forms

    def named(self, query: str) -> tuple[Candidates, list[_Form]]:
        """The nodes `query` may name (as `kg.lookup.names.find` would pick them) with their
        brief attributes, and their spellings: `find(nodes, query, forms=forms)` then
        answers as on the whole graph.

        An exact match is a spelling whose words are the query's: one look-up in the
        index of `names.words`. When there is one, `find` answers with the exact matches
        alone; else every spelling is compared (partial and fuzzy matches).
        """
        words = [" ".join(r) for r in readings(query)]
        exact = self._forms_where(f"words IN {_EACH}", [_json(words)]) if words else []
        keys = {f.key for f in exact} if exact else named_keys(self.forms(), query)
        found = self.db.execute(
            f"SELECT key, brief FROM nodes WHERE key IN {_EACH} ORDER BY row", [_json(keys)]
        ).fetchall()
        nodes = dict(zip((key for key, _ in found), _loads(b for _, b in found), strict=True))
        return Candidates(nodes), self._forms_where(f"key IN {_EACH}", [_json(keys)])

    def _rows(self, keys: Iterable[str]) -> set[int]:
        """The row numbers of the nodes `keys` that exist."""
        found = self.db.execute(f"SELECT row FROM nodes WHERE key IN {_EACH}", [_json(keys)])
        return {row for (row,) in found}

    def _row(self, key: str) -> int | None:
        found = self.db.execute("SELECT row FROM nodes WHERE key = ?", [key]).fetchone()
        return None if found is None else int(found[0])

    def touching(self, rows: Collection[int], types: Collection[str] | None = None) -> Ends:
        """The relationships (of `types`, default all) with an end in the node `rows`."""
        out: Ends = {}
        nodes = _json(rows)
        for end in ("source", "target"):
            if types is None:
                query = f"SELECT row, source, target FROM edges WHERE {end} IN {_EACH}"
                parameters = [nodes]
            else:
                query = (
                    f"SELECT row, source, target FROM edges"
                    f" WHERE {end} IN {_EACH} AND type IN {_EACH}"
                )
                parameters = [nodes, _json(types)]
            out.update((row, (u, v)) for row, u, v in self.db.execute(query, parameters))
        return out

    def _plain(
        self, rows: Iterable[int], edges: Ends | None = None, *, whole: Collection[int] = ()
    ) -> tuple[dict[str, dict[str, Any]], list[_Edge]]:
        """The nodes in `rows`, the relationships in `edges` and their ends, as plain data
        in the order of the saved graph (nodes by key; relationships as (source, target,
        key, attributes)): the relationships and the nodes in `whole` with all their
        attributes, the other nodes with their brief (`BULKY` left out)."""
        edges = edges or {}
        wanted = set(rows).union(*edges.values())
        node_rows = self.db.execute(
            f"SELECT row, key, CASE WHEN row IN {_EACH} THEN attrs ELSE brief END FROM nodes"
            f" WHERE row IN {_EACH} ORDER BY row",
            [_json(whole), _json(wanted)],
        ).fetchall()
        edge_rows = self.db.execute(
            f"SELECT source, target, key, attrs FROM edges WHERE row IN {_EACH} ORDER BY row",
            [_json(edges)],
        ).fetchall()
        keys = {row: key for row, key, _ in node_rows}
        with collector_paused():  # tens of thousands of new dicts, none of them garbage
            node_attrs = _loads(attrs for *_, attrs in node_rows)
            edge_attrs = _loads(attrs for *_, attrs in edge_rows)
            records = self._records([*node_attrs, *edge_attrs])
            nodes = {
                key: _decoded(attrs, records)
                for (_, key, _), attrs in zip(node_rows, node_attrs, strict=True)
            }
            links: list[_Edge] = [
                (keys[u], keys[v], k, _decoded(attrs, records))
                for (u, v, k, _), attrs in zip(edge_rows, edge_attrs, strict=True)
            ]
        return nodes, links

    def part(
        self, rows: Iterable[int], edges: Ends | None = None, *, whole: Collection[int] = ()
    ) -> nx.MultiDiGraph:
        """What `_plain` reads, as a networkx graph."""
        return _graph(*self._plain(rows, edges, whole=whole))

    def _records(self, attrs: Iterable[dict[str, Any]]) -> dict[int, Any]:
        """The evidence records cited in `attrs`, by row number."""
        ids = {i for a in attrs if type(a.get(EVIDENCE)) is list for i in a[EVIDENCE]}
        found = self.db.execute(
            f"SELECT row, record FROM evidence WHERE row IN {_EACH}", [_json(ids)]
        )
        rows = found.fetchall()
        return dict(zip((row for row, _ in rows), _loads(r for _, r in rows), strict=True))

    def around(
        self, key: str, *, hops: int, types: Collection[str] | None = None
    ) -> nx.MultiDiGraph:
        """`key`, the nodes within `hops` over `types` (default: the walk's types), and the
        relationships of those types that `kg.lookup.nearby.neighbors` reports: those
        between each node and the one it is first reached from.

        The walk runs on the index's ends (row numbers) as `neighbors` walks the graph —
        each hop's nodes in the order they were reached, their new neighbours in key
        order — so the part read holds the same answer with a fraction of the
        relationships (10k-article graph: 11k of the 19k around a country).
        """
        start = self._row(key)
        if start is None:
            return self.part(())  # an empty graph
        seen, edges = self._walk(start, hops, walk_types(types))
        pairs = {(here, there) for here, there, _ in _reached(start, edges, self._keys(seen), hops)}
        return self.part(seen, _joining(edges, pairs))

    def _walk(self, start: int, hops: int, allowed: frozenset[str]) -> tuple[set[int], Ends]:
        """The node rows within `hops` of `start` and the relationships (of `allowed`
        types) that touch the nodes walked from."""
        seen, frontier = {start}, {start}
        edges: Ends = {}
        for _ in range(hops):
            found = self.touching(frontier, allowed)
            edges |= found
            frontier = _ends(found) - seen
            seen |= frontier
            if not frontier:
                break
        return seen, edges

    def neighbor_records(
        self,
        key: str,
        *,
        hops: int,
        types: Collection[str] | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """What `kg.lookup.nearby.neighbors` returns for `key` on the whole graph, as
        plain records: each neighbour's `Ref` fields, `hops`, `via` (a `Ref`) and `links`
        (`Link`s), in the same order and equal field for field — what `kg neighbors
        --format json` prints, made without a graph part or a model per neighbour.
        With `limit`, only the first `limit` of each hop (`first_of_each_hop`).

        Nodes are validated as `Ref`s once each, evidence records once each and the
        relationships as `Link`s, each as one list (a neighbour model made per node costs
        more than all of that on the 11,000 neighbours of a hub).
        """
        return self.neighbors_listed(key, hops=hops, types=types, limit=limit)[0]

    def neighbors_listed(
        self,
        key: str,
        *,
        hops: int,
        types: Collection[str] | None = None,
        limit: int | None = None,
    ) -> tuple[list[dict[str, Any]], dict[int, int]]:
        """`neighbor_records` and how many neighbours each hop has in all (listed or not).

        A cut list reads the rows of the nodes and relationships it lists only: the walk
        alone decides the order and the counts (a table of a hub's first 20 of each hop
        does not read the 16,000 neighbours it leaves out)."""
        with collector_paused():  # tens of thousands of new dicts, none of them garbage
            return self._neighbor_records(key, hops, walk_types(types), limit)

    def _neighbor_records(
        self, key: str, hops: int, allowed: frozenset[str], limit: int | None
    ) -> tuple[list[dict[str, Any]], dict[int, int]]:
        start = self._row(key)
        if start is None:
            return [], {}
        seen, edges = self._walk(start, hops, allowed)
        if limit is None:  # every node walked is listed: keys and briefs read at once
            found = self._briefs(seen)
            order = _reached(start, edges, {row: key for row, key, _ in found}, hops)
            counts = dict(Counter(depth for *_, depth in order))
        else:
            order = _reached(start, edges, self._keys(seen), hops)
            counts = dict(Counter(depth for *_, depth in order))
            order = first_of_each_hop(order, limit, lambda step: step[2])
            found = self._briefs({n for here, there, _ in order for n in (here, there)})
        kept = _joining(edges, {(here, there) for here, there, _ in order})
        fields = {
            row: ref_fields_of(key, attrs)
            for (row, key, _), attrs in zip(found, _loads(b for *_, b in found), strict=True)
        }
        refs = dict(zip(fields, _REFS.validate_python(list(fields.values())), strict=True))
        rows = self.db.execute(
            f"SELECT source, target, key, attrs FROM edges WHERE row IN {_EACH} ORDER BY row",
            [_json(kept)],
        ).fetchall()
        attrs = _loads(a for *_, a in rows)
        records = self._records(attrs)
        checked = dict(zip(records, _EVIDENCE.validate_python(list(records.values())), strict=True))
        links = _LINKS.validate_python(
            [
                link_fields_of(k, _decoded(a, checked), refs[u], refs[v])
                for (u, v, k, _), a in zip(rows, attrs, strict=True)
            ]
        )
        by_ends: dict[tuple[int, int], list[Link]] = {}
        for (u, v, *_), made in zip(rows, links, strict=True):
            by_ends.setdefault((u, v), []).append(made)
        listing = [
            {
                **fields[there],
                "hops": depth,
                "via": refs[here],
                "links": (
                    by_ends.get((here, there), [])
                    + (by_ends.get((there, here), []) if here != there else [])
                ),
            }
            for here, there, depth in order
        ]
        return listing, counts

    def ref(self, key: str) -> Ref:
        """The `Ref` of node `key` (KeyError when the graph has no such node)."""
        found = self.db.execute("SELECT brief FROM nodes WHERE key = ?", [key]).fetchone()
        if found is None:
            raise KeyError(key)
        return Ref.model_validate(ref_fields_of(key, json.loads(found[0])))

    def _briefs(self, rows: Collection[int]) -> list[tuple[int, str, str]]:
        """(row, key, brief) of each node row in `rows`."""
        found = self.db.execute(
            f"SELECT row, key, brief FROM nodes WHERE row IN {_EACH}", [_json(rows)]
        )
        return found.fetchall()

    def _keys(self, rows: Collection[int]) -> dict[int, str]:
        """The key of each node row in `rows`."""
        found = self.db.execute(f"SELECT row, key FROM nodes WHERE row IN {_EACH}", [_json(rows)])
        return dict(found.fetchall())

    def _keyed(self, edges: Ends) -> Iterator[tuple[int, str, str, str, str]]:
        """(row, source key, target key, edge key, type) of each relationship in `edges`."""
        return self.db.execute(
            f"SELECT e.row, s.key, t.key, e.key, e.type FROM edges e"
            f" JOIN nodes s ON s.row = e.source JOIN nodes t ON t.row = e.target"
            f" WHERE e.row IN {_EACH} ORDER BY e.row",
            [_json(edges)],
        )

    def card(self, key: str, *, limit: int | None = None) -> nx.MultiDiGraph:
        """What `kg.lookup.card.describe` reads for `key`: its every relationship (the
        articles that mention it included) and the articles its evidence cites.

        With `limit`, only the first `limit` relationships of each type, in the card's
        order, and its first `limit` articles, and not the entity's own evidence: what a
        card on a terminal lists of a hub that thousands of articles mention.
        """
        return _graph(*self._card_part(key, limit))

    def card_record(
        self, key: str, *, limit: int | None = None
    ) -> tuple[Card, dict[str, ArticleRef]]:
        """`describe(self.card(key, limit=limit), key)` and the articles of that part by
        id (`articles_of`: where its evidence sentences are from), made from the rows
        themselves: a card on the terminal makes no networkx graph, and its process does
        not import networkx."""
        nodes, links = self._card_part(key, limit)
        if key not in nodes:
            raise KeyError(key)
        known = (
            article_ref_of(k, a) for k, a in nodes.items() if a.get(Prop.LABEL) == Label.ARTICLE
        )
        articles = {a.id: a for a in known}
        return card_of(key, nodes, links, articles), articles

    def _card_part(self, key: str, limit: int | None) -> tuple[dict[str, Any], list[_Edge]]:
        """The nodes and relationships of `card`, as `_plain` reads them."""
        row = self._row(key)
        if row is None:
            return {}, []
        edges = self.touching([row])
        if limit is not None:
            edges = {n: edges[n] for n in self._first_of_each_type(edges, limit)}
        nodes, links = self._plain([row], edges, whole=[row])
        if limit is not None:
            del nodes[key][Prop.EVIDENCE]  # not on a cut card: thousands for a hub
            articles = nodes[key].get(Prop.ARTICLES, ())
            cited = {f"{Label.ARTICLE}:{a}" for a in articles[:limit]} - nodes.keys()
            nodes |= self._plain(self._rows(cited))[0] if cited else {}
        return self._with_cited_articles(nodes, links)

    def _first_of_each_type(self, edges: Ends, limit: int) -> set[int]:
        """The rows of the first `limit` relationships of each type of `edges`, in the
        order of a card (`describe`)."""
        by_type: dict[str, list[tuple[str, int]]] = {}
        for n, u, v, k, type_ in self._keyed(edges):
            by_type.setdefault(type_, []).append((str((u, v, k)), n))
        return {n for found in by_type.values() for _, n in sorted(found)[:limit]}

    def link_counts(self, key: str) -> dict[str, int]:
        """How many relationships of each type `key` has (those `card` may leave out too)."""
        row = self._row(key)
        counts: dict[str, int] = {}
        if row is None:
            return counts
        for *_, type_ in self._keyed(self.touching([row])):
            counts[type_] = counts.get(type_, 0) + 1
        return counts

    def _with_cited_articles(
        self, nodes: dict[str, Any], links: list[_Edge]
    ) -> tuple[dict[str, Any], list[_Edge]]:
        """`nodes` and the Article nodes the evidence of `nodes` and `links` names."""
        cited = {
            e.get("article")
            for attrs in [*nodes.values(), *(a for *_, a in links)]
            for e in attrs.get(Prop.EVIDENCE, ())
        }
        keys = {f"{Label.ARTICLE}:{a}" for a in cited if a} - nodes.keys()
        return (nodes | self._plain(self._rows(keys))[0] if keys else nodes), links

    def _distances(
        self, start: int, allowed: frozenset[str], most: int, goal: int
    ) -> dict[int, int]:
        """Hops from `start` to each node within `most` (relationships walked either way),
        nodes past `goal` left out: the walk ends with the hop that reaches it."""
        distance, frontier = {start: 0}, {start}
        for hop in range(1, most + 1):
            if goal in distance:
                break
            frontier = _ends(self.touching(frontier, allowed)) - distance.keys()
            if not frontier:
                break
            distance |= dict.fromkeys(frontier, hop)
        return distance

    def between(
        self, source: str, target: str, *, max_hops: int, types: Collection[str] | None = None
    ) -> nx.MultiDiGraph:
        """The nodes on every shortest path (at most `max_hops`, over `types`) from `source`
        to `target`, and the relationships of those types among them.

        A walk from `source` stops at the hop that reaches `target` (`length` hops); the
        walk back from `target` keeps only the nodes as far from `source` as the path has
        hops left — exactly the nodes of the shortest paths, however big the graph around.
        """
        allowed = walk_types(types)
        a, b = self._row(source), self._row(target)
        if a is None or b is None:
            return self.part(self._rows([source, target]))
        there = self._distances(a, allowed, max_hops, b)
        rows = {a, b}
        if b in there:
            length, frontier = there[b], {b}
            for hop in range(1, length + 1):
                ends = _ends(self.touching(frontier, allowed))
                frontier = {n for n in ends if there.get(n) == length - hop}
                rows |= frontier
        inside = _json(rows)
        found = self.db.execute(
            f"SELECT row, source, target FROM edges WHERE source IN {_EACH}"
            f" AND target IN {_EACH} AND type IN {_EACH}",
            [inside, inside, _json(allowed)],
        )
        edges = {n: (u, v) for n, u, v in found}
        return _graph(*self._with_cited_articles(*self._plain(rows, edges)))


def _reached(
    start: int, edges: Ends, keys: dict[int, str], hops: int
) -> list[tuple[int, int, int]]:
    """(node, neighbour first reached from it, hops to the neighbour) of a walk of `hops`
    from `start` over `edges`, in the order of `kg.lookup.nearby.neighbors`.

    >>> _reached(0, {7: (0, 1), 8: (1, 2), 9: (0, 2)}, {0: "a", 1: "b", 2: "c"}, 2)
    [(0, 1, 1), (0, 2, 1)]
    """
    adjacent: dict[int, set[int]] = {}
    for u, v in edges.values():
        adjacent.setdefault(u, set()).add(v)
        adjacent.setdefault(v, set()).add(u)
    seen, frontier, order = {start}, [start], []
    for depth in range(1, hops + 1):
        reached = []
        for here in frontier:
            for there in sorted(adjacent.get(here, set()) - seen, key=keys.__getitem__):
                seen.add(there)
                reached.append(there)
                order.append((here, there, depth))
        frontier = reached
    return order


def _joining(edges: Ends, pairs: set[tuple[int, int]]) -> Ends:
    """The relationships of `edges` between the two nodes of one of `pairs`, either way."""
    return {n: ends for n, ends in edges.items() if ends in pairs or ends[::-1] in pairs}


def _graph(nodes: dict[str, Any], links: list[_Edge]) -> nx.MultiDiGraph:
    """A networkx graph of plain nodes and relationships (networkx imported only here)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    with collector_paused():
        fill(graph, nodes.items(), links)
    return graph


def _ends(edges: Ends) -> set[int]:
    """The node rows at either end of `edges`."""
    return {n for ends in edges.values() for n in ends}


def _decoded(attrs: dict[str, Any], records: dict[int, Any]) -> dict[str, Any]:
    """`attrs` as the graph had them: evidence row numbers as their records."""
    evidence = attrs.get(EVIDENCE)
    if type(evidence) is list:
        attrs[EVIDENCE] = [records[i] for i in evidence]
    return attrs


__all__ = ["INDEX", "GraphStore", "is_store", "write_index"]
