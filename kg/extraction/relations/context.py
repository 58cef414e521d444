"""What a rule reads: the article (`Article`) and one sentence of it (`Clause`).

`Article` holds what every sentence shares: the cue hits of the whole text, the two
countries the article is about, the event and the body it is mostly about, who owns each
event (`الاجتماع الخامس للجنة …`), and the titles people carry. `Clause` is one sentence:
its spans by label and its cues.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TypeVar

from kg.extraction.cues import Cues
from kg.extraction.document import Doc
from kg.extraction.labels import (
    COUNTRY,
    DOCUMENT,
    EVENT,
    ORGANIZATION,
    PERSON,
    PLACE,
    PROJECT,
    TOPIC,
)
from kg.extraction.people import PersonFind
from kg.extraction.relations.registry import Cue, Relations
from kg.extraction.spans import Span
from kg.extraction.titles import Title
from kg.schema import Label

SIGNINGS = frozenset({"signing"})  # event kinds that are a signing ceremony
VISIT = "visit"
BODIES = frozenset({"international", "Commission", "Council", "Organization"})
PLACES = (PLACE, COUNTRY)


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
    text: str  # the article's folded text (a field: rules read it thousands of times)

    def key(self, s: Span) -> str:
        return self.rel.keys.get(s.ref, s.ref)


# slots: a clause is made for every sentence and read by every rule. `__init__` is written
# out: the dataclass's would call a `__post_init__` to work out the fields it does not take.
@dataclass(slots=True, init=False)
class Clause:
    """One sentence: its bounds in the folded text, its spans by label, its cues."""

    article: Article
    index: int
    lo: int
    hi: int
    spans: list[Span]
    kinds: frozenset[Cue]  # the kinds of cue the sentence says
    labels: frozenset[Label]  # the labels of its spans
    by_label: dict[Label, list[Span]]  # every label a span may carry, with its spans
    # The spans of each label the rules ask for, in text order (`of` with one label).
    persons: list[Span]
    countries: list[Span]
    places: list[Span]
    organizations: list[Span]
    events: list[Span]
    documents: list[Span]
    projects: list[Span]
    topics: list[Span]
    text: str  # the sentence's folded text
    # The spans of two or more labels, by the labels asked: several rules ask alike.
    _of: dict[tuple[Label, ...], list[Span]] = field(repr=False)
    # What the `per_clause` helpers worked out about this sentence, by helper.
    memo: dict[object, object] = field(repr=False)

    def __init__(
        self,
        article: Article,
        index: int,
        lo: int,
        hi: int,
        spans: list[Span],
        kinds: frozenset[Cue],
    ) -> None:
        self.article = article
        self.index = index
        self.lo = lo
        self.hi = hi
        self.spans = spans
        self.kinds = kinds
        self.persons, self.countries, self.places, self.organizations = [], [], [], []
        self.events, self.documents, self.projects, self.topics = [], [], [], []
        self.by_label = by_label = {
            PERSON: self.persons,
            COUNTRY: self.countries,
            PLACE: self.places,
            ORGANIZATION: self.organizations,
            EVENT: self.events,
            DOCUMENT: self.documents,
            PROJECT: self.projects,
            TOPIC: self.topics,
        }
        for s in spans:
            by_label[s.label].append(s)  # a span carries one of the eight labels
        self.labels = frozenset({s.label for s in spans})
        self.text = article.text[lo:hi]
        self._of = {}
        self.memo = {}

    def of(self, *labels: Label) -> list[Span]:
        """The spans of these labels, in text order (a list the caller must not change)."""
        if len(labels) == 1:
            return self.by_label.get(labels[0], [])
        found = self._of.get(labels)
        if found is None:
            found = self._of[labels] = [s for s in self.spans if s.label in labels]
        return found

    def has(self, cue: Cue) -> bool:
        return cue in self.kinds

    def first(self, cue: Cue) -> tuple[int, int] | None:
        return self.article.cues.first(cue, self.lo, self.hi)


T = TypeVar("T")
_MISSING = object()


def per_clause(helper: Callable[[Clause], T]) -> Callable[[Clause], T]:
    """Work `helper` out once per sentence: several rules ask the same helper about one
    sentence ("meetings", "signings"). Only for helpers that read the sentence and the
    article, not the relations stated so far; what it returns is shared, never changed."""

    def once(c: Clause) -> T:
        found = c.memo.get(helper, _MISSING)
        if found is _MISSING:
            found = c.memo[helper] = helper(c)
        return found  # type: ignore[return-value]  # what `helper` returned (no `cast` call)

    return once


@per_clause
def venues(c: Clause) -> list[Span]:
    """The sentence's places and countries that are not the owner of a title ("وزير خارجية
    مصر"): where something may take place (worked out for the few sentences that ask)."""
    starts = c.article.owner_starts
    return [s for s in c.of(*PLACES) if s.start not in starts]


