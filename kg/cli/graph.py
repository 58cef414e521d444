"""`kg build`, `kg query`, `kg push`: make the graph file, ask it Cypher, send it to Neo4j.

Thin: parse arguments, call `kg.graph`, `kg.store.embedded` and `kg.store.neo4j`, print.
Every failure is one line on stderr and a non-zero exit (`kg.cli.output.fail`).
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import networkx as nx
import typer
from rich.console import Console
from rich.table import Table

from kg.api import build_into
from kg.cli.application import app
from kg.cli.graphfile import DEFAULT_GRAPH, GRAPH_ENV, GraphArgument, GraphOption, open_graph
from kg.cli.output import (
    USAGE,
    err,
    fail,
    output_file,
    output_folder,
    progress,
    push_progress,
    say,
    summarize,
)
from kg.feed import BATCH as FEED_BATCH
from kg.graph import load, save
from kg.graph.io import is_json, is_tables
from kg.read import collect_inputs
from kg.schema import Prop
from kg.store.cypher import run as run_query
from kg.store.embedded import QueryError, Result, open_cached
from kg.store.neo4j import CONNECT_TIMEOUT, PushError, push
from kg.store.statements import FALKORDB_BYTES, NEO4J_BYTES


class QueryFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


@app.command("build")
def build_command(
    inputs: Annotated[list[Path], typer.Argument(help="Article .txt files or folders of them.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--graph",
            "-g",
            "--output",
            "-o",
            envvar=GRAPH_ENV,
            help=f"The graph file to write (default {DEFAULT_GRAPH}, or ${GRAPH_ENV}).",
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option("--into", help="Add to this graph file (created if missing) and rewrite it."),
    ] = None,
    overwrite: Annotated[
        bool, typer.Option(help="Replace a graph file built from other articles.")
    ] = False,
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes for extraction.")] = 1,
    report: Annotated[Path | None, typer.Option(help="Write a JSON report here.")] = None,
    push_uri: Annotated[
        str | None,
        typer.Option(
            "--push",
            help="Merge into this Bolt server (Neo4j) batch by batch instead of a graph file.",
        ),
    ] = None,
    user: Annotated[str, typer.Option(help="With --push: user name.")] = "neo4j",
    password: Annotated[
        str | None, typer.Option(envvar="KG_NEO4J_PASSWORD", help="With --push: password.")
    ] = None,
    database: Annotated[
        str | None, typer.Option(help="With --push: database; the server's default if absent.")
    ] = None,
    batch: Annotated[
        int, typer.Option(min=1, help="With --push: articles merged into the server at once.")
    ] = FEED_BATCH,
    batch_bytes: Annotated[
        int, typer.Option(min=1000, help="With --push: largest statement (see kg push).")
    ] = NEO4J_BYTES,
    connect_timeout: Annotated[
        float, typer.Option(min=0.1, help="With --push: seconds to wait for a connection.")
    ] = CONNECT_TIMEOUT,
) -> None:
    """Extract every article and merge them into one graph file, or, with --push, into a
    Bolt server (Neo4j) as they come.

    With --into, articles already in the graph are not read again, so a repeated build
    changes nothing. A graph file that holds articles these inputs do not is never replaced
    silently: add to it with --into, or replace it with --overwrite. Unreadable files are
    listed on stderr and make the exit code 1.

    With --push URI nothing is written locally: each batch of articles is merged into the
    server's graph (by key; people by the same-person rule against what it holds), and
    articles it holds already are skipped, so feeding the same files again changes nothing.
    """
    if push_uri is not None:
        if into is not None or (output is not None and str(output) != os.environ.get(GRAPH_ENV)):
            fail("give either --push (a server) or a graph file (--graph, --into), not both", USAGE)
        _feed(inputs, push_uri, user, password, database, jobs, batch, batch_bytes,
              connect_timeout, report)  # fmt: skip
        return
    if into is not None and str(output) == os.environ.get(GRAPH_ENV):
        output = None  # $KG_GRAPH names the graph; --into says where to add this time
    if output is not None and into is not None and output != into:
        fail("give either --graph (a new graph) or --into (add to a graph), not both", USAGE)
    target = _graph_target(into or output or DEFAULT_GRAPH)
    if report is not None:
        output_file(report, "report.json")
    paths = collect_inputs(inputs)
    if not paths:
        fail(f"no article files (*.txt) in {', '.join(map(str, inputs))}", USAGE)
    graph = _existing(into) if into is not None else nx.MultiDiGraph()
    summary = build_into(
        graph, paths, jobs, watch=lambda outcomes, n: progress(outcomes, n, "extracting")
    )
    if into is None and not overwrite:
        _refuse_to_replace(target, set(graph.graph.get(Prop.ARTICLES, ())))
    if not graph.graph.get(Prop.ARTICLES):
        summarize(summary.report, report)
        fail("no article could be read: nothing to build")
    save(graph, target)
    err.print(
        f"{summary.describe()}: "
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships → {target}"
    )
    summarize(summary.report, report)


def _feed(
    inputs: list[Path],
    uri: str,
    user: str,
    password: str | None,
    database: str | None,
    jobs: int,
    batch: int,
    batch_bytes: int,
    connect_timeout: float,
    report: Path | None,
) -> None:
    """`kg build --push`: extract and merge into the server batch by batch (`kg.feed`)."""
    from kg.feed import feed
    from kg.schema import Label
    from kg.store.neo4j import connect

    if password is None:
        fail("no password: pass --password or set KG_NEO4J_PASSWORD", USAGE)
    if report is not None:
        output_file(report, "report.json")
    paths = collect_inputs(inputs)
    if not paths:
        fail(f"no article files (*.txt) in {', '.join(map(str, inputs))}", USAGE)
    start = time.perf_counter()
    try:
        with connect(
            uri, user, password, database, list(Label), batch_bytes, connect_timeout
        ) as bolt:
            summary = feed(
                bolt, paths, jobs, batch, lambda outcomes, n: progress(outcomes, n, "feeding")
            )
    except PushError as e:
        fail(str(e))
    for warning in bolt.warnings:
        say("warning:", warning)
    where = f"{uri}{f' ({database})' if database else ''}"
    err.print(
        f"{summary.describe().replace('in the graph', 'on the server')} → {where} in "
        f"{time.perf_counter() - start:.1f} s ({bolt.statements} statements)"
    )
    summarize(summary.report, report)


def _graph_target(path: Path) -> Path:
    """Where a graph can be saved: a `.json` file, or a folder of tables — new, or one that
    already holds a graph; anything else is one line and exit 2."""
    if is_json(path):
        return output_file(path)
    if path.is_dir() and not is_tables(path):
        fail(
            f"{path} is a folder that holds no graph: give a new name, such as "
            f"{path / 'news.graph'}, or a FILE.json",
            USAGE,
        )
    return output_folder(path)


def _refuse_to_replace(target: Path, articles: set[str]) -> None:
    """Stop before a new graph replaces one that holds other articles (exit 2)."""
    if not target.exists():
        return
    old = _existing(target)
    others = [a for a in old.graph.get(Prop.ARTICLES, ()) if a not in articles]
    if others:
        fail(
            f"{target} holds a graph of other articles ({len(others)} not among these inputs): "
            f"add to it with --into {target}, or replace it with --overwrite",
            USAGE,
        )


def _existing(path: Path) -> nx.MultiDiGraph:
    if not path.exists():
        return nx.MultiDiGraph()
    try:
        return load(path)
    except (OSError, ValueError) as e:
        fail(f"cannot read the graph in {path}: {e}")


@app.command("query")
def query_command(
    query: Annotated[str | None, typer.Argument(help="A Cypher query.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="Read the query from a .cypher file.")
    ] = None,
    graph: GraphOption = DEFAULT_GRAPH,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="Query parameter NAME=text, or NAME:=JSON for numbers, lists, null.",
        ),
    ] = None,
    format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.TABLE,
) -> None:
    """Run Cypher on the graph in-process (embedded LadybugDB; nothing to install).

    Parameters go to the engine as query parameters, never into the query text.
    """
    if (query is None) == (file is None):
        fail("give a query or --file, not both and not neither")
    if file is not None:
        try:
            query = file.read_text(encoding="utf-8")
        except OSError as e:
            fail(f"cannot read {file}: {e.strerror or e}")
    assert query is not None
    parameters = dict(map(_parameter, param or []))
    try:
        db = open_cached(graph, lambda: open_graph(graph))
    except ValueError as e:
        fail(f"cannot load the graph in {graph} into the query engine: {e}")
    try:
        result = run_query(db, query, parameters)
    except QueryError as e:
        fail(f"the query failed: {e}")
    _print(result, format)


def _parameter(text: str) -> tuple[str, Any]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        fail(f"--param {text!r}: expected NAME=value")
    if name.endswith(":"):
        try:
            return name[:-1], json.loads(value)
        except ValueError:
            fail(f"--param {text!r}: the value after := is not JSON")
    return name, value


def _plain(value: Any) -> Any:
    """A JSON-ready value: numbers, strings, null and lists stay; anything else is text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _print(result: Result, format: QueryFormat) -> None:
    if format == QueryFormat.JSON:
        rows = [dict(zip(result.columns, map(_plain, r), strict=True)) for r in result.rows]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif format == QueryFormat.CSV:
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows([_cell(v) for v in row] for row in result.rows)
    else:
        table = Table(*result.columns)
        for row in result.rows:
            table.add_row(*map(_cell, row))
        Console(highlight=False, markup=False).print(table)
        err.print(f"{len(result.rows)} row{'' if len(result.rows) == 1 else 's'}")


