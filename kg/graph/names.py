"""When two names from different articles name one thing.

News spells one minister two ways ("مصطفاييف" / "مصطفايف") and romanizes an unknown name
differently each time, so exact string equality under-merges. Blind fuzzy matching
over-merges instead (two ministers of one country share many letters). The rules here are
deliberately narrow: names compare after folding (hamza, ta marbuta, harakat, case,
punctuation), and only people get a spelling tolerance — at most `MAX_EDITS` edits on the
whole folded Arabic name, when both names have at least two words and the same first
name, so a one-word name or a different given name never merges by similarity.

>>> name_key("Ilham  Aliyev.")
'ilham aliyev'
>>> same_person("شاهين مصطفاييف", "شاهين مصطفايف")
True
>>> same_person("شاهين مصطفاييف", "علي مصطفاييف")
False
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from kg.text.normalize import fold

#: Largest edit distance between two folded spellings of one person's Arabic name.
MAX_EDITS = 2

_NOT_WORD = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """The form two names are compared in: folded, punctuation dropped, spaces collapsed."""
    return " ".join(_NOT_WORD.sub(" ", fold(name)).split())


def same_person(a: str, b: str) -> bool:
    """True when two Arabic person names are spelling variants of one name (module rule)."""
    return close_keys(name_key(a), name_key(b))


def close_keys(a: str, b: str) -> bool:
    """`same_person` on names already passed through `name_key` (for tight loops)."""
    words_a, words_b = a.split(" ", 1), b.split(" ", 1)
    if len(words_a) < 2 or len(words_b) < 2 or words_a[0] != words_b[0]:
        return False
    return Levenshtein.distance(a, b, score_cutoff=MAX_EDITS) <= MAX_EDITS