@per_clause
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
    return _two_most_named([s for s in spans if s.label == COUNTRY])


def _two_most_named(countries: list[Span]) -> list[Span]:
    """The first span of each of the two refs named most often (the first named on ties)."""
    counts: dict[str, int] = {}
    first: dict[str, Span] = {}
    for s in countries:
        n = counts.get(s.ref)
        if n is None:
            counts[s.ref] = 1
            first[s.ref] = s
        else:
            counts[s.ref] = n + 1
    ranked = sorted(counts.items(), key=itemgetter(1), reverse=True)  # stable: ties in order
    return [first[ref] for ref, _ in ranked[:2]]


def about_two(countries: list[Span], keys: dict[str, str]) -> bool:
    """Whether the article is about two countries: each of them is named more often than
    any third one."""
    counts: dict[str, int] = {}
    for s in countries:
        key = keys.get(s.ref, s.ref)
        counts[key] = counts.get(key, 0) + 1
    top = sorted(counts.values(), reverse=True)[:3]
    return len(top) >= 2 and (len(top) == 2 or top[1] > top[2])


def most_named(candidates: list[Span], keys: dict[str, str]) -> Span | None:
    """The one the article names most often (the first named on ties): the event or body it
    is about."""
    if not candidates:
        return None
    counts: dict[str, int] = {}
    for s in candidates:
        key = keys[s.ref]
        counts[key] = counts.get(key, 0) + 1
    return max(candidates, key=lambda s: (counts[keys[s.ref]], -s.start))


def _only(spans: list[Span], keys: dict[str, str]) -> Span | None:
    """The first span when all of them name one entity, else None."""
    return spans[0] if spans and len({keys[s.ref] for s in spans}) == 1 else None


def article_context(
    doc: Doc, spans: list[Span], people: list[PersonFind], rel: Relations, cues: Cues[Cue]
) -> Article:
    """Everything the rules share about one article (the spans sorted by label in one pass)."""
    persons: dict[tuple[int, int], Span] = {}
    events: list[Span] = []
    bodies: list[Span] = []
    countries: list[Span] = []
    projects: list[Span] = []
    signing: list[Span] = []
    owner_of: dict[str, Span] = {}
    for s in spans:
        label = s.label
        if label == PERSON:
            persons[(s.start, s.end)] = s
        elif label == COUNTRY:
            countries.append(s)
        elif label == EVENT:
            events.append(s)
            if isinstance(owner := s.attrs.get("owner"), Span):
                owner_of[s.ref] = owner
        elif label == ORGANIZATION:
            if s.kind in BODIES:
                bodies.append(s)
        elif label == PROJECT:
            projects.append(s)
        if s.kind in SIGNINGS:
            signing.append(s)
    titled: dict[int, list[tuple[Span, Title]]] = defaultdict(list)
    for p in people:
        person = persons.get((p.start, p.end))
        if person is not None:
            for t in p.titles:
                titled[doc.sentence_of(person.start)].append((person, t))
    owners = [t.of for p in people for t in p.titles if t.of is not None]
    return Article(
        doc=doc,
        rel=rel,
        cues=cues,
        spans=spans,
        both=_two_most_named(countries),
        main_event=most_named(events, rel.keys),
        main_body=most_named(bodies, rel.keys),
        signing=most_named(signing, rel.keys),
        visit=_only([s for s in events if s.kind == VISIT], rel.keys),
        owner_of=owner_of,
        owner_starts=frozenset(o.start for o in owners),
        titled=titled,
        countries=countries,
        # one span (the first) of each project, in the order each is last named
        projects=list({rel.keys.get(s.ref): s for s in reversed(projects)}.values())[::-1],
        taken=frozenset(o.ref for o in owners),
        text=doc.ftext,
    )
