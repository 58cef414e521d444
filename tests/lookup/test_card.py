import networkx as nx

from kg.lookup.card import describe


def test_card_has_identity_spellings_articles_and_grouped_links(graph: nx.MultiDiGraph) -> None:
    card = describe(graph, "kz")
    assert (card.entity.name, card.entity.name_ar, card.wikidata) == (
        "Kazakhstan",
        "كازاخستان",
        "Q232",
    )
    assert "الكازاخستاني" in card.aliases
    assert [a.url for a in card.articles] == ["https://news.example.org/a1"]
    assert set(card.links) == {"HOLDS_POSITION", "MEMBER_OF", "MEASURES"}
    (holds,) = card.links["HOLDS_POSITION"]
    assert holds.other("kz").key == "tokayev"
    assert "توكاييف" in holds.evidence[0].text


def test_figures_measuring_an_entity_are_named_by_what_they_measure(
    graph: nx.MultiDiGraph,
) -> None:
    (measure,) = describe(graph, "az").links["MEASURES"]
    assert measure.source.name == "trade_volume 500,000,000 USD (2024)"


def test_links_say_which_rule_stated_them() -> None:
    from kg import extract
    from kg.graph import build
    from kg.models import ArticleMeta

    text = "ووقع وزير الطاقة المصري طارق الملا ونظيره الأردني صالح الخرابشة مذكرة تفاهم."
    g = build([extract(text, ArticleMeta(id="r1"))])
    person = next(n for n, a in g.nodes(data=True) if "طارق الملا" in a.get("aliases", ()))
    card = describe(g, person)
    (signed,) = card.links["SIGNED"]
    assert signed.rule == "signers_of_a_signing_sentence"
    (holds,) = card.links["HOLDS_POSITION"]
    assert holds.rule == "holder_of_a_title"
