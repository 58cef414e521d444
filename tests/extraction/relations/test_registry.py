"""The registry: every predicate has a rule and an example, every rule an example."""

import importlib
from pathlib import Path

from kg.extraction.relations import FRAME_RULES, RULES
from kg.schema import PREDICATES, RelType
from tests.extraction.relations.cases import Case

PLUMBING = {RelType.MENTIONED_IN, RelType.MEASURES}
HERE = Path(__file__).parent


def examples() -> list[tuple[RelType, Case]]:
    out = []
    for path in sorted(HERE.glob("test_*.py")):
        if path.stem == "test_registry":
            continue
        module = importlib.import_module(f"tests.extraction.relations.{path.stem}")
        type_ = RelType(path.stem.removeprefix("test_").upper())
        out += [(type_, c) for c in module.CASES]
    return out


def test_every_predicate_has_a_rule_and_an_example() -> None:
    ruled = {r.predicate for r in RULES} | {r.predicate for r in FRAME_RULES}
    shown = {t for t, c in examples() if c.pairs}
    for type_ in PREDICATES:
        if type_ not in PLUMBING:
            assert type_ in ruled, f"no rule states {type_}"
            assert type_ in shown, f"no example of {type_}"


def test_every_rule_has_an_example_of_its_own_predicate() -> None:
    shown = {(t, c.rule) for t, c in examples() if c.pairs}
    for r in [*RULES, *FRAME_RULES]:
        assert (r.predicate, r.id) in shown, f"rule {r.id} has no example"


def test_rules_have_unique_ids_and_docstrings() -> None:
    rules = [*RULES, *FRAME_RULES]
    assert len({r.id for r in rules}) == len(rules)
    assert all(r.doc for r in rules)
