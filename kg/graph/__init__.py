"""The knowledge graph: articles merged into one networkx `MultiDiGraph`, saved as tables.

`build` and `add_articles` (`kg.graph.builder`), `load` and `save` (`kg.graph.io`) are
imported on first use, so a command that only reads a saved graph never loads the builder.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    """`kg.graph.<name>` of `__all__`, imported from its module on first use."""
    if name not in _HOMES:
        raise AttributeError(f"module 'kg.graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
