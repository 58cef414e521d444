"""Dates on facts: what each event, document, relation and figure is dated by.

An event or a document is dated by its own date when the text gives one (`DateFact`) — a
document signed at a dated event or signing by that one's — else by the article's
publication date. A relation with an event or a document at one end
takes that one's date; any other relation takes the own date of an event or document named
in its evidence sentence, else the article's. A figure is dated by its own period when that
is a year or a month ("trade in 2014": "period"), else like a relation by its sentence.
`date_source` says which: "event", "document", "period" or "article" (None when nothing is
known).

>>> from kg.models import ArticleMeta
>>> import datetime as dt
>>> meta = ArticleMeta(id="a", published=dt.date(2024, 3, 14))
>>> own = {"e1": ("2024-03-12", DateSource.EVENT)}
>>> Dating(meta, own=own, labels={"e1": Label.EVENT}).of_entity("e1")
('2024-03-12', <DateSource.EVENT: 'event'>)
>>> Dating(meta, own={}, labels={"e1": Label.EVENT}).of_entity("e1")
('2024-03-14', <DateSource.ARTICLE: 'article'>)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.models import (
    ArticleMeta,
    DateFact,
    DateSource,
    Entity,
    Evidence,
    Quantity,
    Relation,
    built,
)
from kg.schema import Label

if TYPE_CHECKING:
    from kg.extraction.relations.registry import Stated

Dated = tuple[str | None, DateSource | None]
SOURCES = {Label.EVENT: DateSource.EVENT, Label.DOCUMENT: DateSource.DOCUMENT}


@dataclass
class Dating:
    """The dates of one article's facts."""

    meta: ArticleMeta
    own: Mapping[str, Dated]  # entity key → its own date (events and documents)
    labels: Mapping[str, Label]
    by_sentence: dict[int, str] = field(default_factory=dict)  # sentence → a dated entity
    published: Dated = field(init=False)  # the article's date (`article`), made once
    dated: frozenset[str] = field(init=False)  # the keys of `labels`' events and documents

    def __post_init__(self) -> None:
        day = self.meta.published
        self.published = (day.isoformat(), DateSource.ARTICLE) if day else (None, None)
        self.dated = frozenset(key for key, label in self.labels.items() if label in SOURCES)

    @classmethod
    def of(
        cls,
        meta: ArticleMeta,
        entities: Iterable[Entity],
        facts: Iterable[DateFact],
        signed_at: Mapping[str, str] | None = None,
    ) -> Dating:
        """Own dates from `facts` (the first per subject), and the dated entity each
        sentence names (the first named there). A document without a date of its own that
        was signed at (`signed_at`: document → event) a dated event takes the event's."""
        entities = list(entities)
        own: dict[str, Dated] = {}
        labels = {e.key: e.label for e in entities}
        for fact in facts:
            own.setdefault(fact.subject, (fact.date, SOURCES[labels[fact.subject]]))
        for document, event in (signed_at or {}).items():
            if document not in own and event in own:
                own[document] = own[event]
        dating = cls(meta, own, labels)
        for e in entities:
            if e.key in own:
                for m in e.mentions:
                    dating.by_sentence.setdefault(m.sentence, e.key)
        return dating

    def article(self) -> Dated:
        return self.published

    def of_entity(self, key: str) -> Dated:
        """An event's or document's date: its own, else the article's."""
        return self.own.get(key) or self.article()

    def of_evidence(self, evidence: Evidence) -> Dated:
        """A fact's date from a dated event or document named in its sentence."""
        key = self.by_sentence.get(evidence.sentence)
        return self.of_entity(key) if key is not None else self.article()

    def of_relation(self, r: Relation | Stated) -> Dated:
        """The date of an event or a document at either end (the target first), else that
        of the relation's sentence."""
        for end in (r.target, r.source):
            if end in self.dated:
                return self.of_entity(end)
        return self.of_evidence(r.evidence)


def dated_entity(e: Entity, dating: Dating) -> Entity:
    """`e` with its date, when it is an event or a document."""
    if e.label not in SOURCES:
        return e
    date, source = dating.of_entity(e.key)
    if date is None:
        return e
    return e.model_copy(update={"date": date, "date_source": source})


def dated_relations(stated: Iterable[Stated], dating: Dating) -> list[Relation]:
    """Each stated relation as a `Relation` with its date, built once from the rule's own
    fields (`built`: a `Stated` holds a `RelType`, entity keys and an `Evidence` already).

    >>> import datetime as dt
    >>> from kg.extraction.relations.registry import Stated
    >>> from kg.schema import RelType
    >>> ev = Evidence(article="a", sentence=0, start=0, end=4, text="باكو")
    >>> dating = Dating(ArticleMeta(id="a", published=dt.date(2024, 3, 14)), {}, {})
    >>> [r] = dated_relations([Stated("k1", RelType.LOCATED_IN, "k2", None, "rule", ev)], dating)
    >>> r.target, r.rule, r.date, r.date_source.value
    ('k2', 'rule', '2024-03-14', 'article')
    """
    # `dating.of_relation(r)` of each, inline (four calls a relation, some twenty relations)
    dated, own, published = dating.dated, dating.own, dating.published
    by_sentence = dating.by_sentence
    relations = []
    for r in stated:
        src, dst = r.source, r.target
        if dst in dated:
            date, date_source = own.get(dst) or published
        elif src in dated:
            date, date_source = own.get(src) or published
        else:
            key = by_sentence.get(r.evidence.sentence)
            date, date_source = published if key is None else (own.get(key) or published)
        fields = {  # every field of `Stated`, and the date
            "source": src,
            "type": r.type,
            "target": dst,
            "role": r.role,
            "rule": r.rule,
            "evidence": r.evidence,
            "date": date,
            "date_source": date_source,
        }
        relations.append(built(Relation, fields))
    return relations


_PERIOD = re.compile(r"\d{4}(?:-\d\d)?(?:/\d{4}(?:-\d\d)?)?")


def quantity_date(period: str | None, evidence: Evidence, dating: Dating) -> Dated:
    """A figure's date: its period when that is a date ("2014", "2024-01/2024-08"), else
    that of its sentence."""
    if period and _PERIOD.fullmatch(period):
        return period, DateSource.PERIOD
    return dating.of_evidence(evidence)


def dated_quantity(q: Quantity, dating: Dating) -> Quantity:
    """`q` with its date (`quantity_date`)."""
    date, source = quantity_date(q.period, q.evidence, dating)
    if date is None:
        return q
    return q.model_copy(update={"date": date, "date_source": source})
