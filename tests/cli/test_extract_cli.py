"""`kg extract`: one JSON object per input file, in order; broken files reported, not fatal."""

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

ARTICLE = "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في القاهرة."


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_jsonl_keeps_input_order_and_reports_broken_files(tmp_path: Path) -> None:
    good_b = write(tmp_path, "b.txt", ARTICLE)
    empty = write(tmp_path, "empty.txt", "   \n")
    good_a = write(tmp_path, "a.txt", "وصل الرئيس التركي إلى باكو.")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(
        app, ["extract", str(good_b), str(empty), str(good_a), "--report", str(report)]
    )
    assert result.exit_code == 1  # something was skipped
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [d.get("article", {}).get("file") for d in lines] == ["b", None, "a"]
    assert lines[1]["skipped"] and lines[1]["entities"] == []
    assert {e["label"] for e in lines[0]["entities"]} >= {"Person", "Country", "Place"}
    saved = json.loads(report.read_text())
    assert saved["processed"] == 2
    assert [s["path"] for s in saved["skipped"]] == [str(empty)]
    assert "Traceback" not in result.output


def test_a_folder_expands_to_its_articles_and_json_is_one_array(tmp_path: Path) -> None:
    write(tmp_path, "x.ar.txt", ARTICLE)
    write(
        tmp_path,
        "x.meta.json",
        json.dumps({"url": "https://example.org/x", "published": "2024-05-01"}),
    )
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.stdout)
    assert doc["article"] == {
        "id": "https://example.org/x",
        "url": "https://example.org/x",
        "title": None,
        "published": "2024-05-01",
        "source": None,
        "file": "x",
    }
    relation = doc["relations"][0]
    assert relation["evidence"]["article"] == "https://example.org/x"
    assert relation["evidence"]["text"] in ARTICLE


def test_table_format_prints_entities_and_relations(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["extract", str(write(tmp_path, "t.txt", ARTICLE)), "-f", "table"]
    )
    assert result.exit_code == 0
    assert "HOLDS_POSITION" in result.stdout and "Jordan" in result.stdout
