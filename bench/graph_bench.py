"""Graph figures: build time and memory, the graph file, Cypher latency, push throughput.

`run(articles_dir)` extracts every article of a corpus and streams the `ArticleGraph`s
into `kg.graph.builder`, as `kg build` does, timing extraction apart (`extract_s`):
- `seconds`: merging them into one networkx graph, the figure the target "10k articles
  in < 60 s" is about, and `build_rss_mib`, the process's peak RSS right after it;
- the graph as `kg build` saves it, a folder of Parquet tables with its LadybugDB
  database: `save_s` (both), `load_s` (tables to networkx), `file_mib` (tables),
  `database_mib`; and node-link JSON for comparison (`json_save_s`, `json_load_s`,
  `json_mib`);
- `first_query_s`: what the first `kg query` after a build pays before its query runs
  (opening the saved database), and `cached_open_s`, what every later one pays;
- `cypher`: p50/p95 milliseconds of each `cypher/*.cypher` file over `REPEAT` runs on
  the opened copy after its first run (`first_ms`, reported apart), with parameters
  picked from the graph itself (see `parameters`);
- `cmd_*_s`, `cmd_*_cpu_s` and `cmd_*_mib`: wall seconds, CPU seconds and peak RSS of
  whole processes, medians of `RUNS`: the first `kg query` after the build, `kg.load` of
  the saved graph, a load and save again (`save`), `kg lookup / neighbors --hops 2 /
  path / stats` (CPU is what compares on a machine that other jobs load): `neighbors2`
  as JSON, every neighbour listed, and `neighbors2_table`, the table a person gets (the
  first 20 of each hop, the rest counted);
- `html_write_s`, `html_mib`, `html_open_s`, `html_drawn`: the HTML export, opened in
  headless Chromium until drawn (when chromedriver is installed);
- `push_rel_per_s`: relationships per second of `kg.store.neo4j.push` of the whole graph,
  evidence included, into a fresh local FalkorDB (`bench/bolt.py`), `push_statements`,
  `push_mib`, and `push_again_s`, the idempotent second push — for corpora of at most
  `PUSH_MAX_ARTICLES`: FalkorDB 4.16 takes statements of 3,000 bytes only (the push finds
  that out and cuts accordingly), so a 10k graph would take many minutes there.
"""

from __future__ import annotations

import gc
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from bench.bolt import USER, falkordb
from kg.batch import Extracted, extract_all
from kg.export.html import write_html
from kg.graph import build, load, save
from kg.models import ArticleGraph
from kg.schema import Label, Prop, RelType
from kg.store.embedded import Embedded, open_cached
from kg.store.neo4j import push

CYPHER = Path(__file__).resolve().parent.parent / "cypher"
REPEAT = 30
PASSWORD = "kg-bench-secret"
#: Larger corpora are not pushed: FalkorDB takes ~3,000-byte statements only (see below).
PUSH_MAX_ARTICLES = 2_000
#: The `save` process: load the saved graph (argv 1) and save it again (argv 2).
SAVE_AGAIN = "import sys, kg; kg.save(kg.load(sys.argv[1]), sys.argv[2])"
#: Runs of each whole-process figure; the medians are reported.
RUNS = 3
#: Larger graphs are not also written as JSON (3.3 GB for 100k articles).
JSON_MAX_ARTICLES = 20_000


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
        path = Path(tmp) / "bench.graph"
        result |= _file(graph, path)
        if count <= JSON_MAX_ARTICLES:
            result |= _json_file(graph, Path(tmp) / "graph.json")
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
        result |= _commands(path, queries)
        result |= _html(graph, Path(tmp) / "graph.html")
        if count <= PUSH_MAX_ARTICLES:
            result |= _push(graph, Path(tmp) / "falkordb")
    return result


def _file(graph: nx.MultiDiGraph, path: Path) -> dict[str, float]:
    """The folder of tables `kg build` writes: save (tables and database), load, size."""
    start = time.perf_counter()
    save(graph, path)
    saved = time.perf_counter()
    load(path)
    loaded = time.perf_counter()
    tables = sum(p.stat().st_size for p in path.glob("*.parquet"))
    database = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) - tables
    return {
        "save_s": saved - start,
        "load_s": loaded - saved,
        "file_mib": tables / 2**20,
        "database_mib": database / 2**20,
    }


def _json_file(graph: nx.MultiDiGraph, path: Path) -> dict[str, float]:
    """The node-link JSON form, for comparison."""
    start = time.perf_counter()
    save(graph, path)
    saved = time.perf_counter()
    load(path)
    return {
        "json_save_s": saved - start,
        "json_load_s": time.perf_counter() - saved,
        "json_mib": path.stat().st_size / 2**20,
    }


