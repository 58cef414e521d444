"""What every command shares at the terminal: one-line errors, the batch summary."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress
from rich.text import Text

from kg.batch import BatchReport

#: stderr. Never reads markup: messages hold what users typed (names, paths like `a[1]/`).
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
T = TypeVar("T")


def progress(items: Iterable[T], total: int, what: str, console: Console = err) -> Iterator[T]:
    """`items`, with a progress bar while a person watches the terminal; silent in a pipe."""
    if not console.is_terminal:
        yield from items
        return
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task(what, total=total)
        for item in items:
            yield item
            bar.advance(task)


def say(tag: str, message: str, style: str = "yellow") -> None:
    """One line on stderr: a coloured `tag`, then `message` as plain text (no markup)."""
    err.print(Text.assemble((tag, style), " ", message))


def fail(message: str, code: int = 1) -> NoReturn:
    """Stop the command with one clear line on stderr and a non-zero exit, no traceback."""
    say("error:", message, "bold red")
    raise typer.Exit(code)


def summarize(report: BatchReport, report_path: Path | None) -> None:
    """Say on stderr what was skipped or warned, write the JSON report, exit 1 if skipped."""
    for path, warning in report.warnings:
        say("warning:", f"{path}: {warning}")
    for s in report.skipped:
        say("skipped:", f"{s.path}: {s.reason}", "red")
    if report_path is not None:
        report_path.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    if report.skipped:
        err.print(f"{report.processed} processed, {len(report.skipped)} skipped")
        raise typer.Exit(1)
