import networkx as nx
import pytest

from kg.lookup.names import AmbiguousName, UnknownName, find, readings, resolve, words


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("كازاخستان", "kz"),
        ("الكازاخستاني", "kz"),  # a nisba spelling the graph saw
        ("وكازاخستان", "kz"),  # a conjunction glued on
        ("لكازاخستان", "kz"),
        ("Kazakhstan", "kz"),
        ("kazakhstan", "kz"),
        ("Q232", "kz"),
        ("اذربيجان", "az"),  # hamza dropped
        ("بالطاقة", "energy"),  # preposition and article
        ("إلهام علييف", "aliyev"),
    ],
)
def test_exact_names_in_any_spelling(graph: nx.MultiDiGraph, query: str, key: str) -> None:
    matches = find(graph, query)
    assert [(m.key, m.how) for m in matches] == [(key, "exact")]


def test_clitic_with_merged_lams_finds_the_longer_name(graph: nx.MultiDiGraph) -> None:
    # "للجنة" is ل + ال + لجنة: only the candidates reading recovers "لجنه".
    assert ("لجنه",) in readings("للجنة")
    match = resolve(graph, "للجنة")
    assert (match.key, match.how) == ("jc", "partial")


def test_spelling_never_seen_is_found_fuzzily(graph: nx.MultiDiGraph) -> None:
    matches = find(graph, "قازاقستان")
    assert matches[0].key == "kz"
    assert matches[0].how == "fuzzy"
    assert 70 <= matches[0].score < 100


def test_english_typo_is_found_fuzzily(graph: nx.MultiDiGraph) -> None:
    assert resolve(graph, "Kazakstan").key == "kz"


def test_unknown_name_raises(graph: nx.MultiDiGraph) -> None:
    assert find(graph, "باريس") == []
    with pytest.raises(UnknownName):
        resolve(graph, "Paris")


def test_two_entities_sharing_a_name_are_ambiguous(graph: nx.MultiDiGraph) -> None:
    graph.add_node("kz2", label="Organization", name="Kazakhstan", name_ar="كازاخستان")
    with pytest.raises(AmbiguousName) as caught:
        resolve(graph, "Kazakhstan")
    assert {m.key for m in caught.value.matches} == {"kz", "kz2"}


def test_articles_and_figures_are_found_by_key_only(graph: nx.MultiDiGraph) -> None:
    assert [m.key for m in find(graph, "Article:a1")] == ["Article:a1"]
    assert all(m.key != "Article:a2" for m in find(graph, "اللجنة المشتركة"))


def test_words_fold_and_strip_the_article() -> None:
    assert words("الأذربيجانيةِ") == words("الاذربيجانيه") == ("اذربيجانيه",)
    assert words("Kassym-Jomart") == ("kassym", "jomart")


def test_empty_query_matches_nothing(graph: nx.MultiDiGraph) -> None:
    assert find(graph, " - ") == []


def test_misspelt_surname_alone_finds_the_person(graph: nx.MultiDiGraph) -> None:
    match = resolve(graph, "توكايف")  # one ي short, and no given name
    assert (match.key, match.how) == ("tokayev", "fuzzy")
    assert match.share < 1.0


def test_whole_name_beats_a_name_containing_it(graph: nx.MultiDiGraph) -> None:
    first, second = find(graph, "Kazakstan")[:2]
    assert (first.key, second.key) == ("kz", "jc")
    assert first.score == second.score and first.share > second.share


def test_a_listed_person_is_one_node_found_in_english_and_in_arabic() -> None:
    from kg import extract
    from kg.graph import build
    from kg.models import ArticleMeta

    texts = {
        "a": "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الهندي في القاهرة.",
        "b": "وقال عبدالفتاح السيسي إن مصر تدعم الحوار مع الهند.",
        "c": "وقال السيسي إن القاهرة ترحب بالمبادرة.",
    }
    graph = build(extract(text, ArticleMeta(id=key)) for key, text in texts.items())
    people = [n for n, a in graph.nodes(data=True) if a.get("label") == "Person"]
    assert len(people) == 1
    assert resolve(graph, "Sisi").key == resolve(graph, "السيسي").key == people[0]
