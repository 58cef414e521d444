"""Rows as CSV or as a small standalone HTML page (`kg between`, `kg timeline`)."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence

Cell = str | int | float | None


def to_csv(columns: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """CSV text with a header line.

    >>> to_csv(["a", "b"], [[1, None], ["x,y", "z"]]).splitlines()
    ['a,b', '1,', '"x,y",z']
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([["" if c is None else c for c in row] for row in rows])
    return out.getvalue()


def to_html(title: str, columns: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """A page holding one table; every cell escaped, links for `http` cells, Arabic cells
    right to left.

    >>> "<td>&lt;b&gt;</td>" in to_html("t", ["a"], [["<b>"]])
    True
    """
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "\n".join(f"<tr>{''.join(_cell(c) for c in row)}</tr>" for row in rows)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5em; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; }}
th {{ background: #f3f3f3; text-align: left; }}
td[dir=rtl] {{ text-align: right; max-width: 40em; }}
</style></head>
<body><h1>{html.escape(title)}</h1>
<table><thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody></table></body></html>
"""


def _cell(value: Cell) -> str:
    text = "" if value is None else str(value)
    escaped = html.escape(text)
    if text.startswith(("http://", "https://")):
        return f'<td><a href="{escaped}">{escaped}</a></td>'
    rtl = any("\u0600" <= ch <= "\u06ff" for ch in text[:40])
    return f'<td dir="rtl">{escaped}</td>' if rtl else f"<td>{escaped}</td>"
