"""Names as nodes: how a query finds the node a user names with one index look-up.

A query that starts from a name a user gives ("Azerbaijan", "أذربيجان", "Country:Q227")
wants the nodes bearing it as their name, Arabic name or key. Tested on the nodes
themselves (`MATCH (a) WHERE a.name = $x OR a.name_ar = $x OR a.key = $x`), that is a
scan of every node table in LadybugDB (117k rows of the 10k-article graph: 20-40 ms per
name) and of every node in Neo4j, and only a label would make it a look-up — but `(a:A:B)`
means any label in LadybugDB and all labels in Neo4j and FalkorDB. So every store (the
embedded database and the push alike) also holds one `Name` node per distinct name, Arabic
name and key of the graph's nodes, keyed by that `text` (LadybugDB's primary key; a
uniqueness constraint, or an index, on a Bolt server), with a `NAMES` relationship to each
node that bears it:

    MATCH (:Name {text: $x})-[:NAMES]->(a)

The text is in a property no other node has, so `MATCH (n {key: $k})` or
`WHERE n.name = $x` find the graph's nodes only. `Name` nodes carry `label` and `NAMES`
relationships `type`, as every node and relationship of a store does, so a query over all
nodes leaves them out with `WHERE n.label <> 'Name'`.

>>> list(names_of("Country:Q227", {"name": "Azerbaijan", "name_ar": "أذربيجان"}))
['Azerbaijan', 'أذربيجان', 'Country:Q227']
>>> list(names_of("Topic:energy", {"name": "energy", "name_ar": ""}))
['energy', 'Topic:energy']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from kg.schema import Label, Prop

#: The label of the name nodes, and the type of their relationships to what they name.
NAME = "Name"
NAMES = "NAMES"
#: The property of a `Name` node that holds the name, its key.
TEXT = "text"


def names_of(key: str, attrs: Mapping[str, Any]) -> Iterator[str]:
    """The texts node `key` is found by: its name, its Arabic name and its key, each once
    (an empty one is no name: the engines read it back as null)."""
    seen: set[str] = set()
    for text in (attrs.get(Prop.NAME), attrs.get(Prop.NAME_AR), key):
        if isinstance(text, str) and text and text not in seen:
            seen.add(text)
            yield text


def name_rows(nodes: Iterable[tuple[str, Mapping[str, Any]]]) -> Iterator[tuple[Label, str, str]]:
    """(label of the node, name, node key) for every name of every node of `nodes` (key,
    attributes), in node order.

    >>> nodes = [("Country:Q1", {"label": "Country", "name": "A"}),
    ...          ("Person:a", {"label": "Person", "name": "A"})]
    >>> for label, text, key in name_rows(nodes):
    ...     print(label, text, key)
    Country A Country:Q1
    Country Country:Q1 Country:Q1
    Person A Person:a
    Person Person:a Person:a
    """
    labels: dict[str, Label] = {}
    for key, attrs in nodes:
        value = attrs[Prop.LABEL]
        label = labels.get(value)
        if label is None:
            label = labels[value] = Label(value)
        for text in names_of(key, attrs):
            yield label, text, key
