"""Command-line interface: a thin layer over the Python API (`kg.extract`, `kg.graph`, …)."""

from kg.cli import extract  # noqa: F401  (registers its commands)
from kg.cli.app import app

__all__ = ["app"]
