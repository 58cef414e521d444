"""Indefinite event words the text says took place are events with frames (sentences
written here): "احتفال أقيم بمدينة X", "لقاء في العاصمة X"; and the ceremony of an opening
has the openers as participants."""

import pytest

from kg import extract
from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES: list[tuple[RelType, Case]] = [
    (
        RelType.HELD_IN,
        case(
            "وقال وزير النقل المصري كامل الوزير في احتفال أقيم بالسودان إن الطريق جاهز.",
            {("احتفال", "Sudan")},
            "place_after_a_held_verb",
        ),
    ),
    (
        RelType.PARTICIPATED_IN,
        case(
            "وتحدث وزير الخارجية الأردني أيمن الصفدي خلال لقاء في العاصمة بغداد.",
            {("أيمن الصفدي", "لقاء")},
            "people_at_an_event",
        ),
    ),
    (
        RelType.PARTICIPATED_IN,
        case(
            "وألقى وزير الخارجية العراقي فؤاد حسين كلمة في احتفال أقيم بالبصرة. "
            "وحضر الاحتفال رئيس الوزراء العراقي محمد شياع السوداني.",
            {("فؤاد حسين", "احتفال"), ("محمد شياع السوداني", "احتفال")},
            "people_at_an_event",
        ),
    ),
    (
        RelType.PARTICIPATED_IN,
        case(  # no event: a bare word the text does not say took place
            "وأكد وزير الخارجية المصري سامح شكري ضرورة عقد اجتماع في أقرب وقت.",
            set(),
            "people_at_an_event",
            absent={("سامح شكري", "اجتماع"), ("سامح شكري", "Meeting")},
        ),
    ),
    (
        RelType.PARTICIPATED_IN,
        case(
            "افتتحت مصر والسودان، الأحد، طريقا بريا جديدا. وقال وزير النقل المصري كامل "
            "الوزير في احتفال أقيم بأسوان إن الطريق سيخدم التجارة.",
            {("Egypt", "احتفال"), ("Sudan", "احتفال")},
            "openers_of_the_ceremony",
        ),
    ),
    (
        RelType.PARTICIPATED_IN,
        case(
            "دشن الرئيس الجزائري عبد المجيد تبون ميناء جديدا. وجرت مراسم التدشين بحضور "
            "سفراء عدة دول.",
            {("عبد المجيد تبون", "مراسم التدشين")},
            "openers_of_the_ceremony",
        ),
    ),
    (
        RelType.HELD_IN,
        case(  # a verb of conducting reports the talks as they happened
            "وأجرى رئيس غانا جون ماهاما محادثات مع نظيره التوغولي في مدينة لومي.",
            {("محادثات", "Lomé")},
            "event_at_a_locative",
        ),
    ),
    (
        RelType.PARTICIPATED_IN,
        case(
            "وأجرى رئيس غانا جون ماهاما محادثات مع نظيره التوغولي في مدينة لومي.",
            {("John Mahama", "محادثات")},
            "people_at_an_event",
        ),
    ),
]


@pytest.mark.parametrize(("type_", "c"), CASES, ids=[str(c) for _, c in CASES])
def test_indefinite_event_frames(type_: RelType, c: Case) -> None:
    check(c, type_)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وعقد الوزراء الثلاثة اجتماعا وزاريا في نيامي.", "Meeting"),  # accusative head
        ("وخلال اجتماع وزاري عقد في نيامي اتفق الوزراء على الخطة.", "Meeting"),  # و of وزاري
        ("ونظمت السفارة مؤتمرا صحفيا في نيامي.", "Press conference"),
    ],
)
def test_an_indefinite_event_with_its_adjectives_is_held_where_the_text_says(
    text: str, kind: str
) -> None:
    """An accusative head ("اجتماعا") is a head; an adjective whose first letter is a radical
    و ("وزاري", `radical_waw.tsv`) qualifies it, it is not "and"."""
    graph = extract(text)
    events = [e for e in graph.entities if e.label == "Event"]
    assert [e.name.split(" «")[0].split(",")[0] for e in events] == [kind], events
    held = {(r.source, r.target) for r in graph.relations if r.type is RelType.HELD_IN}
    niamey = next(e.key for e in graph.entities if e.name == "Niamey")
    assert held == {(events[0].key, niamey)}
