import networkx as nx
import pytest

from tests.kg_samples import sample_graph


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return sample_graph()
