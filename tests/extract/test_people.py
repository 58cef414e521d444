"""People are found by pattern: titles, appositions, surnames, parenthesized countries."""

from kg import extract
from kg.models import ArticleGraph


def people(graph: ArticleGraph) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in graph.entities if e.label == "Person"}


def holds(graph: ArticleGraph) -> set[tuple[str, str, str | None]]:
    names = {e.key: e.name for e in graph.entities}
    return {
        (names[r.source], names[r.target], r.role)
        for r in graph.relations
        if r.type == "HOLDS_POSITION"
    }


def test_title_nisba_and_name() -> None:
    g = extract("استقبل رئيس الوزراء الجورجي إيراكلي كوباخيدزه الوفد في تبليسي.")
    assert [m for ms in people(g).values() for m in ms] == ["إيراكلي كوباخيدزه"]
    assert holds(g) == {(next(iter(people(g))), "Georgia", "Prime Minister")}


def test_name_then_appositive_title_with_country() -> None:
    g = extract("وقال، تيمور سليمانوف، نائب وزير الخارجية في جمهورية أوزبكستان، إن الزيارة ناجحة.")
    assert list(people(g).values()) == [["تيمور سليمانوف"]]
    assert {(c, r) for _, c, r in holds(g)} == {
        ("Uzbekistan", "Deputy Minister of Foreign Affairs")
    }


def test_counterpart_takes_the_previous_office_and_its_own_country() -> None:
    g = extract("التقى وزير الطاقة التركي ألب أرسلان بيرقدار نظيره الأذربيجاني برويز شهبازوف.")
    roles = {(c, r) for _, c, r in holds(g)}
    assert roles == {("Turkey", "Minister of Energy"), ("Azerbaijan", "Minister of Energy")}


def test_dual_title_gives_each_person_one_country() -> None:
    g = extract("وقع رئيسا قرغيزستان وطاجيكستان صدر جباروف وإمام علي رحمان على الاتفاقية.")
    assert {c for _, c, r in holds(g)} == {"Kyrgyzstan", "Tajikistan"}
    assert len(people(g)) == 2


def test_name_before_country_in_parentheses() -> None:
    g = extract("وأكد الرؤساء المشاركون، ماركوس شولتز (ألمانيا)، وبيير دوبوا (فرنسا)، دعمهم.")
    assert len(people(g)) == 2


def test_verb_after_two_names_is_not_a_name() -> None:
    g = extract("قال الرئيس فلاديمير بوتين سيرأس الاجتماع.")
    assert list(people(g).values()) == [["فلاديمير بوتين"]]


def test_a_body_after_a_title_is_not_a_person() -> None:
    g = extract("وأشاد الرئيس المشارك للجنة الحكومية الدولية بالتعاون.")
    assert people(g) == {}


def test_spelling_variants_of_one_person_merge() -> None:
    g = extract("قال وزير المالية رستم عظيموف إن … وأضاف وزير المالية رستم عظيموييف أن …")
    assert len(people(g)) == 1


def test_a_country_whose_long_name_begins_inside_the_title() -> None:
    g = extract("استقبل رئيس الجمهورية الإسلامية الإيرانية مسعود بزشكيان ضيفه.")
    assert {(c, r) for _, c, r in holds(g)} == {("Iran", "President")}
