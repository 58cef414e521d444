"""Small graphs for the lookup, export and CLI tests, shaped like `kg.graph` builds them:
articles are nodes `Article:<id>`, edges are keyed by type (plus `:role` when there is one).

Made-up sentences about public figures; nothing here comes from the evaluation articles.
"""

from __future__ import annotations

import networkx as nx

from kg.schema import Label, Prop, RelType

L, R = Label, RelType

SENTENCES = {
    "a1": [
        "التقى الرئيس الكازاخستاني قاسم جومارت توكاييف نظيره الأذربيجاني إلهام علييف في أستانا.",
        "وقع الرئيسان إعلان أستانا حول التعاون في مجال الطاقة.",
        "وبلغ حجم التجارة بين كازاخستان وأذربيجان 500 مليون دولار في عام 2024.",
    ],
    "a2": [
        "عقدت اللجنة المشتركة اجتماعها في باكو عاصمة أذربيجان.",
        "وتشارك قازاقستان في أعمال للجنة المشتركة منذ تأسيسها.",
    ],
}


def _evidence(article: str, sentence: int) -> dict[str, object]:
    text = SENTENCES[article][sentence]
    start = sum(len(s) + 1 for s in SENTENCES[article][:sentence])
    return {
        "article": article,
        "sentence": sentence,
        "start": start,
        "end": start + len(text),
        "text": text,
    }


def _entity(
    g: nx.MultiDiGraph,
    key: str,
    label: Label,
    name: str,
    name_ar: str,
    *aliases: str,
    wikidata: str | None = None,
    where: tuple[str, int] = ("a1", 0),
) -> None:
    g.add_node(
        key,
        **{
            Prop.LABEL: label.value,
            Prop.NAME: name,
            Prop.NAME_AR: name_ar,
            Prop.WIKIDATA: wikidata,
            Prop.ALIASES: [name_ar, *aliases],
            Prop.EVIDENCE: [_evidence(*where)],
            Prop.ARTICLES: [where[0]],
            Prop.SUPPORT: 1,
        },
    )
    g.add_edge(
        key,
        f"Article:{where[0]}",
        key=R.MENTIONED_IN.value,
        type=R.MENTIONED_IN.value,
        evidence=[],
        articles=[where[0]],
        support=1,
    )


def _relate(
    g: nx.MultiDiGraph,
    source: str,
    type_: RelType,
    target: str,
    where: tuple[str, int],
    role: str | None = None,
) -> None:
    attrs: dict[str, object] = {
        "type": type_.value,
        Prop.EVIDENCE: [_evidence(*where)],
        Prop.ARTICLES: [where[0]],
        Prop.SUPPORT: 1,
    }
    if role:
        attrs[Prop.ROLE] = role
    g.add_edge(source, target, key=f"{type_}:{role}" if role else type_.value, **attrs)


def sample_graph() -> nx.MultiDiGraph:
    """Two articles, ten entities, a figure: enough for every lookup and export path."""
    g = nx.MultiDiGraph()
    for key, title in (("a1", "قمة كازاخستانية أذربيجانية في أستانا"), ("a2", "اللجنة المشتركة")):
        g.add_node(
            f"Article:{key}",
            **{
                Prop.LABEL: L.ARTICLE.value,
                Prop.NAME: title,
                Prop.ARTICLES: [key],
                Prop.TITLE: title,
                Prop.URL: f"https://news.example.org/{key}",
                Prop.PUBLISHED: "2025-03-01",
                Prop.SOURCE: "Example News",
            },
        )
    _entity(
        g, "kz", L.COUNTRY, "Kazakhstan", "كازاخستان", "الكازاخستاني", "لكازاخستان", wikidata="Q232"
    )
    _entity(
        g, "az", L.COUNTRY, "Azerbaijan", "أذربيجان", "الأذربيجاني", "اذربيجان", wikidata="Q227"
    )
    _entity(
        g, "tokayev", L.PERSON, "Kassym-Jomart Tokayev", "قاسم جومارت توكاييف", wikidata="Q1131478"
    )
    _entity(g, "aliyev", L.PERSON, "Ilham Aliyev", "إلهام علييف", wikidata="Q40192")
    _entity(g, "astana", L.PLACE, "Astana", "أستانا", wikidata="Q1520")
    _entity(g, "baku", L.PLACE, "Baku", "باكو", wikidata="Q9248", where=("a2", 0))
    _entity(g, "summit", L.EVENT, "Astana summit", "القمة", where=("a1", 0))
    _entity(g, "decl", L.DOCUMENT, "Astana Declaration", "إعلان أستانا", where=("a1", 1))
    _entity(g, "energy", L.TOPIC, "energy", "الطاقة", "مجال الطاقة", where=("a1", 1))
    _entity(
        g,
        "jc",
        L.ORGANIZATION,
        "Kazakhstan–Azerbaijan Joint Commission",
        "اللجنة المشتركة",
        "للجنة المشتركة",
        where=("a2", 0),
    )
    g.add_node(
        "q1",
        **{
            Prop.LABEL: L.QUANTITY.value,
            Prop.METRIC: "trade_volume",
            Prop.VALUE: 500000000.0,
            Prop.UNIT: "USD",
            Prop.PERIOD: "2024",
            Prop.EVIDENCE: [_evidence("a1", 2)],
            Prop.ARTICLES: ["a1"],
        },
    )
    _relate(g, "tokayev", R.HOLDS_POSITION, "kz", ("a1", 0), role="President")
    _relate(g, "aliyev", R.HOLDS_POSITION, "az", ("a1", 0), role="President")
    _relate(g, "tokayev", R.MET_WITH, "aliyev", ("a1", 0))
    _relate(g, "tokayev", R.PARTICIPATED_IN, "summit", ("a1", 0))
    _relate(g, "aliyev", R.PARTICIPATED_IN, "summit", ("a1", 0))
    _relate(g, "summit", R.HELD_IN, "astana", ("a1", 0))
    _relate(g, "tokayev", R.SIGNED, "decl", ("a1", 1))
    _relate(g, "aliyev", R.SIGNED, "decl", ("a1", 1))
    _relate(g, "summit", R.PRODUCED, "decl", ("a1", 1))
    _relate(g, "decl", R.DISCUSSED, "energy", ("a1", 1))
    _relate(g, "kz", R.MEMBER_OF, "jc", ("a2", 1))
    _relate(g, "az", R.MEMBER_OF, "jc", ("a2", 0))
    _relate(g, "baku", R.LOCATED_IN, "az", ("a2", 0))
    _relate(g, "q1", R.MEASURES, "kz", ("a1", 2))
    _relate(g, "q1", R.MEASURES, "az", ("a1", 2))
    return g
