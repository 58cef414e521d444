"""Pushing the graph to Neo4j, or any Bolt server that speaks Cypher, with the official driver.

Nodes go as `UNWIND $rows AS row MERGE (n:Label {key: row.key}) SET n += …`,
relationships as `MATCH` both ends by key, then `MERGE (a)-[r:TYPE {key: row.key}]->(b)`,
so pushing the same graph twice leaves the same nodes and relationships. Properties are
the store rows of `kg.store.rows` (evidence, aliases and articles as JSON strings), every
one of them: statements are bounded by bytes, not rows (`kg.store.statements`), and what
does not fit one statement (a hub's evidence) follows as appends.

Before loading, each label gets a uniqueness constraint on `key` (Neo4j 4.4+ / 5 syntax,
`IF NOT EXISTS`). A server without constraints (FalkorDB, Memgraph…) gets a plain index
on `key` per label instead, tolerating "already exists", and the push reports one warning.

A first statement asks the server to return a parameter holding a backslash: a server
that gives back something else pastes parameters into its query text (FalkorDB 4.16), so
strings are escaped for it and statements kept under `FALKORDB_BYTES` (see
`kg.store.statements`), with a warning saying so.

Connecting waits at most `connect_timeout` seconds for a connection (TCP connect and the
Bolt handshake alike; the driver's own default is 60 s) and tries `CONNECT_ATTEMPTS` times:
a server that accepts a connection and never answers its handshake (FalkorDB's Bolt
listener does that to the first client after one closed) costs seconds, not a minute. Every
failure becomes a `PushError` with one line for people: unreachable server, bad
credentials, a statement the server rejected, a connection the server dropped. The
driver's own log lines are kept off the terminal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import chain

import neo4j
import networkx as nx
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from kg.schema import Label, Prop
from kg.store.rows import node_rows, rel_rows
from kg.store.statements import (
    FALKORDB_BYTES,
    MAX_ROWS,
    NEO4J_BYTES,
    Statement,
    node_statements,
    rel_statements,
)

#: URI schemes of the Bolt protocol (plain, TLS, TLS with self-signed certificates).
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
#: Seconds to wait for a connection (socket and handshake) before trying again.
CONNECT_TIMEOUT = 5.0
#: How many times to try to connect before giving up.
CONNECT_ATTEMPTS = 3
_PROBE = "kg\\\\probe"  # two backslashes: a server that pastes parameters returns one

NO_CONSTRAINTS = (
    "the server does not support uniqueness constraints; created plain indexes on `key` "
    "instead (MERGE stays idempotent, but the server does not forbid duplicate keys)"
)
PASTES = (
    "the server pastes parameters into the query text (FalkorDB does): strings are sent "
    "escaped and statements kept under {} bytes"
)

Progress = Callable[[int, int], None]


class PushError(Exception):
    """The push failed; `str(error)` is one line saying why."""


@dataclass
class PushReport:
    """What was pushed: node and relationship rows sent, statements, and warnings."""

    nodes: int = 0
    relationships: int = 0
    statements: int = 0
    bytes: int = 0
    warnings: list[str] = field(default_factory=list)


def push(
    graph: nx.MultiDiGraph,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    batch: int = MAX_ROWS,
    max_bytes: int = NEO4J_BYTES,
    progress: Progress | None = None,
    connect_timeout: float = CONNECT_TIMEOUT,
) -> PushReport:
    """Merge `graph` into the database at `uri`; raise `PushError` on any failure.

    Statements hold at most `batch` rows and `max_bytes` bytes of text and parameters.
    `progress(done, total)` is called after each statement with graph items written. A
    connection that is not ready within `connect_timeout` seconds is tried again,
    `CONNECT_ATTEMPTS` times in all.
    """
    if uri.split("://", 1)[0] not in SCHEMES or "://" not in uri:
        raise PushError(f"{uri!r} is not a Bolt URI (expected one of {', '.join(SCHEMES)}://…)")
    try:
        labels = sorted({Label(a) for _, a in graph.nodes(data=Prop.LABEL)})
        for _ in rel_rows(graph):
            pass  # the schema check, before anything is sent
    except ValueError as e:
        raise PushError(f"the graph does not fit the schema: {e}") from e
    report = PushReport()
    total = graph.number_of_nodes() + graph.number_of_edges()
    with (
        _quiet_driver(),
        _connect(uri, user, password, connect_timeout) as driver,
        driver.session(database=database) as session,
    ):
        try:
            escaped = _pastes(session)
            if escaped:
                max_bytes = min(max_bytes, FALKORDB_BYTES)
                report.warnings.append(PASTES.format(f"{max_bytes:,}"))
            if not _constraints(session, labels):
                report.warnings.append(NO_CONSTRAINTS)
            statements = chain(
                node_statements(node_rows(graph), max_bytes, batch, escaped),
                rel_statements(rel_rows(graph), max_bytes, batch, escaped),
            )
            done = 0
            for statement in _checked(statements):
                session.run(statement.query, rows=statement.rows).consume()
                report.statements += 1
                report.bytes += statement.cost()
                done += statement.items
                if progress is not None:
                    progress(done, total)
        except Neo4jError as e:
            raise PushError(f"the server rejected a statement: {_reason(e)}") from e
        except (DriverError, OSError, UnicodeDecodeError) as e:
            raise PushError(
                f"the server at {uri} dropped the connection after {report.statements} "
                f"statements ({_first_line(e)}); pushing again resumes safely"
            ) from e
    report.nodes, report.relationships = graph.number_of_nodes(), graph.number_of_edges()
    return report


def _checked(statements: Iterator[Statement]) -> Iterator[Statement]:
    try:
        yield from statements
    except ValueError as e:
        raise PushError(f"cannot cut the push into statements: {e} (raise --batch-bytes)") from e


@contextmanager
def _quiet_driver() -> Iterator[None]:
    """Keep the driver's log records (a defunct connection, say) off the terminal: every
    failure reaches the user as one `PushError` line instead."""
    logger = logging.getLogger("neo4j")
    saved = logger.propagate, logger.level
    logger.propagate = False
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.propagate, _ = saved
        logger.setLevel(saved[1])


def _pastes(session: neo4j.Session) -> bool:
    """Whether the server pastes parameters into its query text (see the module doc)."""
    [record] = list(session.run("RETURN $probe AS probe", probe=_PROBE))
    return bool(record["probe"] != _PROBE)


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


def _reason(error: Neo4jError) -> str:
    return f"{error.message or error.code} ({error.code})" if error.code else str(error)


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[-1] if lines else type(error).__name__
