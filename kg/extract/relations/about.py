"""What events and documents are about (DISCUSSED) and what countries cooperate in."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.relations.context import Clause
from kg.extract.relations.events import BOTH
from kg.extract.relations.registry import Cue, Fact, rule
from kg.schema import Label, RelType

SUBJECTS = (Label.TOPIC, Label.PROJECT)
ABOUT = (Label.EVENT, Label.DOCUMENT)


@rule(RelType.DISCUSSED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT, SUBJECTS))
def subjects_of_a_signed_document(c: Clause) -> Iterator[Fact]:
    """ "وقع الجانبان اتفاقية للتعاون في مجال الطاقة": a signed document is about the fields
    and projects its sentence names."""
    for d in c.of(Label.DOCUMENT):
        for t in c.of(*SUBJECTS):
            yield Fact(d, t)


@rule(RelType.DISCUSSED, needs=(ABOUT, SUBJECTS))
def subjects_of_an_event(c: Clause) -> Iterator[Fact]:
    """ "ناقش الاجتماع التعاون في مجال النقل": an event (or a document not being signed)
    is about the fields and projects its sentence names."""
    if c.has(Cue.SIGN):
        return
    for a in c.of(*ABOUT):
        for t in c.of(*SUBJECTS):
            yield Fact(a, t)


@rule(RelType.DISCUSSED, cues=(Cue.DISCUSS,), needs=(SUBJECTS,))
def subjects_of_the_main_event(c: Clause) -> Iterator[Fact]:
    """ "وبحث الجانبان التعاون في مجال الزراعة": talks that name no event are about the event
    the article is about."""
    main = c.article.main_event
    if main is None or c.of(Label.DOCUMENT):
        return
    if c.of(Label.EVENT) and not c.has(Cue.SIGN):
        return
    for t in c.of(*SUBJECTS):
        yield Fact(main, t)


@rule(RelType.COOPERATES_IN, cues=(Cue.COOPERATE,), needs=(Label.TOPIC,))
def countries_that_cooperate(c: Clause) -> Iterator[Fact]:
    """ "يتطور التعاون في مجال الزراعة بين مصر والسودان": the countries of a sentence about
    cooperation cooperate in its fields ("البلدين": the article's two countries)."""
    if c.has(Cue.SIGN):
        return
    starts = c.article.owner_starts
    partners = [x for x in c.of(Label.COUNTRY) if x.start not in starts]
    if BOTH.search(c.text):
        partners = partners + c.article.both
    for x in partners:
        for t in c.of(Label.TOPIC):
            yield Fact(x, t)
