"""Arabic proclitics and the definite article, on folded text.

Arabic glues conjunctions (و ف), prepositions (ب ل ك) and the article (ال) to the next
word: "وبالطاقه" is و + ب + ال + طاقه. A word may also merely start with those letters
("وزير", "بين", "لبنان"), and no rule tells the two apart without a lexicon. So this
module offers the possible readings (`candidates`) and lets the caller's lexicon decide.

One more ambiguity: ل + ال is written "لل", and when the noun itself starts with ل the
three lams merge into two ("للجنه" is ل + ال + لجنه). `strip_article` takes the common
reading (remove "لل"); `candidates` also offers the merged one.
"""

from __future__ import annotations

from collections.abc import Callable

PROCLITICS: tuple[str, ...] = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
"""Proclitic sequences that can precede a noun, shortest first."""

ARTICLES: frozenset[str] = frozenset(
    p + "ل" if p.endswith("ل") else p + "ال" for p in ("", *PROCLITICS)
)
"""The article with every proclitic sequence before it: ال، وال، بال، لل، ولل …"""

_MIN_STEM = 2  # a shorter remainder is a word's own letters, not a stem ("والي", "الي")
_ARTICLE_LENGTHS = sorted({len(a) for a in ARTICLES}, reverse=True)
_PROCLITIC_SET = frozenset(PROCLITICS)
_LONGEST_FIRST = sorted(PROCLITICS, key=len, reverse=True)


def is_proclitic_prefix(s: str) -> bool:
    """True for "" and for any valid proclitic sequence ("و", "فب", …)."""
    return s == "" or s in _PROCLITIC_SET


def _article(word: str) -> str:
    """The article form `word` starts with (longest first), or "" if none leaves a stem."""
    for n in _ARTICLE_LENGTHS:  # a set look-up per length: one form at most has each
        if len(word) - n >= _MIN_STEM and word[:n] in ARTICLES:
            return word[:n]
    return ""


def strip_article(word: str) -> str:
    """Remove the article and any proclitics before it: "بالطاقه" → "طاقه", "للطاقه" → "طاقه".

    Words without the article come back unchanged ("وزير", "لبنان").
    """
    return word[len(_article(word)) :]


def bare(word: str) -> str:
    """The form used to compare words: proclitics and article removed when the article
    shows they are clitics; without the article nothing is removed (see `candidates`)."""
    return strip_article(word)


def candidates(word: str) -> tuple[str, ...]:
    """`word` and each plausible stripped form, longest first, for a lexicon to choose from.

    >>> candidates("وللجنه")
    ('وللجنه', 'للجنه', 'لجنه', 'جنه')
    >>> candidates("وزير")
    ('وزير', 'زير')
    """
    forms = [word]
    forms += (
        word[len(p) :] for p in PROCLITICS if word.startswith(p) and len(word) - len(p) >= _MIN_STEM
    )
    article = _article(word)
    if article:
        stem = word[len(article) :]
        forms.append(stem)
        if article.endswith("لل"):
            forms.append("ل" + stem)
    return tuple(sorted(dict.fromkeys(forms), key=len, reverse=True))


def proclitic_cut(word: str, known: Callable[[str], bool]) -> tuple[int, str]:
    """How to show folded `word` without its proclitics: (letters to drop, text to put first).

    With the article, only the letters before it go ("والقمه" → drop 1), except after ل,
    whose article lost its alef: "للامم" is ل + الامم, and "للجنه" is ل + اللجنه when
    `known("لجنه")`. Without the article a proclitic goes only when `known` says the rest
    is a word ("ووزاره" → drop 1; "وزاره" keeps its و).

    >>> words = {"لجنه", "وزاره", "برنامج"}.__contains__
    >>> [proclitic_cut(w, words) for w in ("والقمه", "للامم", "للجنه", "ووزاره", "وزاره")]
    [(1, ''), (2, 'ال'), (2, 'الل'), (1, ''), (0, '')]
    """
    article = _article(word)
    if article.endswith("لل"):
        stem = word[len(article) :]
        return len(article), "الل" if known("ل" + stem) else "ال"
    if article:
        return len(article) - 2, ""
    for p in _LONGEST_FIRST:
        if word.startswith(p) and len(word) - len(p) >= _MIN_STEM and known(word[len(p) :]):
            return len(p), ""
    return 0, ""
