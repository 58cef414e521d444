"""Dates of events and documents: an explicit date in the sentence that names them."""

from __future__ import annotations

from kg.extract.document import Doc
from kg.extract.spans import Span
from kg.models import DateFact


def find_date_facts(doc: Doc, dated: list[Span], keys: dict[str, str]) -> list[DateFact]:
    """Each date goes to the nearest event or document before it in its sentence."""
    out: dict[tuple[str, str], DateFact] = {}
    sentences = sorted({doc.sentence_of(s.start) for s in dated})
    for sentence, d in ((i, d) for i in sentences for d in doc.dates_in(i)):
        lo, _ = doc.sentence_fspan(sentence)
        before = [s for s in dated if lo <= s.start < d.start]
        if not before:
            continue
        key = keys[max(before, key=lambda s: s.start).ref]  # the nearest one
        out.setdefault(
            (key, d.value),
            DateFact(
                subject=key,
                date=d.value,
                mention=doc.mention(d.start, d.end),
                evidence=doc.evidence(sentence),
            ),
        )
    return list(out.values())
