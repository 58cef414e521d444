"""JSON output: the fast encoder writes what json.dumps would, byte for byte."""

from __future__ import annotations

import json

import pytest

from kg.cli.display import emit_json, emit_records
from kg.lookup.records import Link, Record, Ref
from kg.models import Evidence


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


ODD = 'كازاخستان \\ "q" \u2028 \x01 \x7f \U0001f600'
KZ = Ref(key="Country:kz", label="Country", name=ODD, name_ar="كازاخستان")
AZ = Ref(key="Country:az", label="Country", name="Azerbaijan")
SAID = Evidence(article="a1", sentence=3, start=300, end=310, text=ODD)
MET = Link(source=KZ, type="MET_WITH", target=AZ, evidence=(SAID,), articles=("a1",), support=1)
NEIGHBOURS = [
    {**AZ.model_dump(), "hops": 1, "via": KZ, "links": [MET]},
    {**KZ.model_dump(), "hops": 2, "via": AZ, "links": []},
]


@pytest.mark.parametrize(
    "records",
    [
        NEIGHBOURS,
        [],
        [*NEIGHBOURS, {"other": CASES[0]}],  # a model not named: written by emit_json
        [*NEIGHBOURS, {"hops": 2**70}],  # an int past 64 bits: the same
    ],
)
def test_records_of_the_named_models_print_as_emit_json_prints_them(
    records: list[dict[str, object]], capsys: pytest.CaptureFixture[str]
) -> None:
    emit_json(records)
    expected = capsys.readouterr().out
    emit_records(records, (Ref, Link, Evidence))
    assert capsys.readouterr().out == expected
    assert json.loads(expected) == json.loads(json.dumps(records, default=vars))