#: Starts a command and reports its wall seconds, CPU seconds and peak RSS (MiB) as JSON.
#: A small process of its own: Linux counts in a child's peak RSS the memory of the process
#: it was forked from (until its exec), so a command started from this one, which holds
#: the whole graph, would report at least this one's size.
LAUNCH = """
import json, os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, _, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
print(json.dumps([wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024]))
"""


def _process(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one whole process (`os.wait4` in
    the small launcher `LAUNCH`)."""
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH, *args], capture_output=True, text=True, check=True
    )
    wall, cpu, mib = json.loads(done.stdout)
    return float(wall), float(cpu), float(mib)


def _commands(path: Path, queries: dict[str, dict[str, str]]) -> dict[str, float]:
    """Whole processes on the saved graph, one per figure, wall seconds and peak RSS each:
    what a user waits for. `query` runs first: it is the first query after the build."""
    kg = str(Path(sys.executable).with_name("kg"))
    country = queries["officials"]["country"]
    other = queries["figures"]["b"]
    again = path.with_name("again.graph")
    g = ["--graph", str(path)]
    commands = {
        "query": [kg, "query", "MATCH (c:Country) RETURN count(c)", *g],
        "load": [sys.executable, "-c", "import sys, kg; kg.load(sys.argv[1])", str(path)],
        "save": [sys.executable, "-c", SAVE_AGAIN, str(path), str(again)],
        "lookup": [kg, "lookup", country, *g],
        # Every neighbour (JSON lists them all): 24 MB for a hub country at 10k articles.
        "neighbors2": [kg, "neighbors", country, "--hops", "2", "--format", "json", *g],
        # What a person types: a table of the first 20 of each hop and the count of the rest.
        "neighbors2_table": [kg, "neighbors", country, "--hops", "2", *g],
        "path": [kg, "path", country, other, *g],
        "stats": [kg, "stats", *g],
    }
    out: dict[str, float] = {}
    for name, args in commands.items():
        runs = [_process(args) for _ in range(RUNS)]
        for n, figure in enumerate(("s", "cpu_s", "mib")):
            out[f"cmd_{name}_{figure}"] = statistics.median(run[n] for run in runs)
    shutil.rmtree(again, ignore_errors=True)
    return out


def _html(graph: nx.MultiDiGraph, path: Path) -> dict[str, Any]:
    """The HTML export: writing it, and opening it in headless Chromium until it is drawn."""
    start = time.perf_counter()
    write_html(graph, path, title="bench")
    result: dict[str, Any] = {"html_write_s": time.perf_counter() - start}
    result["html_mib"] = path.stat().st_size / 2**20
    if not Path("/usr/bin/chromedriver").exists():
        return result
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        start = time.perf_counter()
        browser.get(path.as_uri())
        WebDriverWait(browser, 120).until(
            lambda b: b.execute_script("return document.body.dataset.stable === 'true'")
        )
        result["html_open_s"] = time.perf_counter() - start
        result["html_drawn"] = browser.execute_script("return window.kgView.drawn()")
    finally:
        browser.quit()
    return result


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
    """Each file's first run (`first_ms`: its tables read into the engine's buffer pool,
    what a `kg query` process pays), then p50/p95 of `REPEAT` runs after it: with 30
    samples `statistics.quantiles` puts p95 between the two slowest, so a cold first run
    among them would make p95 about half of it (`connection`: 230 ms cold, 11-20 warm)."""
    timings: dict[str, dict[str, float]] = {}
    for path in sorted(CYPHER.glob("*.cypher")):
        query = path.read_text(encoding="utf-8")
        start = time.perf_counter()
        db.run(query, params[path.stem])
        first = (time.perf_counter() - start) * 1000
        samples, rows = [], 0
        for _ in range(REPEAT):
            start = time.perf_counter()
            rows = len(db.run(query, params[path.stem]).rows)
            samples.append((time.perf_counter() - start) * 1000)
        p95 = statistics.quantiles(samples, n=20)[18]
        timings[path.stem] = {
            "first_ms": first,
            "p50_ms": statistics.median(samples),
            "p95_ms": p95,
            "rows": rows,
        }
    return timings


def _push(graph: nx.MultiDiGraph, folder: Path) -> dict[str, float]:
    """The whole graph, evidence included, pushed to a fresh FalkorDB twice."""
    with falkordb(folder, PASSWORD) as server:
        start = time.perf_counter()
        report = push(graph, server.uri, USER, PASSWORD, database="bench")
        first = time.perf_counter() - start
        start = time.perf_counter()
        push(graph, server.uri, USER, PASSWORD, database="bench")
        again = time.perf_counter() - start
    return {
        "push_s": first,
        "push_rel_per_s": report.relationships / first,
        "push_statements": report.statements,
        "push_mib": report.bytes / 2**20,
        "push_again_s": again,
    }
