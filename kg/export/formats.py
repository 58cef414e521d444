"""GraphML (yEd, Gephi) and GEXF (Gephi) files of the graph.

Both formats hold only scalar attributes, so `flat` turns the lists and evidence records
into JSON strings and gives every edge its own id (the graph keys edges by relationship
type, which repeats across the graph; GraphML and GEXF ids must not). GEXF reserves a few
names: a node's `label` is what Gephi prints on it, so there it carries the display name
and the schema label moves to `category` (with the label's colour as GEXF `viz`); an
edge's `type` means directed/undirected, so the relationship type goes to the edge `label`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.style import style
from kg.lookup.records import display_name, type_of
from kg.schema import Prop


def flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are str, int, float or bool; `None` values dropped.

    Lists and dicts become JSON; an attribute holding both ints and floats becomes float
    everywhere, since both formats declare one type per attribute.
    """
    out = nx.MultiDiGraph()
    nodes = [(n, _scalars(a)) for n, a in graph.nodes(data=True)]
    edges = [
        (u, v, {**_scalars(a), "type": type_of(k, a)})
        for u, v, k, a in graph.edges(keys=True, data=True)
    ]
    _unify_numbers([a for _, a in nodes])
    _unify_numbers([a for _, _, a in edges])
    out.add_nodes_from(nodes)
    for i, (u, v, attrs) in enumerate(edges):
        out.add_edge(u, v, key=f"e{i}", **attrs)
    return out


def _scalars(attrs: dict[str, Any]) -> dict[str, str | int | float | bool]:
    out: dict[str, str | int | float | bool] = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, str | int | float | bool):
            out[name] = value
        else:
            out[name] = json.dumps(value, ensure_ascii=False, default=str)
    return out


def _unify_numbers(records: list[dict[str, str | int | float | bool]]) -> None:
    kinds: dict[str, set[type]] = defaultdict(set)
    for attrs in records:
        for name, value in attrs.items():
            kinds[name].add(type(value))
    mixed = {name for name, seen in kinds.items() if seen == {int, float}}
    for attrs in records:
        for name in mixed & attrs.keys():
            attrs[name] = float(attrs[name])


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write `graph` as GraphML (attributes as in the graph, lists and records as JSON)."""
    nx.write_graphml(flat(graph), path, encoding="utf-8")


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write `graph` as GEXF, with display names as node labels and colours by label."""
    out = flat(graph)
    for key, attrs in out.nodes(data=True):
        category = attrs.pop(Prop.LABEL, "")
        attrs["category"] = category
        attrs[Prop.LABEL] = display_name({Prop.LABEL: category, **graph.nodes[key]}, key)
        colour = style(category).colour
        attrs["viz"] = {
            "color": {
                "r": int(colour[1:3], 16),
                "g": int(colour[3:5], 16),
                "b": int(colour[5:7], 16),
                "a": 1.0,
            }
        }
    for _, _, attrs in out.edges(data=True):
        attrs[Prop.LABEL] = attrs.pop("type")
    nx.write_gexf(out, path, encoding="utf-8")
