"""A readable Latin spelling for Arabic-script names the lexicon does not know.

Not a scholarly transliteration: a display name for people and places found by pattern
("تيمور سليمانوف" → "Timor Slimanof"), so English-speaking users can read the graph.
Known entities keep their canonical English names from the lexicon. People get more care
(`romanize_name`): tables of name words and surname endings give the spelling English
readers know.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon.people import (
    NamePart,
    chinese_families,
    chinese_syllables,
    family_names,
    name_ending_origins,
    name_endings,
    name_parts,
    name_styles,
    parts_of_kind,
    surname_stems,
)
from kg.text.normalize import fold

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


#: Origins whose names take the short vowels Arabic script omits ("حجرف" -> "Hajraf").
VOWELED = frozenset({"arab", "persian", "south_asian"})
#: Origins whose "ف" is usually a v ("لافروف" -> "Lavrov", "شالفا" -> "Shalva").
V_FOR_F = frozenset({"slavic", "armenian", "georgian"})
#: The origin a surname ending tells (`name_endings.tsv`), as the origins of given names.
_ENDING_ORIGINS = {"Persian/Azerbaijani": "persian", "Tajik": "persian", "Armenian": "armenian",
                   "Georgian": "georgian", "Turkish": "turkic"}  # fmt: skip
_ARTICLE = "ال"
_AL = "ال"  # "آل" (the family of), folded
_ABD = "عبد"
_VOWELS = "اوي"
_VOWEL_LETTERS = frozenset(_VOWELS)
# Words that mark a name as Arab: its unknown words get the short vowels Arabic omits.
_ARAB_MARKS = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "عبد", "ولد"})


@lru_cache(maxsize=8)
def _words_of(kind: str) -> dict[str, str]:
    """Folded Arabic -> English of one kind of name part (regnal numbers, glued endings)."""
    return {fold(ar): en for ar, en in parts_of_kind(kind).items()}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, NamePart], dict[str, str], dict[str, str]]:
    """Name parts, family names and Chinese syllables, keyed by their folded spelling."""
    parts = {fold(k): v for k, v in reversed(name_parts().items())}
    families = {fold(k): v for k, v in family_names().items()}
    syllables = {fold(k): v for k, v in chinese_syllables().items()}
    return parts, families, syllables


def _foreign(word: str, origin: str, last: bool = True) -> str:
    """A foreign name word letter by letter, as its origin spells it in English: "غ" is g,
    "تش" ch, "نغ" ng, "ف" v for Slavic and Caucasian names, "و" o between consonants and
    w (v) before a vowel, and an e before a last r, n or l ("ستارمر" -> "Starmer"); in
    Slavic names "ج" is zh and "يو" yu.

    >>> _foreign("غريمينغر", "western"), _foreign("وودوارد", "western")
    ('Griminger', 'Woodward')
    >>> _foreign("أفينيان", "armenian"), _foreign("بلينكن", "western")
    ('Avinyan', 'Blinken')
    >>> _foreign("زيوغانوف", "slavic"), _foreign("كوجين", "slavic")
    ('Zyuganov', 'Kozhin')
    """
    if word.endswith("ه") and len(word) > 3:
        word = word[:-1] + "ة"
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _FOREIGN_PAIRS and (i == 0 or pair not in _OPENING_PAIRS):
            out.append(_FOREIGN_PAIRS[pair] if i else _FOREIGN_PAIRS[pair].capitalize())
            i += 2
            continue
        latin = _PLAIN_LETTERS.get(word[i])  # most letters: read alone, wherever they stand
        out.append(latin if latin is not None else _foreign_letter(word, i, origin))
        i += 1
    latin = "".join(out)
    # The word ends the name word (no ending follows): an e between a last consonant and a
    # final r, n or l. Read by string tests: `re.sub` with a template cost more than the
    # rest of the word (its template is expanded by Python code on every call).
    if last and len(latin) > 1 and latin[-1] in "rnl" and latin[-2] in _BEFORE_E:
        latin = f"{latin[:-1]}e{latin[-1]}"
    return latin[:1].upper() + latin[1:]


_BEFORE_E = frozenset("bcdfghkmnpstvz")  # the consonants an e may follow before r, n, l


_FOREIGN_PAIRS = {"تش": "ch", "نغ": "ng", "او": "o", "اي": "i", "وو": "woo", "يي": "iy"}
_OPENING_PAIRS = frozenset({"او", "اي", "وو"})  # read so only where a word opens
_FOREIGN_LETTERS = {**_LETTERS, "غ": "g", "ق": "k", "ع": "", "ة": "a", "ه": "h"}
# What `_foreign_letter` reads the same whatever the origin and the letters around: every
# letter but the ones its rules name.
_PLAIN_LETTERS = {ch: en for ch, en in _FOREIGN_LETTERS.items() if ch not in "فجوياأآإع"}


def _foreign_letter(word: str, i: int, origin: str) -> str:
    ch = word[i]
    before = word[i - 1] if i else ""
    after = word[i + 1] if i + 1 < len(word) else ""
    if ch == "ف":
        return "v" if origin in V_FOR_F else "f"
    if ch == "ج" and origin == "slavic":
        return "zh"  # Russian has no j: "جيرينوفسكي" is Zhirinovsky
    if ch == "و":
        if after in _VOWELS and after:
            return "v" if origin in V_FOR_F else "w"
        return "u" if before == "ي" and origin == "slavic" else "o"  # "يو": yu, as in Zyuganov
    if ch == "ي":
        if after and after in _VOWELS and (not before or before in _VOWELS):
            return "y"
        if after and after in _VOWELS:
            return "y" if origin in V_FOR_F else "i"
        return "i"
    if ch in "اأآإ" or (ch == "ع" and not i):
        return "e" if ch == "إ" else "a"
    return _FOREIGN_LETTERS.get(ch, ch if ch.isascii() else "")


def _origin(words: list[str]) -> str:
    """Where a name comes from: Arab when an Arab particle marks it, else the origin of its
    first known given name, else Arab when a word carries the article or is written without
    vowel letters (foreign names are written with theirs: "مسعد"), else the origin its
    surname ending tells, else western.

    >>> _origin(["حسام", "زكي"]), _origin(["فاهان", "كوستانيان"]), _origin(["جون", "سميث"])
    ('arab', 'armenian', 'western')
    >>> _origin(["الكسندر", "غروشكو"]), _origin(["مسعد", "بولس"])
    ('slavic', 'arab')
    """
    if any(w in _ARAB_MARKS for w in words):
        return "arab"
    parts, _, _ = _tables()
    for word in words:
        part = parts.get(word)
        if part is not None and part.origin:
            return part.origin
    if any(w.startswith((_ARTICLE, _ABD)) or _VOWEL_LETTERS.isdisjoint(w) for w in words):
        return "arab"
    pattern, _ = _endings()
    match = pattern.search(words[-1])
    if match is not None:
        return _ENDING_ORIGINS.get(_ending_origin()[match.group()], "slavic")
    return "western"


@lru_cache(maxsize=1)
def _stems() -> dict[str, str]:
    return {fold(ar): en for ar, en in surname_stems().items()}


@lru_cache(maxsize=1)
def _ending_origin() -> dict[str, str]:
    return {fold(ar): origin for ar, origin in name_ending_origins()}


def _voweled(word: str) -> str:
    """An Arab name word the tables do not know, with "a" where Arabic writes no vowel
    between its first two and its last two consonants: "حجرف" -> "Hajraf"."""
    letters = list(word)
    consonant = [c not in _VOWELS for c in letters]
    out = []
    for i, ch in enumerate(letters):
        out.append(ch)
        last_pair = i == len(letters) - 2
        if i + 1 < len(letters) and consonant[i] and consonant[i + 1] and (i == 0 or last_pair):
            out.append("\u0627")  # read the missing short vowel as alef: "a"
    latin = _latin("".join(out))  # "عتيبة": "Aatibaa" read as "Atiba"
    latin = latin[0] + latin[2:] if latin.startswith("Aa") else latin
    return latin[:-1] if latin.endswith("aa") else latin


@lru_cache(maxsize=1)
def _endings() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every surname ending (longest first), and each ending's English."""
    rows = name_endings()
    pattern = re.compile(f"(?<=..)(?:{'|'.join(re.escape(fold(r[0])) for r in rows)})$")
    return pattern, {fold(ar): (consonant, vowel) for ar, consonant, vowel in rows}


