import warnings
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
