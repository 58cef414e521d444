"""Folding Arabic text to a matching key, with a map back to the original offsets.

Arabic news spells one word many ways: with or without hamza on alef, ة or ه, harakat,
tatweel, bidi marks, Arabic-Indic or ASCII digits. Every matcher in the package works on
the folded text, and reports spans in the original through `Folded.span`, so a mention
always points at the exact characters the article used. The letter rules are those of the
evaluation's `norm_ar`, plus Persian ی and ک read as ي and ك.

>>> fold("إلى المملكةِ ٢٠٢٤")
'الي المملكه 2024'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_PERSIAN = {"ی": "ي", "ک": "ك"}  # Persian keyboards type these for Arabic ي and ك
_DIGITS = {chr(base + d): str(d) for base in (0x0660, 0x06F0) for d in range(10)}
_SIGNS = {"٫": ".", "٬": ",", "٪": "%"}
_QUOTES = dict.fromkeys("«»“”„‟‹›‘’‚‛❝❞〝〞〟", '"')
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58", "-")
_SINGLE = _LETTERS | _PERSIAN | _DIGITS | _SIGNS | _QUOTES | _DASHES
_TATWEEL = "\u0640"


def _dropped(ch: str) -> bool:
    """Tatweel, format characters (ZWJ, ZWNJ, LRM, RLM, ALM, other bidi controls) and
    Arabic combining marks (harakat, superscript alef, hamza and madda marks)."""
    category = unicodedata.category(ch)
    return (
        ch == _TATWEEL
        or category == "Cf"
        or (category == "Mn" and unicodedata.name(ch, "").startswith("ARABIC"))
    )


def _fold_char(ch: str) -> str:
    """The folded image of one original character (possibly empty or several characters)."""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        c = _SINGLE.get(c, c)
        if not _dropped(c):
            out.append(c.casefold())
    return "".join(out)


class _FoldTable(dict[int, str]):
    """`str.translate` table filled on first sight of each character, then pure C lookups.

    `odd` collects the characters seen so far whose image is not one character (dropped
    marks, ligatures): only they move offsets. `same` collects those that fold to
    themselves: most of a text, which an article's fold then passes over (`_fold_text`).
    """

    def __init__(self) -> None:
        super().__init__()
        self.odd = ""  # set here, not as class attributes: mypyc compiles this module
        self.same = ""

    def __missing__(self, code: int) -> str:
        image = self[code] = _fold_char(chr(code))
        if len(image) != 1:
            self.odd += chr(code)
        elif image == chr(code):
            self.same += chr(code)
        return image


_FOLD = _FoldTable()
_MAX_SAME = 1000  # Arabic, Latin, digits and marks are a few hundred characters
# The letters Arabic news folds most (ة أ ى إ ئ: four in five of the characters an article
# changes, some fifty an article): `_fold_text` replaces them by `str.replace`, a C loop,
# instead of a Python call each from the regex.
_FREQUENT = "ةأىإئ"


@lru_cache(maxsize=8)
def _odd_pattern(odd: str) -> re.Pattern[str]:
    """A character class of `odd` (matching nothing when it is empty)."""
    return re.compile(f"[{re.escape(odd)}]" if odd else "(?!)")


@lru_cache(maxsize=8)
def _other_pattern(same: str) -> re.Pattern[str]:
    """A character that is not in `same` (any character when it is empty)."""
    return re.compile(f"[^{re.escape(same)}]" if same else "(?s).")


def _image(m: re.Match[str]) -> str:
    return _FOLD[ord(m.group())]


def _fold_text(text: str) -> str:
    """`fold(text)` for an article: a regex skips the characters known to fold to themselves
    and the table is asked only for the others (a twentieth of Arabic news), twice as fast
    as `str.translate` asking it for every character; new characters join the table alike.
    Once the process has met many scripts the class costs more to compile than it saves:
    then `str.translate`. Each character folds on its own, so the most frequent ones can be
    replaced first (`_FREQUENT`), each by its image from the table."""
    same = _FOLD.same
    if len(same) > _MAX_SAME:
        return text.translate(_FOLD)
    for ch in _FREQUENT:
        text = text.replace(ch, _FOLD[ord(ch)])
    return _other_pattern(same).sub(_image, text)


@dataclass(frozen=True)
class Folded:
    """Folded text plus, for each folded character, its index in the original string.

    `offsets` has one more entry than `text`: `offsets[len(text)] == len(original)`. When
    every character folds to one, it is a `range` and costs nothing to build.
    """

    text: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering folded `text[start:end]` (the last character fully)."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def fold(text: str) -> str:
    """The matching key of `text` (see the module docstring for the rules)."""
    return text.translate(_FOLD)


def fold_with_offsets(text: str) -> Folded:
    """`fold(text)` with the offsets back into `text`: one translate, and a Python step only
    at each character that folds to none or several.

    >>> f = fold_with_offsets("مصرُ ﻻ")
    >>> f.text, f.span(0, 3), f.span(4, 6)
    ('مصر لا', (0, 3), (5, 6))
    """
    folded = _fold_text(text)  # first: it meets every character of the text
    odd = _odd_pattern(_FOLD.odd)
    if odd.search(text) is None:  # one folded character each: most news text
        return Folded(folded, range(len(text) + 1))
    offsets: list[int] = []
    done = 0  # characters before this one have their offsets
    for m in odd.finditer(text):
        offsets += range(done, m.start())
        offsets += [m.start()] * len(_FOLD[ord(m.group())])
        done = m.end()
    offsets += range(done, len(text) + 1)
    return Folded(folded, tuple(offsets))
