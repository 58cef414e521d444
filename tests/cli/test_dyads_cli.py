"""`kg between` and `kg timeline` from a terminal: formats, bounds, and a pair with nothing."""

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import save
from tests.lookup.dyads_articles import dyads_graph

runner = CliRunner()


@pytest.fixture(scope="module")
def dyads_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dyads") / "graph.json"
    save(dyads_graph(), path)
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_between_table_lists_dated_rows(dyads_file: Path) -> None:
    code, out, _ = _run("between", "مصر", "الصين", "-g", str(dyads_file))
    assert code == 0
    assert "2024-03-12" in out and "2024-06-01" in out and "CONSULT" in out


def test_between_json_and_csv_carry_the_same_rows(dyads_file: Path) -> None:
    _, out_json, _ = _run("between", "Egypt", "China", "-g", str(dyads_file), "-f", "json")
    _, out_csv, _ = _run("between", "Egypt", "China", "-g", str(dyads_file), "-f", "csv")
    rows = json.loads(out_json)
    table = list(csv.DictReader(io.StringIO(out_csv)))
    assert len(rows) == len(table) > 3
    assert [r["date"] or "" for r in rows] == [r["date"] for r in table]
    assert all(r["url"].startswith("https://") for r in table)


def test_between_html_is_a_page_with_escaped_evidence(dyads_file: Path) -> None:
    code, out, _ = _run("between", "Egypt", "China", "-g", str(dyads_file), "-f", "html")
    assert code == 0 and out.startswith("<!doctype html>")
    assert '<td dir="rtl">' in out and "https://news.example.org/ec2" in out


def test_between_since_until(dyads_file: Path) -> None:
    args = ("between", "Egypt", "China", "-g", str(dyads_file), "-f", "json")
    rows = json.loads(_run(*args, "--since", "2024-04", "--until", "2024-12")[1])
    assert rows and {r["date"] for r in rows} == {"2024-06-01"}
    assert "officials met" in {r["kind"] for r in rows}


def test_no_connection_is_one_clear_line_and_exit_1(dyads_file: Path) -> None:
    code, out, err = _run("between", "Iraq", "China", "-g", str(dyads_file))
    assert code == 1 and out == ""
    assert "no connection between Iraq and China" in err and "Traceback" not in err
    code, _, err = _run("between", "Egypt", "China", "-g", str(dyads_file), "--since", "2030")
    assert code == 1 and "between 2030 and now" in err


def test_an_unknown_name_is_one_clear_line(dyads_file: Path) -> None:
    code, _, err = _run("between", "Egypt", "Atlantis", "-g", str(dyads_file))
    assert code == 1 and "Atlantis" in err and "Traceback" not in err


def test_timeline_table_and_csv(dyads_file: Path) -> None:
    code, out, _ = _run("timeline", "Egypt", "-g", str(dyads_file))
    assert code == 0 and "2024-03" in out and "AGREE" in out
    _, out_csv, _ = _run("timeline", "Egypt", "-g", str(dyads_file), "-f", "csv")
    [header, *rows] = list(csv.reader(io.StringIO(out_csv)))
    assert header[:2] == ["month", "total"] and "CONSULT" in header
    assert rows[0][0] == "2024-03"


def test_timeline_with_nothing_in_bounds_exits_1(dyads_file: Path) -> None:
    code, _, err = _run("timeline", "Egypt", "-g", str(dyads_file), "--until", "2000")
    assert code == 1 and "no events or documents" in err


def test_export_png_timeline_draws_the_months(dyads_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    code, _, err = _run("export", "png", str(dyads_file), "-o", str(out), "--timeline")
    assert code == 0 and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "(2 months, 3 events and documents)" in err  # 2023-01; 2024-03: meeting, memorandum
    code, _, err = _run(
        "export", "png", str(dyads_file), "-o", str(out), "--timeline", "--around", "Egypt"
    )
    assert code == 0 and "1 months" in err


def test_between_one_entity_and_itself_is_an_error(dyads_file: Path) -> None:
    code, _, err = _run("between", "Egypt", "مصر", "-g", str(dyads_file))
    assert code == 1 and "same entity" in err and "Traceback" not in err


@pytest.mark.parametrize("bad", ["2016-13", "2016-9", "2016-09-31", "last year"])
def test_a_bound_that_is_no_date_is_a_usage_error(dyads_file: Path, bad: str) -> None:
    code, out, err = _run("timeline", "Egypt", "-g", str(dyads_file), "--since", bad)
    assert code == 2 and out == "" and "is not a date" in err and "Traceback" not in err
    code, _, err = _run("between", "Egypt", "China", "-g", str(dyads_file), "--until", bad)
    assert code == 2 and "is not a date" in err
