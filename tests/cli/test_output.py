"""A batch shows a progress bar to a person at a terminal and nothing to a pipe."""

import io
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from kg.cli import app
from kg.cli.output import progress


def test_progress_bar_on_a_terminal() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=80)
    assert list(progress(range(3), 3, "extracting", console)) == [0, 1, 2]
    assert "extracting" in screen.getvalue()


def test_no_progress_in_a_pipe(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("وصل وزير الخارجية التركي إلى باكو.", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(article), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    assert "extracting" not in result.stderr and "━" not in result.stderr


def test_an_output_under_a_file_is_refused_before_any_work(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("وصل وزير الخارجية التركي إلى باكو.", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(article), "-o", str(article / "g.json")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{article} is a file" in result.stderr


def test_a_folder_that_takes_no_file_is_refused_even_for_root(tmp_path: Path) -> None:
    # /proc says yes to access(W_OK) for root but creates no file: only a real file tells
    article = tmp_path / "a.txt"
    article.write_text("وصل وزير الخارجية التركي إلى باكو.", encoding="utf-8")
    graph = str(tmp_path / "g.json")
    for args in (["-o", "/proc/g.json"], ["-o", graph, "--report", "/proc/r.json"]):
        result = CliRunner().invoke(app, ["build", str(article), *args])
        assert result.exit_code == 2 and "cannot write into /proc" in result.stderr
    assert not (tmp_path / "g.json").exists()  # refused before the build, not after it
    result = CliRunner().invoke(app, ["extract", str(article), "--report", "/proc/r.json"])
    assert result.exit_code == 2 and result.stdout == ""
