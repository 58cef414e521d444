"""What a Bolt server already holds that one batch of articles may touch, read in small
queries: the articles it has, and the nodes and relationships a batch merges into.

Reads are cut by bytes like writes (FalkorDB dies on statements over 4 KB) and by rows
(`Bolt.page`: its listener hangs on replies over 64 KB), and never read evidence: a hub's
is megabytes. A node comes back as networkx attributes with empty `evidence` and
`articles` and `support` 0 — a *seed* that a batch's articles merge into with the graph's
own rules (`kg.graph.builder.add_articles`), leaving exactly what the batch adds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from kg.schema import Label, Prop, RelType
from kg.store.neo4j import Bolt
from kg.store.person_keys import NAME_KEYS
from kg.store.rows import NODE_PROPS, REL_PROPS
from kg.store.statements import escape_all

Attrs = dict[str, Any]
_SLACK = 200
#: Properties a seed does not read: what a batch adds to (and the lookup's own).
_UNREAD = frozenset({Prop.EVIDENCE, Prop.ARTICLES, Prop.SUPPORT, Prop.KEY})


def chunks(bolt: Bolt, values: Iterable[Any], query: str) -> Iterator[list[Any]]:
    """`values` in lists that fit one statement of `query` and one page of rows.

    >>> from kg.store.neo4j import Bolt
    >>> bolt = Bolt(None, "bolt://x", escaped=True, max_bytes=3000)  # type: ignore[arg-type]
    >>> [len(c) for c in chunks(bolt, ["k" * 10] * 50, "RETURN 1")]  # a page: 20 rows
    [20, 20, 10]
    >>> [len(c) for c in chunks(bolt, ["k" * 200] * 50, "RETURN 1")]  # 3,000 bytes
    [13, 13, 13, 11]
    """
    budget = bolt.max_bytes - len(query.encode()) - _SLACK
    chunk: list[Any] = []
    used = 0
    for value in values:
        cost = len(json.dumps(escape_all(value) if bolt.escaped else value).encode()) + 1
        if chunk and (len(chunk) >= bolt.page or used + cost > budget):
            yield chunk
            chunk, used = [], 0
        chunk.append(value)
        used += cost
    if chunk:
        yield chunk


def known_articles(bolt: Bolt, keys: Iterable[str]) -> set[str]:
    """The Article node keys among `keys` whose article the server holds in full (its
    own id appended: the last write of its batch, `kg.store.delta`)."""
    query = "UNWIND $keys AS k MATCH (a:Article {key: k}) WHERE a.articles <> '[]' RETURN a.key"
    return {k for chunk in chunks(bolt, keys, query) for [k] in bolt.read(query, keys=chunk)}


def by_wikidata(bolt: Bolt, qids: Iterable[tuple[Label, str]]) -> set[str]:
    """Keys of the nodes with these (label, QID) pairs (a node keyed by name may have
    learnt its QID later)."""
    found: set[str] = set()
    grouped: dict[Label, list[str]] = {}
    for label, qid in qids:
        grouped.setdefault(label, []).append(qid)
    for label, values in grouped.items():
        query = f"UNWIND $qids AS q MATCH (n:{label} {{{Prop.WIKIDATA}: q}}) RETURN n.key"
        for chunk in chunks(bolt, sorted(set(values)), query):
            found.update(k for [k] in bolt.read(query, qids=chunk))
    return found


def people_with(bolt: Bolt, needles: Iterable[str]) -> set[str]:
    """Keys of the people whose `name_keys` hold any of `needles` (`kg.store.person_keys`),
    read a page at a time."""
    query = (
        f"UNWIND $needles AS w MATCH (p:{Label.PERSON}) WHERE p.{NAME_KEYS} CONTAINS w "
        "RETURN DISTINCT p.key AS key ORDER BY key SKIP $skip LIMIT $limit"
    )
    found: set[str] = set()
    for chunk in chunks(bolt, sorted(set(needles)), query):
        skip = 0
        while True:
            page = bolt.read(query, needles=chunk, skip=skip, limit=bolt.page)
            found.update(k for [k] in page)
            if len(page) < bolt.page:
                break
            skip += len(page)
    return found


def nodes(bolt: Bolt, keys: Iterable[str]) -> dict[str, Attrs]:
    """The seeds of the nodes with these keys that the server holds (label from the key)."""
    grouped: dict[Label, list[str]] = {}
    for key in keys:
        grouped.setdefault(Label(key.split(":", 1)[0]), []).append(key)
    found: dict[str, Attrs] = {}
    for label, values in grouped.items():
        props = [str(p) for p in NODE_PROPS[label] if p not in _UNREAD]
        columns = ", ".join(f"n.{p}" for p in props)
        query = f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key, {columns}"
        for chunk in chunks(bolt, sorted(set(values)), query):
            for key, *values_ in bolt.read(query, keys=chunk):
                attrs = dict(zip(props, values_, strict=True))
                if Prop.ALIASES in attrs:
                    attrs[Prop.ALIASES] = json.loads(attrs[Prop.ALIASES] or "[]")
                found[key] = {**attrs, Prop.LABEL: label.value, **_empty()}
    return found


def relationships(
    bolt: Bolt, edges: Iterable[tuple[str, str, str, RelType]], labels: dict[str, Label]
) -> dict[tuple[str, str, str], Attrs]:
    """The seeds of the relationships (source, target, edge key, type) the server holds."""
    grouped: dict[tuple[RelType, Label, Label], list[dict[str, str]]] = {}
    for source, target, key, type_ in edges:
        row = {"source": source, "target": target, "key": f"{source}|{key}|{target}", "k": key}
        grouped.setdefault((type_, labels[source], labels[target]), []).append(row)
    props = [str(p) for p in REL_PROPS if p not in _UNREAD]
    columns = ", ".join(f"r.{p}" for p in props)
    found: dict[tuple[str, str, str], Attrs] = {}
    for (type_, a, b), rows in grouped.items():
        query = (
            f"UNWIND $rows AS row MATCH (a:{a} {{key: row.source}})-[r:{type_} {{key: row.key}}]->"
            f"(b:{b} {{key: row.target}}) RETURN row.source, row.target, row.k, {columns}"
        )
        for chunk in chunks(bolt, rows, query):
            for source, target, key, *values in bolt.read(query, rows=chunk):
                attrs = {p: v for p, v in zip(props, values, strict=True) if v is not None}
                found[(source, target, key)] = {**attrs, **_empty()}
    return found


def _empty() -> Attrs:
    return {str(Prop.EVIDENCE): [], str(Prop.ARTICLES): [], str(Prop.SUPPORT): 0}


#: Characters of stored lists read per query: a reply stays far below FalkorDB's 64 KB.
READ_CHARS = 8_000


def fill_lists(bolt: Bolt, match: str, seeds: dict[str, tuple[Attrs, Attrs]]) -> None:
    """Read the evidence, articles and support of `seeds` (store key -> (ids, attributes))
    into their attributes, in pieces of `READ_CHARS` characters; `match` binds `n` to a
    row's node or relationship (by `row.key`, or `row.source`, `row.key`, `row.target`)."""
    lists = (str(Prop.EVIDENCE), str(Prop.ARTICLES))
    sizes = f"UNWIND $rows AS row {match} RETURN row.key, n.support, " + ", ".join(
        f"size(n.{p})" for p in lists
    )
    wanted: dict[str, list[dict[str, Any]]] = {p: [] for p in lists}
    texts: dict[tuple[str, str], list[str]] = {}
    rows = [ids for ids, _ in seeds.values()]
    for chunk in chunks(bolt, rows, sizes):
        for key, support, *lengths in bolt.read(sizes, rows=chunk):
            ids, attrs = seeds[key]
            attrs[Prop.SUPPORT] = support or 0
            for prop, length in zip(lists, lengths, strict=True):
                texts[(key, prop)] = []
                for start in range(0, length or 0, READ_CHARS):
                    size = min(READ_CHARS, length - start)
                    wanted[prop].append({**ids, "start": start, "size": size})
    for prop, parts in wanted.items():
        query = (
            f"UNWIND $rows AS row {match} "
            f"RETURN row.key, row.start, substring(n.{prop}, row.start, row.size)"
        )
        for chunk in _packed(bolt, parts, query):
            for key, _, text in sorted(bolt.read(query, rows=chunk), key=lambda r: r[1]):
                texts[(key, prop)].append(text)
    for (key, prop), pieces in texts.items():
        seeds[key][1][prop] = json.loads("".join(pieces) or "[]")


def _packed(bolt: Bolt, parts: list[dict[str, Any]], query: str) -> Iterator[list[dict[str, Any]]]:
    """Read requests in statements (`chunks`) that ask for at most `READ_CHARS` characters."""
    for chunk in chunks(bolt, parts, query):
        group: list[dict[str, Any]] = []
        used = 0
        for part in chunk:
            if group and used + part["size"] > READ_CHARS:
                yield group
                group, used = [], 0
            group.append(part)
            used += part["size"]
        if group:
            yield group
