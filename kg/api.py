"""The front door: a few functions over a plain networkx graph, in the networkx manner.

Everything a notebook needs is `kg.<name>`:

>>> import kg
>>> article = kg.extract("استقبل الرئيس الأذربيجاني إلهام علييف وزير الخارجية التركي هاكان فيدان.")
>>> ("Hakan Fidan", "HOLDS_POSITION", "Turkey") in article.triples()
True
>>> fidan = next(e for e in article.entities if e.name == "Hakan Fidan")
>>> fidan.node                          # the key of its node in the graph
'Person:hakan fidan'
>>> graph = kg.build_graph([])          # files or folders of .txt articles; none here
>>> graph.number_of_nodes()
0
>>> kg.query(graph, "MATCH (c:Country) WHERE c.name = $name RETURN c.name AS name",
...          name="Turkey")
[]

`kg build`, `kg query` and the other commands call these same functions.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import validate_call

from kg.batch import BuildSummary, Watch, add_files
from kg.extraction import pipeline
from kg.graph.builder import node_keys
from kg.graph.io import load, save
from kg.models import ArticleGraph, ArticleMeta
from kg.read import collect_inputs

if TYPE_CHECKING:  # the engine (LadybugDB) takes 0.7 s to import: only `query` loads it
    import networkx as nx

    from kg.store.embedded import Embedded

__all__ = ["build_graph", "extract", "load", "query", "save"]

PathLike = str | os.PathLike[str]


@validate_call  # a wrong argument fails here, by name, not deep inside
def extract(text: str, meta: ArticleMeta | None = None) -> ArticleGraph:
    """What one article says: its entities, relations, figures and dates.

    The extractor names entities by keys that mean something only inside the article
    (`kg extract` prints those); here each entity also carries the key of its node in the
    graph (`node`), and each relation those of its ends (`source_node`, `target_node`), as
    `build_graph` makes them for this article alone. `triples()` reads it by names.

    Examples
    --------
    >>> article = extract("التقى وزير الخارجية التركي هاكان فيدان في أنقرة.")
    >>> [(r.source_node, r.type.value, r.target_node) for r in article.relations
    ...  if r.type == "HOLDS_POSITION"]
    [('Person:hakan fidan', 'HOLDS_POSITION', 'Country:Q43')]
    >>> article.triples()
    [('Hakan Fidan', 'HOLDS_POSITION', 'Turkey')]
    """
    article = pipeline.extract(text, meta)
    return article.with_nodes(node_keys(article))


def build_graph(
    paths: Iterable[PathLike], *, jobs: int = 1, graph: nx.MultiDiGraph | None = None
) -> nx.MultiDiGraph:
    """One graph from article files and folders of them (their `*.txt`, recursively).

    Parameters
    ----------
    paths : files or folders, as strings or paths.
    jobs : worker processes for extraction.
    graph : a graph to add to (in place); a new one when absent.

    Returns
    -------
    The graph; `graph.graph["articles"]` lists the ids of its articles. Files that cannot
    be read are left out (`kg.batch.add_files` says which, and why).

    Examples
    --------
    >>> build_graph([]).graph.get("articles", [])
    []
    """
    import networkx as nx

    graph = nx.MultiDiGraph() if graph is None else graph
    build_into(graph, paths, jobs=jobs)
    return graph


def build_into(
    graph: nx.MultiDiGraph, paths: Iterable[PathLike], jobs: int = 1, watch: Watch | None = None
) -> BuildSummary:
    """`build_graph` that also says what it did: added, known, duplicates, skipped
    (`kg build` prints it); `watch` wraps the stream of outcomes (a progress bar)."""
    return add_files(graph, collect_inputs([Path(p) for p in paths]), jobs, watch)


_ENGINES: weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[tuple[int, int], Embedded]] = (
    weakref.WeakKeyDictionary()
)


def query(graph: nx.MultiDiGraph, cypher_text: str, /, **params: Any) -> list[dict[str, Any]]:
    """Rows of a Cypher query on `graph`, each a dict by column name.

    The graph is loaded into the embedded engine (LadybugDB) once and kept while the graph
    object lives and keeps its size. A parameter the query uses but `params` lacks raises
    `kg.store.embedded.QueryError`, as does a query the engine rejects.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Country:Q1", label="Country", name="A", name_ar="أ", aliases=[],
    ...            evidence=[], articles=[], support=1)
    >>> query(g, "MATCH (c:Country) RETURN c.name AS name")
    [{'name': 'A'}]
    >>> query(g, "MATCH (c:Country {name: $name}) RETURN c")
    Traceback (most recent call last):
    ...
    kg.store.embedded.QueryError: the query needs $name and got no value for it (--param name=…)
    """
    from kg.store import cypher
    from kg.store import embedded as engine

    stamp = (graph.number_of_nodes(), graph.number_of_edges())
    cached = _ENGINES.get(graph)
    if cached is None or cached[0] != stamp:
        cached = (stamp, engine.load(graph))
        _ENGINES[graph] = cached
    result = cypher.run(cached[1], cypher_text, params)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]
