"""Cypher text around the embedded engine: needed parameters, Neo4j-only spellings, values."""

from __future__ import annotations

import pytest

from kg.graph import build
from kg.store.cypher import embedded_hint, missing_parameters, parameters_of, plain_value, run
from kg.store.embedded import QueryError, load
from tests.graph.articles import first, second


def test_parameters_are_found_outside_strings_and_comments() -> None:
    query = "MATCH (c {name: $name}) WHERE c.x = '$no' OR c.y = $`odd name` // $never\nRETURN $name"
    assert parameters_of(query) == ["name", "odd name"]
    assert missing_parameters(query, {"name": "x"}) == ["odd name"]


def test_neo4j_only_functions_name_their_embedded_spelling() -> None:
    hint = embedded_hint("MATCH p = shortestPath((a)-[*]-(b)) RETURN type(r)")
    assert hint is not None and "label(r)" in hint and "SHORTEST" in hint
    assert embedded_hint("RETURN 'type(r)'") is None


def test_engine_internals_are_dropped_from_values() -> None:
    node = {"_ID": {"offset": 1, "table": 0}, "_LABEL": "Country", "key": "k", "name": "n"}
    assert plain_value([node]) == [{"key": "k", "name": "n"}]


def test_a_missing_parameter_is_an_error_not_an_empty_result() -> None:
    db = load(build([first(), second()]))
    query = "MATCH (c:Country) WHERE c.name = $country RETURN c.name AS name"
    with pytest.raises(QueryError, match=r"\$country.*--param country="):
        run(db, query, {})
    assert run(db, query, {"country": "Kazakhstan"}).rows == [["Kazakhstan"]]


def test_embedded_spellings_work_and_nodes_come_back_clean() -> None:
    db = load(build([first(), second()]))
    rows = run(db, "MATCH (c:Country {name: 'Kazakhstan'}) RETURN c", {}).rows
    assert "_ID" not in rows[0][0] and rows[0][0]["name"] == "Kazakhstan"
    assert run(db, "MATCH ()-[r:MEMBER_OF]->() RETURN label(r) LIMIT 1", {}).rows == [["MEMBER_OF"]]
    with pytest.raises(QueryError, match=r"label\(r\) instead of type\(r\)"):
        run(db, "MATCH ()-[r]->() RETURN type(r)", {})
