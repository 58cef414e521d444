"""Pydantic models: the contract between the stages of the pipeline.

Text → `Mention` → `Entity` → `Relation` / `Quantity` / `DateFact` → `ArticleGraph`.
Every fact carries `Evidence`: which article and which sentence said it, with the
sentence's character span, so a reader can always go back to the words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from kg.schema import ALLOWED, Label, RelType


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=_Model)
_REQUIRED = object()  # a field `built` must be given (never left in a model: see below)
_TEMPLATES: dict[type[_Model], dict[str, Any]] = {}
_new = object.__new__
_set = object.__setattr__


def built(cls: type[_M], fields: dict[str, Any]) -> _M:
    """A model of the pipeline's own making, from `fields` whose values have their final
    types already (a `Label`, not its string; a float, not an int): the model `cls(**fields)`
    would validate, built without validating.

    Why: the extractor builds some ninety models per article (mentions, evidence, entities,
    relations, figures), each from values it computed and checked itself; pydantic's
    validation of each was a tenth of the extraction's instructions. The trade: nothing
    checks these fields at run time, so `tests/extraction/test_built_models.py` runs the
    pipeline over many varied articles and validates every model it built (a bug that
    builds an invalid one fails there), and the API's edges still validate what comes
    from outside: `kg.extract`'s arguments, article sidecars, graphs read back.

    Same object as validation gives: every field in declaration order (defaults filled in;
    a model without defaults takes `fields` as its own, so they come in that order), the
    given names as `model_fields_set`.

    >>> m = built(Mention, {"text": "باكو", "start": 0, "end": 4, "sentence": 0})
    >>> m == Mention(text="باكو", start=0, end=4, sentence=0), m.model_fields_set == {"text",
    ...     "start", "end", "sentence"}
    (True, True)
    """
    template = _TEMPLATES.get(cls)
    if template is None:
        template = _TEMPLATES[cls] = _template(cls)
    model = _new(cls)
    _set(model, "__dict__", {**template, **fields} if template else fields)
    _set(model, "__pydantic_fields_set__", set(fields))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def _template(cls: type[_Model]) -> dict[str, Any]:
    """Every field of `cls` in order, with its default (`_REQUIRED` when it has none); empty
    when no field has a default: then the caller's `fields` hold every field, in order."""
    fields = cls.model_fields
    if all(f.is_required() for f in fields.values()):
        return {}
    return {
        name: _REQUIRED if f.is_required() else f.get_default(call_default_factory=True)
        for name, f in fields.items()
    }


def content_id(text: str) -> str:
    """The id of an article known by its text alone: a digest of the text.

    The same text under two file names is one article; two texts are two articles.

    >>> content_id("نص") == content_id("نص") != content_id("نص آخر")
    True
    """
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class DateSource(StrEnum):
    """Where a fact's date comes from: its event's or document's own date, a figure's own
    period ("trade in 2014"), else the article's publication date."""

    EVENT = "event"
    DOCUMENT = "document"
    PERIOD = "period"
    ARTICLE = "article"


class ArticleMeta(_Model):
    """What is known about an article besides its text (the `.meta.json` sidecar).

    `id` is the article's identity: the sidecar's `id`, else its `url`, else
    `content_id(text)`; `file` is the name of the file it was read from (without `.txt`),
    a name for people when there is no title.
    """

    id: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    file: str | None = None


class Evidence(_Model):
    """Where a fact was stated: the article, the sentence index and its character span."""

    article: str
    sentence: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Mention(_Model):
    """A surface string in the article, with character offsets into the original text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: int = Field(ge=0)

    # A field validator, not a model "after" validator: those run again each time a built
    # mention is passed to an entity, a figure or a date (this one runs once per mention).
    @field_validator("end")
    @classmethod
    def _span_matches_text(cls, end: int, info: ValidationInfo) -> int:
        # `text` and `start` come first: both are in `data` unless one of them failed.
        data = info.data
        if len(data) == 2 and end - data["start"] != len(data["text"]):
            raise ValueError(f"mention span {data['start']}:{end} does not fit {data['text']!r}")
        return end


class Entity(_Model):
    """One real-world thing named in one article, with every mention that names it."""

    key: str
    label: Label
    name: str  # canonical English name (Wikipedia spelling when known)
    name_ar: str
    wikidata: str | None = None
    mentions: tuple[Mention, ...]
    country: str | None = None  # ISO code of the country a place or nisba belongs to
    # Events and documents: a readable name for people (kind, owner or parties, place, date;
    # `name` stays the short one), their date (own, else the article's), PLOVER category.
    title: str | None = None
    date: str | None = None
    date_source: DateSource | None = None
    category: str | None = None
    # The key of its node in the graph (`Country:Q43`, `Person:hakan fidan`); `kg.extract`
    # sets it, the extractor alone does not. Derived, so never in the JSON.
    node: str | None = Field(default=None, exclude=True)


class Relation(_Model):
    """A typed relationship between two entities of the same article."""

    source: str
    type: RelType
    target: str
    role: str | None = None
    rule: str | None = None  # id of the extraction rule that stated it (why the edge is there)
    evidence: Evidence
    date: str | None = None  # what the fact is dated by (`date_source`); None: no date known
    date_source: DateSource | None = None
    # `source` and `target` are entity keys of this article; these are the keys of their
    # nodes in the graph, set by `kg.extract` (like `Entity.node`, never in the JSON).
    source_node: str | None = Field(default=None, exclude=True)
    target_node: str | None = Field(default=None, exclude=True)


class Quantity(_Model):
    """A measured figure: value in base units, unit from the guidelines' vocabulary."""

    subject: tuple[str, ...]
    metric: str
    value: float
    unit: str
    period: str | None = None
    change_pct: float | None = None
    mention: Mention
    evidence: Evidence
    date: str | None = None
    date_source: DateSource | None = None


