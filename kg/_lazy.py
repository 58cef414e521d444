"""A package's names imported from their modules on first use (PEP 562), so that importing
the package loads none of them.

>>> namespace: dict[str, object] = {}
>>> getattr_ = first_use("pkg", {"sqrt": "math"}, namespace)
>>> getattr_("sqrt")(4.0), "sqrt" in namespace
(2.0, True)
>>> getattr_("cos")
Traceback (most recent call last):
AttributeError: module 'pkg' has no attribute 'cos'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def first_use(
    package: str, homes: Mapping[str, str], namespace: dict[str, Any]
) -> Callable[[str], Any]:
    """The module `__getattr__` of `package`: a name of `homes` (name -> module) is imported
    from its module when first asked for, and kept in `namespace` (the package's globals)
    so later lookups never come back here."""

    def getattr_(name: str) -> Any:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(homes[name]), name)
        namespace[name] = value
        return value

    return getattr_
