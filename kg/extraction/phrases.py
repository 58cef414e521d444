"""Noun phrases headed by a trigger word: how far "اللجنة الحكومية الدولية …" reaches.

Arabic names of bodies, events and documents are a head noun followed by definite
adjectives and genitives (`الحكومية الدولية`), nisba adjectives, an ordinal (`الرابع عشر`),
an owner introduced by `ل`/`لل` (`للجنة …`) or `المعنية ب…`. The phrase stops at
punctuation, prepositions, verbs and anything indefinite.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extraction.document import Doc
from kg.lexicon.words import function_words, radical_waw
from kg.text.normalize import fold

# Words that end a phrase even though they look like its continuation.
STOP = frozenset(
    fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اليوم", "الماضي", "المقبل", "الحالي",
                      "الجاري", "الأخير", "الأخيرة", "المقبلة", "الماضية", "الحالية", "الجارية",
                      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين",
                      "الإثنين", "العام", "الأول", "الأولى", "الثاني", "الثانية")
)  # fmt: skip
LINKING = (fold("المعنية"), fold("الخاصة"))
PREPOSITION = re.compile(r"^(?:[وف]?(?:بال|لل|كال)|[وف]?ب|[وف]?ل|و)")
GAP = re.compile(r" ?| ?- ?|  ")  # folded: every dash is -, a tatweel leaves two spaces


def skip(text: str, pos: int, chars: str = " ") -> int:
    """The first position from `pos` on that holds none of `chars`: where the next word starts."""
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos


def extend(
    doc: Doc,
    end: int,
    *,
    names: frozenset[int] = frozenset(),
    allow_li: Callable[[str], bool] = lambda w: False,
    construct: int = 0,
    max_words: int = 8,
) -> int:
    """End of the qualifiers after a head ending at folded `end`.

    `names` are folded start positions of known names, which may follow as genitives or
    after a dash. `allow_li(word)` decides whether a word with the preposition ل
    (`للتعاون`) still belongs to the phrase: for a commission it does, for a press
    conference "للصحفيين" it does not. Up to `construct` indefinite nouns may open the
    qualifiers, as in a construct state (`اتفاقية منطقة التجارة الحرة`, `إعلان تيانجين`).
    """
    text = doc.ftext
    words = doc.words
    ends, waw = function_words(), radical_waw()
    i = doc.word_at(end)
    linking = False
    for w in words[i : i + max_words]:
        gap = text[end : w.start]
        if (gap != " " and GAP.fullmatch(gap) is None) or w.text in STOP:
            break  # most gaps: one space, which `GAP` takes
        t = w.text
        if t in ends:
            break
        if w.start in names:
            if t.startswith("ل"):
                construct = max(construct, 1)  # "لوزيري خارجية …": whose, in construct
        elif t.startswith("ال") and len(t) > 3:
            construct = 0
        elif construct > 0 and t.isalpha() and (not PREPOSITION.match(t) or t in waw):
            construct -= 1  # "اجتماع وزاري": و is the word's own, not "and"
        elif linking and t.startswith("ب"):
            pass
        elif t.startswith("ل") and allow_li(t):
            # "لقادة دول …": the owner is a construct too; "للنفط" is definite already, so
            # an indefinite noun after it is no genitive of it ("الشركة الوطنية للنفط اتفاقا")
            construct = 0 if t.startswith("لل") else max(construct, 1)
        else:
            break
        linking = t in LINKING
        end = w.end
    return end
