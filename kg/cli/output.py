"""What every command shares at the terminal: one-line errors, the batch summary."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress
from rich.text import Text

if TYPE_CHECKING:  # the batch module loads the extractor: commands that only read skip it
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


@contextmanager
def push_progress(total: int, console: Console = err) -> Iterator[Callable[[int, int], None]]:
    """A `progress(done, total)` callback drawing a bar while a person watches; silent in a
    pipe."""
    if not console.is_terminal:
        yield lambda done, total: None
        return
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("pushing", total=total)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def fail(message: str, code: int = 1) -> NoReturn:
    """Stop the command with one clear line on stderr and a non-zero exit, no traceback."""
    say("error:", message, "bold red")
    raise typer.Exit(code)


#: Exit code of a command refused before doing anything (a bad option value, a bad path).
USAGE = 2


def output_file(path: Path, example: str = "graph.json") -> Path:
    """`path` if a file can be written there (its folder made when missing); else one line
    and exit 2, with nothing written."""
    if path.is_dir():
        fail(f"{path} is a folder: give a file name, such as {path / example}", USAGE)
    _make_folder(path.parent)
    return path


def output_folder(path: Path) -> Path:
    """`path` if files can be written into it (made when missing); else exit 2."""
    if path.exists() and not path.is_dir():
        fail(f"{path} is a file: give a folder for the files", USAGE)
    _make_folder(path.parent)
    return path


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        file = next(p for p in (folder, *folder.parents) if p.exists() and not p.is_dir())
        fail(f"cannot make the folder {folder}: {file} is a file", USAGE)
    except OSError as e:
        fail(f"cannot make the folder {folder}: {e.strerror or e}", USAGE)
    if not os.access(folder, os.W_OK):
        fail(f"cannot write into {folder} (permission denied)", USAGE)
    try:  # access() says yes to root everywhere; only a real file says the folder takes one
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as e:
        fail(f"cannot write into {folder}: {e.strerror or e}", USAGE)


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Call `write` on a temporary name beside `path`, then rename it over `path`: a failed
    or interrupted export leaves nothing half-written. Works for a file or a folder."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        write(tmp)
        if tmp.is_dir():
            path.mkdir(exist_ok=True)
            for part in tmp.iterdir():
                os.replace(part, path / part.name)
            tmp.rmdir()
        else:
            os.replace(tmp, path)
    finally:
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)


def summarize(report: BatchReport, report_path: Path | None) -> None:
    """Say on stderr what was skipped or warned, write the JSON report, exit 1 if skipped."""
    for path, warning in report.warnings:
        say("warning:", f"{path}: {warning}")
    for s in report.skipped:
        say("skipped:", f"{s.path}: {s.reason}", "red")
    if report_path is not None:
        try:
            report_path.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
        except OSError as e:
            fail(f"cannot write the report {report_path}: {e.strerror or e}")
    if report.skipped:
        err.print(f"{report.processed} processed, {len(report.skipped)} skipped")
        raise typer.Exit(1)
