"""`kg extract FILE...`: what the extractor finds in each article, one object per file."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.batch import BatchReport, Extracted, extract_all
from kg.cli.application import app
from kg.cli.output import output_file, progress, summarize
from kg.models import ArticleGraph
from kg.read import Skipped, collect_inputs


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def as_json(graph: ArticleGraph) -> dict[str, object]:
    """The JSON the annotation guidelines describe (entities, relations, quantities, dates)."""
    return graph.model_dump(mode="json")


def _table(graph: ArticleGraph) -> Table:
    table = Table(title=f"{graph.article.id}", title_justify="left")
    for column in ("label", "name", "mentions", "wikidata"):
        table.add_column(column)
    for e in sorted(graph.entities, key=lambda e: (e.label, e.name)):
        mentions = " | ".join(dict.fromkeys(m.text for m in e.mentions))
        table.add_row(e.label, e.name, mentions, e.wikidata or "")
    return table


def _relations_table(graph: ArticleGraph) -> Table:
    names = {e.key: e.name for e in graph.entities}
    table = Table(title_justify="left")
    for column in ("source", "type", "target", "role", "rule"):
        table.add_column(column)
    for r in graph.relations:
        table.add_row(names[r.source], r.type, names[r.target], r.role or "", r.rule or "")
    return table


@app.command("extract")
def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Article .txt files or folders of them.")],
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.jsonl,
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    report: Annotated[Path | None, typer.Option(help="Write a JSON report here.")] = None,
) -> None:
    """Extract entities, relations, figures and dates; print one JSON object per file.

    A file that cannot be read is reported on stderr (and in --report); for it, jsonl and
    json print an object with "skipped" and empty lists, so output stays in input order.
    """
    if report is not None:
        output_file(report, "report.json")  # refused before any work, not after it
    out = Console(highlight=False, soft_wrap=True, markup=False)  # article text is not markup
    summary = BatchReport()
    documents = []
    paths = collect_inputs(files)
    for outcome in progress(extract_all(paths, jobs=jobs), len(paths), "extracting"):
        summary = summary.add(outcome)
        if isinstance(outcome, Skipped):
            doc: dict[str, object] = {
                "skipped": outcome.reason,
                "path": str(outcome.path),
                "entities": [],
                "relations": [],
                "quantities": [],
                "dates": [],
            }
        else:
            assert isinstance(outcome, Extracted)
            doc = as_json(outcome.graph)
            if format == Format.table:
                out.print(_table(outcome.graph))
                out.print(_relations_table(outcome.graph))
                continue
        if format == Format.jsonl:
            typer.echo(json.dumps(doc, ensure_ascii=False))
        elif format == Format.json:
            documents.append(doc)
    if format == Format.json:
        typer.echo(json.dumps(documents, ensure_ascii=False, indent=1))
    summarize(summary, report)
