"""A self-contained interactive HTML page of the graph, readable offline.

sigma.js draws the graph with WebGL from a graphology graph that ForceAtlas2
(graphology-library) lays out in the page, so tens of thousands of nodes and edges stay
interactive; labels are drawn on a canvas, which shapes Arabic right to left like any
browser text. The page inlines the libraries (shipped in `assets/`), its own script and
style, and the graph as one JSON block: no CDN, no fonts or images fetched, so it opens
from a mail attachment or an air-gapped machine.

A graph larger than `Budget` becomes an overview: the most connected nodes (articles and
the MENTIONED_IN plumbing left out), the relationships among them with the most support,
and a few evidence records per item; the page header says how many of the graph's nodes
and relationships it draws (`kg export html --around NAME` draws any part in full).
"""

from __future__ import annotations

import heapq
import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.captions import caption
from kg.export.style import CATEGORY_COLOURS, category_colour, style
from kg.lookup.records import ArticleRef, articles_of, display_name, type_of
from kg.schema import PREDICATES, Label, Prop, RelType

_ASSETS = resources.files("kg.export").joinpath("assets")
#: Drawn light and dashed: where a fact was read, and what a figure measures.
_PLUMBING = frozenset({RelType.MENTIONED_IN.value, RelType.MEASURES.value})
_LIBRARIES = {
    "graphology": "graphology.umd.min.js",
    "graphology_library": "graphology-library.min.js",
    "sigma": "sigma.min.js",
}


@dataclass(frozen=True)
class Budget:
    """The most a page draws in full; a larger graph is drawn as an overview.

    Sized so that the 10k-article graph (113k nodes) opens in headless Chromium in a few
    seconds: the page lays out what it draws, and layout cost grows with nodes and edges.
    """

    nodes: int = 3000
    edges: int = 12000
    evidence: int = 3  # records per node or relationship in an overview


def page_data(
    graph: nx.MultiDiGraph, articles: dict[str, ArticleRef], budget: Budget = Budget()
) -> dict[str, Any]:
    """The JSON the page script reads: styled labels, nodes, edges and the articles cited.

    `total` counts the whole graph; `overview` is true when only part of it is drawn.

    >>> g = nx.MultiDiGraph()
    >>> for i in range(5):
    ...     g.add_node(f"n{i}", label="Country", name=f"C{i}")
    >>> _ = g.add_edge("n0", "n1", key="MET_WITH", type="MET_WITH")
    >>> d = page_data(g, {}, Budget(nodes=2, edges=1))
    >>> d["overview"], sorted(n["id"] for n in d["nodes"]), d["total"]
    (True, ['n0', 'n1'], {'nodes': 5, 'edges': 1})
    """
    weights = Counter[str]()
    for u, v, k, a in graph.edges(keys=True, data=True):
        if type_of(k, a) != RelType.MENTIONED_IN:
            weights[u] += 1
            weights[v] += 1
    total = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    overview = total["nodes"] > budget.nodes or total["edges"] > budget.edges
    shown = _overview(graph, weights, budget) if overview else graph
    cap = budget.evidence if overview else None
    groups = Counter(str(label) for _, label in graph.nodes(data=Prop.LABEL))
    cited = _cited(shown) if overview else set(articles)
    present = [lab for lab in Label if lab in groups] + sorted(
        g for g in groups if g not in set(Label)
    )
    return {
        "labels": [
            {
                "label": str(lab),
                "colour": style(lab).colour,
                "shape": style(lab).shape,
                "count": groups[lab],
            }
            for lab in present
        ],
        "nodes": [_node(key, attrs, weights[key], cap) for key, attrs in shown.nodes(data=True)],
        "edges": _edges(shown, cap),
        "articles": {
            key: a.model_dump(exclude={"key"}) for key, a in articles.items() if key in cited
        },
        "total": total,
        "overview": overview,
        "categories": {c: category_colour(c) for c in _categories(shown)},
    }


def _categories(graph: nx.MultiDiGraph) -> list[str]:
    """The PLOVER categories of the events and documents drawn, in the palette's order."""
    found = {str(c or "none") for n, c in graph.nodes(data=Prop.CATEGORY)
             if graph.nodes[n].get(Prop.LABEL) in (Label.EVENT, Label.DOCUMENT)}  # fmt: skip
    return [c for c in CATEGORY_COLOURS if c in found]


