"""The feed (`kg.feed`): batches of articles merged into a real Bolt server (FalkorDB) as
they come, entities resolved against what the server holds, each article once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from bench.corpus import write_corpus
from kg.api import build_graph
from kg.batch import Extracted, extract_all
from kg.cli import app
from kg.feed import feed, push_batch
from kg.schema import Label
from kg.store.neo4j import connect
from tests.store.conftest import GRAPH_NODES, GRAPH_RELS, PASSWORD, USER, BoltServer, names

#: Three short reports, written for these tests: one foreign minister under two
#: spellings of his surname and once by his surname alone, and one country in each.
ARTICLES = {
    "feed-1": "أجرى وزير الخارجية الكازاخستاني مراد تاشكنبايف محادثات في القاهرة مع "
    "المسؤولين المصريين حول التعاون الاقتصادي بين البلدين.",
    "feed-2": "وصل وزير الخارجية الكازاخستاني مراد تاشكينبايف إلى الرياض في زيارة رسمية "
    "تستمر يومين.",
    "feed-3": "قال الوزير تاشكنبايف إن كازاخستان تسعى إلى توسيع التجارة مع دول الخليج.",
}


def _write(folder: Path, ids: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for aid in ids:
        path = folder / f"{aid}.txt"
        path.write_text(ARTICLES[aid], encoding="utf-8")
        meta = {"id": aid, "published": "2024-05-0" + aid[-1]}
        (folder / f"{aid}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(path)
    return paths


def _feed(
    server: BoltServer, paths: list[Path], batch: int = 500, whole: bool | None = None
) -> tuple[int, int]:
    with connect(server.uri, USER, PASSWORD, "feed", list(Label)) as bolt:
        summary = feed(bolt, paths, batch=batch, whole=whole)
    return len(summary.added), summary.known


def _counts(server: BoltServer) -> tuple[int, int]:
    [[nodes]] = server.run("feed", f"{GRAPH_NODES} RETURN count(n)")
    [[rels]] = server.run("feed", f"{GRAPH_RELS} RETURN count(r)")
    return nodes, rels


def _held(server: BoltServer) -> dict[str, tuple[int, list[str], int]]:
    """Every node and relationship on the server: support, articles, evidence records
    (counted on the server, and read a page at a time: FalkorDB's listener hangs on
    replies over 64 KB)."""
    found = {}
    for match in (GRAPH_NODES, "MATCH ()-[n]->() WHERE n.type <> 'NAMES'"):
        query = (
            f"{match} RETURN n.key, n.support, n.articles, "
            "size(split(n.evidence, $marker)) - 1 ORDER BY n.key SKIP $skip LIMIT 100"
        )
        skip = 0
        while rows := server.run("feed", query, {"marker": '"article": ', "skip": skip}):
            for key, support, articles, evidence in rows:
                found[key] = (support, sorted(json.loads(articles)), evidence)
            skip += len(rows)
    return found


def _expected(g: nx.MultiDiGraph) -> dict[str, tuple[int, list[str], int]]:
    def entry(a: dict[str, Any]) -> tuple[int, list[str], int]:
        return a["support"], sorted(a["articles"]), len(a["evidence"])

    found = {n: entry(a) for n, a in g.nodes(data=True)}
    found.update({f"{u}|{k}|{v}": entry(a) for u, v, k, a in g.edges(keys=True, data=True)})
    return found


def _articles_of(server: BoltServer, label: str) -> list[list[str]]:
    rows = server.run("feed", f"MATCH (n:{label}) RETURN n.articles, n.evidence ORDER BY n.key")
    assert all(len(json.loads(e)) >= len(json.loads(a)) for a, e in rows)
    return [sorted(json.loads(a)) for a, _ in rows]


@pytest.mark.parametrize("whole", [True, False], ids=["whole lists", "appended on the server"])
def test_two_batches_give_one_node_per_country_and_minister(
    falkordb: BoltServer, tmp_path: Path, whole: bool
) -> None:
    # Lists appended on the server are what Neo4j gets; FalkorDB gets them whole (its string
    # concatenation loses values now and then), but these lists are short enough for it.
    assert _feed(falkordb, _write(tmp_path / "monday", ["feed-1"]), whole=whole) == (1, 0)
    tuesday = _write(tmp_path / "tuesday", ["feed-2", "feed-3"])
    assert _feed(falkordb, tuesday, whole=whole) == (2, 0)
    everyone = ["feed-1", "feed-2", "feed-3"]
    assert _articles_of(falkordb, "Person") == [everyone]  # both spellings, surname alone
    [[kazakhstan]] = falkordb.run("feed", "MATCH (c:Country {wikidata: 'Q232'}) RETURN c.articles")
    assert sorted(json.loads(kazakhstan)) == everyone
    [[name_keys]] = falkordb.run("feed", "MATCH (p:Person) RETURN p.name_keys")
    assert "|مراد تاشكنبايف|" in name_keys and "|مراد تاشكينبايف|" in name_keys
    whole = build_graph(_write(tmp_path / "all", everyone))
    assert _counts(falkordb) == (whole.number_of_nodes(), whole.number_of_edges())
    assert _held(falkordb) == _expected(whole)
    query = "MATCH (m:Name)-[:NAMES]->(n) RETURN m.text, n.key"
    assert names(whole) <= {(text, key) for text, key in falkordb.run("feed", query)}


def test_feeding_the_same_articles_again_changes_nothing(
    falkordb: BoltServer, tmp_path: Path
) -> None:
    paths = _write(tmp_path, ["feed-1", "feed-2", "feed-3"])
    assert _feed(falkordb, paths, batch=2) == (3, 0)
    before = _held(falkordb)
    assert _feed(falkordb, paths) == (0, 3)
    graphs = [o.graph for o in extract_all(paths) if isinstance(o, Extracted)]
    with connect(falkordb.uri, USER, PASSWORD, "feed", list(Label)) as bolt:
        push_batch(bolt, graphs)  # the same batch written again, skipping nothing
    assert _held(falkordb) == before == _expected(build_graph(paths))


@pytest.mark.parametrize("batch", [1, 3])
def test_any_batch_size_gives_the_graph_of_one_build(
    falkordb: BoltServer, tmp_path: Path, batch: int
) -> None:
    paths = _write(tmp_path, ["feed-1", "feed-2", "feed-3"])
    _feed(falkordb, paths, batch=batch)
    assert _held(falkordb) == _expected(build_graph(paths))


def test_a_synthetic_feed_in_batches_holds_every_evidence_record(
    falkordb: BoltServer, tmp_path: Path
) -> None:
    # Hubs of 40 articles: their batch's evidence goes in pieces (FalkorDB takes 3,000 bytes).
    paths = write_corpus(tmp_path / "corpus", 40, seed=5)
    assert _feed(falkordb, paths, batch=15) == (40, 0)
    assert _held(falkordb) == _expected(build_graph(paths))


def test_kg_build_push_feeds_a_server_and_skips_what_it_holds(
    falkordb: BoltServer, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    _write(folder, ["feed-1", "feed-2", "feed-3"])
    command = ["build", str(folder), "--push", falkordb.uri, "--user", USER, "--database", "feed"]
    env = {"KG_NEO4J_PASSWORD": PASSWORD}
    first = CliRunner().invoke(app, command, env=env)
    assert first.exit_code == 0, first.stderr
    assert "3 articles added (0 already on the server)" in first.stderr
    again = CliRunner().invoke(app, [*command[:3], falkordb.uri, *command[4:]], env=env)
    assert again.exit_code == 0, again.stderr
    assert "0 articles added (3 already on the server)" in again.stderr
    assert not (tmp_path / "out").exists()  # nothing written locally


@pytest.mark.parametrize(
    ("uri", "password", "message"),
    [
        ("http://127.0.0.1:7474", PASSWORD, "is not a Bolt URI"),
        ("bolt://127.0.0.1:1", PASSWORD, "cannot reach a Bolt server"),
        (None, "not-the-password", "refused"),
    ],
)
def test_kg_build_push_failures_are_one_line(
    falkordb: BoltServer, tmp_path: Path, uri: str | None, password: str, message: str
) -> None:
    folder = tmp_path / "news"
    _write(folder, ["feed-1"])
    command = ["build", str(folder), "--push", uri or falkordb.uri, "--connect-timeout", "1"]
    result = CliRunner().invoke(app, command, env={"KG_NEO4J_PASSWORD": password})
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
