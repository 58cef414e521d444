"""What an event produced, said without a signing: "أسفرت القمة عن إعلان X", "وصدر عن
الاجتماع بيان مشترك", "تمخضت المباحثات عن اتفاق", and what it adopted ("أن يعتمد القادة
في ختام القمة إعلان X")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extraction.relations.context import Clause
from kg.extraction.relations.registry import Cue, Fact, rule
from kg.extraction.spans import Span
from kg.schema import Label, RelType

RELY = re.compile(r"(?:^|\s)علي\s")  # "تعتمد على": relies on, adopts nothing
# What opens a document's subject: a document named after it is what the first is about
# ("اعتماد إعلان بشأن تنفيذ اتفاقية السلام": the agreement is not adopted).
# Before an event a document came out at: "في ختام الزيارة", "خلال القمة".
AT_THE_END = re.compile(r"(?:^|\s)(?:في |ب)?(?:ختام|نهايه|خلال|اثناء) $")
SUBJECT = re.compile(r"(?:^|\s)(?:بشان|حول|بخصوص|المتعلق|المتعلقه)\s")


@rule(RelType.PRODUCED, cues=(Cue.PRODUCE,), needs=(Label.DOCUMENT,))
def outcome_of_the_event(c: Clause) -> Iterator[Fact]:
    """ "وأسفرت القمة عن إعلان الجزائر", "وصدر عن الاجتماع بيان ختامي": the documents named
    after a verb of outcome were produced by the event named just before the verb or right
    after it ("صدر عن الاجتماع"), else — when the sentence names no event — by the event
    the article is about ("وصدر في ختامها بيان"); "وأصدر الجانبان بيانا مشتركا في ختام
    الزيارة": by the event whose end or course the sentence names after the verb."""
    events = c.events
    main = c.article.main_event
    text = c.article.text
    for start, end in c.article.cues.each(Cue.PRODUCE, c.lo, c.hi):
        before = [e for e in events if e.end <= start]
        after = [e for e in events if end <= e.start <= end + 4]
        ending = [e for e in events if e.start >= end and AT_THE_END.search(text, c.lo, e.start)]
        event = before[-1] if before else after[0] if after else ending[0] if ending else None
        if event is None and not events:
            event = main
        if event is None:
            continue
        for d in c.documents:
            if d.start >= end and not (event.start <= d.start < event.end):
                yield Fact(event, d)


@rule(RelType.PRODUCED, cues=(Cue.ADOPT,), needs=(Label.DOCUMENT,))
def adopted_at_the_event(c: Clause) -> Iterator[Fact]:
    """ "ومن المقرر أن يعتمد القادة في ختام القمة إعلان X", "واعتمد الاجتماع خطة العمل":
    the documents named after a verb of adopting were produced by the event named before
    the verb, else by the one named between it and the documents, else — when the sentence
    names no event — by the event the article is about (named by then)."""
    events = c.events
    main = c.article.main_event
    text = c.article.text
    for start, end in c.article.cues.each(Cue.ADOPT, c.lo, c.hi):
        documents = _adopted(text, [d for d in c.documents if d.start >= end])
        if not documents or RELY.search(text, end, documents[0].start):
            continue  # "وتعتمد الأرجنتين على اتفاقية": relies on it
        before = [e for e in events if e.end <= start]
        between = [e for e in events if end <= e.start and e.end <= documents[0].start]
        event = before[-1] if before else between[0] if between else None
        if event is None and not events and main is not None and main.start < c.lo:
            event = main
        if event is None:
            continue
        for d in documents:
            if not (event.start <= d.start < event.end):
                yield Fact(event, d)


def _adopted(text: str, documents: list[Span]) -> list[Span]:
    """The documents a verb of adopting takes, from the first one after it: not those named
    in a document's subject ("إعلان بشأن اتفاقية السلام")."""
    out = documents[:1]
    for d in documents[1:]:
        if SUBJECT.search(text, out[-1].start, d.start):
            break
        out.append(d)
    return out
