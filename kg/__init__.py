"""kg: Arabic news about relations between states, turned into a knowledge graph.

The whole of it from Python, networkx style — functions over a plain `MultiDiGraph`:

>>> import kg
>>> article = kg.extract("وقع وزير الطاقة الأذربيجاني مذكرة تفاهم في باكو.")
>>> [e.name for e in article.entities if e.label == "Country"]
['Azerbaijan']

`kg.build_graph(paths, jobs=…)` merges article files into one graph, `kg.query(graph,
cypher, **params)` asks it Cypher, `kg.load`/`kg.save` read and write its file, and
`ArticleGraph.triples()` says what one article states.
"""

from kg.api import build_graph, load, query, save
from kg.extraction.pipeline import extract
from kg.models import ArticleGraph, ArticleMeta

__all__ = ["ArticleGraph", "ArticleMeta", "build_graph", "extract", "load", "query", "save"]
