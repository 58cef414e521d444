"""Merging articles into one graph: identity, evidence, support, figures, idempotence."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator

import networkx as nx
import pytest

from kg.graph import add_articles, build
from kg.models import ArticleGraph
from kg.schema import Label, Prop, RelType
from tests.graph.articles import Ent, article, first, second

build_module = importlib.import_module("kg.graph.builder")

L, R = Label, RelType


def _nodes(g: nx.MultiDiGraph, label: Label) -> dict[str, dict[str, object]]:
    return {n: a for n, a in g.nodes(data=True) if a[Prop.LABEL] == label}


def _edges(g: nx.MultiDiGraph, type_: RelType) -> list[tuple[str, str, dict[str, object]]]:
    return [(u, v, a) for u, v, a in g.edges(data=True) if a[Prop.TYPE] == type_]


def test_two_spellings_in_two_articles_are_one_person_with_both_evidences() -> None:
    g = build([first(), second()])
    matches = [a for a in _nodes(g, L.PERSON).values() if "شاهين مصطفايف" in a[Prop.ALIASES]]
    assert len(matches) == 1
    person = matches[0]
    assert "شاهين مصطفاييف" in person[Prop.ALIASES]
    assert person[Prop.ARTICLES] == ["a1", "a2"]
    assert person[Prop.SUPPORT] == 2
    said = {(r["article"], r["sentence"]) for r in person[Prop.EVIDENCE]}
    assert {("a1", 1), ("a1", 3), ("a2", 0)} <= said


def test_countries_merge_by_qid_and_count_their_articles() -> None:
    g = build([first(), second()])
    assert set(_nodes(g, L.COUNTRY)) == {"Country:Q227", "Country:Q232"}
    assert g.nodes["Country:Q227"][Prop.SUPPORT] == 2


def test_a_relationship_stated_twice_has_support_two_and_both_sentences() -> None:
    g = build([first(), second()])
    [attrs] = [
        a
        for _, v, a in _edges(g, R.HOLDS_POSITION)
        if a.get(Prop.ROLE) == "Prime Minister" and v == "Country:Q227"
    ]
    assert attrs[Prop.SUPPORT] == 2
    assert [r["article"] for r in attrs[Prop.EVIDENCE]] == ["a1", "a2"]
    assert all(r["text"] for r in attrs[Prop.EVIDENCE])


def test_every_node_and_relationship_carries_evidence_and_support() -> None:
    g = build([first(), second()])
    for _, attrs in g.nodes(data=True):
        assert attrs[Prop.SUPPORT] == len(attrs[Prop.ARTICLES]) >= 1
        if attrs[Prop.LABEL] != L.ARTICLE:
            assert attrs[Prop.EVIDENCE]
    for _, _, attrs in g.edges(data=True):
        assert attrs[Prop.EVIDENCE]
        assert attrs[Prop.SUPPORT] == len(set(attrs[Prop.ARTICLES]))


def test_each_role_is_its_own_relationship() -> None:
    g = build([first(), second()])
    roles = {a.get(Prop.ROLE) for u, _, a in _edges(g, R.HOLDS_POSITION) if "shahin" in u}
    assert roles == {"Deputy Prime Minister"}
    roles = {a.get(Prop.ROLE) for u, v, a in _edges(g, R.HOLDS_POSITION)}
    assert roles == {"Prime Minister", "Deputy Prime Minister"}


def test_figures_are_nodes_measuring_both_countries() -> None:
    g = build([first(), second()])
    figures = _nodes(g, L.QUANTITY)
    assert sorted((a[Prop.PERIOD], a[Prop.VALUE]) for a in figures.values()) == [
        ("2023", 4e8),
        ("2024", 5e8),
    ]
    for node in figures:
        assert sorted(g.successors(node)) == ["Country:Q227", "Country:Q232"]


def test_dates_land_on_events_and_articles_are_nodes() -> None:
    g = build([first(), second()])
    [event] = _nodes(g, L.EVENT).values()
    assert event[Prop.DATE] == "2024-11-05"
    assert g.nodes["Article:a1"][Prop.URL] == "https://news.example.org/a1"
    mentioned = {u for u, v, _ in _edges(g, R.MENTIONED_IN) if v == "Article:a2"}
    assert "Country:Q232" in mentioned


def test_met_with_is_stored_once_whichever_way_it_was_said() -> None:
    sentence = ["التقى علي أسدوف أولجاس بكتينوف."]
    people = [
        Ent("x", L.PERSON, "Ali Asadov", "علي أسدوف"),
        Ent("y", L.PERSON, "Olzhas Bektenov", "أولجاس بكتينوف"),
    ]
    one = article("b1", sentence, people, [("x", R.MET_WITH, "y", 0)])
    other = article("b2", sentence, people, [("y", R.MET_WITH, "x", 0)])
    [(_, _, attrs)] = _edges(build([one, other]), R.MET_WITH)
    assert attrs[Prop.SUPPORT] == 2


def _single(aid: str, *entities: Ent) -> ArticleGraph:
    return article(aid, [" ".join(e.name_ar for e in entities) + "."], list(entities))


def test_never_merges_across_labels() -> None:
    g = build(
        [
            _single("c1", Ent("p", L.PLACE, "Baku", "باكو")),
            _single("c2", Ent("o", L.ORGANIZATION, "Baku", "باكو")),
        ]
    )
    assert {a[Prop.LABEL] for _, a in g.nodes(data=True)} >= {"Place", "Organization"}
    assert len(_nodes(g, L.PLACE)) == len(_nodes(g, L.ORGANIZATION)) == 1


def test_different_qids_never_merge_even_with_one_name() -> None:
    g = build(
        [
            _single("c1", Ent("p", L.PERSON, "John Smith", "جون سميث", "Q1")),
            _single("c2", Ent("p", L.PERSON, "John Smith", "جون سميث", "Q2")),
        ]
    )
    assert len(_nodes(g, L.PERSON)) == 2


def test_spelling_tolerance_needs_two_words_and_the_same_first_name() -> None:
    g = build(
        [
            _single("c1", Ent("p", L.PERSON, "Kanat B", "كانات بوزومباييف")),
            _single("c2", Ent("p", L.PERSON, "Kanat Bo", "كانات بوزومبايف")),  # variant: merges
            _single("c3", Ent("p", L.PERSON, "Marat B", "مارات بوزومباييف")),  # other first name
            _single("c4", Ent("p", L.PERSON, "Sarsen", "سارسين")),
            _single("c5", Ent("p", L.PERSON, "Sarsan", "سارسان")),  # one word: exact only
        ]
    )
    assert sorted(a[Prop.SUPPORT] for a in _nodes(g, L.PERSON).values()) == [1, 1, 1, 2]


def test_undated_events_stay_apart_dated_ones_with_one_name_merge() -> None:
    def meeting(aid: str, date: str | None) -> ArticleGraph:
        sentences = ["وعقد الاجتماع في 5 نوفمبر 2024."]
        dates = [("m", date, 0, "5 نوفمبر 2024")] if date else []
        return article(aid, sentences, [Ent("m", L.EVENT, "meeting", "الاجتماع")], dates=dates)

    g = build([meeting("d1", None), meeting("d2", None)])
    assert len(_nodes(g, L.EVENT)) == 2
    g = build([meeting("d1", "2024-11-05"), meeting("d2", "2024-11-05"), meeting("d3", "2025")])
    assert sorted(a[Prop.SUPPORT] for a in _nodes(g, L.EVENT).values()) == [1, 2]


def test_adding_the_same_article_again_changes_nothing() -> None:
    g = build([first(), second()])
    before = nx.node_link_data(g, edges="edges")
    assert add_articles(g, [second(), first()]) == []
    assert nx.node_link_data(g, edges="edges") == before
    assert g.graph[Prop.ARTICLES] == ["a1", "a2"]


def test_a_named_node_takes_the_first_qid_and_refuses_a_second() -> None:
    g = build(
        [
            _single("c1", Ent("p", L.PERSON, "John Smith", "جون سميث")),
            _single("c2", Ent("p", L.PERSON, "John Smith", "جون سميث", "Q1")),
            _single("c3", Ent("p", L.PERSON, "John Smith", "جون سميث", "Q2")),
        ]
    )
    people = _nodes(g, L.PERSON)
    assert sorted(a[Prop.WIKIDATA] for a in people.values()) == ["Q1", "Q2"]
    assert sorted(a[Prop.SUPPORT] for a in people.values()) == [1, 2]


def test_a_build_freezes_the_grown_graph_as_it_goes_and_unfreezes_it_at_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(build_module, "FREEZE_EVERY", 2)
    frozen_while_building = []

    def articles() -> Iterator[ArticleGraph]:
        for n in range(5):
            frozen_while_building.append(gc.get_freeze_count())
            yield _single(f"f{n}", Ent("c", L.COUNTRY, "Iran", "إيران", "Q794"))

    assert gc.get_freeze_count() == 0
    build(articles())
    assert frozen_while_building[:2] == [0, 0]
    assert frozen_while_building[2] > 0  # frozen once the second article was merged
    assert gc.get_freeze_count() == 0


def test_a_process_that_froze_objects_itself_keeps_its_freeze(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(build_module, "FREEZE_EVERY", 1)
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        build([_single(f"g{n}", Ent("c", L.COUNTRY, "Iran", "إيران", "Q794")) for n in range(3)])
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_relationships_keep_the_rules_that_stated_them() -> None:
    from kg import extract
    from kg.models import ArticleMeta

    text = "ووقع وزير الطاقة المصري طارق الملا ونظيره الأردني صالح الخرابشة مذكرة تفاهم."
    g = build([extract(text, ArticleMeta(id="r1")), extract(text, ArticleMeta(id="r2"))])
    signed = _edges(g, R.SIGNED)  # documents are one per article: two signers, twice
    assert {a[Prop.RULE] for _, _, a in signed} == {"signers_of_a_signing_sentence"}
    holds = _edges(g, R.HOLDS_POSITION)  # people merge: each edge is said twice, by one rule
    assert [(a[Prop.SUPPORT], a[Prop.RULE]) for _, _, a in holds] == [(2, "holder_of_a_title")] * 2
    assert not any(Prop.RULE in a for _, _, a in _edges(g, R.MENTIONED_IN))


def test_arabic_name_is_the_most_given_whatever_the_order_of_articles() -> None:
    def one(aid: str, name_ar: str) -> ArticleGraph:
        return article(aid, [f"زار {name_ar} المدينة."], [Ent("p", L.PLACE, "Gorgan", name_ar)])

    articles = [one("a1", "جرجان"), one("a2", "كركان"), one("a3", "كركان")]
    names = {
        _nodes(build(order), L.PLACE)["Place:gorgan"][Prop.NAME_AR]
        for order in (articles, articles[::-1], articles[1:] + articles[:1])
    }
    assert names == {"كركان"}


def test_unnamed_bodies_and_projects_stay_in_their_article() -> None:
    def one(aid: str) -> ArticleGraph:
        return article(
            aid,
            ["اجتمعت اللجنة ومجلس التعاون وبحثا مشروع سكة الحديد."],
            [
                Ent("c", L.ORGANIZATION, "Commission", "اللجنة"),
                Ent("k", L.ORGANIZATION, "Council", "مجلس التعاون"),
                Ent("r", L.PROJECT, "railway", "سكة الحديد"),
                Ent("n", L.ORGANIZATION, "Caspian Commission", "ومجلس التعاون", "Q1"),
            ],
        )

    g = build([one("a1"), one("a2")])
    for label, name in ((L.ORGANIZATION, "Commission"), (L.ORGANIZATION, "Council"),
                        (L.PROJECT, "railway")):  # fmt: skip
        nodes = [a for a in _nodes(g, label).values() if a[Prop.NAME] == name]
        assert [n[Prop.ARTICLES] for n in nodes] == [["a1"], ["a2"]], name
    named = [a for a in _nodes(g, L.ORGANIZATION).values() if a[Prop.WIKIDATA] == "Q1"]
    assert [n[Prop.ARTICLES] for n in named] == [["a1", "a2"]]


def test_a_body_named_by_qualifiers_and_its_kind_alone_stays_in_its_article() -> None:
    def one(aid: str) -> ArticleGraph:
        return article(
            aid,
            ["عقدت اللجنة المشتركة واللجنة المصرية الصينية المشتركة اجتماعهما."],
            [
                Ent("j", L.ORGANIZATION, "Joint Commission", "اللجنة المشتركة"),
                Ent("e", L.ORGANIZATION, "Egypt–China Joint Commission", "اللجنة المصرية"),
            ],
        )

    g = build([one("a1"), one("a2")])
    unnamed = [a for a in _nodes(g, L.ORGANIZATION).values() if a[Prop.NAME] == "Joint Commission"]
    assert [n[Prop.ARTICLES] for n in unnamed] == [["a1"], ["a2"]]
    owned = [a for a in _nodes(g, L.ORGANIZATION).values() if a[Prop.NAME].startswith("Egypt")]
    assert [n[Prop.ARTICLES] for n in owned] == [["a1", "a2"]]
