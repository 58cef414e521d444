"""Opening the graph file a command works on, with one clear line for every way it fails."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import networkx as nx
from pydantic import ValidationError

from kg.cli.output import fail
from kg.graph import load

#: Where `make demo` writes the sample graph; `--graph` or `KG_GRAPH` name another.
DEFAULT_GRAPH = Path("out/seeds.graph.json")


def open_graph(path: Path) -> nx.MultiDiGraph:
    """The graph in `path`; a missing, unreadable, corrupt or empty file ends the command."""
    if not path.is_file():
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
