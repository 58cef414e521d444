"""The embedded engine: tables from the schema, the whole graph loaded, parameters, errors."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest

from kg.graph import build, save
from kg.graph import load as load_graph
from kg.schema import ENTITY_LABELS, Label, RelType
from kg.store import embedded
from kg.store.embedded import QueryError, cache_path, load, open_cached, schema_ddl
from kg.store.rows import NODE_PROPS, REL_PROPS
from tests.graph.articles import first, second
from tests.store.conftest import GRAPH_NODES, GRAPH_RELS, names


def test_every_label_and_type_gets_a_table() -> None:
    ddl = "\n".join(schema_ddl())
    for label in Label:
        assert f"CREATE NODE TABLE {label}(" in ddl
    for type_ in RelType:
        assert f"CREATE REL TABLE {type_}(" in ddl
    mentioned_in = next(s for s in schema_ddl() if s.startswith("CREATE REL TABLE MENTIONED_IN"))
    assert mentioned_in.count(" TO Article") == len(ENTITY_LABELS)


def test_the_whole_graph_loads_with_its_properties() -> None:
    g = build([first(), second()])
    db = load(g)
    assert db.run(f"{GRAPH_NODES} RETURN count(n)").rows == [[g.number_of_nodes()]]
    assert db.run(f"{GRAPH_RELS} RETURN count(r)").rows == [[g.number_of_edges()]]
    [[date, aliases]] = db.run("MATCH (e:Event) RETURN e.date, e.aliases").rows
    assert date == "2024-11-05"
    assert json.loads(aliases) == ["الاجتماع الرابع عشر"]


def test_a_big_table_is_written_in_pieces_and_loaded_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rows are written out every COPY_CHARS characters (the memory of a big build), and
    each table is still loaded by one COPY (the engine's cost grows with their number):
    every node and relationship arrives once, with its properties."""
    g = build([first(), second()])
    whole = load(g)
    copies: list[str] = []
    pieces: list[int] = []
    monkeypatch.setattr(embedded, "COPY_CHARS", 100)
    original = embedded.Embedded.copy

    def copy(self: embedded.Embedded, table: str, path: Path, options: str = "") -> None:
        copies.append(table)
        pieces.append(pq.ParquetFile(path).num_row_groups)
        original(self, table, path, options)

    monkeypatch.setattr(embedded.Embedded, "copy", copy)
    cut = load(g)
    for query in (
        f"{GRAPH_NODES} RETURN n.key, n.label, n.evidence ORDER BY n.key",
        f"{GRAPH_RELS} RETURN r.key, r.evidence ORDER BY r.key",
        "MATCH (m:Name)-[:NAMES]->(n) RETURN m.text, n.key ORDER BY m.text, n.key",
    ):
        rows = cut.run(query).rows
        assert rows == whole.run(query).rows
        assert len(rows) in (g.number_of_nodes(), g.number_of_edges(), len(names(g)))
    assert max(pieces) > 1
    labels = {label for _, label in g.nodes(data="label")}
    assert len(copies) == 1 + 2 * len(labels) + len(
        {(t, g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, t in g.edges(data="type")}
    )  # a table per label and per type and end labels; Name; NAMES to each label


def test_every_node_is_found_by_each_of_its_names_in_one_look_up() -> None:
    g = build([first(), second()])
    db = load(g)
    found = "MATCH (m:Name)-[r:NAMES]->(n) RETURN m.text, m.label, r.type, n.key"
    assert sorted(db.run(found).rows) == sorted([t, "Name", "NAMES", k] for t, k in names(g))
    query = "MATCH (:Name {text: $x})-[:NAMES]->(a) RETURN a.key"
    for text in ("Azerbaijan", "أذربيجان", "Country:Q227"):
        assert db.run(query, {"x": text}).rows == [["Country:Q227"]]
    # the name nodes hold their text apart: a look-up by key or name finds the graph's nodes
    assert db.run("MATCH (n {key: 'Country:Q227'}) RETURN n.label").rows == [["Country"]]
    assert db.run("MATCH (n) WHERE n.name = 'Azerbaijan' RETURN n.label").rows == [["Country"]]


def test_node_rows_keep_the_graph_order_and_empty_text_is_null() -> None:
    g = nx.MultiDiGraph()
    for n in range(3000):  # more than one of the engine's batches of rows
        g.add_node(f"Topic:{(n * 7919) % 3000:05}", label="Topic", name=f"t{n}", name_ar="")
    db = load(g)
    db._conn.set_max_threads_for_exec(1)  # a scan on several threads returns rows in any order
    keys = [row[0] for row in db.run("MATCH (t:Topic) RETURN t.key").rows]
    assert keys == list(g)
    assert db.run("MATCH (t:Topic) WHERE t.name_ar IS NULL RETURN count(t)").rows == [[3000]]


def test_parameters_are_passed_not_pasted() -> None:
    db = load(build([first(), second()]))
    tricky = "Azerbaijan' OR 1=1 //"
    query = "MATCH (c:Country) WHERE c.name = $name RETURN c.wikidata"
    assert db.run(query, {"name": tricky}).rows == []
    assert db.run(query, {"name": "Azerbaijan"}).rows == [["Q227"]]


@pytest.mark.parametrize(
    ("query", "reason"),
    [("MATCH (n RETURN n", "Parser"), ("MATCH (n:Nation) RETURN n", "Nation")],
)
def test_a_bad_query_is_one_line(query: str, reason: str) -> None:
    with pytest.raises(QueryError, match=reason) as error:
        load(build([first()])).run(query)
    assert "\n" not in str(error.value)


def test_the_database_is_kept_beside_the_graph_until_the_graph_changes(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    save(build([first()]), path)
    reads: list[int] = []

    def read() -> nx.MultiDiGraph:
        reads.append(1)
        return load_graph(path)

    count = "MATCH (a:Article) RETURN count(a)"
    first_db = open_cached(path, read)
    assert first_db.run(count).rows == [[1]]
    first_db.close()
    assert cache_path(path).is_file()
    assert open_cached(path, read).run(count).rows == [[1]]
    assert len(reads) == 1  # the second query read no graph file

    save(build([first(), second()]), path)
    assert open_cached(path, read).run(count).rows == [[2]]
    assert len(reads) == 2


def test_a_folder_database_of_another_layout_is_made_again_once(tmp_path: Path) -> None:
    path = tmp_path / "g.graph"
    save(build([first()]), path)
    reads: list[int] = []

    def read() -> nx.MultiDiGraph:
        reads.append(1)
        return load_graph(path)

    query = "MATCH (:Name {text: 'Azerbaijan'})-[:NAMES]->(a) RETURN a.key"
    assert open_cached(path, read).run(query).rows == [["Country:Q227"]]
    assert reads == []  # saved with the graph, in the layout of this version
    (path / embedded.LAYOUT).write_text("an older layout")  # a folder saved before the index
    assert open_cached(path, read).run(query).rows == [["Country:Q227"]]
    assert open_cached(path, read).run(query).rows == [["Country:Q227"]]
    assert reads == [1]
    assert (path / embedded.LAYOUT).read_text() == embedded.layout()


def test_the_cached_database_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    save(build([first()]), path)
    open_cached(path, lambda: load_graph(path)).close()
    with pytest.raises(QueryError):
        open_cached(path, lambda: load_graph(path)).run("MATCH (n) DETACH DELETE n")


def _everything(db: embedded.Embedded) -> list[list[object]]:
    """Every node's and relationship's properties, and the name index, sorted."""
    rows = []
    for label, props in NODE_PROPS.items():
        values = ", ".join(f"n.`{p}`" for p in props)
        rows += db.run(f"MATCH (n:{label}) RETURN {values}").rows
    values = ", ".join(f"r.`{p}`" for p in REL_PROPS)
    rows += db.run(f"MATCH (s)-[r]->(o) WHERE r.type <> 'NAMES' RETURN s.key, o.key, {values}").rows
    rows += db.run("MATCH (m:Name)-[r:NAMES]->(n) RETURN m.text, m.label, r.type, n.key").rows
    return sorted(rows, key=repr)


def test_rows_made_from_the_tables_are_the_rows_made_from_the_graph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The database is filled from the columns of the graph's tables (`kg.store.columns`):
    the same values as the rows `kg.store.rows` makes value by value, text that JSON
    escapes, empty strings and missing values included."""
    from kg.store import bulk

    g = build([first(), second()])
    some = next(k for k, a in g.nodes(data=True) if a["label"] == "Person")
    g.nodes[some]["aliases"] = ['say "hi"', "back\\slash", "tab\tand\nline\x01", "", "ب"]
    g.nodes[some]["name_ar"] = ""
    record = {"article": 'a"1', "sentence": 3, "start": 0, "end": 4, "text": 'line\nنص "q"'}
    g.nodes[some]["evidence"] = [record, *g.nodes[some]["evidence"], record]
    u, v, k = next(iter(g.edges(keys=True)))
    g.edges[u, v, k]["evidence"] = []
    g.edges[u, v, k]["articles"] = ['x"y']
    made = load(g)
    monkeypatch.setattr(bulk, "_typed", lambda folder: False)
    assert _everything(made) == _everything(load(g))


def test_a_graph_with_values_outside_the_columns_has_rows_made_from_the_graph() -> None:
    g = build([first()])
    some = next(iter(g.nodes))
    g.nodes[some]["name"] = ["a", "list"]  # not a string: it travels in `extra`
    [[name]] = load(g).run("MATCH (n {key: $k}) RETURN n.name", {"k": some}).rows
    assert name == '["a", "list"]'


def test_a_relationship_the_schema_forbids_is_refused() -> None:
    g = build([first()])
    g.add_edge("Country:Q227", "Person:ali asadov", key="HELD_IN", type="HELD_IN")
    with pytest.raises(ValueError, match="does not allow Country"):
        load(g)


def test_relationships_carry_their_rule_into_the_tables() -> None:
    from kg import extract
    from kg.models import ArticleMeta

    text = "ووقع وزير الطاقة المصري طارق الملا ونظيره الأردني صالح الخرابشة مذكرة تفاهم."
    db = load(build([extract(text, ArticleMeta(id="r1"))]))
    rows = db.run("MATCH (:Person)-[r:SIGNED]->(:Document) RETURN r.rule").rows
    assert rows == [["signers_of_a_signing_sentence"]] * 2
