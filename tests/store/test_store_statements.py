"""Cutting a push into statements bounded by bytes: nothing lost, nothing over the budget."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kg.graph import build
from kg.store.rows import node_rows, rel_rows
from kg.store.statements import Statement, escape, node_statements, pieces, rel_statements
from tests.graph.articles import first, second


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            i += 1
        out.append(text[i])
        i += 1
    return "".join(out)


def _apply(statements: list[Statement], escaped: bool) -> dict[str, dict[str, Any]]:
    """What a server holds after the statements: properties by key (merges, then appends)."""
    held: dict[str, dict[str, Any]] = {}
    plain = _unescape if escaped else (lambda s: s)
    for s in statements:
        for row in s.rows:
            key = plain(row["key"])
            if "props" in row:
                props = {p: plain(v) if isinstance(v, str) else v for p, v in row["props"].items()}
                held.setdefault(key, {}).update(props)
            else:
                prop = s.query.split("SET ", 1)[1].split(" =")[0].split(".")[1].strip("`")
                held[key][prop] = held[key].get(prop, "") + plain(row["piece"])
    return held


def _hub_graph() -> Any:
    g = build([first(), second()])
    hub = "Country:Q227"
    record = {"article": "a1", "sentence": 0, "start": 0, "end": 3, "text": "ن'ص\\ " * 40}
    g.nodes[hub]["evidence"] = [dict(record, sentence=i) for i in range(300)]  # ~70 KB
    g.nodes[hub]["name"] = "N'Djamena \\ end"
    return g


@pytest.mark.parametrize("escaped", [False, True])
def test_every_statement_fits_and_the_server_ends_with_every_value(escaped: bool) -> None:
    g = _hub_graph()
    statements = list(node_statements(node_rows(g), 3000, 5000, escaped))
    statements += list(rel_statements(rel_rows(g), 3000, 5000, escaped))
    assert max(s.cost() for s in statements) <= 3000
    assert sum(s.items for s in statements) == g.number_of_nodes() + g.number_of_edges()
    held = _apply([s for s in statements if "MERGE (n:" in s.query or "(n:" in s.query], escaped)
    hub = held["Country:Q227"]
    assert json.loads(hub["evidence"]) == g.nodes["Country:Q227"]["evidence"]
    assert hub["name"] == "N'Djamena \\ end"
    appends = [s for s in statements if "piece" in s.query]
    assert len(appends) > 20  # the hub's evidence went in many small appends
    if escaped:
        assert all("'" not in _unescaped_quotes(s) for s in statements)


def _unescaped_quotes(statement: Statement) -> str:
    """The parameters with escaped apostrophes removed: what is left must hold none."""
    return json.dumps(statement.rows, ensure_ascii=False).replace("\\\\'", "")


@given(st.text(min_size=0, max_size=400), st.integers(min_value=16, max_value=200))
@example("E\x0e㕿,\x1aø\x04\U0007d985", 16)  # escapes cost more than the budget left
def test_pieces_join_back_and_fit(text: str, limit: int) -> None:
    for escaped in (False, True):
        parts = pieces(text, limit, escaped)
        assert "".join(parts) == text
        for part in parts:
            sent = escape(part) if escaped else part
            assert len(json.dumps(sent, ensure_ascii=False).encode()) <= limit


def test_a_row_that_cannot_fit_is_refused() -> None:
    g = build([first()])
    with pytest.raises(ValueError, match=r"alone exceeds|too small"):
        list(node_statements(node_rows(g), 200))
