"""Example sentences for the relation rules, and the check every predicate's tests share.

Every sentence here was written for these tests (none comes from an evaluation text).
A `Case` says which pairs a sentence must relate by one predicate and which rule must
state them; `absent` pairs must not be related at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import extract
from kg.models import ArticleGraph
from kg.schema import RelType


@dataclass(frozen=True)
class Case:
    text: str
    pairs: frozenset[tuple[str, str]]  # (subject, object): English name or a mention
    rule: str
    absent: frozenset[tuple[str, str]] = frozenset()

    def __str__(self) -> str:
        return self.rule


def case(
    text: str,
    pairs: set[tuple[str, str]],
    rule: str,
    absent: set[tuple[str, str]] | None = None,
) -> Case:
    return Case(text, frozenset(pairs), rule, frozenset(absent or ()))


def stated(graph: ArticleGraph, type_: RelType) -> dict[tuple[str, str], str | None]:
    """Each related pair of `type_`, under every name and mention of its ends, with its rule."""
    names = {e.key: {e.name, e.name_ar, *(m.text for m in e.mentions)} for e in graph.entities}
    out: dict[tuple[str, str], str | None] = {}
    for r in graph.relations:
        if r.type == type_:
            for s in names[r.source]:
                for o in names[r.target]:
                    out[(s, o)] = r.rule
                    if type_ == RelType.MET_WITH:
                        out[(o, s)] = r.rule
    return out


def check(c: Case, type_: RelType) -> None:
    """The sentence relates every pair of `c` by `type_`, by `c.rule`, and no absent pair."""
    found = stated(extract(c.text), type_)
    for pair in c.pairs:
        assert pair in found, f"{pair} not stated; found {sorted(found)}"
        assert found[pair] == c.rule, f"{pair} stated by {found[pair]}, expected {c.rule}"
    for pair in c.absent:
        assert pair not in found, f"{pair} should not be stated (by {found[pair]})"
