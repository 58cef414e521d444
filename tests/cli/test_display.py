"""JSON output: the fast encoder writes what json.dumps would, byte for byte."""

from __future__ import annotations

import json

import pytest

from kg.cli.display import emit_json
from kg.lookup.records import Record


class Sample(Record):
    name: str
    score: float
    items: tuple[str, ...] = ()


CASES = [
    Sample(name='كازاخستان \\ "q" \u2028 \x01', score=83.3, items=("a", "ب")),
    Sample(name="tiny", score=1e-7),
    Sample(name="big", score=1e16),
]


@pytest.mark.parametrize("value", [CASES, CASES[0], []])
def test_json_is_what_json_dumps_writes(
    value: Sample | list[Sample], capsys: pytest.CaptureFixture[str]
) -> None:
    emit_json(value)
    plain = (
        value.model_dump(mode="json")
        if isinstance(value, Sample)
        else [v.model_dump(mode="json") for v in value]
    )
    assert capsys.readouterr().out == json.dumps(plain, ensure_ascii=False, indent=2) + "\n"


def test_json_goes_to_a_text_stream_without_bytes_beneath_it() -> None:
    """Where stdout is a StringIO (a notebook, redirect_stdout), the JSON is written as text."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        emit_json(CASES)
    plain = [v.model_dump(mode="json") for v in CASES]
    assert out.getvalue() == json.dumps(plain, ensure_ascii=False, indent=2) + "\n"


def test_records_given_as_dicts_of_fields_and_models_print_as_the_models_would(
    capsys: pytest.CaptureFixture[str],
) -> None:
    emit_json([{"name": "x", "inner": CASES[0]}, {"name": "y", "inner": CASES[1]}])
    plain = [
        {"name": n, "inner": c.model_dump(mode="json")}
        for n, c in zip("xy", CASES[:2], strict=True)
    ]
    assert capsys.readouterr().out == json.dumps(plain, ensure_ascii=False, indent=2) + "\n"
