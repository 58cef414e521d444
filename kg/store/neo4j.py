"""Pushing the graph to Neo4j, or any Bolt server that speaks Cypher, with the official driver.

Nodes go in batches of `UNWIND $rows AS row MERGE (n:Label {key: row.key}) SET n += …`,
relationships as `MATCH` both ends by key, then `MERGE (a)-[r:TYPE {key: row.key}]->(b)`,
so pushing the same graph twice leaves the same nodes and relationships. Properties are
the store rows of `kg.store.rows` (evidence, aliases and articles as JSON strings).

Before loading, each label gets a uniqueness constraint on `key` (Neo4j 4.4+ / 5 syntax,
`IF NOT EXISTS`). A server without constraints (FalkorDB, Memgraph…) gets a plain index
on `key` per label instead, tolerating "already exists", and the push reports one warning.

Every failure becomes a `PushError` with one line for people: unreachable server, bad
credentials, a statement the server rejected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

import neo4j
import networkx as nx
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from kg.schema import Label, Prop
from kg.store.rows import NODE_PROPS, REL_PROPS, Row, node_rows, rel_rows

#: URI schemes of the Bolt protocol (plain, TLS, TLS with self-signed certificates).
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
BATCH = 5000
Shape = Callable[[Row], dict[str, Any]]

NO_CONSTRAINTS = (
    "the server does not support uniqueness constraints; created plain indexes on `key` "
    "instead (MERGE stays idempotent, but the server does not forbid duplicate keys)"
)


class PushError(Exception):
    """The push failed; `str(error)` is one line saying why."""


@dataclass
class PushReport:
    """What was pushed: node and relationship rows sent, and warnings for the user."""

    nodes: int = 0
    relationships: int = 0
    warnings: list[str] = field(default_factory=list)


def push(
    graph: nx.MultiDiGraph,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    batch: int = BATCH,
) -> PushReport:
    """Merge `graph` into the database at `uri`; raise `PushError` on any failure."""
    if uri.split("://", 1)[0] not in SCHEMES or "://" not in uri:
        raise PushError(f"{uri!r} is not a Bolt URI (expected one of {', '.join(SCHEMES)}://…)")
    nodes, rels = node_rows(graph), rel_rows(graph)
    report = PushReport()
    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            _connect(driver, uri, user)
            with driver.session(database=database) as session:
                if not _constraints(session, sorted(nodes)):
                    report.warnings.append(NO_CONSTRAINTS)
                for label, rows in nodes.items():
                    query = _merge_nodes(label)
                    report.nodes += _send(session, query, rows, _node_row(label), batch)
                for (type_, source, target), rows in rels.items():
                    query = _merge_rels(type_, source, target)
                    report.relationships += _send(session, query, rows, _rel_row, batch)
    except Neo4jError as e:
        raise PushError(f"the server rejected a statement: {_reason(e)}") from e
    except DriverError as e:
        raise PushError(f"lost the connection to {uri}: {e}") from e
    return report


def _connect(driver: neo4j.Driver, uri: str, user: str) -> None:
    try:
        driver.verify_connectivity()
    except AuthError as e:
        raise PushError(f"{uri} refused the credentials of user {user!r}: {_reason(e)}") from e
    except ServiceUnavailable as e:
        raise PushError(f"cannot reach a Bolt server at {uri}: {_first_line(e)}") from e
    except Neo4jError as e:  # servers that report a failed login as a general error
        raise PushError(f"{uri} refused to log in user {user!r}: {_reason(e)}") from e


def _constraints(session: neo4j.Session, labels: list[Label]) -> bool:
    """Constrain (or, failing that, index) `key` on each label; False when only indexes."""
    try:
        for label in labels:
            session.run(
                f"CREATE CONSTRAINT kg_{label.lower()}_key IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.{Prop.KEY} IS UNIQUE"
            ).consume()
    except Neo4jError:
        for label in labels:
            # Fails when the index is already there, or unsupported: MERGE works regardless.
            with suppress(Neo4jError):
                session.run(f"CREATE INDEX FOR (n:{label}) ON (n.{Prop.KEY})").consume()
        return False
    return True


def _merge_nodes(label: Label) -> str:
    return f"UNWIND $rows AS row MERGE (n:{label} {{{Prop.KEY}: row.key}}) SET n += row.props"


def _merge_rels(type_: str, source: Label, target: Label) -> str:
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{source} {{{Prop.KEY}: row.source}}) "
        f"MATCH (b:{target} {{{Prop.KEY}: row.target}}) "
        f"MERGE (a)-[r:{type_} {{{Prop.KEY}: row.key}}]->(b) SET r += row.props"
    )


def _node_row(label: Label) -> Shape:
    names = NODE_PROPS[label][1:]

    def row(values: Row) -> dict[str, Any]:
        props = {p: v for p, v in zip(names, values[1:], strict=True) if v is not None}
        return {"key": values[0], "props": props}

    return row


def _rel_row(values: Row) -> dict[str, Any]:
    source, target, key, *rest = values
    props = {p: v for p, v in zip(REL_PROPS[1:], rest, strict=True) if v is not None}
    return {"source": source, "target": target, "key": key, "props": props}


def _send(session: neo4j.Session, query: str, rows: list[Row], shape: Shape, batch: int) -> int:
    for chunk in _chunks(rows, batch):
        session.run(query, rows=[shape(r) for r in chunk]).consume()
    return len(rows)


def _chunks(rows: list[Row], size: int) -> Iterator[list[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _reason(error: Neo4jError) -> str:
    return f"{error.message or error.code} ({error.code})" if error.code else str(error)


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[-1] if lines else type(error).__name__
