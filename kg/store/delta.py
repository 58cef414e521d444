"""One batch of articles added to what a Bolt server holds: the feed's statements.

`kg push` writes a whole graph: every value is final, so it is simply set. A feed
(`kg build … --push`) writes one batch at a time into a server that holds the archive: the
batch's graph (`kg.feed`) holds the server's nodes and relationships it touches with
their names, aliases, dates and rules merged with the batch's, but with only the batch's
evidence and articles. So per node and relationship, in this order:

1. *merge* by key, create with empty lists, set the merged properties (long ones, such as
   a hub's aliases, as appends after, as `kg push` does), and clear what step 2 builds;
2. *build* the new lists in `kg_new_*` beside the stored ones, with the length each must
   have (`kg_want_*`): the stored list with the batch's evidence and article ids
   appended, or, for what is new on the server, the batch's lists whole; a tail too long
   for one statement (FalkorDB takes 3,000 bytes) is first collected piece by piece
   (`kg_*`);
3. *check* the lengths, and build again what came out wrong, with one more space (JSON
   ignores it): FalkorDB 4.16 cuts short some strings that a concatenation makes (of
   some lengths, such as 513 bytes of ASCII), so the feed concatenates only to append to
   what the server holds, and checks what it made;
4. *commit*: the lists are made again (in a `WITH`: FalkorDB 4.16 sometimes loses a value
   that a SET computes from the property it sets, and shares a copied string with the
   property it came from) and replace the stored ones and `support` counts the batch's
   articles — guarded by the batch's first article id, so a batch written twice (or again
   after a failure) counts once.

Nodes go first, then relationships, and Article nodes commit last: an article is on the
server (`kg.feed` skips it) only once everything it said is.

>>> rows = [("Country:Q1", {"label": "Country", "name": "A", "name_ar": "أ",
...          "aliases": ["أ"], "evidence": [{"t": 1}], "articles": ["a1"], "support": 1})]
>>> [group] = node_groups(rows, known={"Country:Q1"})
>>> [s.query.split(" SET")[0] for s in group.merges]
['UNWIND $rows AS row MERGE (n:Country {key: row.key}) ON CREATE']
>>> [(w.build["guard"], w.build["evidence"], w.build["evidence_chars"]) for w in group.writes]
[('"a1"', ', {"t": 1}]', 11)]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kg.schema import Label, Prop, RelType
from kg.store.person_keys import NAME_KEYS, name_keys
from kg.store.rows import NODE_PROPS, REL_PROPS, store_value
from kg.store.statements import (
    MAX_ROWS,
    NEO4J_BYTES,
    Statement,
    batched,
    escape_all,
    merge_statements,
    pieces,
)

#: What the batch adds to, not sets: appended to the server's lists, counted into support.
ADDED = (Prop.EVIDENCE, Prop.ARTICLES, Prop.SUPPORT)
LISTS = (Prop.EVIDENCE.value, Prop.ARTICLES.value)
_TEMPORARY = ", ".join(f"n.kg_{k}{p} = null" for p in LISTS for k in ("", "new_", "want_"))
_SLACK = 64
Attrs = dict[str, Any]
#: ids (key, or source, target, key), set on create, set always, lists to append
Item = tuple[Attrs, Attrs, Attrs, dict[str, list[Any]]]


@dataclass
class Write:
    """One node or relationship of a batch: its key, the ids a check reads it by (as they
    are), and its build row and pieces (escaped when the server pastes parameters)."""

    key: str
    ids: Attrs
    build: Attrs
    pieces: dict[str, list[Attrs]]
    pad: int = 0


@dataclass
class Group:
    """The writes of one label, or one relationship type between two labels."""

    match: str  # Cypher that binds `n` to the row's node or relationship
    merges: list[Statement]
    writes: list[Write]
    budget: int = NEO4J_BYTES
    article: bool = False

    def pieces(self, only: set[str] | None = None) -> Iterator[Statement]:
        """Step 2's piece appends (of the keys `only`, cleared first, when given)."""
        chosen = [w for w in self.writes if only is None or w.key in only]
        for prop in LISTS:
            rows = [row for w in chosen for row in w.pieces.get(prop, ())]
            if only is not None:
                cleared = [w.pieces[prop][0] for w in chosen if w.pieces.get(prop)]
                yield from self._batched(f"SET n.kg_{prop} = null", cleared)
            yield from self._batched(_APPEND.format(f"kg_{prop}"), rows)

    def builds(self, only: set[str] | None = None, pad: int = 0) -> Iterator[Statement]:
        """Step 2: the new lists and the lengths they must have (`pad` spaces before each
        tail: a concatenation that FalkorDB cut short is made again one longer)."""
        chosen = [w for w in self.writes if only is None or w.key in only]
        for w in chosen:
            w.pad = pad
        rows = [{**w.build, "pad": " " * pad} for w in chosen]
        yield from self._batched(build_action(), rows)

    def check(self) -> tuple[str, list[Attrs]]:
        """Step 3: the query that returns the keys whose new lists are not as long as they
        must be, and its rows (not escaped: reads escape their parameters)."""
        wrong = " OR ".join(f"coalesce(size(n.kg_new_{p}), -1) <> n.kg_want_{p}" for p in LISTS)
        query = f"UNWIND $rows AS row {self.match} {_GUARD} AND ({wrong}) RETURN row.key"
        return query, [w.ids for w in self.writes]

    def commits(self) -> Iterator[Statement]:
        """Step 4."""
        values = ", ".join(f"{_new(p)} AS new_{p}" for p in LISTS)
        sets = ", ".join(f"n.{p} = new_{p}" for p in LISTS)
        rows = [{**w.build, "pad": " " * w.pad} for w in self.writes]
        action = f"WITH n, row, {values} SET {sets}, n.support = n.support + row.count"
        yield from self._batched(action, rows, items=True)

    def cleanups(self) -> Iterator[Statement]:
        """After step 4, in statements of their own: the temporary properties removed."""
        ids = ("key", "source", "target")
        rows: list[Attrs] = [{k: w.build[k] for k in ids if k in w.build} for w in self.writes]
        query = f"UNWIND $rows AS row {self.match} SET {_TEMPORARY}"
        yield from batched(query, rows, self.budget, MAX_ROWS, False)

    def _batched(self, action: str, rows: list[Attrs], items: bool = False) -> Iterator[Statement]:
        query = f"UNWIND $rows AS row {self.match} {_GUARD} {action}"
        yield from batched(query, rows, self.budget, MAX_ROWS, items)


