"""Opening the graph file a command works on, with one clear line for every way it fails."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

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
