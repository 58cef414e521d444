"""Events and documents: ordinals, owners, anaphora, signings."""

from kg import extract
from kg.models import ArticleGraph


def named(graph: ArticleGraph, label: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in graph.entities if e.label == label}


def test_ordinal_and_body_name_the_session() -> None:
    g = extract("عقدت الدورة الثالثة للجنة المشتركة الأردنية العراقية في عمان.")
    [name] = named(g, "Event")
    assert name.startswith("3rd session of the")
    assert "Joint Commission" in name


def test_todays_meeting_is_the_latest_session() -> None:
    text = (
        "قال الوزير إن اجتماع اليوم مهم. وكان الاجتماع الثاني للجنة المشتركة الأرمنية الجورجية "
        "قد عقد في يريفان. وانطلق الاجتماع الثالث للجنة المشتركة الأرمنية الجورجية في تبليسي."
    )
    events = named(extract(text), "Event")
    third = next(v for k, v in events.items() if k.startswith("3rd"))
    assert "اجتماع اليوم" in third


def test_protocol_of_a_meeting_is_produced_by_it() -> None:
    g = extract(
        "ووقع الجانبان على البروتوكول بشأن نتائج الاجتماع الخامس للجنة المشتركة القطرية التركية."
    )
    names = {e.key: e.name for e in g.entities}
    produced = {(names[r.source], names[r.target]) for r in g.relations if r.type == "PRODUCED"}
    assert any(d.startswith("Protocol of the 5th") for _, d in produced)


def test_agreeing_to_is_not_an_agreement() -> None:
    assert named(extract("وتم الاتفاق على عقد اجتماع جديد في باكو."), "Document") == {}


def test_signing_is_an_event_when_a_document_follows() -> None:
    g = extract("جرى التوقيع على مذكرة تفاهم بين مصر والأردن في القاهرة.")
    assert "Signing" in named(g, "Event")
    assert {e.name for e in g.entities if e.label == "Document"} == {"Memorandum of understanding"}


def test_named_document_after_a_place() -> None:
    assert "Nakhchivan agreement" in named(
        extract("ذكّر باتفاقية نخجوان الموقعة عام 2009."), "Document"
    )


def test_a_head_with_its_owners_pronoun() -> None:
    g = extract("وستعقد اللجنة المشتركة اجتماعها الثامن عشر في يريفان.")
    assert any(n.startswith("18th meeting") for n in named(g, "Event"))
