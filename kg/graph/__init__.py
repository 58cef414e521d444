"""The knowledge graph: articles merged into one networkx `MultiDiGraph`, saved as JSON."""

from kg.graph.builder import add_articles, build
from kg.graph.io import load, save

__all__ = ["add_articles", "build", "load", "save"]
