"""The timeline chart: events and documents per month, stacked by PLOVER category.

The same colours serve the PNG here and the chart of the HTML page, so a category looks
alike in both. Undated events and documents are counted in the title, not drawn.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from kg.export.style import CATEGORY_COLOURS, category_colour
from kg.lookup.dyads import Month


def draw_timeline(
    months: list[Month], path: Path, *, format: str = "png", title: str | None = None
) -> int:
    """Draw `months` as stacked bars to `path`; return how many bars were drawn.

    >>> import tempfile
    >>> m = Month(month="2024-03", total=2, categories={"AGREE": 1, "CONSULT": 1}, names=[])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     draw_timeline([m], Path(d) / "t.png")
    1
    """
    dated = [m for m in months if m.month != "undated"]
    undated = sum(m.total for m in months if m.month == "undated")
    categories = sorted({c for m in dated for c in m.categories}, key=_order)
    figure = Figure(figsize=(max(6.0, 0.5 * len(dated) + 3), 4.5), dpi=100, layout="constrained")
    ax = figure.add_subplot()
    x = list(range(len(dated)))
    bottom = [0] * len(dated)
    for category in categories:
        heights = [m.categories.get(category, 0) for m in dated]
        ax.bar(
            x, heights, bottom=bottom, color=category_colour(category), label=category, width=0.8
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_xticks(x, [m.month for m in dated], rotation=60, ha="right", fontsize=8)
    ax.set_ylabel("events and documents")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    heading = title or "Events and documents per month"
    if undated:
        heading += f" ({undated} undated not shown)"
    ax.set_title(heading)
    if categories:
        ax.legend(title="PLOVER category", fontsize=8, loc="upper left")
    figure.savefig(path, format=format)
    return len(dated)


def _order(category: str) -> tuple[int, str]:
    names = list(CATEGORY_COLOURS)
    return (names.index(category), category) if category in names else (len(names), category)
