"""Every cue pattern is matched against folded text, so it must be written folded."""

import re
from types import ModuleType

import pytest

from kg.extract import events, people, phrases, projects, quantities, relations, topics
from kg.text.normalize import fold


@pytest.mark.parametrize(
    "module", [events, people, phrases, projects, quantities, relations, topics]
)
def test_cue_patterns_are_folded(module: ModuleType) -> None:
    patterns = [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert patterns
    for p in patterns:
        assert fold(p.pattern) == p.pattern, f"{module.__name__}: {p.pattern!r} is not folded"