def _with_ending(word: str, origin: str = "slavic") -> str | None:
    """A surname with a known ending: "علييف" -> "Aliyev", "باشينيان" -> "Bashinyan"; an
    Arab name before "-ov"/"-yev" takes its form as a surname stem (`name_parts.tsv` kind
    stem: "محمدوف" -> "Mammadov"), another given name keeps its spelling ("خلفوف" ->
    "Khalafov").

    >>> _with_ending("محمدوف"), _with_ending("حسينوفا"), _with_ending("عبداللاييف")
    ('Mammadov', 'Huseynova', 'Abdullayev')
    >>> _with_ending("خلفوف")
    'Khalafov'
    """
    pattern, english = _endings()
    match = pattern.search(word)
    if match is None:
        return None
    after_consonant, after_vowel = english[match.group()]
    stem = word[: match.start()]
    part = _tables()[0].get(stem)
    if stem in _stems() and _ending_origin()[match.group()] == "Russian/Turkic":
        latin = _stems()[stem]
    elif part is not None and part.kind == "given":
        latin = part.en
    elif origin in VOWELED:
        latin = _latin(stem)
    else:
        latin = _foreign(stem, origin if origin in V_FOR_F else "slavic", last=False)
    return latin + (after_vowel if latin[-1:] in "aeiou" else after_consonant)


