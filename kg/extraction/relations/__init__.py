"""Typed relations between the entities of one article, from a registry of named rules.

Each rule (`registry.rule`) is a small function in the module of its subject —
`offices` (HOLDS_POSITION, CO_CHAIRS, MEMBER_OF), `events` (MET_WITH, PARTICIPATED_IN,
HELD_IN, PART_OF), `signing` (SIGNED, PRODUCED), `outcomes` (PRODUCED without a
signing), `about` (DISCUSSED, COOPERATES_IN), `places` (LOCATED_IN, PASSES_THROUGH,
OPERATED_BY) — that reads one sentence (`Clause`) and yields facts. `find_relations` asks
each rule about the sentences that have the cues and labels it declares; `Relations.add`
drops anything the schema forbids, so no rule can break it, and keeps the id of the rule
that stated each relation. Then `coreference` folds the events named twice into one, and
the frame rules (`frames`) read each event's and document's slots as a whole.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from kg.extraction.document import Doc
from kg.extraction.people import PersonFind
from kg.extraction.relations import about, events, offices, outcomes, places, signing
from kg.extraction.relations.context import Clause, article_context, main_countries
from kg.extraction.relations.coreference import merge_events
from kg.extraction.relations.frames import FRAME_RULES, FrameRule, apply_frame_rules, frame_rule
from kg.extraction.relations.registry import (
    RULES,
    Cue,
    Fact,
    Relations,
    Rule,
    Stated,
    cue_finder,
    rule,
)
from kg.extraction.spans import Span
from kg.schema import Label

__all__ = [
    "FRAME_RULES",
    "RULES",
    "Cue",
    "Fact",
    "FrameRule",
    "Relations",
    "Rule",
    "Stated",
    "find_relations",
    "frame_rule",
    "main_countries",
    "rule",
]
# importing them registers their rules
_MODULES = (about, events, offices, outcomes, places, signing)


@lru_cache(maxsize=4096)
def eligible(kinds: frozenset[Cue], labels: frozenset[Label]) -> tuple[Rule, ...]:
    """The rules whose cues a sentence says and whose labels it names, in registry order
    (sentences share few combinations, so each is worked out once)."""
    return tuple(
        r for r in RULES if r.cues <= kinds and all(not n.isdisjoint(labels) for n in r.needs)
    )


def find_relations(
    doc: Doc, spans: list[Span], people: list[PersonFind], rel: Relations
) -> list[Stated]:
    """Every relation the registered rules state about the article's sentences."""
    article = article_context(doc, spans, people, rel, cue_finder().find(doc.ftext))
    in_sentence: dict[int, list[Span]] = defaultdict(list)
    for s in spans:
        in_sentence[doc.sentence_of(s.start)].append(s)
    named = sorted(in_sentence)  # a sentence that names nothing states no relation
    bounds = [doc.sentence_fspan(i) for i in named]
    for i, (lo, hi), kinds in zip(named, bounds, article.cues.kinds_by_span(bounds), strict=True):
        clause = Clause(article, i, lo, hi, in_sentence[i], frozenset(kinds))
        for r in eligible(clause.kinds, frozenset(clause.by_label)):
            rel.add_all(r, r.read(clause), i)
    rel.merged = merge_events(spans, rel, article.cues)
    apply_frame_rules(spans, rel)
    return list(rel.out.values())