def _overview(graph: nx.MultiDiGraph, weights: Counter[str], budget: Budget) -> nx.MultiDiGraph:
    """The most connected nodes (no articles) and the best-supported facts among them."""
    candidates = (k for k, label in graph.nodes(data=Prop.LABEL) if label != Label.ARTICLE)
    keep = set(heapq.nlargest(budget.nodes, candidates, key=lambda k: (weights[k], k)))
    facts = (
        (u, v, k)
        for u, v, k, a in graph.edges(keys=True, data=True)
        if u in keep and v in keep and type_of(k, a) != RelType.MENTIONED_IN
    )
    edges = heapq.nlargest(
        budget.edges, facts, key=lambda e: int(graph.edges[e].get(Prop.SUPPORT, 0) or 0)
    )
    part: nx.MultiDiGraph = graph.edge_subgraph(edges).copy()
    part.add_nodes_from((k, graph.nodes[k]) for k in keep)
    return part


def _cited(graph: nx.MultiDiGraph) -> set[str]:
    """Articles named by the evidence of `graph`'s nodes and relationships."""
    cited = {e.get("article") for _, ev in graph.nodes(data=Prop.EVIDENCE) for e in ev or ()}
    cited |= {e.get("article") for *_, ev in graph.edges(data=Prop.EVIDENCE) for e in ev or ()}
    return {str(a) for a in cited if a}


def _evidence(attrs: dict[str, Any], cap: int | None) -> tuple[list[Any], int]:
    """The evidence records to ship (at most `cap`), and how many are left out."""
    records = list(attrs.get(Prop.EVIDENCE, ()))
    if cap is None or len(records) <= cap:
        return records, 0
    return records[:cap], len(records) - cap


def _node(key: str, attrs: dict[str, Any], weight: int, cap: int | None) -> dict[str, Any]:
    label = str(attrs.get(Prop.LABEL, ""))
    name = display_name(attrs, key)
    name_ar = attrs.get(Prop.NAME_AR)
    facts = [
        (str(p), attrs[p])
        for p in (
            Prop.DATE,
            Prop.DATE_SOURCE,
            Prop.CATEGORY,
            Prop.PERIOD,
            Prop.CHANGE_PCT,
            Prop.PUBLISHED,
            Prop.SOURCE,
            Prop.URL,
        )
        if attrs.get(p) is not None
    ]
    evidence, more = _evidence(attrs, cap)
    return {
        "id": key,
        "group": label,
        "name": name,
        "name_ar": name_ar,
        "caption": caption(attrs, key),
        "hover": f"{name} ({label})",
        "weight": weight + 1,
        "wikidata": attrs.get(Prop.WIKIDATA),
        "aliases": list(attrs.get(Prop.ALIASES, ())),
        "evidence": evidence,
        "more_evidence": more,
        "facts": facts,
        "date": attrs.get(Prop.DATE),
        "category": attrs.get(Prop.CATEGORY),
    }


def _edges(graph: nx.MultiDiGraph, cap: int | None) -> list[dict[str, Any]]:
    """Edges with ids, whether they have a direction, and at most `cap` evidence records."""
    out = []
    for i, (u, v, k, attrs) in enumerate(graph.edges(keys=True, data=True)):
        type_ = type_of(k, attrs)
        predicate = PREDICATES.get(RelType(type_)) if type_ in set(RelType) else None
        evidence, more = _evidence(attrs, cap)
        out.append(
            {
                "id": f"e{i}",
                "from": u,
                "to": v,
                "type": type_,
                "role": attrs.get(Prop.ROLE),
                "directed": predicate is None or not predicate.symmetric,
                "plumbing": type_ in _PLUMBING,
                "support": attrs.get(Prop.SUPPORT, 0),
                "date": attrs.get(Prop.DATE),
                "evidence": evidence,
                "more_evidence": more,
            }
        )
    return out


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str,
    articles: dict[str, ArticleRef] | None = None,
    budget: Budget = Budget(),
) -> str:
    """The page for `graph`. `articles` (by id) resolves evidence links when `graph` is a
    part of a larger graph that holds the Article nodes; by default `graph`'s own."""
    data = page_data(graph, articles_of(graph) if articles is None else articles, budget)
    parts = {
        "title": html.escape(title),
        "css": _asset("page.css"),
        "js": _asset("page.js"),
        "time_js": _asset("time.js"),
        **{slot: _asset(name) for slot, name in _LIBRARIES.items()},
        # A JSON block ends at the first "</": escape it so no text can close the script.
        "data": json.dumps(data, ensure_ascii=False, default=str).replace("</", "<\\/"),
    }
    # One pass, so a placeholder-like string inside an asset or the data is left alone.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m[1]], _asset("page.html"))


def write_html(
    graph: nx.MultiDiGraph,
    path: Path,
    *,
    title: str,
    articles: dict[str, ArticleRef] | None = None,
) -> None:
    """Write the page of `graph` (see `render_html`) to `path` as UTF-8."""
    path.write_text(render_html(graph, title=title, articles=articles), encoding="utf-8")


def _asset(name: str) -> str:
    return _ASSETS.joinpath(name).read_text(encoding="utf-8")
