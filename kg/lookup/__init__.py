"""Asking the built graph: find entities by name, describe them, walk their connections.

Pure functions over the networkx `MultiDiGraph` that `kg.graph` builds, returning the
pydantic records of `kg.lookup.records`; the CLI (`kg lookup`, `neighbors`, `path`,
`stats`) only prints them.
"""

from kg.lookup.card import Card, describe
from kg.lookup.names import AmbiguousName, Match, UnknownName, find, resolve
from kg.lookup.nearby import Neighbor, neighbors
from kg.lookup.paths import Connection, Step, shortest_paths
from kg.lookup.records import ArticleRef, Link, Ref
from kg.lookup.subgraph import around, with_labels
from kg.lookup.summary import Stats, stats

__all__ = [
    "AmbiguousName",
    "ArticleRef",
    "Card",
    "Connection",
    "Link",
    "Match",
    "Neighbor",
    "Ref",
    "Stats",
    "Step",
    "UnknownName",
    "around",
    "describe",
    "find",
    "neighbors",
    "resolve",
    "shortest_paths",
    "stats",
    "with_labels",
]
