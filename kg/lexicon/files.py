"""Reading the package's language data files.

Data lives in `kg/lexicon/data/*.tsv`: UTF-8, `#` lines are comments (each file says where
its entries came from), the first other line names the columns, and a cell holding several
values separates them with `|`.
"""

from __future__ import annotations

from importlib import resources


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of `kg/lexicon/data/<name>` as dicts keyed by the header's column names."""
    text = resources.files("kg.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{name}: line {n} has {len(cells)} cells, expected {len(header)}")
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=True)))
    return rows


def values(cell: str) -> list[str]:
    """The `|`-separated values of one cell, blanks dropped."""
    return [v.strip() for v in cell.split("|") if v.strip()]
