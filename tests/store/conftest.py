"""Real Bolt servers for the store tests: FalkorDB on free loopback ports.

FalkorDB 4.16's Bolt listener serves one graph whatever database name a client asks for,
so tests cannot share a server and stay independent of their order. A server starts in
about 0.1 s, hence one per test (`falkordb`), or one per module for a module that loads a
graph once and only reads it (`falkordb_module`). Either has answered a real Bolt query
before the first test uses it.

The server itself (and the quirks of its Bolt listener) lives in `bench/bolt.py`, shared
with the push benchmark.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bench.bolt import USER, BoltServer, falkordb

__all__ = ["PASSWORD", "USER", "BoltServer"]

PASSWORD = "kg-test-secret"  # the server's requirepass: Bolt logins are checked against it


def _serve(factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    with falkordb(factory.mktemp("falkordb"), PASSWORD) as server:
        yield server


@pytest.fixture(name="falkordb")
def falkordb_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """An empty server of the test's own."""
    yield from _serve(tmp_path_factory)


@pytest.fixture(scope="module")
def falkordb_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """A server shared by the tests of one module."""
    yield from _serve(tmp_path_factory)
