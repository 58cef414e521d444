"""Printing lookups: rich tables for people, JSON for scripts, Arabic readable in both.

Rich writes text in logical order, as stored. Terminals that implement the Unicode
bidirectional algorithm and Arabic shaping (GNOME Terminal/VTE, Konsole, macOS Terminal)
then show it correctly, and reordering it ourselves would reverse it twice there. Terminals
that do neither (VS Code, Windows Terminal, xterm, tmux panes) show letters unjoined and
words backwards; for those, `--bidi` (or `KG_BIDI=1`) reshapes Arabic (arabic-reshaper)
and puts each line in visual order (python-bidi's `get_display`). Only the table view is
ever reordered: JSON and other machine output keep the stored text.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

import pydantic_core
from pydantic import BaseModel
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.text import Text

#: 1e-7, a float pydantic-core spells unlike json. The pattern opens with its literal part
#: and looks back for the digit: the engine then skips to each "e-" instead of testing every
#: character (a 15 MB answer: 0.16 -> 0.015 s).
_EXPONENT = re.compile(rb"e-(?<=\de-)\d")
_RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
#: Width lines are wrapped to before reordering when the caller names none: a longer line
#: would be wrapped by the table after reordering, its last words on the first line.
WRAP = 40


class Format(StrEnum):
    """How a lookup prints: rich tables for people, JSON for scripts."""

    TABLE = "table"
    JSON = "json"


class Bidi:
    """Turns stored (logical-order) text into what the terminal should be sent."""

    def __init__(self, visual: bool) -> None:
        self.visual = visual

    def __call__(self, text: str | None, width: int | None = None) -> str:
        """`text` for display; wrapped to `width` first when reordering, since a line
        broken after reordering would put the end of a sentence on its first line."""
        if not text:
            return ""
        if not self.visual or not _RTL.search(text):
            return text
        return "\n".join(_visual_lines(text, width or WRAP))

    def block(self, text: str, after: str = "") -> RenderableType:
        """A table cell of `text` (a sentence, a list of spellings) then the plain line
        `after`: when reordering, `text` is wrapped to the width the table gives the cell
        and only then put in visual order, so whatever the terminal's width, the sentence
        still starts on the first line.

        >>> console = Console(width=16)
        >>> with console.capture() as shown:
        ...     console.print(Bidi(True).block("الأولى كلمة كلمة الأخيرة", "(a1)"))
        >>> shown.get().splitlines()  # the first word ends the first line (read right to left)
        ['ﺔﻤﻠﻛ ﺔﻤﻠﻛ ﻰﻟﻭﻷﺍ', 'ﺓﺮﻴﺧﻷﺍ', '(a1)']
        """
        if not self.visual or not _RTL.search(text):
            return "\n".join(x for x in (text, after) if x)
        return _Visual(text, after)


def _visual_lines(text: str, width: int) -> list[str]:
    """`text` wrapped to `width` in logical order, then each line reshaped and reordered."""
    import arabic_reshaper  # only for --bidi: its tables take a while to load
    from bidi import get_display

    lines = [w for line in text.splitlines() for w in textwrap.wrap(line, max(width, 1))]
    return [get_display(arabic_reshaper.reshape(line)) for line in lines]


class _Visual:
    """Logical-order text that rich wraps before it is reordered (`Bidi.block`)."""

    def __init__(self, text: str, after: str) -> None:
        self.text, self.after = text, after

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        words = [w for line in (self.text, self.after) for w in line.split()]
        longest = max(len(line) for line in (*self.text.splitlines(), self.after))
        return Measurement(max((len(w) for w in words), default=1), max(longest, 1))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in _visual_lines(self.text, options.max_width):
            yield Text(line)
        if self.after:
            yield Text(self.after)


def emit_json(value: BaseModel | Sequence[BaseModel | Mapping[str, Any]]) -> None:
    """Print `value` as indented JSON on stdout, Arabic as is.

    The text is what `json.dumps(…, ensure_ascii=False, indent=2)` writes of the models'
    `model_dump(mode="json")` (records given as dicts of fields and models: of
    `to_jsonable_python`), written by pydantic-core's encoder straight from the models
    (several times faster on a big answer: 11,000 neighbours of a hub). The one spelling
    the two encoders differ in, a float in exponent form (1e-7 for 1e-07), sends the text
    to `json` instead.
    """
    text = pydantic_core.to_json(value, indent=2)
    if _EXPONENT.search(text):
        plain = pydantic_core.to_jsonable_python(value)
        text = json.dumps(plain, ensure_ascii=False, indent=2).encode()
    _write(text)


def _write(text: bytes) -> None:
    """UTF-8 JSON `text` and a newline on stdout."""
    raw = getattr(sys.stdout, "buffer", None)
    if raw is None:  # a text stream with no bytes beneath it (a StringIO): text then
        sys.stdout.write(text.decode() + "\n")
        return
    sys.stdout.flush()
    raw.write(text + b"\n")  # UTF-8 as is, not decoded and encoded again
    raw.flush()


def emit_records(records: Sequence[Mapping[str, Any]], models: tuple[type[BaseModel], ...]) -> None:
    """`emit_json(records)`, written by orjson (2.5x faster on a hub's 24 MB of
    neighbours): `records` are plain dicts whose values are JSON values or instances of
    `models`, models serialized as their fields (none excluded, renamed or computed:
    `kg.lookup.records.Ref`, `Link`, `kg.models.Evidence`) — what pydantic writes of them,
    byte for byte, escapes and indentation alike. A value orjson does not write as pydantic
    does (another model, an int past 64 bits) sends the records to `emit_json`."""
    import orjson

    def fields(value: object) -> dict[str, Any]:
        if type(value) not in models:
            raise TypeError(type(value).__name__)
        return vars(value)

    try:
        text = orjson.dumps(records, default=fields, option=orjson.OPT_INDENT_2)
    except TypeError:  # orjson.JSONEncodeError too
        emit_json(records)
        return
    _write(text)