class DateFact(_Model):
    """An explicit date of an event or a document (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `a/b`)."""

    subject: str
    date: str
    mention: Mention
    evidence: Evidence


class Stated(Protocol):
    """What `schema_error` reads of a relation: a `Relation`, or the extractor's own tuple
    of one (read faster: a model's attributes are slow to read on Python 3.11)."""

    @property
    def source(self) -> str: ...
    @property
    def type(self) -> RelType: ...
    @property
    def target(self) -> str: ...


def schema_error(labels: Mapping[str, Label], relations: Iterable[Stated]) -> str | None:
    """Why `relations` do not fit the schema between the entities of `labels` (entity key
    -> label), or None: an end that is no entity, or a type the schema forbids between
    their labels. `ArticleGraph` checks it; the extractor, which builds its graph without
    validation (`built`), checks it on its relations as stated.

    >>> labels = {"k1": Label.PLACE, "k2": Label.COUNTRY}
    >>> ev = Evidence(article="a", sentence=0, start=0, end=4, text="باكو")
    >>> r = Relation(source="k1", type=RelType.LOCATED_IN, target="k2", evidence=ev)
    >>> schema_error(labels, [r]) is None
    True
    >>> schema_error(labels, [r.model_copy(update={"source": "k2", "target": "k1"})])
    'schema forbids Country -[LOCATED_IN]-> Place'
    >>> schema_error({"k1": Label.PLACE}, [r])
    'LOCATED_IN refers to an unknown entity'
    """
    for r in relations:
        type_ = r.type
        s, o = labels.get(r.source), labels.get(r.target)
        if s is None or o is None:
            return f"{type_} refers to an unknown entity"
        if (type_, s, o) not in ALLOWED:
            return f"schema forbids {s} -[{type_}]-> {o}"
    return None


class ArticleGraph(_Model):
    """Everything extracted from one article: the unit the graph builder merges."""

    article: ArticleMeta
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateFact, ...]

    @model_validator(mode="after")
    def _relations_fit_schema(self) -> ArticleGraph:
        error = schema_error({e.key: e.label for e in self.entities}, self.relations)
        if error is not None:
            raise ValueError(error)
        return self

    def triples(self) -> list[tuple[str, str, str]]:
        """Each relation as (source name, type, target name), named as the graph names
        their nodes: in English, events and documents by their readable `title`.

        `relations` name their entities by key; this is what they say, for reading.

        >>> m = Mention(text="باكو", start=0, end=4, sentence=0)
        >>> ev = Evidence(article="a", sentence=0, start=0, end=4, text="باكو")
        >>> e = [Entity(key="k1", label=Label.PLACE, name="Baku", name_ar="باكو", mentions=(m,)),
        ...      Entity(key="k2", label=Label.COUNTRY, name="Azerbaijan", name_ar="أذربيجان",
        ...             mentions=(m,))]
        >>> r = Relation(source="k1", type=RelType.LOCATED_IN, target="k2", evidence=ev)
        >>> ArticleGraph(article=ArticleMeta(id="a"), entities=tuple(e), relations=(r,),
        ...              quantities=(), dates=()).triples()
        [('Baku', 'LOCATED_IN', 'Azerbaijan')]
        """
        names = {e.key: e.title or e.name for e in self.entities}
        return [(names[r.source], r.type.value, names[r.target]) for r in self.relations]

    def with_nodes(self, nodes: Mapping[str, str]) -> ArticleGraph:
        """This article with the graph key of each entity's node (`nodes`: entity key ->
        node key) on its entities (`node`) and relations (`source_node`, `target_node`).

        >>> m = Mention(text="باكو", start=0, end=4, sentence=0)
        >>> ev = Evidence(article="a", sentence=0, start=0, end=4, text="باكو")
        >>> e = [Entity(key="k1", label=Label.PLACE, name="Baku", name_ar="باكو", mentions=(m,)),
        ...      Entity(key="k2", label=Label.COUNTRY, name="Azerbaijan", name_ar="أذربيجان",
        ...             mentions=(m,))]
        >>> r = Relation(source="k1", type=RelType.LOCATED_IN, target="k2", evidence=ev)
        >>> a = ArticleGraph(article=ArticleMeta(id="a"), entities=tuple(e), relations=(r,),
        ...                  quantities=(), dates=())
        >>> a = a.with_nodes({"k1": "Place:baku", "k2": "Country:Q227"})
        >>> a.entities[0].node, a.relations[0].source_node, a.relations[0].target_node
        ('Place:baku', 'Place:baku', 'Country:Q227')
        >>> "node" in a.model_dump()["entities"][0]   # derived: not in the JSON
        False
        """
        entities = tuple(e.model_copy(update={"node": nodes[e.key]}) for e in self.entities)
        relations = tuple(
            r.model_copy(update={"source_node": nodes[r.source], "target_node": nodes[r.target]})
            for r in self.relations
        )
        return self.model_copy(update={"entities": entities, "relations": relations})
