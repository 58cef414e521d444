"""The models the pipeline builds without validating (`kg.models.built`) are valid models.

The extractor builds its mentions, evidence, entities, relations, figures and dates from
values it made itself, and skips pydantic's checks for speed. Here the pipeline runs over
many varied articles (the synthetic benchmark corpus and every example sentence of the
relation tests) and each model it built is validated again: a bug that builds an invalid
one (a missing field, a string for an enum, an int for a float, an unknown field, a span
that does not fit its text, a relation the schema forbids) fails this test.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from bench.corpus import write_corpus
from kg.extraction.pipeline import extract_checked
from kg.models import ArticleGraph, ArticleMeta, Entity, Evidence, Mention, Quantity, built
from kg.read import read_article
from tests.extraction.conftest import COMMISSION
from tests.extraction.relations.cases import Case

RELATION_TESTS = sorted(
    f"tests.extraction.relations.{p.stem}"
    for p in (Path(__file__).parent / "relations").glob("test_*.py")
)


def models(graph: ArticleGraph) -> Iterator[BaseModel]:
    """`graph` and every model inside it: the pipeline built them all (validating the graph
    checks that its relations fit the schema)."""
    yield graph
    for e in graph.entities:
        yield e
        yield from e.mentions
    for r in graph.relations:
        yield from (r, r.evidence)
    for q in graph.quantities:
        yield from (q, q.mention, q.evidence)
    for d in graph.dates:
        yield from (d, d.mention, d.evidence)


def problem(model: BaseModel) -> str | None:
    """Why `model` is not the model validation makes of its fields, or None."""
    cls = type(model)
    given = {name: model.__dict__[name] for name in model.model_fields_set}
    try:
        again = cls.model_validate(given)
    except ValueError as error:
        return str(error)
    if list(again.__dict__) != list(model.__dict__):
        return f"fields {list(model.__dict__)}, validation has {list(again.__dict__)}"
    if again.model_fields_set != model.model_fields_set:
        return f"fields set {model.model_fields_set}, validation has {again.model_fields_set}"
    if repr(again) != repr(model):  # same values of the same types: an enum, not its string
        return f"{model!r} is {again!r} once validated"
    return None


def test_the_check_catches_what_validation_would_change() -> None:
    mention = built(Mention, {"text": "باكو", "start": 0, "end": 4, "sentence": 0})
    assert problem(mention) is None
    assert problem(built(Mention, {"text": "باكو", "start": 0, "end": 5, "sentence": 0}))
    assert problem(built(Mention, {"start": 0, "end": 4, "sentence": 0, "text": "باكو"}))
    entity = {"key": "k", "label": "Place", "name": "Baku", "name_ar": "باكو"}
    assert problem(built(Entity, {**entity, "mentions": (mention,)}))  # a string label
    assert problem(built(Entity, entity))  # no mentions
    figure = {"subject": (), "metric": "trade", "unit": "USD", "mention": mention}
    ev = built(Evidence, {"article": "a", "sentence": 0, "start": 0, "end": 4, "text": "باكو"})
    assert problem(built(Quantity, {**figure, "value": 2.0, "evidence": ev})) is None
    assert problem(built(Quantity, {**figure, "value": 2, "evidence": ev}))  # an int


def articles(folder: Path) -> Iterator[tuple[str, str]]:
    yield "commission", COMMISSION
    for name in RELATION_TESTS:
        module = importlib.import_module(name)
        for value in vars(module).values():
            cases = value if isinstance(value, list) else [value]
            for n, c in enumerate(cases):
                if isinstance(c, Case):
                    yield f"{name}:{n}", c.text
    for path in write_corpus(folder, 80, seed=11):
        yield path.name, read_article(path).text


def test_every_model_the_pipeline_built_is_valid(tmp_path: Path) -> None:
    seen = 0
    for name, text in articles(tmp_path):
        graph = extract_checked(text, ArticleMeta(id=name))
        for model in models(graph):
            seen += 1
            why = problem(model)
            if why is not None:
                pytest.fail(f"{name}: {type(model).__name__} {why}")
    assert seen > 5000
