"""The graph as store rows: one column set per label, one per relationship, from the schema.

Both stores (the embedded LadybugDB and a Neo4j/Bolt server) receive the same rows, so a
Cypher query sees the same properties in either. Values are strings, numbers or null;
anything list- or map-shaped (`evidence`, `aliases`, `articles`) is one JSON string,
because LadybugDB's bulk loader cannot read lists of arbitrary strings and Neo4j cannot
store maps inside lists — and one representation keeps every query portable. Every node
and relationship also gets `key`: the node id, or `source|edge key|target`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import networkx as nx

from kg.schema import ENTITY_LABELS, PREDICATES, Label, Prop, RelType

_COMMON = (Prop.EVIDENCE, Prop.ARTICLES, Prop.SUPPORT)
_ENTITY = (Prop.KEY, Prop.LABEL, Prop.NAME, Prop.NAME_AR, Prop.WIKIDATA, Prop.ALIASES, *_COMMON)

#: The properties each node label has in a store, `key` first.
NODE_PROPS: dict[Label, tuple[Prop, ...]] = {
    **{label: _ENTITY for label in ENTITY_LABELS},
    Label.EVENT: (*_ENTITY, Prop.DATE, Prop.DATE_SOURCE, Prop.CATEGORY),
    Label.DOCUMENT: (*_ENTITY, Prop.DATE, Prop.DATE_SOURCE, Prop.CATEGORY),
    Label.ARTICLE: (Prop.KEY, Prop.LABEL, Prop.NAME, Prop.TITLE, Prop.URL, Prop.PUBLISHED,
                    Prop.SOURCE, *_COMMON),
    Label.QUANTITY: (Prop.KEY, Prop.LABEL, Prop.NAME, Prop.METRIC, Prop.VALUE, Prop.UNIT,
                     Prop.PERIOD, Prop.CHANGE_PCT, Prop.DATE, Prop.DATE_SOURCE, *_COMMON),
}  # fmt: skip

#: The properties every relationship has in a store, `key` first.
REL_PROPS: tuple[Prop, ...] = (
    Prop.KEY, Prop.TYPE, Prop.ROLE, Prop.RULE, Prop.DATE, Prop.DATE_SOURCE, *_COMMON
)  # fmt: skip

#: Store types of the properties that are not strings.
NUMERIC: dict[Prop, type] = {Prop.SUPPORT: int, Prop.VALUE: float, Prop.CHANGE_PCT: float}

Row = tuple[Any, ...]
Endpoints = tuple[RelType, Label, Label]
K = TypeVar("K")


def store_value(value: Any) -> Any:
    """A property value as stores hold it: lists and maps become JSON strings."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def node_rows(graph: nx.MultiDiGraph) -> Iterator[tuple[Label, Row]]:
    """Each node's label and row, values in `NODE_PROPS[label]` order."""
    for node, attrs in graph.nodes(data=True):
        label = Label(attrs[Prop.LABEL])
        values = {**attrs, Prop.KEY: node}
        yield label, tuple(store_value(values.get(p)) for p in NODE_PROPS[label])


def rel_rows(graph: nx.MultiDiGraph) -> Iterator[tuple[Endpoints, Row]]:
    """Each relationship's (type, source label, target label) and row: source key, target
    key, then `REL_PROPS`. Raises `ValueError` for one the schema does not allow."""
    labels = dict(graph.nodes(data=Prop.LABEL))
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        type_ = RelType(attrs[Prop.TYPE])
        ends = (type_, Label(labels[source]), Label(labels[target]))
        if not PREDICATES[type_].allows(ends[1], ends[2]):
            raise ValueError(f"the schema does not allow {ends[1]} -[{type_}]-> {ends[2]}")
        values = {**attrs, Prop.KEY: f"{source}|{key}|{target}"}
        yield ends, (source, target, *(store_value(values.get(p)) for p in REL_PROPS))


def grouped(rows: Iterable[tuple[K, Row]]) -> dict[K, list[Row]]:
    """Rows collected per group (label, or relationship endpoints), in first-seen order."""
    groups: dict[K, list[Row]] = defaultdict(list)
    for group, row in rows:
        groups[group].append(row)
    return groups


def endpoint_pairs(type_: RelType) -> Iterator[tuple[Label, Label]]:
    """Every (source label, target label) the schema allows for `type_`, in a fixed order."""
    predicate = PREDICATES[type_]
    for source in Label:
        for target in Label:
            if predicate.allows(source, target):
                yield source, target
