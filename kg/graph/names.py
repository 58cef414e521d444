"""When two names from different articles name one thing.

News spells one minister two ways ("مصطفاييف" / "مصطفايف") and romanizes an unknown name
differently each time, so exact string equality under-merges. Blind fuzzy matching
over-merges instead (two ministers of one country share many letters). Names compare after
folding (hamza, ta marbuta, harakat, case, punctuation), and only people get a spelling
tolerance: the one rule the extractor uses too, `kg.text.person_names.same_person`, here
without its in-article reading of a lone surname.

>>> name_key("Ilham  Aliyev.")
'ilham aliyev'
>>> same_person("شاهين مصطفاييف", "شاهين مصطفايف")
True
>>> same_person("شاهين مصطفاييف", "علي مصطفاييف")
False
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.text.normalize import fold
from kg.text.person_names import MAX_EDITS, person_key, same_person_keys

__all__ = ["MAX_EDITS", "close_keys", "name_key", "person_key", "same_person"]

_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 17)  # a merge keys every name of a node each time it grows
def name_key(name: str) -> str:
    """The form two names are compared in: folded, punctuation dropped, spaces collapsed."""
    return " ".join(_NOT_WORD.sub(" ", fold(name)).split())


def same_person(a: str, b: str) -> bool:
    """True when two Arabic person names from different articles name one person."""
    return same_person_keys(person_key(a), person_key(b))


def close_keys(a: str, b: str) -> bool:
    """`same_person` on names already passed through `person_key` (for tight loops)."""
    return same_person_keys(a, b)
