"""Command-line interface: a thin layer over the Python API (`kg.extract`, `kg.graph`, …).

Each command lives in a module that registers it on the one typer `app` when imported.
The `kg` console script (`main`) imports only the module of the command it is asked for:
`kg extract` never loads the graph stack (networkx, pyarrow, the store engines, the Neo4j
driver), which would take most of its start-up. `kg.cli.app` — what tests and Python
callers use — is the application with every command registered:

>>> from kg.cli import app
>>> "extract" in [c.name for c in app.registered_commands]
True
"""

from __future__ import annotations

import inspect
import sys
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

__all__ = ["COMMANDS", "app", "main"]

# Each command (or command group) -> the module of kg.cli that registers it.
COMMANDS = {
    "extract": "extract",
    "build": "graph",
    "query": "graph",
    "push": "graph",
    "lookup": "lookup",
    "neighbors": "lookup",
    "path": "lookup",
    "stats": "lookup",
    "between": "dyads",
    "timeline": "dyads",
    "export": "export",
}


def load(command: str | None = None) -> typer.Typer:
    """The app with `command` registered, or every command when it is None or unknown
    (so that help lists them all and a typo gets typer's suggestion)."""
    modules = [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values())
    for module in modules:
        import_module(f"kg.cli.{module}")
    from kg.cli.application import app

    _unwrap_help(app)
    return app


def paragraphs(doc: str) -> str:
    r"""`doc` with the line breaks inside each paragraph made spaces: typer keeps a
    docstring's line breaks after its first paragraph, and the terminal then wraps each
    line again, leaving a word or two on a line of its own.

    >>> paragraphs("First line\n  goes on.\n\n  Second\n  paragraph.")
    'First line goes on.\n\nSecond paragraph.'
    """
    return "\n\n".join(" ".join(p.split()) for p in inspect.cleandoc(doc).split("\n\n"))


def _unwrap_help(app: typer.Typer) -> None:
    """Give every command of `app` and of its groups the help of its docstring, unwrapped
    (`paragraphs`); a help given explicitly is left alone."""
    for command in app.registered_commands:
        if command.help is None and command.callback is not None and command.callback.__doc__:
            command.help = paragraphs(command.callback.__doc__)
    for group in app.registered_groups:
        if group.typer_instance is not None:
            _unwrap_help(group.typer_instance)


def main() -> None:
    """The `kg` console script: the app with just the command named on the command line.

    Commands check their paths before working; an OSError that still escapes (a disk that
    fills, a file removed while it is read) is the machine's doing, not a defect of the
    program, and ends in one line and exit code 1 instead of a traceback.
    """
    try:
        load(sys.argv[1] if len(sys.argv) > 1 else None)()
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        print(f"error: {e.strerror or e}{where}", file=sys.stderr)
        sys.exit(1)


def __getattr__(name: str) -> typer.Typer:
    """`kg.cli.app`: the app with every command (PEP 562: loaded on first use)."""
    if name == "app":
        return load()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
