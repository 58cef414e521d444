"""Pushing the graph to Neo4j, or any Bolt server that speaks Cypher, with the official driver.

Nodes go as `UNWIND $rows AS row MERGE (n:Label {key: row.key}) SET n += …`,
relationships as `MATCH` both ends by key, then `MERGE (a)-[r:TYPE {key: row.key}]->(b)`,
so pushing the same graph twice leaves the same nodes and relationships. Properties are
the store rows of `kg.store.rows` (evidence, aliases and articles as JSON strings), every
one of them: statements are bounded by bytes, not rows (`kg.store.statements`), and what
does not fit one statement (a hub's evidence) follows as appends.

After them goes the name index of `kg.store.names` (a `Name` node per distinct name,
Arabic name and key, `NAMES` to each node bearing it), which the `cypher/` files find
nodes by.

Before loading, each label gets a uniqueness constraint on `key`, and `Name` on `text`
(Neo4j 4.4+ / 5 syntax, `IF NOT EXISTS`). A server without constraints (FalkorDB,
Memgraph…) gets plain indexes instead, tolerating "already exists", and the push reports
one warning.

A first statement asks the server to return a parameter holding a backslash: a server
that gives back something else pastes parameters into its query text (FalkorDB 4.16), so
strings are escaped for it and statements kept under `FALKORDB_BYTES` (see
`kg.store.statements`), with a warning saying so.

Connecting waits at most `connect_timeout` seconds for a connection (TCP connect and the
Bolt handshake alike; the driver's own default is 60 s) and tries `CONNECT_ATTEMPTS` times:
a server that accepts a connection and never answers its handshake costs seconds, not a
minute. The push itself hangs up without Bolt's GOODBYE (`hang_up`): FalkorDB 4.16 never
reads the connection it accepts after a client said GOODBYE. Every
failure becomes a `PushError` with one line for people: unreachable server, bad
credentials, a statement the server rejected, a connection the server dropped. The
driver's own log lines are kept off the terminal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import neo4j
import networkx as nx
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from kg.schema import ENTITY_LABELS, Label, Prop
from kg.store.names import NAME, TEXT, name_rows
from kg.store.person_keys import NAME_KEYS
from kg.store.rows import node_rows, rel_rows
from kg.store.statements import (
    FALKORDB_BYTES,
    MAX_ROWS,
    NEO4J_BYTES,
    Statement,
    escape_all,
    name_statements,
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


@dataclass
class Bolt:
    """An open session on a Bolt server, with what the push learnt about the server.

    `escaped`: the server pastes parameters into its query text, so strings go escaped
    (`kg.store.statements.escape`) and statements stay under `max_bytes`; `page`: how many
    rows a read asks for at once (FalkorDB's listener hangs on replies over 64 KB).
    """

    session: neo4j.Session
    uri: str
    escaped: bool = False
    max_bytes: int = NEO4J_BYTES
    warnings: list[str] = field(default_factory=list)
    statements: int = 0
    bytes: int = 0

    @property
    def page(self) -> int:
        return 20 if self.escaped else 1000

    def write(self, statement: Statement) -> None:
        """Run one statement of the push (its rows are escaped already when they must be)."""
        self.session.run(statement.query, rows=statement.rows).consume()
        self.statements += 1
        self.bytes += statement.cost()

    def read(self, query: str, **parameters: Any) -> list[list[Any]]:
        """The rows of a read query; string parameters are escaped when they must be."""
        if self.escaped:
            parameters = {k: escape_all(v) for k, v in parameters.items()}
        return [list(r.values()) for r in self.session.run(query, parameters)]


@contextmanager
def connect(
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    labels: Iterable[Label] = (),
    max_bytes: int = NEO4J_BYTES,
    connect_timeout: float = CONNECT_TIMEOUT,
) -> Iterator[Bolt]:
    """A session on the server at `uri`, with `key` constrained (or indexed) on `labels`
    and `wikidata` indexed; any failure inside the block becomes a one-line `PushError`."""
    if uri.split("://", 1)[0] not in SCHEMES or "://" not in uri:
        raise PushError(f"{uri!r} is not a Bolt URI (expected one of {', '.join(SCHEMES)}://…)")
    with (
        _quiet_driver(),
        _connect(uri, user, password, connect_timeout) as driver,
        driver.session(database=database) as session,
    ):
        bolt = Bolt(session, uri, max_bytes=max_bytes)
        try:
            bolt.escaped = _pastes(session)
            if bolt.escaped:
                bolt.max_bytes = min(max_bytes, FALKORDB_BYTES)
                bolt.warnings.append(PASTES.format(f"{bolt.max_bytes:,}"))
            if not _constraints(
                session, [(label, Prop.KEY) for label in sorted(set(labels))] + [(NAME, TEXT)]
            ):
                bolt.warnings.append(NO_CONSTRAINTS)
            _lookup_indexes(session, sorted(set(labels)))
            yield bolt
        except Neo4jError as e:
            raise PushError(f"the server rejected a statement: {_reason(e)}") from e
        except (DriverError, OSError, UnicodeDecodeError) as e:
            raise PushError(
                f"the server at {uri} dropped the connection after {bolt.statements} "
                f"statements ({_first_line(e)}); pushing again resumes safely"
            ) from e


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
    total = graph.number_of_nodes() + graph.number_of_edges()
    with connect(uri, user, password, database, labels, max_bytes, connect_timeout) as bolt:
        statements = chain(
            node_statements(node_rows(graph), bolt.max_bytes, batch, bolt.escaped),
            rel_statements(rel_rows(graph), bolt.max_bytes, batch, bolt.escaped),
            name_statements(name_rows(graph.nodes(data=True)), bolt.max_bytes, batch, bolt.escaped),
        )
        done = 0
        for statement in _checked(statements):
            bolt.write(statement)
            done += statement.items
            if progress is not None:
                progress(done, total)
    return PushReport(
        graph.number_of_nodes(), graph.number_of_edges(), bolt.statements, bolt.bytes,
        bolt.warnings,
    )  # fmt: skip


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


@contextmanager
def _connect(uri: str, user: str, password: str, timeout: float) -> Iterator[neo4j.Driver]:
    """A driver whose connection is verified, after up to `CONNECT_ATTEMPTS` tries, and
    that is closed without GOODBYE (`hang_up`) after the block."""
    for _ in range(CONNECT_ATTEMPTS):
        driver = _driver(uri, user, password, timeout)
        try:
            driver.verify_connectivity()
            break
        except ServiceUnavailable as e:
            failure = e
        except (AuthError, Neo4jError, ValueError) as e:  # ValueError: a port that is no number
            hang_up(driver)
            raise _refused(uri, user, e) from e
        except BaseException:
            hang_up(driver)
            raise
        hang_up(driver)
    else:
        raise PushError(
            f"cannot reach a Bolt server at {uri} ({CONNECT_ATTEMPTS} tries of {timeout:g} s): "
            f"{_first_line(failure)}"
        ) from failure
    try:
        yield driver
    finally:
        hang_up(driver)


def hang_up(driver: neo4j.Driver) -> None:
    """Close `driver` and its connections without Bolt's GOODBYE message.

    FalkorDB 4.16 frees a client that says GOODBYE and closes its socket without taking
    it out of its event loop (no `EPOLL_CTL_DEL`, as `strace` shows): the next connection
    it accepts gets the same descriptor, its registration fails (`EPOLL_CTL_MOD`:
    `ENOENT`), and it is never read — its handshake waits for the client's timeout and
    its socket stays open on the server. A client that just closes its socket is taken
    out cleanly, and Neo4j takes either alike. The driver has no public way to skip
    GOODBYE; its pool's connections are closed by `kill()`, which sends nothing (a
    driver without that pool closes as usual).

    >>> driver = neo4j.GraphDatabase.driver("bolt://127.0.0.1:1")
    >>> hang_up(driver)
    """
    pool = getattr(driver, "_pool", None)
    for connections in list(getattr(pool, "connections", {}).values()):
        for connection in list(connections):
            with suppress(Exception):
                connection.kill()
    driver.close()


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


def _constraints(session: neo4j.Session, keys: list[tuple[str, str]]) -> bool:
    """Constrain (or, failing that, index) each (label, key property) unique; False when
    only indexes."""
    try:
        for label, prop in keys:
            session.run(
                f"CREATE CONSTRAINT kg_{label.lower()}_{prop} IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE"
            ).consume()
    except Neo4jError:
        for label, prop in keys:
            # Fails when the index is already there, or unsupported: MERGE works regardless.
            with suppress(Neo4jError):
                session.run(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})").consume()
        return False
    return True


def _lookup_indexes(session: neo4j.Session, labels: list[Label]) -> None:
    """Index what a feed looks nodes up by besides `key`: `wikidata`, and people's
    `name_keys` (a text index, for `CONTAINS`; `kg.store.person_keys`). A server that
    cannot (FalkorDB has no text index) scans instead."""
    wanted: list[tuple[str, str, Label, str]] = [
        (f"kg_{label.lower()}_wikidata", "", label, Prop.WIKIDATA)
        for label in labels
        if label in ENTITY_LABELS
    ]
    if Label.PERSON in labels:
        wanted.append(("kg_person_name_keys", "TEXT ", Label.PERSON, NAME_KEYS))
    for name, kind, label, prop in wanted:
        try:
            session.run(
                f"CREATE {kind}INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
            ).consume()
        except Neo4jError:
            if not kind:  # FalkorDB: no names, no IF NOT EXISTS; fails when it exists
                with suppress(Neo4jError):
                    session.run(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})").consume()


def _reason(error: Neo4jError) -> str:
    return f"{error.message or error.code} ({error.code})" if error.code else str(error)


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[-1] if lines else type(error).__name__
