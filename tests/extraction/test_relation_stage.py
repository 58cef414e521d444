"""The relation stage's short cuts give what the plain forms give."""

import random
from collections.abc import Iterable, Iterator

import pytest

from kg import extract
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
from kg.extraction.relations import about, events, places
from kg.extraction.relations.context import Clause, article_context
from kg.extraction.relations.frames import Slot, new_slot
from kg.extraction.relations.registry import (
    RULES,
    Fact,
    Relations,
    Rule,
    Stated,
    cue_finder,
    new_stated,
)
from kg.extraction.relations.stage import by_sentence
from kg.extraction.spans import Span
from kg.models import ArticleMeta, Evidence
from kg.schema import ENTITY_LABELS, PREDICATES, Label, RelType
from kg.text.normalize import fold

TEXT = (
    "عقد الاجتماع الأول للجنة المشتركة في القاهرة. وزار الوزير باريس ثم روما.\n"
    "وقال المتحدث إن الوفد سيصل إلى أنقرة. وشارك في القمة قادة مصر والأردن."
)


def plain_by_sentence(doc: Doc, spans: list[Span]) -> list[tuple[int, int, int, list[Span]]]:
    """A look-up for each span."""
    out: dict[int, list[Span]] = {}
    for s in spans:
        out.setdefault(doc.sentence_of(s.start), []).append(s)
    return [(i, *doc.sentence_fspan(i), out[i]) for i in sorted(out)]


def word_spans(doc: Doc) -> list[Span]:
    """A span at every word of the text, with some words twice (nested names)."""
    starts = [0] + [i + 1 for i, ch in enumerate(doc.ftext) if ch in " \n"]
    return [Span(Label.PLACE, at, at + 2, f"r{at}", "x") for at in starts + starts[::3]]


def test_by_sentence_is_a_look_up_for_each_span() -> None:
    doc = Doc(TEXT, ArticleMeta(id="a"))
    spans = sorted(word_spans(doc), key=lambda s: (s.start, -s.end))
    assert len({i for i, *_ in plain_by_sentence(doc, spans)}) == 4
    assert by_sentence(doc, spans) == plain_by_sentence(doc, spans)
    assert by_sentence(doc, spans[::2]) == plain_by_sentence(doc, spans[::2])
    shuffled = spans[:]
    random.Random(1).shuffle(shuffled)
    assert by_sentence(doc, shuffled) == plain_by_sentence(doc, shuffled)
    assert by_sentence(doc, []) == []


def plain_held_at_a_locative(c: Clause, found: list[Span]) -> Iterator[Fact]:
    """Every place not cut off from the event, then the nearest city (else country)."""
    if not found:
        return
    text = c.article.text
    located = events._locatives(c)
    for e in found:
        mine = [
            p
            for p in located
            if not events._broken(text, e, p) and not events._held_for(c, c.events, e, p)
        ]
        cities = [p for p in mine if p.label == PLACE] or mine
        if cities:
            yield Fact(e, min(cities, key=lambda p: abs(p.start - e.start)))


HELD = [
    "عقد الاجتماع الأول للجنة المشتركة في مدينة سمرقند في أوزبكستان.",
    "وعقد الاجتماع في أوزبكستان بمدينة سمرقند.",
    "عقدت القمة في القاهرة ثم في الرياض.",
    'وقال الرئيس خلال الاجتماع في أنقرة إن "الطريق إلى باكو مفتوح".',
    "وقال الوزير في القاهرة إن الاجتماع سيعقد في الرياض.",
    "وشارك في الاجتماع وزير الخارجية المصري في روما.",
    "التقى الوزيران في موسكو.",
]


