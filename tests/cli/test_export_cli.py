"""`kg export …` on a saved graph file."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def _ok(*args: str | Path) -> str:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.stderr
    return result.stderr


def _page_nodes(page: Path) -> set[str]:
    block = re.search(r'id="kg-data">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)
    assert block is not None
    return {n["id"] for n in json.loads(block.group(1))["nodes"]}


def test_html_whole_around_and_by_label(graph_file: Path, tmp_path: Path) -> None:
    _ok("export", "html", graph_file, "-o", tmp_path / "all.html")
    assert len(_page_nodes(tmp_path / "all.html")) == 13
    said = _ok("export", "html", graph_file, "-o", tmp_path / "baku.html", "--around", "باكو")
    assert _page_nodes(tmp_path / "baku.html") == {"baku", "az"}
    assert "2 nodes" in said
    _ok(
        "export",
        "html",
        graph_file,
        "-o",
        tmp_path / "c.html",
        "--label",
        "Country",
        "-l",
        "Person",
    )
    assert _page_nodes(tmp_path / "c.html") == {"kz", "az", "tokayev", "aliyev"}
    # evidence links still resolve: the articles come from the whole graph
    assert "https://news.example.org/a1" in (tmp_path / "c.html").read_text(encoding="utf-8")


def test_html_with_an_unknown_centre_fails(graph_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["export", "html", str(graph_file), "-o", str(tmp_path / "x.html"), "--around", "Paris"],
    )
    assert result.exit_code == 1
    assert "Paris" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_graphml_gexf_csv(graph_file: Path, tmp_path: Path) -> None:
    _ok("export", "graphml", graph_file, "-o", tmp_path / "g.graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_edges() == 25
    _ok("export", "gexf", graph_file, "-o", tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == 13
    said = _ok("export", "csv", graph_file, "-o", tmp_path / "neo4j")
    assert "neo4j-admin database import full" in said
    with (tmp_path / "neo4j" / "relationships.csv").open(encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == 25


def test_png_and_svg(graph_file: Path, tmp_path: Path) -> None:
    _ok("export", "png", graph_file, "-o", tmp_path / "g.png", "--around", "Astana", "--hops", "2")
    assert (tmp_path / "g.png").read_bytes().startswith(b"\x89PNG")
    _ok("export", "svg", graph_file, "-o", tmp_path / "g.svg")
    assert "<svg" in (tmp_path / "g.svg").read_text(encoding="utf-8")


def test_a_path_with_brackets_is_printed_as_given(tmp_path: Path, graph_file: Path) -> None:
    target = tmp_path / "[x]" / "g.graphml"
    target.parent.mkdir()
    result = CliRunner().invoke(app, ["export", "graphml", str(graph_file), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert f"wrote {target} (" in result.stderr


def test_bad_export_paths_are_one_line_exit_2_and_leave_nothing(
    tmp_path: Path, graph_file: Path
) -> None:
    def run(*args: str | Path) -> tuple[int, str]:
        result = CliRunner().invoke(app, ["export", *map(str, args)])
        return result.exit_code, result.stderr

    for fmt in ("graphml", "gexf", "html", "png"):
        code, stderr = run(fmt, graph_file, "-o", tmp_path)
        assert code == 2 and "is a folder" in stderr, stderr
        assert len(stderr.strip().splitlines()) == 1
    code, stderr = run("csv", graph_file, "-o", graph_file)
    assert code == 2 and "is a file" in stderr
    code, _ = run("graphml", graph_file, "-o", tmp_path / "new" / "g.graphml")
    assert code == 0 and (tmp_path / "new" / "g.graphml").is_file()
    for _ in range(2):  # an existing CSV folder is refreshed, not a traceback
        code, stderr = run("csv", graph_file, "-o", tmp_path / "csv")
        assert code == 0, stderr
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "names.csv",
        "names_relationships.csv",
        "nodes.csv",
        "relationships.csv",
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_graph_can_be_named_with_the_option_or_kg_graph(
    tmp_path: Path, graph_file: Path
) -> None:
    out = tmp_path / "g.gexf"
    result = CliRunner().invoke(app, ["export", "gexf", "-g", str(graph_file), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    env = {"KG_GRAPH": str(graph_file)}
    result = CliRunner().invoke(app, ["export", "gexf", "-o", str(out)], env=env)
    assert result.exit_code == 0, result.stderr


def test_a_picture_says_how_many_nodes_it_drew(tmp_path: Path, graph_file: Path) -> None:
    out = tmp_path / "g.png"
    result = CliRunner().invoke(
        app, ["export", "png", str(graph_file), "-o", str(out), "--most", "3"]
    )
    assert result.exit_code == 0, result.stderr
    assert "3 of " in result.stderr and "most connected" in result.stderr
