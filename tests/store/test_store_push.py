"""Pushing to a real Bolt server (FalkorDB): counts, idempotence, and one-line failures."""

from __future__ import annotations

import neo4j
import pytest

import kg.store.neo4j
from kg.graph import build
from kg.store.neo4j import NO_CONSTRAINTS, PushError, hang_up, push
from tests.graph.articles import first, second
from tests.store.conftest import GRAPH_NODES, GRAPH_RELS, PASSWORD, USER, BoltServer, names


def _counts(server: BoltServer, name: str) -> tuple[int, int]:
    [[nodes]] = server.run(name, f"{GRAPH_NODES} RETURN count(n)")
    [[rels]] = server.run(name, f"{GRAPH_RELS} RETURN count(r)")
    return nodes, rels


def _names(server: BoltServer, name: str) -> set[tuple[str, str]]:
    query = "MATCH (m:Name)-[r:NAMES]->(n) WHERE m.label = 'Name' AND r.type = 'NAMES' "
    return {(text, key) for text, key in server.run(name, query + "RETURN m.text, n.key")}


def test_push_creates_every_node_and_relationship_once(falkordb: BoltServer) -> None:
    g = build([first(), second()])
    report = push(g, falkordb.uri, USER, PASSWORD, database="push_twice")
    assert (report.nodes, report.relationships) == (g.number_of_nodes(), g.number_of_edges())
    assert NO_CONSTRAINTS in report.warnings  # FalkorDB has indexes, not constraints
    assert _counts(falkordb, "push_twice") == (g.number_of_nodes(), g.number_of_edges())
    assert _names(falkordb, "push_twice") == names(g)
    push(g, falkordb.uri, USER, PASSWORD, database="push_twice")
    assert _counts(falkordb, "push_twice") == (g.number_of_nodes(), g.number_of_edges())
    [[pairs]] = falkordb.run("push_twice", "MATCH (:Name)-[r:NAMES]->() RETURN count(r)")
    assert pairs == len(names(g))  # once each


def test_push_keeps_properties_and_evidence(falkordb: BoltServer) -> None:
    g = build([first(), second()])
    push(g, falkordb.uri, USER, PASSWORD, database="props")
    rows = falkordb.run(
        "props",
        "MATCH (p:Person)-[r:HOLDS_POSITION]->(c:Country {wikidata: $qid}) "
        "RETURN p.name, r.role, r.support, r.evidence ORDER BY r.role",
        {"qid": "Q227"},
    )
    assert [row[:3] for row in rows] == [
        ["Shahin Mustafayev", "Deputy Prime Minister", 1],
        ["Ali Asadov", "Prime Minister", 2],
    ]
    assert "شاهين مصطفايف" in rows[0][3]


def test_a_grown_graph_pushed_again_adds_only_what_is_new(falkordb: BoltServer) -> None:
    push(build([first()]), falkordb.uri, USER, PASSWORD, database="grow")
    g = build([first(), second()])
    push(g, falkordb.uri, USER, PASSWORD, database="grow")
    assert _counts(falkordb, "grow") == (g.number_of_nodes(), g.number_of_edges())
    [[support]] = falkordb.run("grow", "MATCH (c:Country {wikidata: 'Q227'}) RETURN c.support")
    assert support == 2


def test_pushes_in_a_row_each_get_through_at_the_first_try(
    falkordb: BoltServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FalkorDB 4.16 never reads the connection it accepts after a client said GOODBYE: a
    # push that ended with GOODBYE made the next one wait out its timeout (60 s, the
    # driver's default). One try each, with a timeout far beyond a normal handshake, so
    # this fails on a GOODBYE whatever the machine's load, and never waits long otherwise.
    monkeypatch.setattr(kg.store.neo4j, "CONNECT_ATTEMPTS", 1)
    g = build([first()])
    for _ in range(6):
        report = push(g, falkordb.uri, USER, PASSWORD, database="again", connect_timeout=20)
        assert report.nodes == g.number_of_nodes()
    assert _counts(falkordb, "again") == (g.number_of_nodes(), g.number_of_edges())


def test_clients_that_hang_up_leave_the_server_serving(falkordb: BoltServer) -> None:
    # Every second client timed out here when each closed with GOODBYE (driver.close()).
    for _ in range(10):
        driver = neo4j.GraphDatabase.driver(
            falkordb.uri, auth=(USER, PASSWORD), connection_acquisition_timeout=20
        )
        try:
            with driver.session(database="hang_up") as session:
                assert session.run("RETURN 1").single() is not None
        finally:
            hang_up(driver)


def test_hang_up_closes_a_driver_that_never_connected() -> None:
    driver = neo4j.GraphDatabase.driver("bolt://127.0.0.1:1", auth=(USER, PASSWORD))
    hang_up(driver)
    with pytest.raises(neo4j.exceptions.DriverError):
        driver.session()


def test_unreachable_server_is_one_line() -> None:
    with pytest.raises(PushError, match="cannot reach a Bolt server") as error:
        push(build([first()]), "bolt://127.0.0.1:1", USER, PASSWORD)
    assert "\n" not in str(error.value)


def test_bad_credentials_are_one_line(falkordb: BoltServer) -> None:
    with pytest.raises(PushError, match="refused") as error:
        push(build([first()]), falkordb.uri, USER, "not-the-password", database="creds")
    assert "\n" not in str(error.value)


def test_a_uri_that_is_not_bolt_is_refused_before_connecting() -> None:
    with pytest.raises(PushError, match="not a Bolt URI"):
        push(build([first()]), "http://127.0.0.1:7474", USER, PASSWORD)


def test_small_batches_push_the_same_graph(falkordb: BoltServer) -> None:
    g = build([first(), second()])
    report = push(g, falkordb.uri, USER, PASSWORD, database="small", batch=2, max_bytes=1500)
    assert (report.nodes, report.relationships) == (g.number_of_nodes(), g.number_of_edges())
    assert _counts(falkordb, "small") == (g.number_of_nodes(), g.number_of_edges())


def test_a_malformed_address_is_one_line() -> None:
    with pytest.raises(PushError, match="cannot reach a Bolt server"):
        push(build([first()]), "bolt://127.0.0.1:port", USER, PASSWORD)


def test_a_graph_that_breaks_the_schema_is_refused_before_connecting() -> None:
    g = build([first()])
    g.add_edge("Country:Q227", "Person:ali asadov", key="HELD_IN", type="HELD_IN")
    with pytest.raises(PushError, match="does not fit the schema"):
        push(g, "bolt://127.0.0.1:1", USER, PASSWORD)
