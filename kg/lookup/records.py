"""The plain records the lookup functions return: a node seen from outside, one relationship.

They are pydantic models so the CLI can print them as tables or dump them as JSON with the
same code, and so a malformed graph (an evidence record missing its sentence, say) fails
here with a clear message instead of deep inside a printer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from kg.models import Evidence
from kg.schema import Label, Prop

if TYPE_CHECKING:  # networkx takes 0.15 s to import: lookups on a saved folder never need it
    import networkx as nx


#: What every node and relationship of an answer is read by, as plain `str`: `Prop.NAME`
#: is an enum attribute look-up (0.25 µs in Python 3.11) and a `str` subclass as a key
#: takes the dict's slower path, which the 16,000 neighbours of a hub paid 200,000 times.
LABEL, NAME, NAME_AR, TITLE = (p.value for p in (Prop.LABEL, Prop.NAME, Prop.NAME_AR, Prop.TITLE))
ROLE, RULE, EVIDENCE, ARTICLES, SUPPORT = (
    p.value for p in (Prop.ROLE, Prop.RULE, Prop.EVIDENCE, Prop.ARTICLES, Prop.SUPPORT)
)
QUANTITY, ARTICLE = Label.QUANTITY.value, Label.ARTICLE.value


class Record(BaseModel):
    model_config = ConfigDict(frozen=True)


class Ref(Record):
    """A node as a reader names it: its key, label, English and Arabic names."""

    key: str
    label: str
    name: str
    name_ar: str | None = None


class Link(Record):
    """One relationship with what supports it: who said so, in which sentence of which article."""

    source: Ref
    type: str
    target: Ref
    role: str | None = None
    rule: str | None = None  # ids of the extraction rules that stated it, `|`-separated
    evidence: tuple[Evidence, ...] = ()
    articles: tuple[str, ...] = ()
    support: int = 0

    def other(self, key: str) -> Ref:
        """The counterpart of `key` on this relationship."""
        return self.target if self.source.key == key else self.source


class ArticleRef(Record):
    """An article node: where the evidence sentences can be read in full.

    `id` is the article's id, which evidence records and `articles` lists name; `key` is
    its node's key in the graph.
    """

    key: str
    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None


def display_name(attrs: Mapping[str, Any], key: str) -> str:
    """A short human name for any node: entities by name, figures by what they measure."""
    label = attrs.get(LABEL)
    if label == QUANTITY:
        parts = [attrs.get(Prop.METRIC), _number(attrs.get(Prop.VALUE)), attrs.get(Prop.UNIT)]
        period = attrs.get(Prop.PERIOD)
        text = " ".join(str(p) for p in parts if p is not None)
        return f"{text} ({period})" if period else text or key
    if label == ARTICLE:
        return str(attrs.get(TITLE) or attrs.get(NAME) or key)
    return str(attrs.get(NAME) or attrs.get(NAME_AR) or key)


def _number(value: object) -> str | None:
    if isinstance(value, int | float):
        return f"{value:,.12g}"
    return None if value is None else str(value)


def ref_fields(graph: nx.MultiDiGraph, key: str) -> dict[str, Any]:
    """The fields of the `Ref` of node `key`, unvalidated: for callers that validate many
    records at once (`Ref.model_validate`, or a `TypeAdapter` of a list)."""
    return ref_fields_of(key, graph.nodes[key])


def ref_fields_of(key: str, attrs: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of the `Ref` of the node `key` with the attributes `attrs`, unvalidated."""
    return {
        "key": key,
        "label": str(attrs.get(LABEL, "")),
        "name": display_name(attrs, key),
        "name_ar": attrs.get(NAME_AR),
    }


def ref(graph: nx.MultiDiGraph, key: str) -> Ref:
    """The `Ref` of node `key`."""
    return Ref.model_validate(ref_fields(graph, key))


