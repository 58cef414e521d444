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

from kg.extraction.relations import about, events, offices, outcomes, places, signing
from kg.extraction.relations.context import main_countries
from kg.extraction.relations.frames import FRAME_RULES, FrameRule, frame_rule
from kg.extraction.relations.registry import (
    RULES,
    Cue,
    Fact,
    Relations,
    Rule,
    Stated,
    rule,
)
from kg.extraction.relations.stage import find_relations

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
