import networkx as nx

from kg.export.captions import MAX_CHARS, caption, short


def test_caption_puts_arabic_over_english(graph: nx.MultiDiGraph) -> None:
    assert caption(graph.nodes["kz"], "kz") == "كازاخستان\nKazakhstan"


def test_figures_and_articles_have_one_line(graph: nx.MultiDiGraph) -> None:
    assert caption(graph.nodes["q1"], "q1") == "trade_volume 500,000,000 USD (2024)"
    assert caption(graph.nodes["Article:a2"], "Article:a2") == "اللجنة المشتركة"


def test_long_names_are_cut() -> None:
    cut = short("ا" * (MAX_CHARS + 5))
    assert len(cut) == MAX_CHARS and cut.endswith("…")
    assert short("قصير") == "قصير"
