"""What an event produced, said without a signing: "أسفرت القمة عن إعلان X", "وصدر عن
الاجتماع بيان مشترك", "تمخضت المباحثات عن اتفاق"."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extraction.relations.context import Clause
from kg.extraction.relations.registry import Cue, Fact, rule
from kg.schema import Label, RelType


@rule(RelType.PRODUCED, cues=(Cue.PRODUCE,), needs=(Label.DOCUMENT,))
def outcome_of_the_event(c: Clause) -> Iterator[Fact]:
    """ "وأسفرت القمة عن إعلان الجزائر", "وصدر عن الاجتماع بيان ختامي": the documents named
    after a verb of outcome were produced by the event named just before the verb or right
    after it ("صدر عن الاجتماع"), else — when the sentence names no event — by the event
    the article is about ("وصدر في ختامها بيان")."""
    events = c.of(Label.EVENT)
    main = c.article.main_event
    for start, end in c.article.cues.each(Cue.PRODUCE, c.lo, c.hi):
        before = [e for e in events if e.end <= start]
        after = [e for e in events if end <= e.start <= end + 4]
        event = before[-1] if before else after[0] if after else None
        if event is None and not events:
            event = main
        if event is None:
            continue
        for d in c.of(Label.DOCUMENT):
            if d.start >= end and not (event.start <= d.start < event.end):
                yield Fact(event, d)
