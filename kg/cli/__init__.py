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

    return app


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
