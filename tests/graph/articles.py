"""Hand-made `ArticleGraph`s for the graph and store tests.

Two short articles (sentences written for these tests) about an Azerbaijan–Kazakhstan
commission. The same deputy prime minister is spelled "مصطفاييف" in one and "مصطفايف" in
the other; the prime minister appears in both; each gives a yearly trade figure.
`article()` turns a compact description into a valid `ArticleGraph`, computing offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.models import (
    ArticleGraph,
    ArticleMeta,
    DateFact,
    Entity,
    Evidence,
    Mention,
    Quantity,
    Relation,
)
from kg.schema import Label, RelType

L, R = Label, RelType


@dataclass
class Ent:
    key: str
    label: Label
    name: str
    name_ar: str
    wikidata: str | None = None
    # (sentence index, surface form) of each mention; the name itself in sentence 0 if empty
    mentions: list[tuple[int, str]] = field(default_factory=list)


def article(
    aid: str,
    sentences: list[str],
    entities: list[Ent],
    relations: list[tuple[str, RelType, str, int] | tuple[str, RelType, str, int, str]] = [],  # noqa: B006
    quantities: list[tuple[tuple[str, ...], str, float, str, str, int, str]] = [],  # noqa: B006
    dates: list[tuple[str, str, int, str]] = [],  # noqa: B006
    title: str | None = None,
) -> ArticleGraph:
    """An article graph; relations are (source, type, target, sentence[, role]),
    quantities (subjects, metric, value, unit, period, sentence, mention text),
    dates (subject, date, sentence, mention text)."""
    starts = [sum(len(s) + 1 for s in sentences[:i]) for i in range(len(sentences))]

    def evidence(i: int) -> Evidence:
        end = starts[i] + len(sentences[i])
        return Evidence(article=aid, sentence=i, start=starts[i], end=end, text=sentences[i])

    def mention(i: int, surface: str) -> Mention:
        start = starts[i] + sentences[i].index(surface)
        return Mention(text=surface, start=start, end=start + len(surface), sentence=i)

    return ArticleGraph(
        article=ArticleMeta(
            id=aid, title=title, url=f"https://news.example.org/{aid}", source="Example News"
        ),
        entities=tuple(
            Entity(
                key=e.key,
                label=e.label,
                name=e.name,
                name_ar=e.name_ar,
                wikidata=e.wikidata,
                mentions=tuple(mention(i, s) for i, s in (e.mentions or [(0, e.name_ar)])),
            )
            for e in entities
        ),
        relations=tuple(
            Relation(
                source=r[0],
                type=r[1],
                target=r[2],
                evidence=evidence(r[3]),
                role=r[4] if len(r) == 5 else None,
            )
            for r in relations
        ),
        quantities=tuple(
            Quantity(
                subject=subjects,
                metric=metric,
                value=value,
                unit=unit,
                period=period,
                mention=mention(i, text),
                evidence=evidence(i),
            )
            for subjects, metric, value, unit, period, i, text in quantities
        ),
        dates=tuple(
            DateFact(subject=s, date=d, mention=mention(i, text), evidence=evidence(i))
            for s, d, i, text in dates
        ),
    )


A1 = [
    "التقى رئيس الوزراء الأذربيجاني علي أسدوف نظيره الكازاخستاني أولجاس بكتينوف في باكو.",
    "ويرأس اللجنة الحكومية المشتركة شاهين مصطفاييف وسريك جومانجارين.",
    "وعقد الاجتماع الرابع عشر للجنة في باكو في 5 نوفمبر 2024 وبحث التعاون في الطاقة والنقل.",
    "ووقع مصطفاييف وجومانجارين في ختام الاجتماع بروتوكولا حول ممر النقل.",
    "وبلغ حجم التجارة بين أذربيجان وكازاخستان 400 مليون دولار في عام 2023.",
    "ويمر ممر النقل عبر ميناء أكتاو في كازاخستان وعبر أذربيجان.",
]
A2 = [
    "قال نائب رئيس الوزراء الأذربيجاني شاهين مصطفايف إن التجارة مع كازاخستان تنمو.",
    "وبلغ حجم التجارة بين أذربيجان وكازاخستان 500 مليون دولار في عام 2024.",
    "وتتعاون أذربيجان وكازاخستان في مجال الطاقة.",
    "وكان رئيس الوزراء علي أسدوف قد زار كازاخستان.",
]

AZ = ("az", L.COUNTRY, "Azerbaijan", "أذربيجان", "Q227")
KZ = ("kz", L.COUNTRY, "Kazakhstan", "كازاخستان", "Q232")


def first() -> ArticleGraph:
    """Article a1: a commission meeting in Baku, its co-chairs, a protocol, a corridor."""
    return article(
        "a1",
        A1,
        [
            Ent(*AZ, mentions=[(0, "الأذربيجاني"), (4, "أذربيجان"), (5, "أذربيجان")]),
            Ent(*KZ, mentions=[(0, "الكازاخستاني"), (4, "كازاخستان"), (5, "كازاخستان")]),
            Ent("asadov", L.PERSON, "Ali Asadov", "علي أسدوف"),
            Ent("bektenov", L.PERSON, "Olzhas Bektenov", "أولجاس بكتينوف"),
            Ent(
                "must",
                L.PERSON,
                "Shahin Mustafayev",
                "شاهين مصطفاييف",
                mentions=[(1, "شاهين مصطفاييف"), (3, "مصطفاييف")],
            ),
            Ent(
                "zhum",
                L.PERSON,
                "Serik Zhumangarin",
                "سريك جومانجارين",
                mentions=[(1, "سريك جومانجارين"), (3, "جومانجارين")],
            ),
            Ent("baku", L.PLACE, "Baku", "باكو", "Q9248", mentions=[(0, "باكو"), (2, "باكو")]),
            Ent("aktau", L.PLACE, "Aktau", "أكتاو", mentions=[(5, "أكتاو")]),
            Ent(
                "ic",
                L.ORGANIZATION,
                "Azerbaijan–Kazakhstan Intergovernmental Commission",
                "اللجنة الحكومية المشتركة",
                mentions=[(1, "اللجنة الحكومية المشتركة"), (2, "للجنة")],
            ),
            Ent(
                "meeting",
                L.EVENT,
                "14th meeting",
                "الاجتماع الرابع عشر",
                mentions=[(2, "الاجتماع الرابع عشر")],
            ),
            Ent("protocol", L.DOCUMENT, "protocol", "بروتوكولا", mentions=[(3, "بروتوكولا")]),
            Ent("energy", L.TOPIC, "energy", "الطاقة", mentions=[(2, "الطاقة")]),
            Ent("transport", L.TOPIC, "transport", "النقل", mentions=[(2, "النقل")]),
            Ent(
                "corridor",
                L.PROJECT,
                "Middle Corridor",
                "ممر النقل",
                mentions=[(3, "ممر النقل"), (5, "ممر النقل")],
            ),
        ],
        relations=[
            ("asadov", R.HOLDS_POSITION, "az", 0, "Prime Minister"),
            ("bektenov", R.HOLDS_POSITION, "kz", 0, "Prime Minister"),
            ("bektenov", R.MET_WITH, "asadov", 0),
            ("must", R.CO_CHAIRS, "ic", 1),
            ("zhum", R.CO_CHAIRS, "ic", 1),
            ("az", R.MEMBER_OF, "ic", 1),
            ("kz", R.MEMBER_OF, "ic", 1),
            ("meeting", R.PART_OF, "ic", 2),
            ("meeting", R.HELD_IN, "baku", 2),
            ("meeting", R.DISCUSSED, "energy", 2),
            ("meeting", R.DISCUSSED, "transport", 2),
            ("must", R.SIGNED, "protocol", 3),
            ("zhum", R.SIGNED, "protocol", 3),
            ("meeting", R.PRODUCED, "protocol", 3),
            ("protocol", R.DISCUSSED, "corridor", 3),
            ("corridor", R.PASSES_THROUGH, "aktau", 5),
            ("corridor", R.PASSES_THROUGH, "kz", 5),
            ("corridor", R.PASSES_THROUGH, "az", 5),
            ("aktau", R.LOCATED_IN, "kz", 5),
        ],
        quantities=[
            (("az", "kz"), "trade_volume", 4e8, "USD", "2023", 4, "400 مليون دولار"),
        ],
        dates=[("meeting", "2024-11-05", 2, "5 نوفمبر 2024")],
        title="اجتماع اللجنة الحكومية المشتركة في باكو",
    )


def second() -> ArticleGraph:
    """Article a2: the deputy prime minister spelled another way, a newer trade figure."""
    return article(
        "a2",
        A2,
        [
            Ent(*AZ, mentions=[(0, "الأذربيجاني"), (1, "أذربيجان"), (2, "أذربيجان")]),
            Ent(*KZ, mentions=[(0, "كازاخستان"), (1, "كازاخستان"), (2, "كازاخستان")]),
            Ent("p1", L.PERSON, "Shahin Mustafaev", "شاهين مصطفايف"),
            Ent("p2", L.PERSON, "Ali Asadov", "علي أسدوف", mentions=[(3, "علي أسدوف")]),
            Ent("t1", L.TOPIC, "energy", "الطاقة", mentions=[(2, "الطاقة")]),
        ],
        relations=[
            ("p1", R.HOLDS_POSITION, "az", 0, "Deputy Prime Minister"),
            ("p2", R.HOLDS_POSITION, "az", 3, "Prime Minister"),
            ("az", R.COOPERATES_IN, "t1", 2),
            ("kz", R.COOPERATES_IN, "t1", 2),
        ],
        quantities=[
            (("az", "kz"), "trade_volume", 5e8, "USD", "2024", 1, "500 مليون دولار"),
        ],
        title="التجارة بين أذربيجان وكازاخستان",
    )
