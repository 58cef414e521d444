"""End to end on small articles written here: every stage, through `kg.extract`."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from kg import extract
from kg.models import ArticleGraph
from kg.schema import allows


def names(graph: ArticleGraph, label: str) -> set[str]:
    return {e.name for e in graph.entities if e.label == label}


def related(graph: ArticleGraph, type_: str) -> set[tuple[str, str]]:
    by_key = {e.key: e.name for e in graph.entities}
    return {(by_key[r.source], by_key[r.target]) for r in graph.relations if r.type == type_}


def test_countries_from_names_and_nisba(commission: ArticleGraph) -> None:
    assert {"Uzbekistan", "Turkmenistan", "China"} <= names(commission, "Country")


def test_people_found_by_title_and_counterpart(commission: ArticleGraph) -> None:
    people = [e for e in commission.entities if e.label == "Person"]
    assert len(people) == 2
    holds = related(commission, "HOLDS_POSITION")
    assert {country for _, country in holds} == {"Uzbekistan", "Turkmenistan"}
    roles = {r.role for r in commission.relations if r.type == "HOLDS_POSITION"}
    assert roles == {"Minister of Transport"}


def test_surname_alone_is_the_same_person(commission: ArticleGraph) -> None:
    person = next(e for e in commission.entities if e.label == "Person" and len(e.mentions) > 1)
    assert any(" " not in m.text for m in person.mentions)


def test_event_with_ordinal_belongs_to_its_commission(commission: ArticleGraph) -> None:
    events = [e for e in commission.entities if e.label == "Event"]
    assert any(e.name.startswith("5th meeting") for e in events)
    assert any(t.endswith("Commission") for _, t in related(commission, "PART_OF"))
    assert "Tashkent" in {p for _, p in related(commission, "HELD_IN")}


def test_topics_only_after_a_cue(commission: ArticleGraph) -> None:
    assert {"transport", "agriculture", "education"} <= names(commission, "Topic")
    # "وزير النقل" is a title: its "النقل" is not a topic mention.
    transport = next(e for e in commission.entities if e.name == "transport")
    assert all(m.sentence != 1 for m in transport.mentions)


def test_route_becomes_a_project_through_its_stops(commission: ArticleGraph) -> None:
    through = related(commission, "PASSES_THROUGH")
    assert {stop for _, stop in through} == {"Turkmenistan", "Uzbekistan", "China"}


def test_figure_with_scale_unit_and_change(commission: ArticleGraph) -> None:
    [figure] = commission.quantities
    assert (figure.unit, figure.value, figure.change_pct) == ("USD", 42_500_000.0, 12.0)
    assert figure.metric == "trade_volume"


def test_relations_respect_the_schema_and_carry_evidence(
    commission: ArticleGraph, commission_text: str
) -> None:
    labels = {e.key: e.label for e in commission.entities}
    assert commission.relations
    for r in commission.relations:
        assert allows(r.type, labels[r.source], labels[r.target])
        assert r.evidence.article == "test-commission"
        assert commission_text[r.evidence.start : r.evidence.end] == r.evidence.text


def test_mentions_point_at_their_text(commission: ArticleGraph, commission_text: str) -> None:
    text = commission_text
    for e in commission.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


@settings(max_examples=60, deadline=None)
@given(st.text(st.sampled_from(list("وزير الطاقة في كازاخستان،-.0123٤مليون")) | st.characters()))
def test_never_raises_and_offsets_hold(text: str) -> None:
    graph = extract(text)
    for e in graph.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def _lexicon_words() -> list[str]:
    from kg.lexicon.gazetteer import gazetteer
    from kg.lexicon.titles import titles
    from kg.lexicon.triggers import triggers
    from kg.schema import Label

    words = [n for t in gazetteer()[::7] for n in (*t.names[:1], *t.adjectives[:1])]
    words += [t.ar for t in titles()]
    words += [t.ar for label in Label for t in triggers(label)]
    return [*words, "و", "في", "بين", "،", ".", " - ", "ـ", "(", ")", "12", "٣٫٥", "مليون", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_lexicon_words()), max_size=60), st.booleans())
def test_never_raises_on_lexicon_soup(words: list[str], glued: bool) -> None:
    """Names, titles and head nouns in any order, with or without spaces between them."""
    text = ("" if glued else " ").join(words)
    graph = extract(text)
    for e in graph.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_extract_validates_its_arguments_at_the_door() -> None:
    graph = extract("التقى وزير الخارجية التركي نظيره في أنقرة.", {"id": "a"})  # type: ignore[arg-type]
    assert graph.article.id == "a"
    with pytest.raises(ValidationError, match="valid string"):
        extract(None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="id"):
        extract("نص", {"title": "بلا معرف"})  # type: ignore[arg-type]


def test_article_graph_checks_relations_by_the_schema_table() -> None:
    """The set of allowed triples the graph's check looks up holds what each predicate's
    subjects and objects say of every type and pair of labels, and a forbidden or dangling
    relation is refused."""
    from kg.models import ArticleMeta, Entity, Evidence, Mention, Relation
    from kg.schema import ALLOWED, PREDICATES, Label, RelType

    stated = {
        (t, s, o) for t in RelType for s in Label for o in Label if PREDICATES[t].allows(s, o)
    }
    assert stated == ALLOWED
    m = Mention(text="باكو", start=0, end=4, sentence=0)
    ev = Evidence(article="a", sentence=0, start=0, end=4, text="باكو")
    place = Entity(key="p", label=Label.PLACE, name="Baku", name_ar="باكو", mentions=(m,))
    country = Entity(key="c", label=Label.COUNTRY, name="Azerbaijan", name_ar="-", mentions=(m,))

    def graph(source: str, target: str) -> ArticleGraph:
        r = Relation(source=source, type=RelType.LOCATED_IN, target=target, evidence=ev)
        return ArticleGraph(article=ArticleMeta(id="a"), entities=(place, country),
                            relations=(r,), quantities=(), dates=())  # fmt: skip

    assert graph("p", "c").relations
    with pytest.raises(ValidationError, match="schema forbids"):
        graph("c", "p")
    with pytest.raises(ValidationError, match="unknown entity"):
        graph("p", "x")


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=30))
def test_spans_in_text_order_are_sorted_by_start_then_longest_first(
    ranges: list[tuple[int, int]],
) -> None:
    from kg.extraction.pipeline import in_text_order
    from kg.extraction.spans import Span
    from kg.schema import Label

    spans = [Span(Label.PLACE, a, a + b, str(i), "") for i, (a, b) in enumerate(ranges)]
    plain = sorted(spans, key=lambda s: (s.start, -s.end))
    assert [s.ref for s in in_text_order(list(spans))] == [s.ref for s in plain]
