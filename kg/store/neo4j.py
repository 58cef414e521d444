"""Pushing the graph to Neo4j, or any Bolt server that speaks Cypher, with the official driver.

Nodes go in batches of `UNWIND $rows AS row MERGE (n:Label {key: row.key}) SET n += …`,
relationships as `MATCH` both ends by key, then `MERGE (a)-[r:TYPE {key: row.key}]->(b)`,
so pushing the same graph twice leaves the same nodes and relationships. Properties are
the store rows of `kg.store.rows` (evidence, aliases and articles as JSON strings).

Before loading, each label gets a uniqueness constraint on `key` (Neo4j 4.4+ / 5 syntax,
`IF NOT EXISTS`). A server without constraints (FalkorDB, Memgraph…) gets a plain index
on `key` per label instead, tolerating "already exists", and the push reports one warning.

Connecting waits at most `connect_timeout` seconds for a connection (TCP connect and the
Bolt handshake alike; the driver's own default is 60 s) and tries `CONNECT_ATTEMPTS` times:
a server that accepts a connection and never answers its handshake (FalkorDB's Bolt
listener does that to the first client after one closed) costs seconds, not a minute.

Every failure becomes a `PushError` with one line for people: unreachable server, bad
credentials, a statement the server rejected.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

import neo4j
import networkx as nx
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from kg.schema import Label, Prop
from kg.store.rows import NODE_PROPS, REL_PROPS, Row, grouped, node_rows, rel_rows

#: URI schemes of the Bolt protocol (plain, TLS, TLS with self-signed certificates).
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
BATCH = 5000
#: Largest batch payload, in UTF-8 bytes of its JSON form: a few hubs (a country named in
#: every article) carry megabytes of evidence, and one transaction should stay small.
MAX_BYTES = 4 * 2**20
#: Seconds to wait for a connection (socket and handshake) before trying again.
CONNECT_TIMEOUT = 5.0
#: How many times to try to connect before giving up.
CONNECT_ATTEMPTS = 3

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
    max_bytes: int = MAX_BYTES,
    connect_timeout: float = CONNECT_TIMEOUT,
) -> PushReport:
    """Merge `graph` into the database at `uri`; raise `PushError` on any failure.

    Rows go in batches of at most `batch` rows and `max_bytes` bytes (a larger row goes
    alone). A connection that is not ready within `connect_timeout` seconds is tried
    again, `CONNECT_ATTEMPTS` times in all.
    """
    if uri.split("://", 1)[0] not in SCHEMES or "://" not in uri:
        raise PushError(f"{uri!r} is not a Bolt URI (expected one of {', '.join(SCHEMES)}://…)")
    try:
        nodes, rels = grouped(node_rows(graph)), grouped(rel_rows(graph))
    except ValueError as e:
        raise PushError(f"the graph does not fit the schema: {e}") from e
    limit = (batch, max_bytes)
    report = PushReport()
    try:
        with (
            _connect(uri, user, password, connect_timeout) as driver,
            driver.session(database=database) as session,
        ):
            if not _constraints(session, sorted(nodes)):
                report.warnings.append(NO_CONSTRAINTS)
            for label, rows in nodes.items():
                query = _merge_nodes(label)
                report.nodes += _send(session, query, map(_node_row(label), rows), limit)
            for (type_, source, target), rows in rels.items():
                query = _merge_rels(type_, source, target)
                report.relationships += _send(session, query, map(_rel_row, rows), limit)
    except Neo4jError as e:
        raise PushError(f"the server rejected a statement: {_reason(e)}") from e
    except DriverError as e:
        raise PushError(f"lost the connection to {uri}: {e}") from e
    return report


def _connect(uri: str, user: str, password: str, timeout: float) -> neo4j.Driver:
    """A driver whose connection is verified, after up to `CONNECT_ATTEMPTS` tries."""
    for _ in range(CONNECT_ATTEMPTS):
        driver = _driver(uri, user, password, timeout)
        try:
            driver.verify_connectivity()
            return driver
        except ServiceUnavailable as e:
            failure = e
        except (AuthError, Neo4jError, ValueError) as e:  # ValueError: a port that is no number
            driver.close()
            raise _refused(uri, user, e) from e
        except BaseException:
            driver.close()
            raise
        driver.close()
    raise PushError(
        f"cannot reach a Bolt server at {uri} ({CONNECT_ATTEMPTS} tries of {timeout:g} s): "
        f"{_first_line(failure)}"
    ) from failure


def _driver(uri: str, user: str, password: str, timeout: float) -> neo4j.Driver:
    """A driver that waits `timeout` seconds for a connection, not the default minute."""
    try:
        return neo4j.GraphDatabase.driver(
            uri,
            auth=(user, password),
            connection_timeout=timeout,
            connection_acquisition_timeout=timeout,
        )
    except ValueError as e:
        raise _refused(uri, user, e) from e


def _refused(uri: str, user: str, error: Exception) -> PushError:
    """One line for a server that would not let `user` in, or an address that is no address."""
    if isinstance(error, AuthError):
        return PushError(f"{uri} refused the credentials of user {user!r}: {_reason(error)}")
    if isinstance(error, Neo4jError):  # servers that report a failed login as a general error
        return PushError(f"{uri} refused to log in user {user!r}: {_reason(error)}")
    return PushError(f"cannot reach a Bolt server at {uri}: {_first_line(error)}")


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


def _node_row(label: Label) -> Callable[[Row], dict[str, Any]]:
    names = NODE_PROPS[label][1:]

    def row(values: Row) -> dict[str, Any]:
        props = {p: v for p, v in zip(names, values[1:], strict=True) if v is not None}
        return {"key": values[0], "props": props}

    return row


def _rel_row(values: Row) -> dict[str, Any]:
    source, target, key, *rest = values
    props = {p: v for p, v in zip(REL_PROPS[1:], rest, strict=True) if v is not None}
    return {"source": source, "target": target, "key": key, "props": props}


def _send(
    session: neo4j.Session, query: str, rows: Iterable[dict[str, Any]], limit: tuple[int, int]
) -> int:
    sent = 0
    for chunk in _batches(rows, *limit):
        session.run(query, rows=chunk).consume()
        sent += len(chunk)
    return sent


def _batches(
    rows: Iterable[dict[str, Any]], size: int, max_bytes: int
) -> Iterator[list[dict[str, Any]]]:
    """`rows` in lists of at most `size` rows and `max_bytes` bytes of JSON."""
    batch: list[dict[str, Any]] = []
    used = 0
    for row in rows:
        cost = len(json.dumps(row, ensure_ascii=False).encode())
        if batch and (len(batch) >= size or used + cost > max_bytes):
            yield batch
            batch, used = [], 0
        batch.append(row)
        used += cost
    if batch:
        yield batch


def _reason(error: Neo4jError) -> str:
    return f"{error.message or error.code} ({error.code})" if error.code else str(error)


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[-1] if lines else type(error).__name__