_GUARD = "WHERE NOT n.articles CONTAINS row.guard"
#: Append `row.piece` to a property: the value is made in `WITH`, before the property is
#: set (FalkorDB 4.16 sometimes loses a value that a SET computes from the property it sets).
_APPEND = "WITH n, row, coalesce(n.{0}, '') + row.piece AS value SET n.{0} = value"


def _new(p: str) -> str:
    """Cypher: list `p` with its tail (from the row or its pieces) appended, or, fresh, the
    row's whole list (with the row's padding after it)."""
    tail = f"coalesce(n.kg_{p}, row.{p})"
    return f"CASE WHEN row.fresh THEN {tail} + row.pad ELSE {_join(f'n.{p}', tail)} END"


def build_action() -> str:
    """Step 2's SET: each list as it will be, and the length it must have."""
    return "SET " + ", ".join(
        f"n.kg_new_{p} = {_new(p)}, n.kg_want_{p} = CASE WHEN row.fresh "
        f"THEN row.{p}_chars + size(row.pad) ELSE {_want(f'n.{p}', f'row.{p}_chars')} END"
        for p in LISTS
    )


def _join(stored: str, tail: str) -> str:
    """Cypher: the JSON list `stored` with `tail` (`, ` + items + `]`, or '') appended,
    after `row.pad` (spaces, which JSON ignores)."""
    return (
        f"CASE WHEN {tail} = '' THEN {stored} "
        f"WHEN {stored} = '[]' THEN '[' + row.pad + substring({tail}, 2) "
        f"ELSE left({stored}, size({stored}) - 1) + row.pad + {tail} END"
    )


def _want(stored: str, chars: str) -> str:
    """Cypher: the length of `_join(stored, tail)` when `tail` is `chars` long."""
    return (
        f"CASE WHEN {chars} = 0 THEN size({stored}) "
        f"WHEN {stored} = '[]' THEN {chars} - 1 + size(row.pad) "
        f"ELSE size({stored}) - 1 + size(row.pad) + {chars} END"
    )


def _merge(merge: str, match: str, name_ar: bool) -> tuple[str, Any]:
    """Step 1's query, and the append query of its long properties."""
    create = "n.evidence = '[]', n.articles = '[]', n.support = 0"
    if name_ar:  # the server keeps the Arabic name it was created with
        create += ", n.name_ar = row.name_ar"
    merged = f"UNWIND $rows AS row {merge} ON CREATE SET {create} SET n += row.props, {_TEMPORARY}"

    def append(prop: str) -> str:
        return f"UNWIND $rows AS row {match} {_APPEND.format(f'`{prop}`')}"

    return merged, append


def _tail(values: list[Any]) -> str:
    """What a JSON list of `values`, as the stores write it, adds to a non-empty one.

    >>> _tail(["a1", "a2"]), _tail([])
    (', "a1", "a2"]', '')
    """
    return ", " + json.dumps(values, ensure_ascii=False)[1:] if values else ""


