"""`kg query` and `kg push` from the command line: formats, parameters, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import build, save
from tests.graph.articles import first, second
from tests.store.conftest import GRAPH_NODES, PASSWORD, USER, BoltServer

runner = CliRunner()
CYPHER = Path(__file__).resolve().parents[2] / "cypher"


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    save(build([first(), second()]), path)
    return path


def _query(graph_file: Path, *args: str) -> str:
    result = runner.invoke(app, ["query", *args, "--graph", str(graph_file)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_a_cypher_file_with_parameters_as_json(graph_file: Path) -> None:
    out = _query(
        graph_file, "--file", str(CYPHER / "officials.cypher"), "-p", "country=Q227", "-f", "json"
    )
    rows = json.loads(out)
    assert [(r["person"], r["role"], r["support"]) for r in rows] == [
        ("Ali Asadov", "Prime Minister", 2),
        ("Shahin Mustafayev", "Deputy Prime Minister", 1),
    ]


def test_inline_query_as_csv_with_a_typed_parameter(graph_file: Path) -> None:
    out = _query(
        graph_file,
        "MATCH (q:Quantity) WHERE q.value > $min RETURN q.period AS period, q.value AS value",
        "--param",
        "min:=4.5e8",
        "--format",
        "csv",
    )
    assert list(csv.reader(io.StringIO(out))) == [["period", "value"], ["2024", "500000000.0"]]


def test_table_output_shows_arabic_as_stored(graph_file: Path) -> None:
    out = _query(
        graph_file, "MATCH (p:Person {name: $n}) RETURN p.name_ar AS ar", "-p", "n=Ali Asadov"
    )
    assert "علي أسدوف" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["MATCH (n RETURN n"], "the query failed"),
        (["RETURN 1", "--file", "x.cypher"], "not both"),
        (["--file", "nowhere.cypher"], "cannot read nowhere.cypher"),
        (["RETURN $x", "--param", "x"], "expected NAME=value"),
        (["RETURN $x", "--param", "x:=[1,"], "not JSON"),
    ],
)
def test_query_errors_are_one_line(graph_file: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["query", *args, "--graph", str(graph_file)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_query_without_a_graph_file_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "RETURN 1", "--graph", str(tmp_path / "none.json")])
    assert result.exit_code == 1
    assert "no graph file" in result.stderr


def test_push_takes_the_password_from_the_environment(
    graph_file: Path, falkordb: BoltServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_NEO4J_PASSWORD", PASSWORD)
    args = ["push", str(graph_file), "--uri", falkordb.uri, "--user", USER, "--database", "cli"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert "pushed 18 nodes and 45 relationships" in result.stderr
    assert "warning:" in result.stderr  # FalkorDB: indexes instead of constraints
    [[count]] = falkordb.run("cli", f"{GRAPH_NODES} RETURN count(n)")
    assert count == 18


@pytest.mark.parametrize(
    ("uri", "password", "message"),
    [
        ("bolt://127.0.0.1:1", PASSWORD, "cannot reach a Bolt server"),
        (None, "wrong", "refused"),
        ("http://127.0.0.1:7474", PASSWORD, "not a Bolt URI"),
    ],
)
def test_push_errors_are_one_line(
    graph_file: Path, falkordb: BoltServer, uri: str | None, password: str, message: str
) -> None:
    args = ["push", str(graph_file), "--uri", uri or falkordb.uri, "--password", password]
    result = runner.invoke(app, [*args, "--user", USER])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_push_without_a_password_says_how_to_give_one(
    graph_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_NEO4J_PASSWORD", raising=False)
    result = runner.invoke(app, ["push", str(graph_file)])
    assert result.exit_code == 1
    assert "KG_NEO4J_PASSWORD" in result.stderr


def test_a_server_address_given_as_the_graph_says_where_it_goes() -> None:
    result = runner.invoke(app, ["push", "bolt://127.0.0.1:7687", "--password", "x"])
    assert result.exit_code == 2 and "--uri" in result.stderr
    assert "no graph file" not in result.stderr


def test_a_missing_parameter_names_itself_and_exits_1(graph_file: Path) -> None:
    result = runner.invoke(
        app, ["query", "--file", str(CYPHER / "officials.cypher"), "--graph", str(graph_file)]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "$country" in result.stderr and "--param country=" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
