"""The push as a list of Cypher statements, each bounded by bytes (text plus parameters).

A graph's store rows (`kg.store.rows`) become `UNWIND $rows AS row MERGE …` statements per
label and relationship type. Each statement carries as many rows as fit in `budget` bytes
(measured as the UTF-8 JSON of its parameters plus its text), and at most `max_rows`. A
row too large for one statement — a country named in every article carries megabytes of
evidence — goes with its long strings emptied, and those strings follow as pieces, each an
append `SET x.p = coalesce(x.p, '') + row.piece` in a statement of its own round: piece 1
of every such row, then piece 2, … So a node or relationship is always written whole by
the sequence, and pushing again rewrites the same values: the first statement resets what
the appends extend.

Some Bolt servers (FalkorDB 4.16) paste parameters into the query text inside '…' and then
parse it: an apostrophe ends the string (and crashes the server) and a backslash starts an
escape. For those, `escaped` strings are sent with `\\` and `'` backslash-escaped, which
their parser turns back into exactly the original text; Neo4j gets strings as they are.

>>> rows = [("Country", ("Country:Q1", "Country", "Name", None, None, None, None, None, 1))]
>>> [s.query.split(" SET")[0] for s in node_statements(rows, budget=2000)]
['UNWIND $rows AS row MERGE (n:Country {key: row.key})']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.schema import Label, Prop
from kg.store.names import NAME, NAMES, TEXT
from kg.store.person_keys import NAME_KEYS, name_keys
from kg.store.rows import NODE_PROPS, REL_PROPS, Endpoints, Row

#: Statement size for Neo4j: large enough that round trips do not dominate, small enough
#: that one transaction stays light.
NEO4J_BYTES = 1_000_000
#: Statement size that FalkorDB 4.16's Bolt listener survives (it dies past 4,096 bytes).
FALKORDB_BYTES = 3_000
MAX_ROWS = 5_000
_SLACK = 64  # the `{"rows":[…]}` around rows, separators


@dataclass
class Statement:
    """One query, its rows, and how many graph items (nodes or relationships) it writes
    for the first time (0 for appends)."""

    query: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    items: int = 0

    def cost(self) -> int:
        return len(self.query.encode()) + _SLACK + sum(map(_cost, self.rows)) + len(self.rows)


def escape(text: str) -> str:
    """`text` for a server that pastes parameters into '…': backslash and apostrophe escaped.

    >>> escape("N'Djamena \\\\ x")
    "N\\\\'Djamena \\\\\\\\ x"
    """
    return text.replace("\\", "\\\\").replace("'", "\\'")


def _cost(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False).encode())


def pieces(text: str, limit: int, escaped: bool) -> list[str]:
    """`text` cut into strings whose JSON form (escaped if asked) is at most `limit` bytes;
    the pieces (unescaped) join back to `text`.

    >>> pieces("abcdefghijklmnopqrstuvwxyz", 16, False)
    ['abcdefghijklmn', 'opqrstuvwxyz']
    >>> "".join(pieces("ت'س" * 50, 40, True)) == "ت'س" * 50
    True
    """
    if limit < 16:
        raise ValueError(f"a statement budget that leaves {limit} bytes for a value is too small")
    data = text.encode()
    out: list[str] = []
    start = 0
    while start < len(data):
        size = limit - 2
        while True:
            end = min(len(data), start + size)
            while end < len(data) and end > start and (data[end] & 0xC0) == 0x80:
                end -= 1  # never cut inside a character
            while end == start or (end < len(data) and (data[end] & 0xC0) == 0x80):
                end += 1  # at least one whole character (any one fits in 16 bytes)
            piece = data[start:end].decode()
            cost = _cost(escape(piece) if escaped else piece)
            if cost <= limit:
                break
            size = max(1, size - max(1, cost - limit))  # never below one byte
        out.append(piece)
        start = end
    return out


def escape_all(value: Any) -> Any:
    """`value` with every string in it, in lists and maps too, escaped (see `escape`).

    >>> escape_all({"k": ["it's", 1]})
    {'k': ["it\\\\'s", 1]}
    """
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {k: escape_all(v) for k, v in value.items()}
    if isinstance(value, list):
        return [escape_all(v) for v in value]
    return value


def _merge_nodes(label: Label) -> str:
    return f"UNWIND $rows AS row MERGE (n:{label} {{{Prop.KEY}: row.key}}) SET n += row.props"


def _append_nodes(label: Label, prop: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (n:{label} {{{Prop.KEY}: row.key}}) "
        f"SET n.`{prop}` = coalesce(n.`{prop}`, '') + row.piece"
    )


def _merge_rels(ends: Endpoints) -> str:
    type_, source, target = ends
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{source} {{{Prop.KEY}: row.source}}) "
        f"MATCH (b:{target} {{{Prop.KEY}: row.target}}) "
        f"MERGE (a)-[r:{type_} {{{Prop.KEY}: row.key}}]->(b) SET r += row.props"
    )


def _append_rels(ends: Endpoints, prop: str) -> str:
    type_, source, target = ends
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{source} {{{Prop.KEY}: row.source}})-[r:{type_} {{{Prop.KEY}: row.key}}]->"
        f"(b:{target} {{{Prop.KEY}: row.target}}) "
        f"SET r.`{prop}` = coalesce(r.`{prop}`, '') + row.piece"
    )


def _split(
    row: dict[str, Any], budget: int, escaped: bool
) -> tuple[dict[str, Any], list[tuple[str, list[str]]]]:
    """The row to merge (within `budget`) and the long properties to append in pieces."""
    props = row["props"]
    later: list[tuple[str, list[str]]] = []
    sent = escape_all(row) if escaped else row
    while _cost(sent) > budget:
        long = [p for p, v in props.items() if isinstance(v, str) and v]
        if not long:
            raise ValueError(f"the row of {row['key']!r} alone exceeds {budget} bytes")
        longest = max(long, key=lambda p: len(props[p]))
        ids = _cost({k: v for k, v in sent.items() if k != "props"})
        later.append((longest, pieces(props[longest], budget - ids - _SLACK, escaped)))
        props[longest] = ""
        sent = escape_all(row) if escaped else row
    return sent, later


def batched(
    query: str, rows: Iterable[dict[str, Any]], budget: int, max_rows: int, counts: bool
) -> Iterator[Statement]:
    statement = Statement(query)
    used = statement.cost()
    for row in rows:
        cost = _cost(row) + 1
        if statement.rows and (len(statement.rows) >= max_rows or used + cost > budget):
            yield statement
            statement = Statement(query)
            used = statement.cost()
        statement.rows.append(row)
        statement.items += counts
        used += cost
    if statement.rows:
        yield statement


def merge_statements(
    merge: str,
    append: Any,
    rows: Iterable[dict[str, Any]],
    budget: int,
    max_rows: int,
    escaped: bool,
) -> Iterator[Statement]:
    """Merge statements for `rows`, then the append rounds their long properties need."""
    room = budget - len(merge.encode()) - _SLACK
    rounds: list[dict[str, list[dict[str, Any]]]] = []
    ids_of = ("key", "source", "target")

    def fitted() -> Iterator[dict[str, Any]]:
        for row in rows:
            small, later = _split(row, room - 1, escaped)
            ids = {k: small[k] for k in ids_of if k in small}
            for prop, parts in later:
                for i, part in enumerate(parts):
                    while len(rounds) <= i:
                        rounds.append({})
                    piece = escape(part) if escaped else part
                    rounds[i].setdefault(prop, []).append({**ids, "piece": piece})
            yield small

    yield from batched(merge, fitted(), budget, max_rows, True)
    for round_ in rounds:
        for prop, appends in round_.items():
            yield from batched(append(prop), appends, budget, max_rows, False)


def node_statements(
    rows: Iterable[tuple[Label, Row]],
    budget: int = NEO4J_BYTES,
    max_rows: int = MAX_ROWS,
    escaped: bool = False,
) -> Iterator[Statement]:
    """The statements that merge every node of `rows` (label, store row)."""
    by_label: dict[Label, list[dict[str, Any]]] = {}
    for label, values in rows:
        names = NODE_PROPS[label][1:]
        props = {str(p): v for p, v in zip(names, values[1:], strict=True) if v is not None}
        if label == Label.PERSON:
            props[NAME_KEYS] = name_keys(json.loads(props.get(Prop.ALIASES) or "[]"))
        by_label.setdefault(label, []).append({"key": values[0], "props": props})
    for label, found in by_label.items():
        yield from merge_statements(
            _merge_nodes(label),
            lambda p, label=label: _append_nodes(label, p),
            found,
            budget,
            max_rows,
            escaped,
        )


def rel_statements(
    rows: Iterable[tuple[Endpoints, Row]],
    budget: int = NEO4J_BYTES,
    max_rows: int = MAX_ROWS,
    escaped: bool = False,
) -> Iterator[Statement]:
    """The statements that merge every relationship of `rows` (endpoints, store row)."""
    by_ends: dict[Endpoints, list[dict[str, Any]]] = {}
    for ends, values in rows:
        source, target, key, *rest = values
        props = {str(p): v for p, v in zip(REL_PROPS[1:], rest, strict=True) if v is not None}
        by_ends.setdefault(ends, []).append(
            {"source": source, "target": target, "key": key, "props": props}
        )
    for ends, found in by_ends.items():
        yield from merge_statements(
            _merge_rels(ends),
            lambda p, ends=ends: _append_rels(ends, p),
            found,
            budget,
            max_rows,
            escaped,
        )


def _merge_names(label: Label) -> str:
    return (
        f"UNWIND $rows AS row MATCH (n:{label} {{{Prop.KEY}: row.key}}) "
        f"MERGE (m:{NAME} {{{TEXT}: row.name}}) SET m.{Prop.LABEL} = '{NAME}' "
        f"MERGE (m)-[r:{NAMES}]->(n) SET r.{Prop.TYPE} = '{NAMES}'"
    )


def name_statements(
    rows: Iterable[tuple[Label, str, str]],
    budget: int = NEO4J_BYTES,
    max_rows: int = MAX_ROWS,
    escaped: bool = False,
) -> Iterator[Statement]:
    """The statements that merge the name index (`kg.store.names`) of `rows` (label of the
    node, name, node key): each name's node, and its relationship to the node; after the
    nodes themselves.

    >>> [s.query.split(" MERGE")[0] for s in name_statements([("Country", "A", "Country:Q1")])]
    ['UNWIND $rows AS row MATCH (n:Country {key: row.key})']
    """
    by_label: dict[Label, list[dict[str, Any]]] = {}
    for label, name, key in rows:
        row = {"name": name, "key": key}
        by_label.setdefault(label, []).append(escape_all(row) if escaped else row)
    for label, found in by_label.items():
        yield from batched(_merge_names(label), found, budget, max_rows, False)