@app.command("push")
def push_command(
    graph_argument: GraphArgument = None,
    graph_option: GraphOption = DEFAULT_GRAPH,
    uri: Annotated[str, typer.Option(help="Bolt URI of the server.")] = "bolt://localhost:7687",
    user: Annotated[str, typer.Option(help="User name.")] = "neo4j",
    password: Annotated[
        str | None, typer.Option(envvar="KG_NEO4J_PASSWORD", help="Password.")
    ] = None,
    database: Annotated[
        str | None, typer.Option(help="Database (graph) name; the server's default if absent.")
    ] = None,
    connect_timeout: Annotated[
        float,
        typer.Option(min=0.1, help="Seconds to wait for a connection before trying again."),
    ] = CONNECT_TIMEOUT,
    batch_bytes: Annotated[
        int,
        typer.Option(
            min=1000,
            help="Largest statement, text plus parameters, in bytes (the default suits Neo4j; "
            f"servers that paste parameters, like FalkorDB, get at most {FALKORDB_BYTES:,}).",
        ),
    ] = NEO4J_BYTES,
) -> None:
    """Merge the graph into Neo4j (or another Bolt server); pushing twice changes nothing.

    Every node, relationship, property and evidence record goes, in statements of at most
    --batch-bytes; a progress bar shows on a terminal.
    """
    if graph_argument is not None and re.match(r"[a-z][a-z0-9+]*:/", str(graph_argument)):
        # a Path folds "bolt://h" to "bolt:/h": say what was meant rather than "no graph file"
        fail("the argument is the graph file: give the server's address with --uri", USAGE)
    if password is None:
        fail("no password: pass --password or set KG_NEO4J_PASSWORD")
    g = open_graph(graph_argument or graph_option)
    start = time.perf_counter()
    try:
        with push_progress(g.number_of_nodes() + g.number_of_edges()) as advance:
            report = push(
                g,
                uri,
                user,
                password,
                database,
                max_bytes=batch_bytes,
                progress=advance,
                connect_timeout=connect_timeout,
            )
    except PushError as e:
        fail(str(e))
    for warning in report.warnings:
        say("warning:", warning)
    err.print(
        f"pushed {report.nodes} nodes and {report.relationships} relationships to {uri}"
        f"{f' ({database})' if database else ''} in {time.perf_counter() - start:.1f} s"
    )