@lru_cache(maxsize=8192)
def _name_word(word: str, origin: str) -> str:
    """One name word in English. Remembered: names unknown to the tables are new as a whole
    but made of words met before (a given name, a surname), each spelled letter by letter
    only once."""
    parts, families, _ = _tables()
    part = parts.get(word)
    if part is not None:
        return part.en
    if word in families:
        return families[word]
    if word.startswith(_ARTICLE) and len(word) > 3:
        return "Al-" + _name_word(word[2:], "arab")
    if word.startswith(_ABD) and len(word) > 4:  # "عبدالمحسن": Abdul + the rest
        surname = _with_ending(word, origin)  # "عبداللاييف": one surname, Abdullayev
        if surname is not None and surname.startswith(tuple(_stems().values())):
            return surname
        rest = word[3:].removeprefix(_ARTICLE)
        return "Abdul " + _name_word(rest, "arab")
    surname = _with_ending(word, origin)
    if surname is not None:
        return surname
    return _voweled(word) if origin in VOWELED else _foreign(word, origin)


def _latin(word: str) -> str:
    """Letter by letter, reading the digraphs and vowel seats foreign names use: "تش" is
    "ch", a word-initial "او"/"اي" is "O"/"I", a final folded ta marbuta is "a"."""
    if word.endswith("ه") and len(word) > 3:
        word = word[:-1] + "ة"
    head = {"او": "O", "اي": "I"}.get(word[:2], "")
    latin = _word(word[2:] if head else word).replace("Tsh", "Ch").replace("tsh", "ch")
    return head + latin.lower() if head else latin


def _chinese(words: list[str]) -> str | None:
    """A Chinese family name and the syllables of one given name: "Xi Jinping"."""
    _, _, syllables = _tables()
    family = _chinese_families().get(words[0])
    rest = words[1:]
    if family is None or not rest or not all(w in syllables for w in rest):
        return None
    return f"{family} {''.join(syllables[w] for w in rest).capitalize()}"


@lru_cache(maxsize=1)
def _chinese_families() -> dict[str, str]:
    return {fold(ar): en for ar, en in chinese_families().items()}


