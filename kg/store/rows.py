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
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring  # what `json.dumps(ensure_ascii=False)` calls
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


class StoreValues:
    """`store_value` for every property of a whole graph, the same text made faster: a
    list is encoded item by item (what `json.dumps` does with its default separators), a
    string item by the encoder's own function, and an evidence record — one dict shared by
    every node and relationship its sentence backs — once for all of them, while at most
    `most` records are remembered (a big graph's records as JSON would take a tenth of its
    memory again).

    >>> record = {"article": "a1", "text": "ب"}
    >>> value = StoreValues()
    >>> value([record, "x", 2.5, record]) == store_value([record, "x", 2.5, record])
    True
    >>> value({"a": [1]}), value("s"), value(None), value([])
    ('{"a": [1]}', 's', None, '[]')
    """

    def __init__(self, most: int = 200_000) -> None:
        self.most = most
        self.texts: dict[int, str] = {}  # id of a record -> its JSON
        self.kept: list[Any] = []  # the records: alive, so that no other takes their ids

    def __call__(self, value: Any) -> Any:
        kind = type(value)
        if kind is not list:
            if kind is str or value is None or kind is int or kind is float:
                return value
            return store_value(value)
        if not value:
            return "[]"
        first = type(value[0])
        try:  # the common lists in one pass in C: of strings, of known records
            if first is str:
                return "[" + ", ".join(map(encode_basestring, value)) + "]"
            if first is dict:
                return "[" + ", ".join(map(self.texts.__getitem__, map(id, value))) + "]"
        except (TypeError, KeyError):
            pass
        return "[" + ", ".join(map(self._item, value)) + "]"

    def _item(self, item: Any) -> str:
        if type(item) is not dict:
            return json.dumps(item, ensure_ascii=False)
        text = self.texts.get(id(item))
        if text is None:
            if len(self.kept) >= self.most:
                self.texts.clear()
                self.kept.clear()
            text = self.texts[id(item)] = json.dumps(item, ensure_ascii=False)
            self.kept.append(item)
        return text


def _labels() -> Callable[[str], Label]:
    """`Label(value)`, remembered per value (an enum call per node is a tenth of the rows'
    time)."""
    known: dict[str, Label] = {}

    def label(value: str) -> Label:
        found = known.get(value)
        if found is None:
            found = known[value] = Label(value)
        return found

    return label


#: Property names as plain strings, for lookups in attribute dicts.
_NODE_NAMES = {label: tuple(p.value for p in props[1:]) for label, props in NODE_PROPS.items()}
_REL_NAMES = tuple(p.value for p in REL_PROPS[1:])


def node_rows(graph: nx.MultiDiGraph) -> Iterator[tuple[Label, Row]]:
    """Each node's label and row, values in `NODE_PROPS[label]` order."""
    value, label_of = StoreValues(), _labels()
    for node, attrs in graph.nodes(data=True):
        label = label_of(attrs[Prop.LABEL])
        yield label, (value(node), *[value(attrs.get(p)) for p in _NODE_NAMES[label]])


def rel_rows(graph: nx.MultiDiGraph) -> Iterator[tuple[Endpoints, Row]]:
    """Each relationship's (type, source label, target label) and row: source key, target
    key, then `REL_PROPS`. Raises `ValueError` for one the schema does not allow."""
    value, label_of = StoreValues(), _labels()
    labels = dict(graph.nodes(data=Prop.LABEL))
    allowed: dict[tuple[str, Label, Label], Endpoints] = {}
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        found = (attrs[Prop.TYPE], label_of(labels[source]), label_of(labels[target]))
        ends = allowed.get(found)
        if ends is None:
            ends = (RelType(found[0]), found[1], found[2])
            if not PREDICATES[ends[0]].allows(ends[1], ends[2]):
                raise ValueError(f"the schema does not allow {ends[1]} -[{ends[0]}]-> {ends[2]}")
            allowed[found] = ends
        yield (
            ends,
            (
                source,
                target,
                f"{source}|{key}|{target}",
                *[value(attrs.get(p)) for p in _REL_NAMES],
            ),
        )


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
