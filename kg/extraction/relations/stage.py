"""The relation stage: each registered rule asked about the sentences it may read.

Apart from the package's `__init__` (which imports the rule modules to register them) so
that mypyc compiles it with the rules it calls (see `setup.py`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from kg.extraction.document import Doc
from kg.extraction.people import PersonFind
from kg.extraction.relations.context import Clause, article_context
from kg.extraction.relations.coreference import merge_events
from kg.extraction.relations.frames import apply_frame_rules
from kg.extraction.relations.registry import RULES, Cue, Relations, Rule, Stated, cue_finder
from kg.extraction.spans import Span
from kg.schema import Label


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
