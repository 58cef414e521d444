"""`kg between A B` and `kg timeline NAME`: two entities over time, one entity by month.

Thin: names are resolved with `kg.lookup.names`, rows come from `kg.lookup.dyads`, and are
printed as a rich table, JSON, CSV or a standalone HTML page.
"""

from __future__ import annotations

import sys
from datetime import datetime
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from kg.cli.application import app
from kg.cli.display import Bidi, emit_json
from kg.cli.graphfile import DEFAULT_GRAPH, GraphOption, open_graph, records_checked
from kg.cli.lookup import BidiOption, _entity, out
from kg.cli.output import fail
from kg.export.table import Cell, to_csv, to_html
from kg.lookup.dyads import between, timeline
from kg.lookup.records import ref


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    HTML = "html"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json, csv or html.")]


def _date(value: str | None) -> str | None:
    """A --since/--until value as given, when it is a real year, month or day; else a usage
    error (exit 2) instead of an empty answer that looks like "nothing happened"."""
    if value is None:
        return None
    shape = _SHAPES.get(len(value))  # padded, as the graph's dates are: not "2016-9"
    if shape is not None:
        try:
            datetime.strptime(value, shape)
            return value
        except ValueError:
            pass
    raise typer.BadParameter(f"{value!r} is not a date such as 2016, 2016-09 or 2016-09-22")


_SHAPES = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}


SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since", callback=_date, help="Only from this date on (2016, 2016-09, 2016-09-22)."
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", callback=_date, help="Only up to this date (same precisions)."),
]
COLUMNS = ("date", "date_source", "kind", "category", "what", "how", "evidence", "url")


def _span(since: str | None, until: str | None) -> str:
    if since is None and until is None:
        return ""
    return f" between {since or 'the start'} and {until or 'now'}"


@app.command("between")
def between_command(
    a: Annotated[str, typer.Argument(help="One entity (any spelling).")],
    b: Annotated[str, typer.Argument(help="The other.")],
    since: SinceOption = None,
    until: UntilOption = None,
    graph_file: GraphOption = DEFAULT_GRAPH,
    format: FormatOption = Format.TABLE,
    bidi: BidiOption = False,
) -> None:
    """What the graph says about A and B together, in date order: shared events and
    documents, meetings of their officials, common bodies, figures, third parties."""
    graph = open_graph(graph_file)
    ka, kb = _entity(graph, a), _entity(graph, b)
    if ka == kb:
        fail(f"{a!r} and {b!r} name the same entity")
    with records_checked(graph_file):
        rows = between(graph, ka, kb, since=since, until=until)
    names = f"{ref(graph, ka).name} and {ref(graph, kb).name}"
    if not rows:
        fail(f"the graph holds no connection between {names}{_span(since, until)}")
    if format == Format.JSON:
        emit_json(rows)
        return
    plain = [
        (r.date, r.date_source, r.kind, r.category, r.what.name, r.how, r.evidence, r.url)
        for r in rows
    ]
    if format == Format.CSV:
        sys.stdout.write(to_csv(COLUMNS, plain))
        return
    if format == Format.HTML:
        sys.stdout.write(to_html(f"Between {names}{_span(since, until)}", COLUMNS, plain))
        return
    show = Bidi(bidi)
    table = Table(
        title=f"Between {names}{_span(since, until)}", title_justify="left", show_lines=True
    )
    for column in ("date", "kind", "category", "what", "how", "evidence"):
        table.add_column(column)
    for r in rows:
        date = f"{r.date}\n({r.date_source})" if r.date else "undated"
        evidence = show.block(r.evidence, f"  ({r.url or r.article})") if r.evidence else ""
        table.add_row(date, r.kind, r.category or "", r.what.name, r.how, evidence)
    out.print(table)


@app.command("timeline")
def timeline_command(
    name: Annotated[str, typer.Argument(help="Arabic or English name, any spelling.")],
    since: SinceOption = None,
    until: UntilOption = None,
    graph_file: GraphOption = DEFAULT_GRAPH,
    format: FormatOption = Format.TABLE,
) -> None:
    """The events and documents of NAME (and of its officials) by month, with counts per
    PLOVER category."""
    graph = open_graph(graph_file)
    key = _entity(graph, name)
    months = timeline(graph, key, since=since, until=until)
    title = f"Timeline of {ref(graph, key).name}{_span(since, until)}"
    if not months:
        fail(
            f"the graph holds no events or documents of {ref(graph, key).name}{_span(since, until)}"
        )
    if format == Format.JSON:
        emit_json(months)
        return
    categories = sorted({c for m in months for c in m.categories})
    columns = ("month", "total", *categories, "events and documents")
    plain: list[tuple[Cell, ...]] = [
        (m.month, m.total, *(m.categories.get(c, 0) for c in categories), "; ".join(m.names))
        for m in months
    ]
    if format == Format.CSV:
        sys.stdout.write(to_csv(columns, plain))
        return
    if format == Format.HTML:
        sys.stdout.write(to_html(title, columns, plain))
        return
    table = Table(title=title, title_justify="left", show_lines=True)
    for column in columns:
        table.add_column(column, justify="right" if column in ("total", *categories) else "left")
    for row in plain:
        table.add_row(*(str(c) for c in row))
    out.print(table)