def type_of(key: object, attrs: Mapping[str, Any]) -> str:
    """An edge's relationship type: its `type` attribute, else its key.

    The builder keys edges by type plus role (`HOLDS_POSITION:President`) so that one
    person's roles stay apart; `type` always holds the plain type.
    """
    return str(attrs.get("type") or key)


def link_fields(
    graph: nx.MultiDiGraph,
    source: str,
    target: str,
    key: object,
    refs: Callable[[str], dict[str, Any] | Ref] | None = None,
) -> dict[str, Any]:
    """The fields of the `Link` of the edge `(source, target, key)`, unvalidated; `refs`
    gives the fields of a node's `Ref`, or the `Ref` itself (default `ref_fields`: a caller
    may remember them)."""
    fields = refs or partial(ref_fields, graph)
    attrs = graph.edges[source, target, key]
    return link_fields_of(key, attrs, fields(source), fields(target))


def link_fields_of(
    key: object,
    attrs: Mapping[str, Any],
    source: dict[str, Any] | Ref,
    target: dict[str, Any] | Ref,
) -> dict[str, Any]:
    """The fields of the `Link` of an edge keyed `key` with the attributes `attrs` between
    the nodes whose `Ref` (or its fields) are `source` and `target`, unvalidated."""
    return {
        "source": source,
        "type": type_of(key, attrs),
        "target": target,
        "role": attrs.get(ROLE),
        "rule": attrs.get(RULE),
        "evidence": attrs.get(EVIDENCE, ()),
        "articles": tuple(attrs.get(ARTICLES, ())),
        "support": int(attrs.get(SUPPORT, 0)),
    }


def link(graph: nx.MultiDiGraph, source: str, target: str, key: object) -> Link:
    """The `Link` of the edge `(source, target, key)`."""
    return Link.model_validate(link_fields(graph, source, target, key))


def link_fields_between(
    graph: nx.MultiDiGraph,
    a: str,
    b: str,
    types: frozenset[str] | None = None,
    refs: Callable[[str], dict[str, Any] | Ref] | None = None,
) -> list[dict[str, Any]]:
    """The fields of every relationship joining `a` and `b`, in either direction, of the
    given types (see `link_fields`)."""
    keys = [(a, b, k) for k in graph.get_edge_data(a, b, default={})]
    if a != b:
        keys += [(b, a, k) for k in graph.get_edge_data(b, a, default={})]
    found = [link_fields(graph, u, v, k, refs) for u, v, k in keys]
    return [x for x in found if types is None or x["type"] in types]


def links_between(
    graph: nx.MultiDiGraph, a: str, b: str, types: frozenset[str] | None = None
) -> list[Link]:
    """Every relationship joining `a` and `b`, in either direction, of the given types."""
    return [Link.model_validate(x) for x in link_fields_between(graph, a, b, types)]


def article_ref(graph: nx.MultiDiGraph, key: str) -> ArticleRef:
    """The `ArticleRef` of Article node `key`."""
    return article_ref_of(key, graph.nodes[key])


def article_ref_of(key: str, attrs: Mapping[str, Any]) -> ArticleRef:
    """The `ArticleRef` of the Article node `key` with the attributes `attrs`."""
    published = attrs.get(Prop.PUBLISHED)
    return ArticleRef(
        key=key,
        # An article node supports itself: its `articles` list is its own id.
        id=str((attrs.get(Prop.ARTICLES) or [key])[0]),
        title=attrs.get(Prop.TITLE),
        url=attrs.get(Prop.URL),
        published=None if published is None else str(published),
        source=attrs.get(Prop.SOURCE),
    )


def articles_of(graph: nx.MultiDiGraph) -> dict[str, ArticleRef]:
    """Every Article node, by the article id that evidence records name."""
    found = (
        article_ref(graph, k) for k, label in graph.nodes(data=Prop.LABEL) if label == Label.ARTICLE
    )
    return {a.id: a for a in found}
