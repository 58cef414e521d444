"""What a rule reads: the article (`Article`) and one sentence of it (`Clause`).

`Article` holds what every sentence shares: the cue hits of the whole text, the two
countries the article is about, the event and the body it is mostly about, who owns each
event (`الاجتماع الخامس للجنة …`), and the titles people carry. `Clause` is one sentence:
its spans by label and its cues.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.extraction.cues import Cues
from kg.extraction.document import Doc
from kg.extraction.people import PersonFind
from kg.extraction.relations.registry import Cue, Relations
from kg.extraction.spans import Span
from kg.extraction.titles import Title
from kg.schema import Label

SIGNINGS = frozenset({"signing"})  # event kinds that are a signing ceremony
VISIT = "visit"
BODIES = frozenset({"international", "Commission", "Council", "Organization"})


@dataclass
class Article:
    """What the sentences of one article share."""

    doc: Doc
    rel: Relations
    cues: Cues[Cue]
    spans: list[Span]
    both: list[Span]  # the two countries the article is about
    main_event: Span | None
    signing: Span | None  # the signing ceremony, when the article names one
    visit: Span | None  # the visit, when the article names exactly one
    main_body: Span | None
    owner_of: dict[str, Span]  # event ref -> the body or place it belongs to
    owner_starts: frozenset[int]  # where a title's country or body starts
    titled: dict[int, list[tuple[Span, Title]]]  # person's sentence -> (person, title)
    countries: list[Span]
    projects: list[Span]  # one span of each project the article names, in order
    taken: frozenset[str]  # refs of countries some title is attached to

    @property
    def text(self) -> str:
        return self.doc.ftext

    def key(self, s: Span) -> str:
        return self.rel.keys.get(s.ref, s.ref)


@dataclass
class Clause:
    """One sentence: its bounds in the folded text, its spans by label, its cues."""

    article: Article
    index: int
    lo: int
    hi: int
    spans: list[Span]
    kinds: frozenset[Cue]  # the kinds of cue the sentence says
    by_label: defaultdict[Label, list[Span]] = field(init=False)
    text: str = field(init=False)  # the sentence's folded text
    # Places and countries that are not the owner of a title ("وزير خارجية مصر").
    venues: list[Span] = field(init=False)

    def __post_init__(self) -> None:
        self.by_label = defaultdict(list)
        for s in self.spans:
            self.by_label[s.label].append(s)
        self.text = self.article.text[self.lo : self.hi]
        starts = self.article.owner_starts
        self.venues = [s for s in self.of(Label.PLACE, Label.COUNTRY) if s.start not in starts]

    def of(self, *labels: Label) -> list[Span]:
        """The spans of these labels, in text order."""
        if len(labels) == 1:
            return self.by_label.get(labels[0], [])
        return [s for s in self.spans if s.label in labels]

    def has(self, cue: Cue) -> bool:
        return cue in self.kinds

    def first(self, cue: Cue) -> tuple[int, int] | None:
        return self.article.cues.first(cue, self.lo, self.hi)


def signings(c: Clause) -> list[tuple[int, int]]:
    """The sentence's cues that say someone signs: not a participle ("الاتفاقية الموقعة عام
    2007" was signed before), a site ("موقع") or an expectation ("من المتوقع")."""
    cues = c.article.cues
    hits = cues.each(Cue.SIGN, c.lo, c.hi)
    if not c.has(Cue.NOT_SIGN):
        return hits
    not_signs = cues.each(Cue.NOT_SIGN, c.lo, c.hi)
    return [(a, b) for a, b in hits if not any(x <= a and b <= y for x, y in not_signs)]


def main_countries(spans: list[Span]) -> list[Span]:
    """The two countries the article is about: the most often mentioned."""
    counts = Counter(s.ref for s in spans if s.label == Label.COUNTRY)
    first: dict[str, Span] = {}
    for s in spans:
        if s.label == Label.COUNTRY:
            first.setdefault(s.ref, s)
    return [first[r] for r, _ in counts.most_common(2)]


def most_named(candidates: list[Span], keys: dict[str, str]) -> Span | None:
    """The one the article names most often (the first named on ties): the event or body it
    is about."""
    if not candidates:
        return None
    counts = Counter(keys[s.ref] for s in candidates)
    return max(candidates, key=lambda s: (counts[keys[s.ref]], -s.start))


def _only(spans: list[Span], keys: dict[str, str]) -> Span | None:
    """The first span when all of them name one entity, else None."""
    return spans[0] if spans and len({keys[s.ref] for s in spans}) == 1 else None


def article_context(
    doc: Doc, spans: list[Span], people: list[PersonFind], rel: Relations, cues: Cues[Cue]
) -> Article:
    """Everything the rules share about one article."""
    person_span = {(s.start, s.end): s for s in spans if s.label == Label.PERSON}
    titled: dict[int, list[tuple[Span, Title]]] = defaultdict(list)
    for p in people:
        s = person_span.get((p.start, p.end))
        if s is not None:
            for t in p.titles:
                titled[doc.sentence_of(s.start)].append((s, t))
    owner_of = {
        s.ref: owner
        for s in spans
        if s.label == Label.EVENT and isinstance(owner := s.attrs.get("owner"), Span)
    }
    bodies = [s for s in spans if s.label == Label.ORGANIZATION and s.kind in BODIES]
    return Article(
        doc=doc,
        rel=rel,
        cues=cues,
        spans=spans,
        both=main_countries(spans),
        main_event=most_named([s for s in spans if s.label == Label.EVENT], rel.keys),
        main_body=most_named(bodies, rel.keys),
        signing=most_named([s for s in spans if s.kind in SIGNINGS], rel.keys),
        visit=_only([s for s in spans if s.label == Label.EVENT and s.kind == VISIT], rel.keys),
        owner_of=owner_of,
        owner_starts=frozenset(t.of.start for p in people for t in p.titles if t.of is not None),
        titled=titled,
        countries=[s for s in spans if s.label == Label.COUNTRY],
        projects=list(
            {rel.keys.get(s.ref): s for s in reversed(spans) if s.label == Label.PROJECT}.values()
        )[::-1],
        taken=frozenset(t.of.ref for p in people for t in p.titles if t.of is not None),
    )
