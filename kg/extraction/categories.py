"""PLOVER categories of events and documents: the head's, unless a cue word says otherwise.

A meeting, a visit or talks are CONSULT and a signed document is AGREE by their heads
(`kg.lexicon.plover`). The sentence that first names an event can say more: a cue of aid or
of conflict ("اتهم", "رفض", "هدد", "عقوبات") overrides any head, and the nearest cue of any
category decides an open head ("حفل افتتاح" is COOPERATE, "حفل التوقيع" AGREE). A session
or round of something with a head of its own is what that is ("الدورة 117 من معرض …": a
trade fair, COOPERATE).
"""

from __future__ import annotations

from functools import cache

from kg.extraction.cues import CueFinder, Cues
from kg.extraction.document import Doc
from kg.extraction.scan import SHARED
from kg.extraction.spans import Span
from kg.lexicon.plover import MARKED, cue_words, head_category, kind_categories, open_kinds

#: Heads that name a part of something else: "الدورة 117 من معرض …" is a session of a fair.
CONTAINERS = frozenset({"session", "round"})


@SHARED.load_first  # its table joins the first automaton
@cache
def _finder() -> CueFinder[str]:
    return CueFinder(cue_words())


def find_cues(doc: Doc) -> Cues[str]:
    """Every category cue of the article, found in one pass."""
    return _finder().find(doc.ftext)


def category(doc: Doc, span: Span, cues: Cues[str]) -> str | None:
    """The PLOVER category of the event or document `span` (its first mention).

    >>> from kg.extraction.events import find_events
    >>> from kg.models import ArticleMeta
    >>> from kg.schema import Label
    >>> doc = Doc("رفضت الحكومة نتائج الاجتماع الثالث للجنة.", ArticleMeta(id="x"))
    >>> [category(doc, s, find_cues(doc)) for s in find_events(doc, Label.EVENT, [], [])]
    ['REJECT']
    """
    lo, hi = doc.sentence_fspan(doc.sentence_of(span.start))
    found: list[tuple[int, str]] = []  # (distance to the event, category)
    for kind in cues.hits:  # the categories the article has cues of (sorted below)
        hit = cues.first(kind, lo, hi)
        if hit is not None:
            nearest = cues.last(kind, lo, hi) or hit
            distance = min(abs(start - span.start) for start, _ in (hit, nearest))
            found.append((distance, kind))
    found.sort()
    marked = [kind for _, kind in found if kind in MARKED]
    if marked:
        return marked[0]
    if found and span.kind in open_kinds():
        return found[0][1]
    if span.kind in CONTAINERS:  # a session of a fair is what a fair is
        words = str(span.attrs.get("words", "")).split()
        inner = next((c for c in map(head_category, words) if c is not None), None)
        if inner is not None:
            return inner
    return kind_categories().get(span.kind)
