from hypothesis import given
from hypothesis import strategies as st

from kg import extract
from kg.extraction.projects import DASH, _dashes
from kg.models import ArticleGraph


def through(graph: ArticleGraph) -> dict[str, set[str]]:
    names = {e.key: e.name for e in graph.entities}
    out: dict[str, set[str]] = {}
    for r in graph.relations:
        if r.type == "PASSES_THROUGH":
            out.setdefault(names[r.source], set()).add(names[r.target])
    return out


def test_dashed_route_names_a_pipeline_and_its_stops() -> None:
    g = extract("ناقش الوزيران خط أنابيب الغاز عشق آباد - هرات - كويتا.")
    [(name, stops)] = through(g).items()
    assert name.endswith("pipeline")
    assert {"Ashgabat", "Quetta"} <= stops and len(stops) == 3


def test_tatweel_as_a_dash() -> None:
    g = extract("يمر خط باكو ـ تبليسي ـ أرضروم عبر جورجيا.")
    # the three stops of its name, and the transit country the route verb names
    assert through(g) == {"Baku–Tbilisi–Erzurum route": {"Baku", "Tbilisi", "Erzurum", "Georgia"}}


def test_linking_words_name_a_railway() -> None:
    g = extract("افتتح الرئيسان خط سكة حديد جديدا يربط بين كازاخستان وتركمانستان وإيران.")
    [(name, stops)] = through(g).items()
    assert stops == {"Kazakhstan", "Turkmenistan", "Iran"}
    assert name.endswith("railway")


def test_a_bilateral_body_is_not_a_route() -> None:
    g = extract("اجتمعت اللجنة الحكومية الدولية الأذربيجانية - الأوزبكية في طشقند.")
    assert through(g) == {}


def test_a_stop_of_two_words_in_the_middle_of_a_route_is_one_stop() -> None:
    g = extract("وبحث الجانبان تمويل خط السكك الحديدية الرباط - الدار البيضاء - مراكش.")
    projects = [e.name for e in g.entities if e.label == "Project"]
    assert projects == ["Rabat–Casablanca–Marrakesh railway"]


@given(st.text(st.sampled_from(list("اب -"))))
def test_dashes_are_found_as_the_pattern_finds_them(text: str) -> None:
    # searched for from each hyphen or double space, not tried at every character
    assert [m.span() for m in _dashes(text)] == [m.span() for m in DASH.finditer(text)]


def test_compass_directions_between_dashes_are_no_places() -> None:
    """ "الطريق السريع شمال - جنوب": a bearing (`directions.tsv`), not two places."""
    graph = extract("وبحث الوزيران سير العمل في مشروع الطريق السريع شمال - جنوب في أرمينيا.")
    assert [e.name for e in graph.entities if e.label == "Place"] == []


def test_a_dateline_after_a_headline_is_no_route() -> None:
    """ "… سكة حديد" ends the headline; "طشقند - وقعت" opens the text: a dateline, not a
    railway from Tashkent to a place named by a verb."""
    graph = extract(
        "أوزبكستان وباكستان توقعان اتفاقا لإنشاء سكة حديد\n"
        "طشقند - وقعت أوزبكستان وباكستان اتفاقية لإنشاء الخط."
    )
    assert through(graph) == {}
    assert not [e for e in graph.entities if e.label == "Place" and e.name != "Tashkent"]
