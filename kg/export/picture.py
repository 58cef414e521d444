"""A static picture of the graph (PNG or SVG) for reports, with Arabic shaped right to left.

Since 3.11 matplotlib lays text out with libraqm (HarfBuzz shaping, FriBiDi ordering), so
Arabic is given to it as stored, in logical order; reshaping and reordering it beforehand
with arabic-reshaper and python-bidi, as older matplotlib needed, would now reverse it. Its
bundled DejaVu Sans has the Arabic glyphs, so no system font is needed. Text in an SVG is
drawn as paths, so viewers without an Arabic font show it the same.
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
from kg.schema import Label, Prop

FONT = "DejaVu Sans"
#: Beyond this many edges, relationship types on edges would cover the picture.
EDGE_LABELS_UP_TO = 80


def draw(
    graph: nx.MultiDiGraph, path: Path, *, format: str = "png", title: str | None = None
) -> None:
    """Draw `graph` to `path` as `format` ("png", "svg", or another matplotlib format)."""
    n = graph.number_of_nodes()
    side = min(30.0, max(8.0, 2.5 * math.sqrt(n)))
    figure = Figure(figsize=(side, side), dpi=100, layout="constrained")
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.margins(0.12)  # room for captions, which the layout does not see
    # A fixed seed: the same graph gives the same picture in every report.
    positions = nx.spring_layout(graph, seed=7, k=4.0 / math.sqrt(max(n, 1)), iterations=300)
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
