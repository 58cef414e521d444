"""What a picture writes on a node: the Arabic name over the English one, kept short."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.lookup.records import display_name
from kg.schema import ENTITY_LABELS, Prop

#: Longer names are cut with "…"; the full name is one click or one lookup away.
MAX_CHARS = 40

_ENTITY_LABELS = frozenset(str(label) for label in ENTITY_LABELS)


def short(text: str) -> str:
    """`text` cut to `MAX_CHARS` characters."""
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"


def caption(attrs: Mapping[str, Any], key: str) -> str:
    """An entity's Arabic name over its English one; other nodes by their display name.

    >>> caption({"label": "Country", "name": "Kazakhstan", "name_ar": "كازاخستان"}, "k")
    'كازاخستان\\nKazakhstan'
    """
    name = display_name(dict(attrs), key)
    name_ar = attrs.get(Prop.NAME_AR)
    if name_ar and name_ar != name and attrs.get(Prop.LABEL) in _ENTITY_LABELS:
        return f"{short(str(name_ar))}\n{short(name)}"
    return short(name)
