"""Cue patterns are matched against folded text: regexes must be written folded, and the
cue finder folds its phrases itself."""

import re
from types import ModuleType

import pytest

from kg.extraction import (
    documents,
    events,
    named_projects,
    people,
    phrases,
    projects,
    quantities,
    state_bodies,
    topics,
)
from kg.extraction.cues import CueFinder
from kg.extraction.relations import events as event_rules
from kg.extraction.relations import offices, places, signing
from kg.text.normalize import fold


@pytest.mark.parametrize(
    "module",
    [
        *(events, people, phrases, projects, quantities, topics, event_rules, offices),
        *(places, signing, documents, named_projects, state_bodies),
    ],
)
def test_cue_patterns_are_folded(module: ModuleType) -> None:
    patterns = [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert patterns
    for p in patterns:
        assert fold(p.pattern) == p.pattern, f"{module.__name__}: {p.pattern!r} is not folded"


FINDER = CueFinder({"meet": ("التقى", " مع "), "sign": ("وقّع", "توقيع")})


def test_every_kind_is_found_in_one_pass_with_spelling_folded() -> None:
    text = "والتقى الوزير نظيره. ووقع الجانبان اتفاقية."
    cues = FINDER.find(fold(text))
    assert cues.has("meet", 0, 20)
    assert not cues.has("sign", 0, 20)
    assert cues.has("sign", 20, len(text))
    assert not cues.has("meet", 20, len(text))


def test_a_cue_written_with_a_leading_space_must_start_a_word() -> None:
    text = fold("اجتمع مع الوفد. جامع الوفد")
    cues = FINDER.find(text)
    assert cues.first("meet", 0, 15) == (6, 9)
    assert not cues.has("meet", 15, len(text))  # "جامع " ends like "مع " but does not start it
    assert cues.first("meet", 6, 15) == (6, 9)  # the start of the range starts a word


def test_first_is_the_leftmost_inside_the_range() -> None:
    text = fold("توقيع ثم وقع ثم توقيع")
    cues = FINDER.find(text)
    assert cues.first("sign", 0, len(text)) == (0, 5)
    assert cues.first("sign", 1, len(text)) == (9, 12)
    assert cues.first("sign", 1, 11) is None  # a cue must end inside the range too


def test_last_is_the_one_that_starts_last_inside_the_range() -> None:
    text = fold("توقيع ثم وقع ثم توقيع")
    cues = FINDER.find(text)
    assert cues.last("sign", 0, len(text)) == (16, 21)
    assert cues.last("sign", 0, 15) == (9, 12)
    assert cues.last("sign", 10, 15) is None
