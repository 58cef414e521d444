"""Asking the built graph: find entities by name, describe them, walk their connections.

Pure functions over the networkx `MultiDiGraph` that `kg.graph` builds, returning the
pydantic records of `kg.lookup.records`; the CLI (`kg lookup`, `neighbors`, `path`,
`stats`) only prints them. Each name is imported from its module when first used, so a
command that needs one module (`kg neighbors` on a saved folder: `kg.lookup.store`) loads
neither the others nor networkx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg._lazy import first_use

if TYPE_CHECKING:
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

_HOMES = {
    "AmbiguousName": "kg.lookup.names",
    "ArticleRef": "kg.lookup.records",
    "Card": "kg.lookup.card",
    "Connection": "kg.lookup.paths",
    "Link": "kg.lookup.records",
    "Match": "kg.lookup.names",
    "Neighbor": "kg.lookup.nearby",
    "Ref": "kg.lookup.records",
    "Stats": "kg.lookup.summary",
    "Step": "kg.lookup.paths",
    "UnknownName": "kg.lookup.names",
    "around": "kg.lookup.subgraph",
    "describe": "kg.lookup.card",
    "find": "kg.lookup.names",
    "neighbors": "kg.lookup.nearby",
    "resolve": "kg.lookup.names",
    "shortest_paths": "kg.lookup.paths",
    "stats": "kg.lookup.summary",
    "with_labels": "kg.lookup.subgraph",
}

__getattr__ = first_use("kg.lookup", _HOMES, globals())