def _write(ids: Attrs, lists: dict[str, list[Any]], room: int, escaped: bool, fresh: bool) -> Write:
    """The build row of one node or relationship, and the pieces its long tails go in
    first (rows escaped when `escaped`). A `fresh` one, new on the server, gets its whole
    lists: nothing to concatenate."""
    articles = lists[LISTS[1]]
    guard = json.dumps(articles[0], ensure_ascii=False)
    fixed: Attrs = {**ids, "guard": guard, "fresh": fresh}
    whole = (json.dumps(lists[p], ensure_ascii=False) for p in LISTS)
    tails = dict(zip(LISTS, whole, strict=True)) if fresh else {p: _tail(lists[p]) for p in LISTS}
    chars = {f"{p}_chars": len(t) for p, t in tails.items()}
    later: dict[str, list[Attrs]] = {}

    def sent(row: Attrs) -> Attrs:
        return dict(escape_all(row)) if escaped else row

    def cost(row: Attrs) -> int:
        return len(json.dumps(sent(row), ensure_ascii=False).encode())

    for prop in sorted(tails, key=lambda p: -len(tails[p])):
        if cost({**fixed, "count": len(articles), **tails, **chars}) <= room:
            break
        parts = pieces(tails[prop], room - cost({**fixed, "piece": ""}), escaped)
        later[prop] = [sent({**fixed, "piece": part}) for part in parts]
        tails[prop] = ""
    row: Attrs = {**fixed, "count": len(articles), **tails, **chars}
    if cost(row) > room:
        raise ValueError(f"the ids of {ids['key']!r} alone exceed the statement budget")
    return Write(ids["key"], fixed, sent(row), later)


def _group(
    merge: str,
    match: str,
    name_ar: bool,
    items: list[Item],
    budget: int,
    escaped: bool,
    known: set[str],
) -> Group:
    merged, append = _merge(merge, match, name_ar)
    rows = [{**ids, **create, "props": props} for ids, create, props, _ in items]
    merges = list(merge_statements(merged, append, rows, budget, MAX_ROWS, escaped))
    room = budget - len(f"UNWIND $rows AS row {match} {_GUARD} {build_action()}") - 2 * _SLACK
    writes = [
        _write(ids, lists, room, escaped, ids["key"] not in known) for ids, _, _, lists in items
    ]
    return Group(match, merges, writes, budget)


def _split_attrs(attrs: Attrs, names: Iterable[str]) -> tuple[Attrs, dict[str, list[Any]]]:
    """Scalars to set (store values, nulls left out) and the lists to append."""
    props = {n: store_value(attrs[n]) for n in names if n not in ADDED and attrs.get(n) is not None}
    return props, {p: list(attrs.get(p) or []) for p in LISTS}


def node_groups(
    nodes: Iterable[tuple[str, Attrs]],
    budget: int = NEO4J_BYTES,
    escaped: bool = False,
    known: set[str] | None = None,
) -> list[Group]:
    """The writes that add a batch's `nodes` (key, attributes), one group per label;
    `known` holds the keys the server has (the others are new: lists set whole)."""
    by_label: dict[Label, list[Item]] = {}
    for key, attrs in nodes:
        label = Label(attrs[Prop.LABEL])
        names = [p for p in NODE_PROPS[label][1:] if p != Prop.NAME_AR]
        props, lists = _split_attrs(attrs, names)
        if label == Label.PERSON:
            props[NAME_KEYS] = name_keys(attrs.get(Prop.ALIASES) or [])
        create = {"name_ar": attrs[Prop.NAME_AR]} if Prop.NAME_AR in NODE_PROPS[label] else {}
        by_label.setdefault(label, []).append(({"key": key}, create, props, lists))
    groups = []
    for label, items in by_label.items():
        node = f"(n:{label} {{key: row.key}})"
        name_ar = Prop.NAME_AR in NODE_PROPS[label]
        group = _group(
            f"MERGE {node}", f"MATCH {node}", name_ar, items, budget, escaped, known or set()
        )
        group.article = label == Label.ARTICLE
        groups.append(group)
    return groups


def rel_groups(
    rels: Iterable[tuple[str, str, str, Attrs]],
    labels: dict[str, Label],
    budget: int = NEO4J_BYTES,
    escaped: bool = False,
    known: set[str] | None = None,
) -> list[Group]:
    """The writes that add a batch's relationships (source, target, edge key, attributes),
    one group per type and endpoint labels (`labels` of the nodes); `known` holds the
    relationship keys (`source|key|target`) the server has."""
    by_ends: dict[tuple[RelType, Label, Label], list[Item]] = {}
    for source, target, key, attrs in rels:
        ends = (RelType(attrs[Prop.TYPE]), labels[source], labels[target])
        props, lists = _split_attrs(attrs, REL_PROPS[1:])
        ids = {"source": source, "target": target, "key": f"{source}|{key}|{target}"}
        by_ends.setdefault(ends, []).append((ids, {}, props, lists))
    groups = []
    for (type_, a, b), items in by_ends.items():
        start, end = f"(a:{a} {{key: row.source}})", f"(b:{b} {{key: row.target}})"
        merge = f"MATCH {start} MATCH {end} MERGE (a)-[n:{type_} {{key: row.key}}]->(b)"
        match = f"MATCH {start}-[n:{type_} {{key: row.key}}]->{end}"
        groups.append(_group(merge, match, False, items, budget, escaped, known or set()))
    return groups
