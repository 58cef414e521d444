"""When two Arabic names name one person: the one rule the extractor (inside an article)
and the graph merge (across articles) share.

News spells one minister two ways ("مصطفاييف" / "مصطفايف"), writes "عبد الله" and
"عبدالله", and glues a conjunction to a name ("وشوكت"); but two ministers of one country
share many letters, and relatives share a surname. So the rule is narrow:

1. Names compare as `person_key`s: folded (hamza, ta marbuta, harakat), punctuation
   dropped, "عبد X" joined, the sound g one letter (غ / ج).
2. A conjunction glued to the first word is dropped when the other name's first word is
   what remains ("وشوكت ميرزيوييف" / "شوكت ميرزيوييف").
3. Two names of two words or more are one person when their first words are equal and the
   rest is at most `MAX_EDITS` edits apart; the tolerance holds only for surnames of at
   least `MIN_FUZZY_SURNAME` letters that open with the same sound (papers differ in a
   surname's vowels and doubled letters, and write its first sound with either of two
   letters, "أومورالييف" / "عمورالييف", "كازيخان" / "قازيخان"; they do not change the
   sound: "فلاديمير ميدينسكي" is not "فلاديمير زيلينسكي") and names without an Arab
   particle (Arab names are spelled alike in every paper: "محمد بن سلمان" and "محمد بن
   سلطان" are two princes).
4. Inside one article only (`in_article=True`), a surname alone is the person whose full
   name ends in it ("أردوغان" after "رجب طيب أردوغان"); across articles a surname is shared
   by relatives (Heydar and Ilham Aliyev).

The people gazetteer comes first wherever it knows the person (one QID or one English
name, whatever the spelling); this rule decides for everyone else.

>>> same_person("شاهين مصطفاييف", "شاهين مصطفايف")
True
>>> same_person("شاهين مصطفاييف", "علي مصطفاييف"), same_person("محمد بن سلمان", "محمد بن سلطان")
(False, False)
>>> same_person("فلاديمير ميدينسكي", "فلاديمير زيلينسكي")
False
>>> same_person("وشوكت ميرزيوييف", "شوكت ميرزيوييف"), same_person("اردوغان", "رجب طيب اردوغان")
(True, False)
>>> same_person("رجب طيب اردوغان", "اردوغان", in_article=True)
True
"""

from __future__ import annotations

import re

from kg.text.normalize import fold

#: Largest edit distance between two spellings of one person's name (first word aside).
MAX_EDITS = 2
#: Shortest surname that may be spelled differently and still name the same person.
MIN_FUZZY_SURNAME = 6
#: Words that mark an Arab name, spelled alike everywhere: no spelling tolerance.
ARAB_PARTICLES = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ولد"})
_NOT_WORD = re.compile(r"[\W_]+")
_ABD = re.compile(r"\bعبد (?=\S)")
# Letters foreign names are written with either way: the sound g as غ or ج ("سيرغي" /
# "سيرجي", "إيغور" / "إيجور"), and the Persian letters for g, v, p, ch beside their Arabic
# stand-ins. A person's name compares with one of each.
_SOUNDS = str.maketrans({"غ": "ج", "گ": "ج", "ڨ": "ج", "ڤ": "ف", "پ": "ب", "چ": "ج"})
# Letters that write one sound of a foreign name either way where a surname opens.
_FIRST_SOUND = str.maketrans({"ع": "ا", "ق": "ك", "ط": "ت", "ص": "س", "ذ": "ز", "ض": "ز",
                              "ظ": "ز", "ح": "ه"})  # fmt: skip


def person_key(name: str) -> str:
    """The form person names compare in.

    >>> person_key("عبد اللهِ  بن زايد.") == person_key("عبدالله بن زايد")
    True
    >>> person_key("سيرغي شويغو") == person_key("سيرجي شويجو")
    True
    """
    folded = " ".join(_NOT_WORD.sub(" ", fold(name)).split()).translate(_SOUNDS)
    return _ABD.sub("عبد", folded)


def edit_distance(a: str, b: str, cutoff: int = MAX_EDITS) -> int:
    """Levenshtein distance, or `cutoff + 1` as soon as it must exceed `cutoff`.

    >>> edit_distance("kitten", "sitting", cutoff=5), edit_distance("kitten", "sitting", cutoff=1)
    (3, 2)
    """
    if abs(len(a) - len(b)) > cutoff:
        return cutoff + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > cutoff:
            return cutoff + 1
        prev = cur
    return min(prev[-1], cutoff + 1)


def same_person(a: str, b: str, *, in_article: bool = False) -> bool:
    """True when two Arabic names name one person (the module's rules)."""
    return same_person_keys(person_key(a), person_key(b), in_article=in_article)


def same_person_keys(a: str, b: str, *, in_article: bool = False) -> bool:
    """`same_person` on names already passed through `person_key` (for tight loops)."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if len(wa) >= 2 and len(wb) >= 2:
        wa, wb = _without_conjunction(wa, wb), _without_conjunction(wb, wa)
        if wa[0] != wb[0]:
            return False
        if wa == wb:
            return True
        # An Arab surname with the article is spelled alike everywhere, like the particles
        # ("عثمان الغانمي" is not "عثمان الجرندي", two letters apart); the tolerance is for
        # transliterated names ("ميرزيوييف" / "ميرزيويف").
        fuzzy = (
            min(len(wa[-1]), len(wb[-1])) >= MIN_FUZZY_SURNAME
            and wa[-1][0].translate(_FIRST_SOUND) == wb[-1][0].translate(_FIRST_SOUND)
            and not ARAB_PARTICLES.intersection(wa + wb)
            and not (wa[-1].startswith("ال") or wb[-1].startswith("ال"))
        )
        return fuzzy and edit_distance(" ".join(wa[1:]), " ".join(wb[1:])) <= MAX_EDITS
    if in_article and len(wa) != len(wb):
        lone, full = (wa, wb) if len(wa) == 1 else (wb, wa)
        return lone[0] == full[-1]
    return wa == wb


def _without_conjunction(words: list[str], other: list[str]) -> list[str]:
    first = words[0]
    if first[:1] in "وف" and first[1:] == other[0] and first != other[0]:
        return [first[1:], *words[1:]]
    return words
