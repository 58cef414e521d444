"""The relation stage: each registered rule asked about the sentences it may read.

Apart from the package's `__init__` (which imports the rule modules to register them) so
that mypyc compiles it with the rules it calls (see `setup.py`).
"""

from __future__ import annotations

from bisect import bisect_left
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
    return tuple(r for r in RULES if r.reads(kinds, labels))


def find_relations(
    doc: Doc, spans: list[Span], people: list[PersonFind], rel: Relations
) -> list[Stated]:
    """Every relation the registered rules state about the article's sentences."""
    article = article_context(doc, spans, people, rel, cue_finder().find(doc.ftext))
    named = by_sentence(doc, spans)  # a sentence that names nothing states no relation
    bounds = [(lo, hi) for _, lo, hi, _ in named]
    for (i, lo, hi, in_sentence), kinds in zip(
        named, article.cues.kinds_by_span(bounds), strict=True
    ):
        clause = Clause(article, i, lo, hi, in_sentence, frozenset(kinds))
        rel.add_read(eligible(clause.kinds, clause.labels), clause, i)
    rel.merged = merge_events(spans, rel, article.cues)
    apply_frame_rules(spans, rel)
    return list(rel.out.values())


def by_sentence(doc: Doc, spans: list[Span]) -> list[tuple[int, int, int, list[Span]]]:
    """(index, start, end, spans) of each sentence that names any, in text order, with its
    spans in their order. The pipeline's spans come sorted by where they start: each
    sentence takes the run of them that starts before its end (two bisections a sentence,
    no look-up a span); spans in another order are looked up one by one.

    >>> from kg.models import ArticleMeta
    >>> doc = Doc("زار الوزير باريس. ثم زار روما.", ArticleMeta(id="a"))
    >>> spans = [Span(Label.PLACE, at, at + 2, "r", "x") for at in (4, 11, 26)]
    >>> [(i, lo, hi, [s.start for s in group]) for i, lo, hi, group in by_sentence(doc, spans)]
    [(0, 0, 18, [4, 11]), (1, 18, 30, [26])]
    >>> by_sentence(doc, spans[::-1]) == [(0, 0, 18, spans[1::-1]), (1, 18, 30, spans[2:])]
    True
    """
    starts = [s.start for s in spans]
    if starts != sorted(starts):
        return _by_sentence_unsorted(doc, spans)
    out = []
    first = 0  # the first span of the sentence
    for i in range(len(doc.sentences)):
        lo, hi = doc.sentence_fspan(i)
        last = bisect_left(starts, hi, first)  # a span before the first sentence is in it
        if last > first:
            out.append((i, lo, hi, spans[first:last]))
            first = last
    return out


def _by_sentence_unsorted(doc: Doc, spans: list[Span]) -> list[tuple[int, int, int, list[Span]]]:
    """`by_sentence` with a look-up for each span."""
    out: dict[int, list[Span]] = {}
    for s in spans:
        out.setdefault(doc.sentence_of(s.start), []).append(s)
    return [(i, *doc.sentence_fspan(i), out[i]) for i in sorted(out)]
