"""The sample graph saved to a file, for the commands that read one."""

from pathlib import Path

import pytest

from kg.graph import save
from tests.kg_samples import sample_graph


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    save(sample_graph(), path)
    return path
