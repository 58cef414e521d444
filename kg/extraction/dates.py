"""Dates of events and documents: an explicit date in the sentence that names them."""

from __future__ import annotations

from operator import attrgetter

from kg.extraction.document import Doc
from kg.extraction.spans import Span
from kg.models import DateFact, built


def find_date_facts(doc: Doc, dated: list[Span], keys: dict[str, str]) -> list[DateFact]:
    """Each date goes to the nearest event or document before it in its sentence, else to
    the first one after it there."""
    out: dict[tuple[str, str], DateFact] = {}
    sentences = sorted({doc.sentence_of(s.start) for s in dated})
    for sentence, d in ((i, d) for i in sentences for d in doc.dates_in(i)):
        lo, hi = doc.sentence_fspan(sentence)
        before = [s for s in dated if lo <= s.start < d.start]
        after = [s for s in dated if d.end <= s.start < hi]
        if not (before or after):
            continue
        # the nearest one before it; else the first after it ("تأسست في 2009 بموجب اتفاقية")
        start = attrgetter("start")
        nearest = max(before, key=start) if before else min(after, key=start)
        key = keys[nearest.ref]
        if (key, d.value) not in out:  # the first mention of a date of it is the fact's
            out[(key, d.value)] = built(
                DateFact,
                {
                    "subject": key,
                    "date": d.value,
                    "mention": doc.mention(d.start, d.end),
                    "evidence": doc.evidence(sentence),
                },
            )
    return list(out.values())
