"""The store rows of a graph, made column by column from its tables (`kg.graph.tables`).

What `kg.store.rows` makes value by value from the networkx graph — a string, a number,
or a list as JSON text, an empty string as null — made here with Arrow's compute
functions on whole columns of the tables a save has just written: no Python value per
property. An evidence list is the JSON of each of its records (made once per distinct
record, `record_texts`) joined; a list of strings is each string as a JSON literal,
joined. The text is the same, character for character, as `StoreValues` makes.

Only a graph whose values all fit the typed columns (no row has `extra`) is made this
way; `fits` tells, and `kg.store.bulk` makes the rows of any other from the graph.

>>> import pyarrow as pa
>>> json_strings(pa.array(['a', 'say "hi"', None])).to_pylist()
['"a"', '"say \\\\"hi\\\\""', None]
>>> json_lists(pa.array([["a", "b"], [], None], pa.list_(pa.string()))).to_pylist()
['["a", "b"]', '[]', None]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate
from json.encoder import encode_basestring  # what `json.dumps(ensure_ascii=False)` calls

import pyarrow as pa
import pyarrow.compute as pc

_STRING = pa.string()
#: The characters a JSON string literal escapes (`json.encoder.ESCAPE`).
_ESCAPED = r'[\x00-\x1f"\\]'


def strings(column: pa.Array) -> pa.Array:
    """A string column (dictionary-encoded or not) as plain strings, an empty one as null
    (as `kg.store.bulk` writes them: the engine reads an empty string as null)."""
    if not pa.types.is_string(column.type):
        column = column.cast(_STRING)
    return pc.if_else(pc.equal(column, ""), pa.scalar(None, _STRING), column)


def json_strings(column: pa.Array) -> pa.Array:
    """Each string as a JSON literal (`encode_basestring`): quoted, and the few with a
    quote, a backslash or a control character escaped in Python."""
    if not pa.types.is_string(column.type):
        column = column.cast(_STRING)
    quoted = pc.binary_join_element_wise('"', column, '"', "")
    odd = pc.fill_null(pc.match_substring_regex(column, _ESCAPED), False)
    if not pc.any(odd).as_py():
        return quoted
    escaped = [encode_basestring(s) for s in column.filter(odd).to_pylist()]
    return pc.replace_with_mask(quoted, odd, pa.array(escaped, _STRING))


def _joined(items: pa.Array, lists: pa.ListArray) -> pa.Array:
    """`"[" + ", ".join(items of each list) + "]"`: `items` are the lists' flat values,
    already as JSON text; a null list stays null."""
    offsets = lists.offsets
    offsets = pc.subtract(offsets, offsets[0])
    mask = lists.is_null() if lists.null_count else None
    parts = pa.ListArray.from_arrays(offsets, items, mask=mask)
    return pc.binary_join_element_wise("[", pc.binary_join(parts, ", "), "]", "")


def json_lists(column: pa.ListArray) -> pa.Array:
    """Each list of strings as its JSON text (`json.dumps(value, ensure_ascii=False)`)."""
    return _joined(json_strings(pc.list_flatten(column)), column)


def json_evidence(column: pa.ListArray, texts: pa.Array) -> pa.Array:
    """Each list of evidence row numbers as the JSON text of the list of those records,
    `texts` being each record's JSON (`record_texts`)."""
    return _joined(pc.take(texts, pc.list_flatten(column)), column)


def record_texts(evidence: pa.Table) -> pa.Array:
    """The JSON text of each record of an evidence table (`kg.graph.tables`), with the
    separators of `json.dumps`: built from the typed columns, or the record whole."""
    column = {name: evidence.column(name).combine_chunks() for name in evidence.column_names}
    numbers = {n: column[n].cast(_STRING) for n in ("sentence", "start", "end")}
    typed = pc.binary_join_element_wise(
        '{"article": ',
        json_strings(column["article"]),
        ', "sentence": ',
        numbers["sentence"],
        ', "start": ',
        numbers["start"],
        ', "end": ',
        numbers["end"],
        ', "text": ',
        json_strings(column["text"]),
        "}",
        "",
    )
    return pc.coalesce(column["record"], typed)


def sizes(evidence: pa.ListArray, texts: pa.Array, articles: pa.ListArray) -> list[int]:
    """About how many bytes of text each row's store values hold: its evidence's JSON, and
    its articles (what grows with a graph; the other values are a few words)."""
    lengths = pc.take(pc.binary_length(texts), pc.list_flatten(evidence))
    total = pc.cumulative_sum(
        pa.concat_arrays([pa.array([0], pa.int64()), lengths.cast(pa.int64())])
    )
    offsets = evidence.offsets
    ends = pc.take(total, pc.subtract(offsets, offsets[0]))
    each = pc.pairwise_diff(ends).to_pylist()[1:]
    counts = pc.fill_null(pc.list_value_length(articles), 0).to_pylist()
    return [64 + (e or 0) + 24 * c for e, c in zip(each, counts, strict=True)]


def slices(row_sizes: list[int], most: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive rows holding about `most` bytes each (a row bigger than
    that alone).

    >>> list(slices([5, 5, 5, 20, 1], 10))
    [(0, 2), (2, 4), (4, 5)]
    """
    total = list(accumulate(row_sizes))
    start = 0
    while start < len(total):
        before = total[start - 1] if start else 0
        end = min(bisect_left(total, before + most, lo=start) + 1, len(total))
        yield start, end
        start = end
