from kg import extract
from kg.models import ArticleGraph


def related(graph: ArticleGraph, type_: str) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]) for r in graph.relations if r.type == type_}


def test_event_held_in_the_city_after_a_locative() -> None:
    g = extract("انطلقت القمة الخامسة لمنظمة شنغهاي للتعاون في مدينة سمرقند الأوزبكية.")
    assert {place for _, place in related(g, "HELD_IN")} == {"Samarkand"}
    assert ("Samarkand", "Uzbekistan") in related(g, "LOCATED_IN")


def test_a_dateline_is_no_evidence_for_held_in() -> None:
    g = extract("طشقند\nعقد الاجتماع الأول للجنة المشتركة.")
    assert related(g, "HELD_IN") == set()


def test_parties_between_sign_a_document() -> None:
    g = extract("تم توقيع اتفاقية التجارة الحرة بين مصر والأردن.")
    assert {c for c, _ in related(g, "SIGNED")} == {"Egypt", "Jordan"}


def test_cooperation_needs_the_countries_named() -> None:
    g = extract("ناقش الجانبان التعاون في مجال الزراعة.")
    assert related(g, "COOPERATES_IN") == set()
    g = extract("يتطور التعاون في مجال الزراعة بين مصر والسودان.")
    assert related(g, "COOPERATES_IN") == {("Egypt", "agriculture"), ("Sudan", "agriculture")}


def test_co_chairs_of_a_commission() -> None:
    g = extract(
        "وقع الرئيسان المشاركان للجنة الحكومية الدولية القطرية الكويتية - وزير المالية القطري "
        "علي الكواري ووزير المالية الكويتي أنور المضف على البروتوكول."
    )
    assert len(related(g, "CO_CHAIRS")) == 2


def test_who_chairs_a_session_co_chairs_its_commission() -> None:
    g = extract(
        "عقدت الدورة الرابعة للجنة الحكومية الدولية الكويتية - العمانية في مسقط.\n"
        "وترأس الاجتماع من الجانب الكويتي وزير المالية أنور المضف، ومن الجانب العماني "
        "وزير الاقتصاد سعيد الصقري."
    )
    assert len(related(g, "CO_CHAIRS")) == 2


def test_a_signed_protocol_is_a_document_even_bare() -> None:
    g = extract("وتم التوقيع في ختام الدورة الرابعة للجنة المشتركة على بروتوكول.")
    assert any(d.startswith("Protocol") for _, d in related(g, "PRODUCED"))
