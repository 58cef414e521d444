"""Named tuples built from the tuple of their fields, in one C call.

`Cls(a, b)` on a `typing.NamedTuple` runs the Python `__new__` the class is given: a frame
per record. The stages build dozens of records an article on their hot paths (heads, stated
relations, frame slots), so they build them with `tuple.__new__` instead, through `maker`.

>>> from typing import NamedTuple
>>> class Point(NamedTuple):
...     x: int
...     y: int
>>> new_point = maker(Point)
>>> new_point((1, 2)) == Point(1, 2), type(new_point((1, 2))) is Point
(True, True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, TypeVar, cast

Record = TypeVar("Record", bound=tuple[Any, ...])


def maker(cls: type[Record]) -> Callable[[Iterable[Any]], Record]:
    """A builder of `cls` (a named tuple) from the tuple of its fields, without its `__new__`."""
    return cast(Callable[[Iterable[Any]], Record], partial(tuple.__new__, cls))
