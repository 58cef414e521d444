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
