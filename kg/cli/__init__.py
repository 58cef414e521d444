"""Command-line interface: a thin layer over the Python API (`kg.extract`, `kg.graph`, …)."""

from kg.cli import dyads, export, extract, graph, lookup  # noqa: F401  (registers their commands)
from kg.cli.app import app

__all__ = ["app"]
