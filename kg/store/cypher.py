"""Cypher text before and after the engine: the parameters a query needs, and what to say
when a Neo4j-only spelling fails on the embedded engine.

Pure functions over the query string; the engines live in `embedded` and `neo4j`.

>>> parameters_of("MATCH (c) WHERE c.name = $country AND c.x <> '$not' RETURN c // $nor")
['country']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kg.store.embedded import Embedded, QueryError, Result

# Strings and comments first, so a `$` inside them is not a parameter.
_TOKENS = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|//[^\n]*|/\*.*?\*/|\$`([^`]+)`|\$([A-Za-z_]\w*)""",
    re.DOTALL,
)

#: Neo4j spellings the embedded engine (LadybugDB) lacks, and how to write them there.
NEO4J_ONLY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\btype\s*\(", re.IGNORECASE), "write label(r) instead of type(r)"),
    (
        re.compile(r"\b(?:all)?shortestPath\s*\(", re.IGNORECASE),
        "write MATCH p = (a)-[* SHORTEST 1..6]-(b) instead of shortestPath(…)",
    ),
    (re.compile(r"\belementId\s*\(", re.IGNORECASE), "use the `key` property instead of elementId"),
)


def parameters_of(query: str) -> list[str]:
    """The `$name` parameters `query` uses, each once, in order of first use."""
    names: dict[str, None] = {}
    for m in _TOKENS.finditer(query):
        name = m.group(1) or m.group(2)
        if name:
            names[name] = None
    return list(names)


def missing_parameters(query: str, given: Mapping[str, Any]) -> list[str]:
    """The parameters `query` uses that `given` has no value for.

    >>> missing_parameters("RETURN $a, $b", {"a": 1})
    ['b']
    """
    return [name for name in parameters_of(query) if name not in given]


def embedded_hint(query: str) -> str | None:
    """How to write a Neo4j-only function of `query` for the embedded engine, if it has one.

    >>> embedded_hint("MATCH ()-[r]->() RETURN type(r)")
    'the embedded engine has no such function: write label(r) instead of type(r)'
    """
    bare = _TOKENS.sub(lambda m: "" if m.group(0)[:1] in "'\"/" else m.group(0), query)
    hints = [hint for pattern, hint in NEO4J_ONLY if pattern.search(bare)]
    return f"the embedded engine has no such function: {'; '.join(hints)}" if hints else None


def plain_value(value: Any) -> Any:
    """An engine value without the engine's internals: nodes and relationships lose
    `_ID`, `_LABEL`, `_SRC`, `_DST` (their `key` and `label` properties say the same).

    >>> plain_value({"_ID": {"offset": 0}, "_LABEL": "Country", "key": "Country:Q1"})
    {'key': 'Country:Q1'}
    """
    if isinstance(value, dict):
        return {k: plain_value(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, list):
        return [plain_value(v) for v in value]
    return value


def run(db: Embedded, query: str, parameters: Mapping[str, Any]) -> Result:
    """Run `query` on the embedded engine the way users need it run: a parameter the query
    uses but `parameters` lacks is an error (not an empty result); a failure names the
    embedded spelling of a Neo4j-only function; values come back without engine internals.

    Raises `QueryError` with a one-line reason.
    """
    missing = missing_parameters(query, parameters)
    if missing:
        names = ", ".join(f"${name}" for name in missing)
        example = " ".join(f"--param {name}=…" for name in missing)
        raise QueryError(f"the query needs {names} and got no value for it ({example})")
    try:
        result = db.run(query, parameters)
    except QueryError as e:
        hint = embedded_hint(query)
        raise QueryError(f"{e} ({hint})" if hint else str(e)) from e
    return Result(result.columns, [[plain_value(v) for v in row] for row in result.rows])
