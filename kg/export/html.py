"""A self-contained interactive HTML page of the graph, readable offline.

vis-network (standalone build, shipped in `assets/`) draws the graph on a canvas, which
shapes Arabic and orders it right to left like any browser text. The page inlines the
library, its own script and style, and the graph as one JSON block: no CDN, no fonts or
images fetched, so it opens from a mail attachment or an air-gapped machine.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.captions import caption
from kg.export.style import style
from kg.lookup.records import ArticleRef, articles_of, display_name, type_of
from kg.schema import PREDICATES, Label, Prop, RelType

_ASSETS = resources.files("kg.export").joinpath("assets")
#: Drawn light and dashed: where a fact was read, and what a figure measures.
_PLUMBING = frozenset({RelType.MENTIONED_IN.value, RelType.MEASURES.value})


def page_data(graph: nx.MultiDiGraph, articles: dict[str, ArticleRef]) -> dict[str, Any]:
    """The JSON the page script reads: styled labels, nodes, edges and the articles cited."""
    weights = Counter[str]()
    for u, v, k, a in graph.edges(keys=True, data=True):
        if type_of(k, a) != RelType.MENTIONED_IN:
            weights[u] += 1
            weights[v] += 1
    groups = Counter(str(label) for _, label in graph.nodes(data=Prop.LABEL))
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
        "nodes": [_node(key, attrs, weights[key]) for key, attrs in graph.nodes(data=True)],
        "edges": _edges(graph),
        "articles": {key: a.model_dump(exclude={"key"}) for key, a in articles.items()},
    }


def _node(key: str, attrs: dict[str, Any], weight: int) -> dict[str, Any]:
    label = str(attrs.get(Prop.LABEL, ""))
    name = display_name(attrs, key)
    name_ar = attrs.get(Prop.NAME_AR)
    facts = [
        (str(p), attrs[p])
        for p in (Prop.DATE, Prop.PERIOD, Prop.CHANGE_PCT, Prop.PUBLISHED, Prop.SOURCE, Prop.URL)
        if attrs.get(p) is not None
    ]
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
        "evidence": list(attrs.get(Prop.EVIDENCE, ())),
        "facts": facts,
    }


def _edges(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Edges with ids, and curves that keep parallel relationships apart."""
    between: dict[frozenset[str], int] = defaultdict(int)
    for u, v in graph.edges():
        between[frozenset((u, v))] += 1
    seen: dict[frozenset[str], int] = defaultdict(int)
    out = []
    for i, (u, v, k, attrs) in enumerate(graph.edges(keys=True, data=True)):
        pair = frozenset((u, v))
        nth = seen[pair]
        seen[pair] += 1
        type_ = type_of(k, attrs)
        predicate = PREDICATES.get(RelType(type_)) if type_ in set(RelType) else None
        out.append(
            {
                "id": f"e{i}",
                "from": u,
                "to": v,
                "type": type_,
                "role": attrs.get(Prop.ROLE),
                "directed": predicate is None or not predicate.symmetric,
                "plumbing": type_ in _PLUMBING,
                "smooth": _curve(nth, between[pair]),
                "support": attrs.get(Prop.SUPPORT, 0),
                "evidence": list(attrs.get(Prop.EVIDENCE, ())),
            }
        )
    return out


def _curve(nth: int, of: int) -> dict[str, Any]:
    if of == 1:
        return {"enabled": True, "type": "continuous"}
    side = "curvedCW" if nth % 2 == 0 else "curvedCCW"
    return {"enabled": True, "type": side, "roundness": 0.15 + 0.15 * (nth // 2)}


def render_html(
    graph: nx.MultiDiGraph, *, title: str, articles: dict[str, ArticleRef] | None = None
) -> str:
    """The page for `graph`. `articles` (by id) resolves evidence links when `graph` is a
    part of a larger graph that holds the Article nodes; by default `graph`'s own."""
    data = page_data(graph, articles_of(graph) if articles is None else articles)
    parts = {
        "title": html.escape(title),
        "css": _asset("page.css"),
        "js": _asset("page.js"),
        "vis": _asset("vis-network.min.js"),
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
