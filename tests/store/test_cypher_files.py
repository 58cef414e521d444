"""Every `cypher/*.cypher` file: documented, and the same answer on both engines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kg.graph import build
from kg.schema import RelType
from kg.store.embedded import Embedded, load
from kg.store.neo4j import push
from tests.graph.articles import first, second
from tests.store.conftest import PASSWORD, USER, BoltServer

CYPHER = Path(__file__).resolve().parents[2] / "cypher"
FILES = sorted(CYPHER.glob("*.cypher"))

# Parameters for each file on the test articles, and the number of rows expected.
CASES: dict[str, tuple[dict[str, str], int]] = {
    "officials": ({"country": "Azerbaijan"}, 2),
    "co_chairs": ({"commission": ""}, 2),
    "commission_meetings": ({"commission": "Kazakhstan"}, 1),
    "documents": ({"name": "Mustafayev"}, 1),
    "cooperation": ({"topic": "الطاقة"}, 2),
    "projects": ({"project": "Corridor"}, 3),
    "figures": ({"a": "Q227", "b": "Kazakhstan", "metric": ""}, 2),
    "evidence": ({"source": "Ali Asadov", "type": "HOLDS_POSITION", "target": "Azerbaijan"}, 1),
    "connection": ({"from": "Ali Asadov", "to": "Kazakhstan"}, 6),
    "between": ({"a": "Azerbaijan", "b": "Kazakhstan", "from": "2024", "to": "2024-12-31"}, 1),
    "agreements_per_year": ({"country": "Azerbaijan"}, 1),
    "officials_meetings": ({"a": "Azerbaijan", "b": "Kazakhstan"}, 1),
}
GRAPH = "cypher_files"


@pytest.fixture(scope="module")
def embedded() -> Embedded:
    return load(build([first(), second()]))


@pytest.fixture(scope="module")
def bolt(falkordb_module: BoltServer) -> BoltServer:
    push(build([first(), second()]), falkordb_module.uri, USER, PASSWORD, database=GRAPH)
    return falkordb_module


def test_there_are_at_least_eight_and_each_has_a_case() -> None:
    assert len(FILES) >= 8
    assert {f.stem for f in FILES} == set(CASES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_the_header_says_what_it_answers_and_names_every_parameter(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("//")]
    body = "\n".join(line for line in lines if not line.startswith("//"))
    assert lines[0].startswith("// ") and "Parameters:" in "\n".join(header)
    for name in set(re.findall(r"\$(\w+)", body)):
        assert f"${name}" in "\n".join(header), f"${name} is not documented"
    assert set(re.findall(r"\$(\w+)", body)) == set(CASES[path.stem][0])


def _unordered(rows: list[list[Any]]) -> list[list[Any]]:
    """Rows with collected lists sorted: `collect` promises no order on either engine."""
    return [[sorted(v) if isinstance(v, list) else v for v in row] for row in rows]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_both_engines_give_the_same_rows(path: Path, embedded: Embedded, bolt: BoltServer) -> None:
    query = path.read_text(encoding="utf-8")
    parameters, count = CASES[path.stem]
    mine = _unordered(embedded.run(query, parameters).rows)
    theirs = _unordered(bolt.run(GRAPH, query, parameters))
    assert len(mine) == count
    assert mine == theirs


def test_connection_follows_every_relationship_type_but_mentions() -> None:
    text = (CYPHER / "connection.cypher").read_text(encoding="utf-8")
    for pattern in re.findall(r"\[r\d:([A-Z_|]+)\]", text):
        assert set(pattern.split("|")) == {t.value for t in RelType} - {"MENTIONED_IN"}


def test_between_keeps_only_what_falls_in_the_window(embedded: Embedded) -> None:
    query = (CYPHER / "between.cypher").read_text(encoding="utf-8")
    window = {"a": "Azerbaijan", "b": "Kazakhstan", "from": "2024-11-06", "to": "2025-12-31"}
    assert embedded.run(query, window).rows == []
    window = {**window, "from": "2024-11-05"}
    assert [row[0] for row in embedded.run(query, window).rows] == ["2024-11-05"]