@lru_cache(maxsize=1)
def _styles() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """States -> style, and each style's spellings keyed by folded Arabic (a two-word name
    also joined: "عبد القادر" and "عبدالقادر")."""
    states, spellings = name_styles()
    folded: dict[str, dict[str, str]] = {}
    for style, words in spellings.items():
        table = folded.setdefault(style, {})
        for ar, en in words.items():
            table[fold(ar)] = en
            table[fold(ar).replace(" ", "")] = en
    return states, folded


_HAMZA_VOWEL = {"إ": "I", "أ": "A"}  # a name's first alef with its hamza: the vowel it says
_HARD_G = str.maketrans({"ج": "گ"})  # Egyptian ج is g: "Gamal", "Hegazy"


def _styled(word: str, style: str, origin: str) -> str:
    """A name word its state's table does not spell, in that state's letters: Egyptian ج
    is g ("حجازي" -> "Hegazi")."""
    if style == "egyptian" and word not in _tables()[0]:
        word = word.translate(_HARD_G)
    return _name_word(word, origin)


@lru_cache(maxsize=8192)
def romanize_name(name: str, state: str | None = None) -> str:
    """An English spelling of a person's name that no gazetteer lists: known name words and
    compounds from `name_parts.tsv`, surname endings by origin from `name_endings.tsv`,
    Chinese syllables joined into one given name, regnal numbers in Roman figures, and
    letter by letter (with the short vowels Arabic omits, for Arab names) otherwise. The
    `state` the person serves (ISO2), when the text names it, picks how that state spells
    the names it shares with others (`name_styles.tsv`).

    >>> romanize_name("محمد بن عبدالرحمن آل ثاني")
    'Mohammed bin Abdulrahman Al Thani'
    >>> romanize_name("عبد الله الثاني"), romanize_name("هو جين تاو")
    ('Abdullah II', 'Hu Jintao')
    >>> romanize_name("تيمور سليمانوف"), romanize_name("نايف فلاح الحجرف")
    ('Timur Suleimanov', 'Nayef Falah Al-Hajraf')
    >>> romanize_name("محمد جمشيدي", "IR"), romanize_name("عبد القادر مساهل", "DZ")
    ('Mohammad Jamshidi', 'Abdelkader Masahal')
    """
    parts, families, _ = _tables()
    words = fold(name).split()
    if not words:
        return ""
    chinese = _chinese(words)
    if chinese is not None:
        return chinese
    origin = _origin(words)
    raw = name.split()
    # "إلياس", "ألكسندر": a hamza on the first alef says it is no article (which has none)
    hamzated = {
        i for i, w in enumerate(raw) if w[:1] in _HAMZA_VOWEL and w[1:2] == "ل"
    } if len(raw) == len(words) else set()  # fmt: skip
    states, spellings = _styles()
    style = states.get(state or "", "")
    styled = spellings.get(style, {})
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in styled:
            out.append(styled[pair])
            i += 2
        elif word in styled:
            out.append(styled[word])
            i += 1
        elif pair in parts:
            out.append(parts[pair].en)
            i += 2
        elif word == _AL and i + 1 < len(words) and out:
            family = families.get(words[i + 1]) or _name_word(words[i + 1], "arab")
            out.append(f"Al {family}")
            i += 2
        elif out and word in _words_of("glued"):  # "داود أوغلو": one English word
            out[-1] += _words_of("glued")[word]
            i += 1
        elif word in _words_of("regnal") and out and i == len(words) - 1:
            out.append(_words_of("regnal")[word])
            i += 1
        elif i in hamzated and word not in parts and word not in families:
            latin = _foreign(word, origin if origin in V_FOR_F else "slavic")
            out.append(_HAMZA_VOWEL[raw[i][0]] + latin[1:])
            i += 1
        else:
            out.append(_styled(word, style, origin) if style else _name_word(word, origin))
            i += 1
    if style == "persian":  # "خطيب زاده": Khatibzadeh
        out = [w + "h" if w.endswith("zade") else w for w in out]
    return " ".join(out)
