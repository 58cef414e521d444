"""Real Bolt servers for the store tests: FalkorDB on free loopback ports.

FalkorDB 4.16's Bolt listener serves one graph whatever database name a client asks for,
so tests cannot share a server and stay independent of their order. A server starts in
about 0.1 s, hence one per test (`falkordb`), or one per module for a module that loads a
graph once and only reads it (`falkordb_module`). Either has answered a real Bolt query
before the first test uses it.

FalkorDB 4.16 itself fails now and then under load on statements it took a thousand
times before: it crashes (signal 11 in a query thread, `GraphContext_MarkWriter`; about
one store run in ten on two busy cores), or deadlocks (its main thread and its index
garbage collector both wait for the module lock that no thread holds; the client then
waits for a reply forever). A server whose main thread has waited on a lock for
`_STUCK` seconds is stopped as crashed, and a test that fails while its own server
(`falkordb`) crashed runs once more on a new server, the first failure printed: a crash
that our statements cause comes back on the second run and fails the test.

The server itself (and the quirks of its Bolt listener) lives in `bench/bolt.py`, shared
with the push benchmark.
"""

from __future__ import annotations

import os
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import networkx as nx
import pytest
from _pytest.runner import runtestprotocol

from bench.bolt import USER, BoltServer, falkordb
from kg.store.names import name_rows

__all__ = ["GRAPH_NODES", "GRAPH_RELS", "PASSWORD", "USER", "BoltServer", "names"]

PASSWORD = "kg-test-secret"  # the server's requirepass: Bolt logins are checked against it

#: The logs of the servers a test was given by `falkordb`.
_LOGS = pytest.StashKey[list[Path]]()
_CRASH = "crashed by signal"
#: Seconds the server's main thread may wait on a lock before it counts as deadlocked.
_STUCK = 30


@contextmanager
def _serving(folder: Path) -> Iterator[BoltServer]:
    """A server in `folder`, stopped as crashed if it deadlocks (see the module doc)."""
    with falkordb(folder, PASSWORD) as server:
        log = folder / "server.log"
        found = re.search(r"pid=(\d+)", log.read_text(errors="replace"))
        stop = threading.Event()
        if found:
            threading.Thread(target=_watch, args=(int(found[1]), log, stop), daemon=True).start()
        try:
            yield server
        finally:
            stop.set()


def _watch(pid: int, log: Path, stop: threading.Event) -> None:
    """Kill the server once its main thread has waited on a lock for `_STUCK` seconds (a
    healthy one waits in its event loop, and takes the module lock only for moments)."""
    stuck = 0
    while not stop.wait(1):
        try:
            waiting = "futex" in Path(f"/proc/{pid}/task/{pid}/wchan").read_text()
        except OSError:
            return
        stuck = stuck + 1 if waiting else 0
        if stuck >= _STUCK:
            with log.open("a") as out:
                out.write(f"\n{_CRASH} SIGKILL from the tests: deadlocked for {_STUCK} s\n")
            os.kill(pid, signal.SIGKILL)
            return


def _serve(factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    with _serving(factory.mktemp("falkordb")) as server:
        yield server


@pytest.fixture(name="falkordb")
def falkordb_server(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[BoltServer]:
    """An empty server of the test's own."""
    folder = tmp_path_factory.mktemp("falkordb")
    request.node.stash.setdefault(_LOGS, []).append(folder / "server.log")
    with _serving(folder) as server:
        yield server


@pytest.fixture(scope="module")
def falkordb_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """A server shared by the tests of one module."""
    yield from _serve(tmp_path_factory)


def _crashed(item: pytest.Item) -> list[Path]:
    """The logs of the test's servers that say the server crashed."""
    logs = item.stash.get(_LOGS, [])
    return [log for log in logs if log.exists() and _CRASH in log.read_text(errors="replace")]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool | None:
    """Run a test that failed while its server crashed once more, on a new server."""
    if "falkordb" not in getattr(item, "fixturenames", ()):
        return None
    item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    item.stash[_LOGS] = []
    reports = runtestprotocol(item, nextitem=nextitem, log=False)
    crashed = _crashed(item)
    if crashed and any(report.failed for report in reports):
        failed = next(report for report in reports if report.failed)
        crash = getattr(failed.longrepr, "reprcrash", None)
        why = crash.message.splitlines()[0] if crash is not None else failed.when
        reporter = item.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                f"\n{item.nodeid}: FalkorDB crashed ({crashed[0]}); running the test again "
                f"on a new server (the first run failed: {why})"
            )
        item.stash[_LOGS] = []
        reports = runtestprotocol(item, nextitem=nextitem, log=False)
    for report in reports:
        item.ihook.pytest_runtest_logreport(report=report)
    item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True


#: Every node and every relationship of the graph in a store, without the name index
#: (`kg.store.names`).
GRAPH_NODES = "MATCH (n) WHERE n.label <> 'Name'"
GRAPH_RELS = "MATCH ()-[r]->() WHERE r.type <> 'NAMES'"


def names(graph: nx.MultiDiGraph) -> set[tuple[str, str]]:
    """The (name, node key) pairs of the name index of `graph`."""
    return {(text, key) for _, text, key in name_rows(graph.nodes(data=True))}
