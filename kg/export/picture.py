"""A static picture of the graph (PNG or SVG) for reports, with Arabic shaped right to left.

Since 3.11 matplotlib lays text out with libraqm (HarfBuzz shaping, FriBiDi ordering), so
Arabic is given to it as stored, in logical order; reshaping and reordering it beforehand
with arabic-reshaper and python-bidi, as older matplotlib needed, would now reverse it. Its
bundled DejaVu Sans has the Arabic glyphs, so no system font is needed. Text in an SVG is
drawn as paths, so viewers without an Arabic font show it the same.

A picture shows at most `MOST_NODES` nodes: beyond that, captions cover each other whatever
the layout. A bigger graph is drawn as its most connected entities (`most_connected`) and
`draw` says how many nodes it drew. The layout is ForceAtlas2 (numpy only, no scipy), whose
gravity keeps loose parts near the middle instead of flinging them into the corners.
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kg.export.captions import caption
from kg.export.style import style
from kg.lookup.records import type_of
from kg.schema import Label, Prop, RelType

FONT = "DejaVu Sans"
#: Most nodes one picture shows (`draw(..., limit=)` changes it).
MOST_NODES = 60
#: Beyond this many edges, relationship types on edges would cover the picture.
EDGE_LABELS_UP_TO = 80


def most_connected(graph: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """`graph` itself when it has at most `limit` nodes; else its `limit` entities with the
    most relationships (articles and their MENTIONED_IN left out) and the relationships
    among them, without the nodes that none of them joins.

    >>> g = nx.MultiDiGraph()
    >>> for a, b in [("a", "b"), ("a", "c"), ("a", "d"), ("e", "f")]:
    ...     _ = g.add_edge(a, b, key="MET_WITH", type="MET_WITH")
    >>> nx.set_node_attributes(g, "Person", "label")
    >>> sorted(most_connected(g, 3))
    ['a', 'b', 'c']
    """
    if graph.number_of_nodes() <= limit:
        return graph
    degree: dict[str, int] = defaultdict(int)
    for u, v, k, a in graph.edges(keys=True, data=True):
        if type_of(k, a) != RelType.MENTIONED_IN:
            degree[u] += 1
            degree[v] += 1
    entities = [k for k, label in graph.nodes(data=Prop.LABEL) if label != Label.ARTICLE]
    chosen = sorted(entities, key=lambda k: (-degree[k], k))[:limit]
    part = nx.MultiDiGraph(graph.subgraph(chosen))
    part.remove_nodes_from([k for k in chosen if part.degree(k) == 0])
    return part


def draw(
    graph: nx.MultiDiGraph,
    path: Path,
    *,
    format: str = "png",
    title: str | None = None,
    limit: int = MOST_NODES,
) -> int:
    """Draw `graph` (at most `limit` of its most connected nodes) to `path` as `format`
    ("png", "svg", or another matplotlib format); return how many nodes were drawn."""
    graph = most_connected(graph, limit)
    n = graph.number_of_nodes()
    side = min(30.0, max(8.0, 2.5 * math.sqrt(n)))
    figure = Figure(figsize=(side, side), dpi=100, layout="constrained")
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.margins(0.12)  # room for captions, which the layout does not see
    positions = layout(graph)
    by_label: dict[str, list[str]] = defaultdict(list)
    for key, label in graph.nodes(data=Prop.LABEL):
        by_label[str(label)].append(key)
    for label, keys in by_label.items():
        look = style(label)
        nx.draw_networkx_nodes(
            graph,
            positions,
            nodelist=keys,
            node_color=look.colour,
            node_shape=look.marker,
            node_size=420,
            edgecolors="#444444",
            linewidths=0.8,
            ax=ax,
        )
    nx.draw_networkx_edges(
        graph,
        positions,
        ax=ax,
        edge_color="#9e9e9e",
        arrows=True,
        arrowsize=10,
        node_size=420,
        connectionstyle="arc3,rad=0.08",
    )
    below = {k: (x, y - 0.035) for k, (x, y) in positions.items()}  # captions under markers
    nx.draw_networkx_labels(
        graph,
        below,
        ax=ax,
        font_family=FONT,
        font_size=8,
        verticalalignment="top",
        labels={k: caption(a, k) for k, a in graph.nodes(data=True)},
    )
    if graph.number_of_edges() <= EDGE_LABELS_UP_TO:
        types: dict[tuple[str, str], list[str]] = defaultdict(list)
        for u, v, k, a in graph.edges(keys=True, data=True):
            types[(u, v)].append(type_of(k, a))
        nx.draw_networkx_edge_labels(
            nx.DiGraph(list(types)),
            positions,
            ax=ax,
            font_family=FONT,
            font_size=6,
            edge_labels={e: " / ".join(t) for e, t in types.items()},
            font_color="#555555",
            connectionstyle="arc3,rad=0.08",
            bbox={"alpha": 0},
        )
    ax.legend(
        handles=[
            Line2D(
                [],
                [],
                linestyle="",
                marker=style(lab).marker,
                markersize=9,
                markerfacecolor=style(lab).colour,
                markeredgecolor="#444444",
                label=lab,
            )
            for lab in Label
            if lab in by_label
        ],
        loc="upper left",
        fontsize=8,
        frameon=False,
        prop={"family": FONT},
    )
    if title:
        ax.set_title(title, fontfamily=FONT)
    figure.savefig(path, format=format)
    return int(n)


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]², the same for the same graph (a fixed seed), spread evenly.

    ForceAtlas2 (numpy only) places connected nodes near each other; its hubs then hold
    tight knots of captions and loose parts sit far out. So each axis is replaced by the
    rank of the coordinate on it: the order the forces found stays, the space is shared
    evenly, and no caption lands on another's spot.
    """
    n = graph.number_of_nodes()
    if n <= 2:
        return {k: (float(x), float(y)) for k, (x, y) in nx.circular_layout(graph).items()}
    simple = nx.Graph(graph.to_undirected())
    raw = nx.forceatlas2_layout(simple, seed=7, max_iter=300, gravity=1.0)
    keys = list(raw)
    spread: dict[str, list[float]] = {k: [0.0, 0.0] for k in keys}
    for axis in (0, 1):
        for rank, k in enumerate(sorted(keys, key=lambda k: (float(raw[k][axis]), k))):
            spread[k][axis] = 2.0 * rank / (n - 1) - 1.0
    return {k: (x, y) for k, (x, y) in spread.items()}
