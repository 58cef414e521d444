"""Arrow columns as Python lists, with as little Python work per value as can be.

What a reader of the graph tables (`kg.graph.tables`) spends its time on is making the
Python values of millions of cells. Everything here gathers them with numpy on arrays of
objects: a value that repeats (a label, a date, an article id, an evidence record) is
made once and then placed by a numpy `take`, and a column of lists is cut from one flat
array in a few whole-array steps, so that no Python bytecode runs per value. That is
half the interpreter's work of a list comprehension over the values, or less. numpy
is no dependency of its own: matplotlib requires it, and pyarrow's `to_numpy` is how
the tables were read before.

>>> strings(pa.array(["a", "b", "a", None]).dictionary_encode())
['a', 'b', 'a', None]
>>> lists(pa.array([[0, 1], None, [], [1]], pa.list_(pa.int32())), objects(["x", "y"]))
[['x', 'y'], None, [], ['y']]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

#: An array of Python objects (numpy's `object` dtype).
Objects = npt.NDArray[np.object_]


def objects(values: Sequence[Any]) -> Objects:
    """`values` as a one-dimensional array of objects: lists among them stay lists (numpy
    would make a list of lists a table of two dimensions).

    >>> objects([[1], [2]]).shape
    (2,)
    """
    return np.fromiter(values, dtype=object, count=len(values))


def ints(column: pa.ChunkedArray | pa.Array) -> list[Any]:
    """An integer column as Python ints (nulls as `None`): through numpy when it has no
    nulls, whose `tolist` makes them several times faster than Arrow's `to_pylist`.

    >>> ints(pa.array([1, 2], pa.int32())), ints(pa.array([1, None]))
    ([1, 2], [1, None])
    """
    values: list[Any] = column.to_pylist() if column.null_count else column.to_numpy().tolist()
    return values


def _chunks(column: pa.ChunkedArray | pa.Array) -> list[pa.Array]:
    return column.chunks if isinstance(column, pa.ChunkedArray) else [column]


def _indices(array: pa.Array, null: int) -> npt.NDArray[np.int64]:
    """The integers of `array` as numpy, a null as `null`."""
    if array.null_count:
        array = pc.fill_null(array, null)
    return np.asarray(array.to_numpy(zero_copy_only=False), dtype=np.int64)


def _words(dictionary: pa.Array, intern: bool = False) -> Objects:
    """The distinct strings of a dictionary, one `str` each, and `None` after them (what a
    null index is made to point at)."""
    words: list[Any] = dictionary.to_pylist()
    if intern:
        words = [w if w is None else sys.intern(w) for w in words]
    words.append(None)
    return objects(words)


def same(a: pa.Array, b: pa.Array) -> bool:
    """Whether two arrays are one in memory: the chunks of a column Parquet reads share
    its dictionary (each chunk's is the column's whole one).

    >>> words = pa.array(["a", "b"])
    >>> same(words, words.slice(0)), same(words, pa.array(["a", "b"]))
    (True, False)
    """
    where = [None if x is None else x.address for x in a.buffers()]
    return (
        a.offset == b.offset
        and len(a) == len(b)
        and where == [None if x is None else x.address for x in b.buffers()]
    )


def strings(column: pa.ChunkedArray | pa.Array) -> list[Any]:
    """A string column as Python values; a dictionary-encoded one makes each distinct
    string once (once for all chunks that share their dictionary), so equal values
    share one `str`."""
    out: list[Any] = []
    seen: tuple[pa.Array, Objects] | None = None
    for chunk in _chunks(column):
        if not pa.types.is_dictionary(chunk.type):
            out += chunk.to_pylist()
            continue
        if seen is None or not same(seen[0], chunk.dictionary):
            seen = chunk.dictionary, _words(chunk.dictionary)
        words = seen[1]
        out += words[_indices(chunk.indices, len(words) - 1)].tolist()
    return out


def lists(column: pa.ChunkedArray | pa.Array, items: Objects) -> list[Any]:
    """A column of lists of row numbers as Python lists (nulls as `None`) of the `items`
    they number: evidence row numbers as their records."""
    out: list[Any] = []
    for chunk in _chunks(column):
        values, offsets = _flat(chunk)
        if values.null_count:
            raise ValueError("not a kg graph folder: a list of row numbers holds a null")
        out += _cut(items[_indices(values, 0)], offsets, chunk)
    return out


def string_lists(column: pa.ChunkedArray | pa.Array) -> list[Any]:
    """A column of lists of strings as Python lists whose equal strings are one `str`
    (interned), as in the graph the builder makes: an article id is listed by every node
    and relationship it supports (660,000 items, 10,000 distinct ids, in a graph of 10k
    articles), and is made once instead of at each place."""
    out: list[Any] = []
    for chunk in _chunks(column):
        values, offsets = _flat(chunk)
        encoded = pc.dictionary_encode(values)
        words = _words(encoded.dictionary, intern=True)
        out += _cut(words[_indices(encoded.indices, len(words) - 1)], offsets, chunk)
    return out


def _flat(chunk: pa.Array) -> tuple[pa.Array, npt.NDArray[np.int64]]:
    """The items of a list `chunk` and where each row's start, from 0: the chunk's own
    items only (a chunk Parquet reads is a slice of the whole column, whose `values` are
    the items of every chunk: four times the work at 474k rows).

    >>> values, offsets = _flat(pa.array([[1], [2, 3], [4]]).slice(1, 1))
    >>> values.to_pylist(), offsets.tolist()
    ([2, 3], [0, 2])
    """
    offsets = np.asarray(chunk.offsets.to_numpy(), dtype=np.int64)
    first = int(offsets[0]) if len(offsets) else 0
    values = chunk.values.slice(first, int(offsets[-1]) - first if len(offsets) else 0)
    return values, offsets - first


def _cut(flat: Objects, offsets: npt.NDArray[np.int64], chunk: pa.Array) -> list[Any]:
    """The lists of a list `chunk` whose items are `flat`, row `i` from `offsets[i]` to
    `offsets[i + 1]`: the rows of the most common length in one step (a two-dimensional
    `take`), the others by slices.

    >>> chunk = pa.array([["a"], ["b", "c"], None, ["d"], ["e", "f"]])
    >>> _cut(objects("abcdef"), chunk.offsets.to_numpy().astype(np.int64), chunk)
    [['a'], ['b', 'c'], None, ['d'], ['e', 'f']]
    """
    lengths = np.diff(offsets)
    if not len(lengths):
        return []
    common = int(np.bincount(lengths).argmax())
    if len(flat):
        spans = offsets[:-1, None] + np.arange(common)
        out: list[Any] = flat[np.minimum(spans, len(flat) - 1)].tolist()
    else:
        out = [[] for _ in range(len(lengths))]
    odd = np.flatnonzero(lengths != common)
    if len(odd):
        items = flat.tolist()
        starts, ends = offsets[odd].tolist(), offsets[odd + 1].tolist()
        for i, a, b in zip(odd.tolist(), starts, ends, strict=True):
            out[i] = items[a:b]
    if chunk.null_count:
        for i in pc.indices_nonzero(chunk.is_null()).to_pylist():
            out[i] = None
    return out
