"""The extraction pipeline: one article's text → `ArticleGraph`.

Stages run in order of reliability; each later, weaker pattern keeps out of the text
that an earlier, stronger one already claimed:
gazetteer names → titles → people → projects → organizations → events → documents →
topics → entities → relations, figures and dates.
"""

from __future__ import annotations

from operator import attrgetter

from kg.extraction.categories import category, find_cues
from kg.extraction.dates import find_date_facts
from kg.extraction.dating import SOURCES, Dating, dated_relations, quantity_date
from kg.extraction.document import Doc
from kg.extraction.entities import resolve
from kg.extraction.events import claimed as claimed_range
from kg.extraction.events import find_events, signed_documents
from kg.extraction.known import find_known
from kg.extraction.labels import DOCUMENT, EVENT, PERSON, PRODUCED, PROJECT
from kg.extraction.naming import readable_names
from kg.extraction.organizations import find_organizations
from kg.extraction.people import find_people, person_span
from kg.extraction.projects import find_projects
from kg.extraction.quantities import Figure, find_figures
from kg.extraction.relations import Relations, find_relations, main_countries
from kg.extraction.relations.coreference import merged_entities
from kg.extraction.spans import Occupied, Span
from kg.extraction.titles import attach_owners, find_titles
from kg.extraction.topics import find_topics
from kg.models import (
    ArticleGraph,
    ArticleMeta,
    Entity,
    Quantity,
    Relation,
    built,
    content_id,
    schema_error,
)

START, END = attrgetter("start"), attrgetter("end")


def extract(text: str, meta: ArticleMeta | None = None) -> ArticleGraph:
    """Extract entities, relations, figures and dates from one Arabic news article.

    Arguments are checked at the front door, `kg.extract` (`kg.api`), not here: this
    module is compiled by mypyc, and pydantic's `validate_call` takes no compiled function.

    >>> g = extract("التقى وزير الخارجية التركي هاكان فيدان في أنقرة.")
    >>> sorted(e.label.value for e in g.entities)
    ['Country', 'Person', 'Place']
    """
    return extract_checked(text, meta or ArticleMeta(id=content_id(text)))


def extract_checked(text: str, meta: ArticleMeta) -> ArticleGraph:
    """`extract` without the argument check, for callers that built both arguments
    themselves (`kg.batch`: the check would cost more per article than it can catch)."""
    doc = Doc(text, meta)
    known = find_known(doc)
    listed = [s for s in known if s.label == PERSON]  # the people gazetteer's
    known = [s for s in known if s.label != PERSON]
    titles = find_titles(doc)
    occupied = Occupied(known)
    for t in titles:
        occupied.add(t.start, t.end)
    projects = find_projects(doc, known, occupied)
    places = known + [s for s in projects if s.label != PROJECT]
    orgs = find_organizations(doc, places, occupied)
    owners = places + orgs
    titles = attach_owners(doc, titles, owners)
    people = find_people(doc, owners, titles, listed)
    persons = [person_span(p, doc) for p in people]
    # "نور سلطان نزار باييف", "جورجيا فيراري", "إرنا سولبرغ": a person's name, not the
    # city, the country or the agency it opens
    named = Occupied(persons)
    places = named.free(places)
    orgs = named.free(orgs)
    owners = places + orgs
    participants = [(t.start, t.stop) for t in titles] + [(s.start, s.end) for s in persons]
    events = find_events(doc, EVENT, owners, participants)
    documents = find_events(doc, DOCUMENT, owners + events, [])
    claimed = named  # the persons' ranges are claimed already: the rest joins them
    claimed.claim(known + projects + orgs + events)
    for d in documents:
        claimed.add(*claimed_range(d))
    for t in titles:
        claimed.add(t.start, t.end)  # "وزير المالية" is an office, not the field of finance
    topics = find_topics(doc, claimed)
    spans = in_text_order(
        places + persons + projects_only(projects) + orgs + events + documents + topics
    )
    entities, keys = resolve(doc, spans)
    labels = {e.key: e.label for e in entities}
    rel = Relations(doc, keys, labels)
    stated = find_relations(doc, spans, people, rel)
    entities = merged_entities(entities, rel.merged)  # one event under two names
    subjects = [keys[s.ref] for s in main_countries(spans)]
    figures = find_figures(doc)
    dates = find_date_facts(doc, events + documents, keys)
    signs = {keys[e]: keys[d] for e, d in signed_documents(events, documents).items()}
    signed_at = {keys[r.target]: keys[r.source] for r in stated if r.type == PRODUCED}
    signed_at.update({d: e for e, d in signs.items()})
    dating = Dating.of(doc.meta, entities, dates, signed_at)
    relations = dated_relations(stated, dating)  # each built once, dated
    entities = _events_named(doc, events + documents, keys, entities, relations, dating, signs)
    # `ArticleGraph`'s own check, on the relations as stated (tuples, read fast) and the
    # labels of the entities left after merging: the graph is then built unvalidated.
    live = {k: v for k, v in labels.items() if k not in rel.merged} if rel.merged else labels
    error = schema_error(live, stated)
    if error is not None:
        raise ValueError(error)
    return built(
        ArticleGraph,
        {
            "article": doc.meta,
            "entities": tuple(entities),
            "relations": tuple(relations),
            "quantities": tuple(_quantity(doc, f, subjects, dating) for f in figures),
            "dates": tuple(dates),
        },
    )


