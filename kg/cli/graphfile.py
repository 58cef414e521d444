"""Opening the graph file a command works on, with one clear line for every way it fails."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError

from kg.cli.output import fail
from kg.graph.io import load

if TYPE_CHECKING:
    import networkx as nx

#: Where `make demo` writes the sample graph; `--graph` or `KG_GRAPH` name another.
DEFAULT_GRAPH = Path("out/seeds.graph")
#: Environment variable naming the graph file, for every command alike.
GRAPH_ENV = "KG_GRAPH"

#: The one way every command names its graph file: `--graph`/`-g`, else $KG_GRAPH.
GraphOption = Annotated[
    Path,
    typer.Option(
        "--graph",
        "-g",
        envvar=GRAPH_ENV,
        help=f"Graph file (default {DEFAULT_GRAPH}, or ${GRAPH_ENV}).",
    ),
]
#: The same, given first as an argument (`kg export html out/g.json …`): it wins over --graph.
GraphArgument = Annotated[
    Path | None,
    typer.Argument(help="Graph file, as with --graph.", show_default=False),
]


def open_graph(path: Path) -> nx.MultiDiGraph:
    """The graph in `path`; a missing, unreadable, corrupt or empty file ends the command."""
    if not path.exists():
        fail(f"no graph file at {path} (build one with `kg build`, or pass --graph)")
    try:
        graph = load(path)
    except (OSError, ValueError) as e:
        fail(f"cannot read the graph in {path}: {e}")
    if graph.number_of_nodes() == 0:
        fail(f"the graph in {path} is empty")
    return graph


@contextmanager
def records_checked(path: Path) -> Iterator[None]:
    """Turn a malformed record met while reading the graph (an evidence entry without its
    sentence, say) into one line naming the file, instead of a traceback."""
    try:
        yield
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        fail(f"the graph in {path} holds a malformed record ({where}: {first['msg']})")
