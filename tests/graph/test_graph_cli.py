"""`kg build`: files and folders in, one graph file out; incremental and idempotent."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from kg.graph import load
from kg.models import content_id
from kg.schema import Prop

runner = CliRunner()

# Made-up news sentences, one article per file.
ARTICLES = {
    "n1.ar.txt": "التقى الرئيس الأذربيجاني إلهام علييف في باكو وزير خارجية تركيا هاكان فيدان.",
    "n2.ar.txt": "وقعت أذربيجان وكازاخستان في أستانا مذكرة تفاهم للتعاون في مجال الطاقة.",
    "n3.ar.txt": "بحث وزير الطاقة الأذربيجاني مع نظيره التركي مشروع خط الأنابيب في أنقرة.",
}


def _corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


def _ids(*names: str) -> list[str]:
    return [content_id(ARTICLES[name]) for name in names]


def test_build_a_folder_then_add_to_it_incrementally(tmp_path: Path) -> None:
    graph = tmp_path / "out" / "g.json"
    folder = _corpus(tmp_path / "news", ["n1.ar.txt", "n2.ar.txt"])
    result = runner.invoke(app, ["build", str(folder), "-o", str(graph)])
    assert result.exit_code == 0, result.stderr
    assert load(graph).graph[Prop.ARTICLES] == _ids("n1.ar.txt", "n2.ar.txt")
    before = graph.read_bytes()

    result = runner.invoke(app, ["build", str(folder), "--into", str(graph)])
    assert result.exit_code == 0, result.stderr
    assert "0 articles added (2 already in the graph)" in result.stderr
    assert graph.read_bytes() == before

    _corpus(folder, ["n3.ar.txt"])
    result = runner.invoke(app, ["build", str(folder / "n3.ar.txt"), "--into", str(graph)])
    assert result.exit_code == 0, result.stderr
    assert load(graph).graph[Prop.ARTICLES] == _ids("n1.ar.txt", "n2.ar.txt", "n3.ar.txt")


def test_unreadable_files_are_listed_and_fail_the_build_after_saving(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "news", ["n1.ar.txt"])
    (folder / "empty.ar.txt").write_text("  \n", encoding="utf-8")
    graph = tmp_path / "g.json"
    result = runner.invoke(
        app, ["build", str(folder), str(tmp_path / "missing.txt"), "-o", str(graph)]
    )
    assert result.exit_code == 1
    assert "empty.ar.txt" in result.stderr and "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert load(graph).graph[Prop.ARTICLES] == _ids("n1.ar.txt")


def test_same_name_in_two_folders_is_two_articles(tmp_path: Path) -> None:
    for folder, name in (("a", "n1.ar.txt"), ("b", "n2.ar.txt")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(ARTICLES[name], encoding="utf-8")
    graph = tmp_path / "g.json"
    result = runner.invoke(
        app, ["build", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(graph)]
    )
    assert result.exit_code == 0, result.stderr
    assert load(graph).graph[Prop.ARTICLES] == _ids("n1.ar.txt", "n2.ar.txt")
    assert "2 articles added" in result.stderr


def test_same_text_under_many_names_is_one_article_with_support_one(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(3):
        (folder / f"copy-{i}.txt").write_text(ARTICLES["n2.ar.txt"], encoding="utf-8")
    graph = tmp_path / "g.json"
    result = runner.invoke(app, ["build", str(folder), "-o", str(graph)])
    assert result.exit_code == 0, result.stderr
    assert "1 article added (0 already in the graph, 2 duplicates of another input)" in (
        result.stderr
    )
    g = load(graph)
    assert g.graph[Prop.ARTICLES] == _ids("n2.ar.txt")
    assert {attrs[Prop.SUPPORT] for _, attrs in g.nodes(data=True)} == {1}
    article = next(a for _, a in g.nodes(data=True) if a[Prop.LABEL] == "Article")
    assert article[Prop.NAME] == "copy-0"


def test_output_and_into_together_are_refused(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "news", ["n1.ar.txt"])
    args = ["build", str(folder), "-o", str(tmp_path / "a.json"), "--into", str(tmp_path / "b")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "either --graph" in result.stderr
    assert not (tmp_path / "a.json").exists()


def test_a_corrupt_graph_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "news", ["n1.ar.txt"])
    graph = tmp_path / "g.json"
    graph.write_text("{broken", encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "--into", str(graph)])
    assert result.exit_code == 1
    assert "cannot read the graph" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_graph_of_other_articles_is_not_replaced_silently(tmp_path: Path) -> None:
    graph = tmp_path / "g.json"
    first = _corpus(tmp_path / "first", ["n1.ar.txt"])
    other = _corpus(tmp_path / "other", ["n2.ar.txt"])
    assert runner.invoke(app, ["build", str(first), "-g", str(graph)]).exit_code == 0
    before = graph.read_bytes()
    result = runner.invoke(app, ["build", str(other), "-g", str(graph)])
    assert result.exit_code == 2
    assert "--into" in result.stderr and "--overwrite" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert graph.read_bytes() == before
    assert runner.invoke(app, ["build", str(first), "-g", str(graph)]).exit_code == 0  # same
    result = runner.invoke(app, ["build", str(other), "-g", str(graph), "--overwrite"])
    assert result.exit_code == 0, result.stderr
    assert load(graph).graph[Prop.ARTICLES] == _ids("n2.ar.txt")


def test_every_command_names_its_graph_with_kg_graph(tmp_path: Path) -> None:
    graph = tmp_path / "env.json"
    folder = _corpus(tmp_path / "news", ["n1.ar.txt"])
    env = {"KG_GRAPH": str(graph)}
    assert runner.invoke(app, ["build", str(folder)], env=env).exit_code == 0
    assert graph.is_file()
    out = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", "graphml", "-o", str(out)], env=env)
    assert result.exit_code == 0, result.stderr
    assert out.is_file()
    result = runner.invoke(app, ["stats"], env=env)
    assert result.exit_code == 0, result.stderr


def test_an_empty_or_missing_input_folder_builds_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    graph = tmp_path / "g.json"
    for folder in (tmp_path / "empty", tmp_path / "missing"):
        result = runner.invoke(app, ["build", str(folder), "-g", str(graph)])
        assert result.exit_code != 0
        assert "Traceback" not in result.stderr
        assert not graph.exists()


def test_bad_output_paths_are_one_line_and_exit_2(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "news", ["n1.ar.txt"])
    for target in (tmp_path, tmp_path / "news"):
        result = runner.invoke(app, ["build", str(folder), "-g", str(target)])
        assert result.exit_code == 2
        assert "is a folder" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    blocked = tmp_path / "file.txt"
    blocked.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "-g", str(blocked / "g.json")])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