@pytest.mark.parametrize("text", HELD)
def test_the_nearest_place_first_is_the_plain_choice(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = extract(text).relations
    monkeypatch.setattr(events, "held_at_a_locative", plain_held_at_a_locative)
    assert extract(text).relations == fast


LENGTHS = [
    "ويبلغ طول الخط 750 كيلومترا، يقع منها 100 كيلومتر في جيبوتي و650 كيلومترا في إثيوبيا.",
    "و305 كلم داخل أراضي قرغيزستان، كما يمتد 20 كم منها في كازاخستان.",
    "ويمتد الخط مسافة 40 كيلو متر في أراضي الأردن.",
    "كما قال الوزير إن الخط سيمتد كما هو مقرر في مصر.",
]


@pytest.mark.parametrize("text", LENGTHS)
def test_a_sentence_without_a_length_phrase_has_no_length_before_a_name(text: str) -> None:
    """`sections_in_a_country` skips a sentence `LENGTH_SAID` does not match: right, when no
    stretch of it that ends anywhere ends with `LENGTH_IN`."""
    folded = fold(text)
    ends = [k for k in range(len(folded) + 1) if places.LENGTH_IN.search(folded, 0, k)]
    assert (places.LENGTH_SAID.search(folded) is not None) == bool(ends)


def test_new_stated_and_new_slot_build_what_the_constructors_build() -> None:
    ev = Evidence(article="a", sentence=2, start=0, end=4, text="باكو")
    fields = ("k1", RelType.HELD_IN, "k2", "role", "rule", ev)
    made = new_stated(fields)
    assert type(made) is Stated and made == Stated(*fields) and made.evidence is ev
    assert made.dated(None, None) == Stated(*fields).dated(None, None)
    slot = new_slot(("k1", 2))
    assert type(slot) is Slot and slot == Slot("k1", 2) and (slot.key, slot.sentence) == ("k1", 2)


def plain_add_read(rel: Relations, rules: Iterable[Rule], clause: Clause, sentence: int) -> None:
    """`Relations.add` for each fact of each rule, in order."""
    for r in rules:
        for f in r.read(clause):
            rel.add(f.subject, r.predicate, f.object, sentence, r.id, f.role)


ADDED = [
    TEXT,
    "التقى الرئيس المصري عبد الفتاح السيسي نظيره الأردني. والتقى الرئيس الأردني الرئيس المصري.",
    "ووقع وزير الطاقة المصري طارق الملا ونظيره الأردني مذكرة تفاهم للتعاون في مجال الطاقة.",
]


@pytest.mark.parametrize("text", ADDED)
def test_add_read_adds_what_add_adds_for_each_fact(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = extract(text).relations
    assert fast
    monkeypatch.setattr(Relations, "add_read", plain_add_read)
    assert extract(text).relations == fast


def test_a_rule_reads_its_predicate_s_labels_from_the_schema() -> None:
    for r in RULES:
        p = PREDICATES[r.predicate]
        assert (r.subjects, r.objects, r.symmetric) == (p.subjects, p.objects, p.symmetric)


def test_a_clause_groups_its_spans_by_label_in_text_order() -> None:
    doc = Doc(TEXT, ArticleMeta(id="a"))
    labels = list(ENTITY_LABELS)
    spans = [
        Span(labels[k % len(labels)], at, at + 2, f"r{at}", "x")
        for k, at in enumerate(range(0, 40, 3))
        if k % len(labels) != 3  # one label the sentence does not name
    ]
    rel = Relations(doc, {s.ref: s.ref for s in spans}, {s.ref: s.label for s in spans})
    article = article_context(doc, spans, [], rel, cue_finder().find(doc.ftext))
    c = Clause(article, 0, 0, 45, spans, frozenset())
    assert c.labels == {s.label for s in spans} and labels[3] not in c.labels
    for label in labels:
        assert c.of(label) == c.by_label[label] == [s for s in spans if s.label == label]
    assert (c.persons, c.countries, c.places) == (c.of(PERSON), c.of(COUNTRY), c.of(PLACE))
    assert (c.organizations, c.events) == (c.of(ORGANIZATION), c.of(EVENT))
    assert (c.documents, c.projects, c.topics) == (c.of(DOCUMENT), c.of(PROJECT), c.of(TOPIC))
    assert c.text == doc.ftext[0:45]


def plain_locatives(c: Clause) -> list[Span]:
    """`events._locatives` with every seat worked out before the locatives are looked for."""
    text = c.article.text
    named = c.events
    bodies = [
        o
        for o in c.organizations
        if not any(e.start <= o.start < e.end for e in named) and not events._a_venue(text, o)
    ]
    places = events.venues(c)
    seats = {
        p.start
        for p in places
        for o in bodies
        if o.start <= p.start < o.end or events.SEAT_GAP.fullmatch(text, o.end, p.start)
    }
    seats |= {o.start for e in named if isinstance(o := e.attrs.get("owner"), Span)}
    seats |= {x.start for _, x in events._handovers(c)}
    seats |= events.talked_about(c)
    return [
        p
        for p in places
        if p.kind != "adjective"
        and p.start not in seats
        and (events.after_a_locative(text, p.start) or ("ب" in p.proclitics and p.label == PLACE))
    ]


ROUTES = [
    'وقع الوزراء اتفاقية لدراسة مشروع أنبوب النفط "ساحل" الرابط بينها.',
    "ودشن الرئيسان مشروع خط سكة الحديد الكهربائية الرابط بين عاصمتي البلدين.",
    "وبحث الوزيران مشروع خط سكة الحديد. الرابط بين البلدين سيكتمل.",
    "مصر والسودان: ويمتد مشروع خط سكة الحديد\nالرابط بين البلدين",
    "ودشن الرئيسان مشروع خط سكة الحديد الرابط",
]


@pytest.mark.parametrize("text", HELD + ROUTES + [TEXT])
def test_the_short_cuts_of_the_place_rules_change_nothing(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`_locatives` looks for the seats only when some place follows a locative;
    `project_between_the_states` returns when `_between_near` finds no "بين"."""
    fast = extract(text).relations
    monkeypatch.setattr(events, "_locatives", plain_locatives)
    monkeypatch.setattr(places, "_between_near", lambda c: True)
    assert extract(text).relations == fast


def test_a_word_without_its_proclitics_ends_the_word() -> None:
    """`document_of_the_one_project` skips a document whose name holds no pointer word:
    right, as a word with its proclitics taken off is the end of the word."""
    words = fold(" ".join(ADDED + HELD + ROUTES) + " والمشروع وبالمشروع للمشروع فالرؤية").split()
    for w in words:
        assert w.endswith(about.PROCLITIC.sub("", w))
