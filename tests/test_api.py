"""The front door: `kg.extract`, `kg.build_graph`, `kg.query`, `kg.load`/`kg.save`."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import kg
from kg.store.embedded import QueryError

# Sentences written for this test.
ARTICLES = {
    "a.txt": "استقبل الرئيس الأذربيجاني إلهام علييف في باكو وزير الخارجية التركي هاكان فيدان.",
    "b.txt": "التقى وزير الخارجية التركي هاكان فيدان في أنقرة نظيره الكازاخستاني.",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_build_query_save_and_load_from_python(folder: Path, tmp_path: Path) -> None:
    graph = kg.build_graph([str(folder)], jobs=1)
    assert len(graph.graph["articles"]) == 2
    rows = kg.query(
        graph,
        "MATCH (p:Person)-[r:HOLDS_POSITION]->(c:Country {name: $country}) RETURN p.name AS who",
        country="Turkey",
    )
    assert rows == [{"who": "Hakan Fidan"}]
    kg.save(graph, str(tmp_path / "g.json"))
    again = kg.load(tmp_path / "g.json")
    assert kg.query(again, "MATCH (c:Country) RETURN count(c) AS n") == [{"n": 3}]
    with pytest.raises(QueryError, match=r"\$country"):
        kg.query(again, "MATCH (c:Country {name: $country}) RETURN c")


def test_triples_name_what_an_article_says() -> None:
    article = kg.extract(ARTICLES["a.txt"])
    assert ("Hakan Fidan", "HOLDS_POSITION", "Turkey") in article.triples()


# Written for this test: an unnamed meeting and memorandum (nodes of their article alone).
MEETING = (
    "ترأس وزير الخارجية التركي هاكان فيدان اجتماع اللجنة المشتركة في باكو، "
    "ووقع الجانبان مذكرة تفاهم للتعاون في مجال النقل."
)


def test_extract_names_the_graph_nodes_of_what_it_relates(tmp_path: Path) -> None:
    article = kg.extract(MEETING)
    (tmp_path / "meeting.txt").write_text(MEETING, encoding="utf-8")
    graph = kg.build_graph([tmp_path / "meeting.txt"])
    assert {e.node for e in article.entities} <= set(graph.nodes)
    stated = set()
    for r in article.relations:
        ends = (r.source_node, r.target_node)
        if r.type == "MET_WITH":  # stored once, from the smaller key
            ends = (min(ends), max(ends))
        stated.add((*ends, f"{r.type}:{r.role}" if r.role else r.type.value))
    drawn = {e for e in graph.edges(keys=True) if not e[2].startswith(("MENTIONED_IN", "MEASURES"))}
    assert stated == drawn
    name = {n: graph.nodes[n]["name"] for n in graph}  # triples() reads as the graph does
    assert article.triples() == [
        (name[r.source_node], r.type.value, name[r.target_node]) for r in article.relations
    ]


def test_graph_keys_stay_out_of_the_extraction_json() -> None:
    dumped = kg.extract(MEETING).model_dump(mode="json")
    assert not {"source_node", "target_node"} & dumped["relations"][0].keys()
    assert "node" not in dumped["entities"][0]


@pytest.mark.parametrize(
    "package", ["kg.graph", "kg.store", "kg.lookup", "kg.export", "kg.text", "kg.lexicon"]
)
def test_no_function_shadows_a_module_of_the_same_name(package: str) -> None:
    pkg = importlib.import_module(package)
    for info in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{package}.{info.name}")
        value = getattr(pkg, info.name, None)
        assert value is None or isinstance(value, ModuleType), f"{package}.{info.name}"


def test_the_front_door_is_flat() -> None:
    for name in ("extract", "build_graph", "query", "load", "save"):
        assert inspect.isfunction(getattr(kg, name)), name


def test_importing_kg_does_not_load_the_query_engine() -> None:
    import subprocess
    import sys

    code = "import sys, kg; print('ladybug' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_no_name_of_the_api_is_also_a_module() -> None:
    # `kg.extract` was both the function and the package `kg/extract/`: which one a
    # user got depended on what had been imported before.
    for name in kg.__all__:
        assert importlib.util.find_spec(f"kg.{name}") is None, name
