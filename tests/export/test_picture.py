import warnings
from itertools import pairwise
from pathlib import Path

import networkx as nx
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextPath

from kg.export.picture import FONT, draw


def test_arabic_is_laid_out_right_to_left() -> None:
    # In "با" the baa, with its dot below, must be drawn on the right of the alif.
    path = TextPath((0, 0), "با", prop=FontProperties(family=FONT), size=100)
    xs, ys = path.vertices[:, 0], path.vertices[:, 1]
    dot_x = xs[ys.argmin()]
    assert dot_x > (xs.min() + xs.max()) / 2


def test_arabic_letters_are_joined() -> None:
    prop = FontProperties(family=FONT)
    joined = TextPath((0, 0), "كازاخستان", prop=prop, size=100).get_extents().width
    apart = TextPath((0, 0), "\u200c".join("كازاخستان"), prop=prop, size=100).get_extents().width
    assert joined < apart


def test_png_and_svg_are_written_without_missing_glyphs(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)"
        draw(graph, tmp_path / "g.png", format="png", title="عينة")
        draw(graph, tmp_path / "g.svg", format="svg")
    assert (tmp_path / "g.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "g.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg


def _big(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"p{i}", label="Person", name=f"Person {i}", name_ar="شخص")
    for i in range(7, n):  # seven hubs, each met by many, and met by each other
        g.add_edge(f"p{i}", f"p{i % 7}", key="MET_WITH", type="MET_WITH")
    for i in range(7):
        g.add_edge(f"p{i}", f"p{(i + 1) % 7}", key="MET_WITH", type="MET_WITH")
    return g


def test_a_graph_over_500_nodes_is_drawn_as_its_most_connected(tmp_path: Path) -> None:
    from kg.export.picture import MOST_NODES, most_connected

    big = _big(600)  # networkx's spring layout needs scipy above 500 nodes; scipy is absent
    drawn = draw(big, tmp_path / "big.png")
    assert drawn <= MOST_NODES
    assert (tmp_path / "big.png").stat().st_size > 0
    part = most_connected(big, 10)
    assert {f"p{i}" for i in range(7)} <= set(part)  # the hubs are kept


def test_the_layout_spreads_nodes_over_the_picture() -> None:
    from kg.export.picture import layout

    positions = layout(_big(40))
    xs = sorted(x for x, _ in positions.values())
    gaps = [b - a for a, b in pairwise(xs)]
    assert min(gaps) > 0.02  # no two nodes share a column: captions do not pile up
