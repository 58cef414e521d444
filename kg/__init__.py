"""kg: Arabic news about relations between states, turned into a knowledge graph.

The whole of it from Python, networkx style — functions over a plain `MultiDiGraph`:

>>> import kg
>>> article = kg.extract("وقع وزير الطاقة الأذربيجاني مذكرة تفاهم في باكو.")
>>> [e.name for e in article.entities if e.label == "Country"]
['Azerbaijan']

`kg.build_graph(paths, jobs=…)` merges article files into one graph, `kg.query(graph,
cypher, **params)` asks it Cypher, `kg.load`/`kg.save` read and write its file, and
`ArticleGraph.triples()` says what one article states.

Each name is imported when first used, so `import kg.lookup` (or a `kg` command that only
reads a saved graph) does not load the extractor and its tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg._lazy import first_use

if TYPE_CHECKING:
    from kg.api import build_graph, extract, query
    from kg.graph.io import load, save
    from kg.models import ArticleGraph, ArticleMeta

__all__ = ["ArticleGraph", "ArticleMeta", "build_graph", "extract", "load", "query", "save"]

_HOMES = {
    "ArticleGraph": "kg.models",
    "ArticleMeta": "kg.models",
    "build_graph": "kg.api",
    "extract": "kg.api",
    "load": "kg.graph.io",  # what kg.api names too, without the extractor kg.api imports
    "query": "kg.api",
    "save": "kg.graph.io",
}


__getattr__ = first_use("kg", _HOMES, globals())
