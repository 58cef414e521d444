"""Stats counted on the saved tables equal those of the loaded graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph import build, load, save
from kg.lookup.census import stats_of_tables
from kg.lookup.summary import stats
from tests.graph.articles import first, second


@pytest.mark.parametrize("top", [1, 3, 10])
def test_stats_of_the_tables_equal_the_graphs(tmp_path: Path, top: int) -> None:
    save(build([first(), second()]), tmp_path / "g.graph")
    expected = stats(load(tmp_path / "g.graph"), top=top)
    assert stats_of_tables(tmp_path / "g.graph", top=top) == expected
    assert expected.top and expected.articles  # the comparison covers rankings