def _quantity(doc: Doc, f: Figure, subjects: list[str], dating: Dating) -> Quantity:
    """The quantity of a figure, built once with its date (`dated_quantity`, no copy)."""
    evidence = doc.evidence(doc.sentence_of(f.start))
    fields: dict[str, object] = {
        "subject": tuple(subjects),
        "metric": f.metric,
        "value": float(f.value),  # a float, as validation would make it
        "unit": f.unit,
        "period": f.period,
        "change_pct": None if f.change_pct is None else float(f.change_pct),
        "mention": doc.mention(f.start, f.end),
        "evidence": evidence,
    }
    date, source = quantity_date(f.period, evidence, dating)
    if date is not None:
        fields["date"], fields["date_source"] = date, source
    return built(Quantity, fields)


def _events_named(
    doc: Doc,
    spans: list[Span],
    keys: dict[str, str],
    entities: list[Entity],
    relations: list[Relation],
    dating: Dating,
    signs: dict[str, str],
) -> list[Entity]:
    """Events and documents with their date, PLOVER category and readable name (`title`:
    `name` stays the extractor's, which names the same event alike in every article)."""
    if not spans:
        return entities
    cues = find_cues(doc)
    first: dict[str, Span] = {}
    for s in sorted(spans, key=START):
        first.setdefault(keys[s.ref], s)
    # Each event and document is built anew once, from its fields (a model's `__dict__`)
    # with its date, name and category (`built`): cheaper than `model_copy`, which copies
    # the model and then updates the copy.
    dates = {e.key: dating.of_entity(e.key) for e in entities if e.label in SOURCES}
    names = readable_names(entities, relations, signs, {k: d for k, (d, _) in dates.items()})
    out = []
    for e in entities:
        if e.key not in names:
            out.append(e)  # neither an event nor a document: nothing to date or name
            continue
        fields: dict[str, object] = {
            **e.__dict__,
            "title": names[e.key],
            "category": category(doc, first[e.key], cues),
        }
        date, source = dates.get(e.key, (None, None))
        if date is not None:  # as `dated_entity`
            fields["date"], fields["date_source"] = date, source
        out.append(built(Entity, fields))
    return out


def in_text_order(spans: list[Span]) -> list[Span]:
    """`spans` by start, the longest first of those that start together, else as they came:
    `sorted(spans, key=lambda s: (s.start, -s.end))`, by two stable sorts (in place) whose
    keys are read in C, not by a Python call per span."""
    spans.sort(key=END, reverse=True)  # stable, `reverse` too: equal ends keep their order
    spans.sort(key=START)
    return spans


def projects_only(spans: list[Span]) -> list[Span]:
    return [s for s in spans if s.label == PROJECT]
