"""Mentions of what the gazetteers know: countries (names and nisba adjectives), places,
organizations. Listed names are the most reliable evidence the extractor has, so these
spans are found first and later patterns keep out of them.
"""

from __future__ import annotations

from functools import cache

from kg.extract.document import Doc
from kg.extract.matcher import PhraseMatcher
from kg.extract.spans import Span
from kg.lexicon.gazetteer import Term, gazetteer

ADJECTIVE = "adjective"


@cache
def _matcher() -> PhraseMatcher[tuple[Term, bool]]:
    phrases: list[tuple[str, tuple[Term, bool]]] = []
    for term in gazetteer():
        phrases += [(name, (term, False)) for name in term.names]
        phrases += [(adj, (term, True)) for adj in term.adjectives]
    return PhraseMatcher(phrases)


def find_known(doc: Doc) -> list[Span]:
    """Spans of gazetteer names, attached proclitics included (as the guidelines count them)."""
    return [
        Span(
            label=term.label,
            start=m.word_start,
            end=m.end,
            ref=term.key,
            name=term.name_en,
            qid=term.qid,
            country=term.country,
            kind=ADJECTIVE if adjective else term.kind,
            proclitics=doc.ftext[m.word_start : m.start],
        )
        for m in _matcher().find(doc.ftext)
        for term, adjective in [m.value]
    ]
