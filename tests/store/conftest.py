"""A real Bolt server for the store tests: FalkorDB on free loopback ports, one per session.

The server itself (and the quirks of its Bolt listener) lives in `bench/bolt.py`, shared
with the push benchmark.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bench.bolt import USER, BoltServer, falkordb

__all__ = ["PASSWORD", "USER", "BoltServer"]

PASSWORD = "kg-test-secret"  # the server's requirepass: Bolt logins are checked against it


@pytest.fixture(scope="session", name="falkordb")
def falkordb_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    with falkordb(tmp_path_factory.mktemp("falkordb"), PASSWORD) as server:
        yield server
