"""`kg export FORMAT GRAPH -o OUT`: the graph as a page, a picture, or files for other tools."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer

from kg.cli.application import app
from kg.cli.graphfile import DEFAULT_GRAPH, GraphArgument, GraphOption, open_graph
from kg.cli.output import err, fail, output_file, output_folder, write_atomically
from kg.export.formats import write_gexf, write_graphml
from kg.export.html import write_html
from kg.export.neo4j_csv import csv_files, import_command, write_neo4j_csv
from kg.lookup.names import AmbiguousName, UnknownName, resolve
from kg.lookup.records import articles_of
from kg.lookup.subgraph import around, with_labels
from kg.schema import Label

export = typer.Typer(
    help="Write the graph as an HTML page, a PNG/SVG picture, GraphML, GEXF or Neo4j CSV.",
    no_args_is_help=True,
)
app.add_typer(export, name="export")

AroundOption = Annotated[
    str | None, typer.Option("--around", help="Only what lies around this entity (any spelling).")
]
HopsOption = Annotated[int, typer.Option(min=1, help="How far around --around to go.")]
MostOption = Annotated[
    int,
    typer.Option(
        "--most", min=2, help="Most nodes to draw; a bigger graph shows its most connected."
    ),
]
LabelOption = Annotated[
    list[Label] | None, typer.Option("--label", "-l", help="Only nodes with these labels.")
]


def _selected(
    graph: nx.MultiDiGraph, near: str | None, hops: int, labels: list[Label] | None
) -> nx.MultiDiGraph:
    """The part of the graph the options ask for; nothing left is an error."""
    if near is not None:
        try:
            match = resolve(graph, near)
        except (UnknownName, AmbiguousName) as e:
            fail(str(e))
        graph = around(graph, match.key, hops=hops)
    if labels:
        graph = with_labels(graph, labels)
    if graph.number_of_nodes() == 0:
        fail("nothing is left to draw after --around/--label")
    return graph


def _wrote(path: Path, graph: nx.MultiDiGraph) -> None:
    err.print(f"wrote {path} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")


@export.command("html")
def html_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The .html file.")],
    graph_argument: GraphArgument = None,
    graph_option: GraphOption = DEFAULT_GRAPH,
    near: AroundOption = None,
    hops: HopsOption = 1,
    labels: LabelOption = None,
    title: Annotated[str | None, typer.Option(help="Page title.")] = None,
) -> None:
    """An interactive page that works offline: search, legend filter, evidence on click."""
    graph_file = graph_argument or graph_option
    output_file(output, "graph.html")
    graph = open_graph(graph_file)
    part = _selected(graph, near, hops, labels)
    name = graph_file.stem
    write_atomically(
        output,
        lambda tmp: write_html(part, tmp, title=title or name, articles=articles_of(graph)),
    )
    _wrote(output, part)


def _picture(
    graph_file: Path,
    output: Path,
    format: str,
    near: str | None,
    hops: int,
    labels: list[Label] | None,
    title: str | None,
    most: int,
) -> None:
    from kg.export.picture import draw  # matplotlib: loaded only when a picture is asked for

    output_file(output, f"graph.{format}")
    part = _selected(open_graph(graph_file), near, hops, labels)
    drawn: list[int] = []
    write_atomically(
        output, lambda tmp: drawn.append(draw(part, tmp, format=format, title=title, limit=most))
    )
    n = part.number_of_nodes()
    shown = f"{drawn[0]} of {n} nodes drawn: the most connected" if drawn[0] < n else f"{n} nodes"
    err.print(f"wrote {output} ({shown})")


@export.command("png")
def png_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The .png file.")],
    graph_argument: GraphArgument = None,
    graph_option: GraphOption = DEFAULT_GRAPH,
    near: AroundOption = None,
    hops: HopsOption = 1,
    labels: LabelOption = None,
    title: Annotated[str | None, typer.Option(help="Picture title.")] = None,
    most: MostOption = 60,
    timeline: Annotated[
        bool, typer.Option("--timeline", help="Chart events per month and category instead.")
    ] = False,
) -> None:
    """A static picture for reports, Arabic shaped right to left; with --timeline, the chart
    of events and documents per month and PLOVER category (of --around's entity, if given)."""
    graph_file = graph_argument or graph_option
    if timeline:
        _timeline(graph_file, output, near, title)
        return
    _picture(graph_file, output, "png", near, hops, labels, title, most)


def _timeline(graph_file: Path, output: Path, near: str | None, title: str | None) -> None:
    from kg.export.timeline import draw_timeline  # matplotlib: loaded only when asked for
    from kg.lookup.dyads import dated_events, months, timeline

    graph = open_graph(graph_file)
    if near is not None:
        try:
            match = resolve(graph, near)
        except (UnknownName, AmbiguousName) as e:
            fail(str(e))
        found = timeline(graph, match.key)
        title = title or f"Events and documents of {match.name} per month"
    else:
        found = months(graph, dated_events(graph))
    if not found:
        fail("the graph holds no events or documents to chart")
    output_file(output, "timeline.png")
    bars = draw_timeline(found, output, title=title)
    err.print(f"wrote {output} ({bars} months, {sum(m.total for m in found)} events and documents)")


@export.command("svg")
def svg_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The .svg file.")],
    graph_argument: GraphArgument = None,
    graph_option: GraphOption = DEFAULT_GRAPH,
    near: AroundOption = None,
    hops: HopsOption = 1,
    labels: LabelOption = None,
    title: Annotated[str | None, typer.Option(help="Picture title.")] = None,
    most: MostOption = 60,
) -> None:
    """A static vector picture for reports, Arabic shaped right to left."""
    graph_file = graph_argument or graph_option
    _picture(graph_file, output, "svg", near, hops, labels, title, most)


@export.command("graphml")
def graphml_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The .graphml file.")],
    graph_argument: GraphArgument = None,
    graph_option: GraphOption = DEFAULT_GRAPH,
) -> None:
    """GraphML for yEd or Gephi (lists and evidence as JSON strings)."""
    _write_one_file(graph_argument or graph_option, output, "graph.graphml", write_graphml)


@export.command("gexf")
def gexf_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The .gexf file.")],
    graph_argument: GraphArgument = None,
    graph_option: GraphOption = DEFAULT_GRAPH,
) -> None:
    """GEXF for Gephi: names as node labels, colours by label, types as edge labels."""
    _write_one_file(graph_argument or graph_option, output, "graph.gexf", write_gexf)


def _write_one_file(
    graph_file: Path, output: Path, example: str, writer: Callable[[nx.MultiDiGraph, Path], None]
) -> None:
    """The graph in one file written by `writer`: the path checked first, written whole or
    not at all."""
    output_file(output, example)
    graph = open_graph(graph_file)
    write_atomically(output, lambda tmp: writer(graph, tmp))
    _wrote(output, graph)


@export.command("csv")
def csv_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the CSV files.")],
    graph_argument: GraphArgument = None,
    graph_option: GraphOption = DEFAULT_GRAPH,
) -> None:
    """nodes.csv, relationships.csv and the name index (names.csv,
    names_relationships.csv) for `neo4j-admin database import full`."""
    graph_file = graph_argument or graph_option
    output_folder(output)
    graph = open_graph(graph_file)
    write_atomically(output, lambda tmp: write_neo4j_csv(graph, tmp))
    _wrote(output, graph)
    err.print(f"load them with: {import_command(csv_files(output))}")
