"""The one schema: node labels, relationship types with their allowed endpoints, properties.

Every other part of the package — the extractor, the networkx graph, the embedded Cypher
tables, the Neo4j push, the exports and the Cypher files — reads its names from here, so a
new predicate or label is added in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    """Node labels. The first eight are what the extractor finds in text."""

    COUNTRY = "Country"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    PROJECT = "Project"
    EVENT = "Event"
    DOCUMENT = "Document"
    TOPIC = "Topic"
    # Graph-only labels: the article a fact came from, and a measured figure.
    ARTICLE = "Article"
    QUANTITY = "Quantity"


ENTITY_LABELS: tuple[Label, ...] = (
    Label.COUNTRY,
    Label.PERSON,
    Label.ORGANIZATION,
    Label.PLACE,
    Label.PROJECT,
    Label.EVENT,
    Label.DOCUMENT,
    Label.TOPIC,
)


class RelType(StrEnum):
    """Relationship types: the 14 predicates of the annotation guidelines, plus graph plumbing."""

    HOLDS_POSITION = "HOLDS_POSITION"
    CO_CHAIRS = "CO_CHAIRS"
    MEMBER_OF = "MEMBER_OF"
    SIGNED = "SIGNED"
    PARTICIPATED_IN = "PARTICIPATED_IN"
    HELD_IN = "HELD_IN"
    PART_OF = "PART_OF"
    PRODUCED = "PRODUCED"
    DISCUSSED = "DISCUSSED"
    LOCATED_IN = "LOCATED_IN"
    PASSES_THROUGH = "PASSES_THROUGH"
    OPERATED_BY = "OPERATED_BY"
    COOPERATES_IN = "COOPERATES_IN"
    MET_WITH = "MET_WITH"
    # Graph-only: which article mentions an entity; which entity a figure measures.
    MENTIONED_IN = "MENTIONED_IN"
    MEASURES = "MEASURES"


@dataclass(frozen=True)
class Predicate:
    """A relationship type with the labels its subject and object may carry."""

    type: RelType
    subjects: frozenset[Label]
    objects: frozenset[Label]
    symmetric: bool = False

    def allows(self, subject: Label, obj: Label) -> bool:
        return subject in self.subjects and obj in self.objects


def _p(
    type_: RelType, subjects: set[Label], objects: set[Label], symmetric: bool = False
) -> Predicate:
    return Predicate(type_, frozenset(subjects), frozenset(objects), symmetric)


L = Label
PREDICATES: dict[RelType, Predicate] = {
    p.type: p
    for p in (
        _p(RelType.HOLDS_POSITION, {L.PERSON}, {L.COUNTRY, L.ORGANIZATION}),
        _p(RelType.CO_CHAIRS, {L.PERSON}, {L.ORGANIZATION}),
        _p(RelType.MEMBER_OF, {L.COUNTRY, L.PERSON}, {L.ORGANIZATION}),
        _p(RelType.SIGNED, {L.PERSON, L.COUNTRY, L.ORGANIZATION}, {L.DOCUMENT}),
        _p(RelType.PARTICIPATED_IN, {L.PERSON, L.COUNTRY, L.ORGANIZATION}, {L.EVENT}),
        _p(RelType.HELD_IN, {L.EVENT}, {L.PLACE, L.COUNTRY}),
        _p(RelType.PART_OF, {L.EVENT}, {L.ORGANIZATION, L.EVENT}),
        _p(RelType.PRODUCED, {L.EVENT}, {L.DOCUMENT}),
        _p(RelType.DISCUSSED, {L.EVENT, L.DOCUMENT}, {L.TOPIC, L.PROJECT}),
        _p(RelType.LOCATED_IN, {L.PLACE}, {L.COUNTRY}),
        _p(RelType.PASSES_THROUGH, {L.PROJECT}, {L.PLACE, L.COUNTRY}),
        _p(RelType.OPERATED_BY, {L.PROJECT}, {L.ORGANIZATION}),
        _p(RelType.COOPERATES_IN, {L.COUNTRY}, {L.TOPIC}),
        _p(RelType.MET_WITH, {L.PERSON}, {L.PERSON}, symmetric=True),
        _p(RelType.MENTIONED_IN, set(ENTITY_LABELS), {L.ARTICLE}),
        _p(RelType.MEASURES, {L.QUANTITY}, set(ENTITY_LABELS)),
    )
}
del L
# Every (type, subject label, object label) the schema allows: one set look-up a relation.
ALLOWED: frozenset[tuple[RelType, Label, Label]] = frozenset(
    (type_, s, o) for type_, p in PREDICATES.items() for s in p.subjects for o in p.objects
)


def allows(type_: RelType, subject: Label, obj: Label) -> bool:
    """True when the schema allows `subject -[type_]-> obj`.

    >>> allows(RelType.LOCATED_IN, Label.PLACE, Label.COUNTRY)
    True
    >>> allows(RelType.LOCATED_IN, Label.COUNTRY, Label.PLACE)
    False
    """
    return (type_, subject, obj) in ALLOWED


class Prop(StrEnum):
    """Property names used on nodes and relationships, in the graph and in every store."""

    KEY = "key"  # stable identity of a node across articles and stores
    LABEL = "label"
    TYPE = "type"  # a relationship's type as a property: one spelling for every Cypher dialect
    NAME = "name"  # canonical English name
    NAME_AR = "name_ar"  # most frequent Arabic surface form
    WIKIDATA = "wikidata"
    ALIASES = "aliases"  # every Arabic surface form seen
    ROLE = "role"  # HOLDS_POSITION / MEMBER_OF qualifier
    RULE = "rule"  # ids of the extraction rules that stated a relationship, `|`-separated
    EVIDENCE = "evidence"  # list of evidence records (JSON in stores)
    ARTICLES = "articles"  # ids of supporting articles
    SUPPORT = "support"  # how many articles support the fact
    # Article nodes
    URL = "url"
    TITLE = "title"
    PUBLISHED = "published"
    SOURCE = "source"
    # Quantity nodes
    METRIC = "metric"
    VALUE = "value"
    UNIT = "unit"
    PERIOD = "period"
    CHANGE_PCT = "change_pct"
    # Dates and kinds of facts: every relationship and figure, events and documents
    DATE = "date"  # YYYY-MM-DD, YYYY-MM, YYYY or start/end
    DATE_SOURCE = "date_source"  # "event", "document" (its own date) or "article" (published)
    CATEGORY = "category"  # events and documents: PLOVER category (CONSULT, AGREE …)
