"""A readable Latin spelling for Arabic-script names the lexicon does not know.

Not a scholarly transliteration: a display name for people and places found by pattern
("تيمور سليمانوف" → "Timor Slimanof"), so English-speaking users can read the graph.
Known entities keep their canonical English names from the lexicon.
"""

from __future__ import annotations

from functools import lru_cache

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "o", "ي": "i", "ى": "a",
    "ة": "a", "ء": "", "ؤ": "u", "ئ": "i", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v",
}  # fmt: skip


def _word(word: str) -> str:
    out = []
    for i, ch in enumerate(word):
        latin = _LETTERS.get(ch, ch if ch.isascii() else "")
        if ch in "وي" and i + 1 < len(word) and word[i + 1] in "اوي":
            latin = {"و": "v", "ي": "y"}[ch]
        if ch == "ع" and i == 0:
            latin = "a"
        if ch == "ي" and i + 1 < len(word) and word[i + 1] not in "اوي" and i > 0:
            latin = "i" if word[i - 1] not in "اوي" else "y"
        out.append(latin)
    return "".join(out).capitalize()


@lru_cache(maxsize=4096)
def romanize(name: str) -> str:
    """A Latin display spelling of an Arabic-script name (cached: a feed names the same
    people day after day)."""
    return " ".join(_word(w) for w in name.split() if w)
