"""The knowledge graph: articles merged into one networkx `MultiDiGraph`, saved as tables.

`build` and `add_articles` (`kg.graph.builder`), `load` and `save` (`kg.graph.io`) are
imported on first use, so a command that only reads a saved graph never loads the builder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg._lazy import first_use

if TYPE_CHECKING:
    from kg.graph.builder import add_articles, build
    from kg.graph.io import load, save

__all__ = ["add_articles", "build", "load", "save"]

_HOMES = {
    "add_articles": "kg.graph.builder",
    "build": "kg.graph.builder",
    "load": "kg.graph.io",
    "save": "kg.graph.io",
}


__getattr__ = first_use("kg.graph", _HOMES, globals())
