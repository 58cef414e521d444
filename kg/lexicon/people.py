"""People the news names most, and the parts of names nobody listed.

`people()` reads `data/people.tsv`: heads of state and government, foreign ministers and
other frequently named ministers, heads of international organizations, each with the
English name of their Wikipedia article, a QID where certain, and the Arabic spellings
news uses. `name_parts()` and `name_endings()` read the tables that romanize a name that is
not listed (`kg.text.romanize.romanize_name`).

>>> sisi = next(p for p in people() if p.name_en == "Abdel Fattah el-Sisi")
>>> "عبدالفتاح السيسي" in sisi.names, sisi.surnames
(True, ('السيسي',))
>>> name_parts()["بن"]
NamePart(en='bin', kind='particle', origin='')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from kg.lexicon.files import read_tsv, values
from kg.lexicon.gazetteer import countries_by_iso2, qid_cell, slug

PART_KINDS = frozenset(
    {"particle", "given", "compound", "family", "cn_family", "cn_syllable", "regnal", "glued",
     "stem"}
)  # fmt: skip
_EGYPTIAN_G = str.maketrans({"غ": "ج", "گ": "ج"})
_JOINED = re.compile(r"\b(عبد|أبو) (?=\S)")  # "عبد الله" is also written "عبدالله"


@dataclass(frozen=True)
class Person:
    """One person of the gazetteer and every Arabic spelling that names them."""

    key: str  # the QID when known, else "Person:<slug of the English name>"
    name_en: str
    qid: str | None
    country: str | None  # ISO2
    roles: tuple[str, ...]
    names: tuple[str, ...]  # full names, with the joined spellings of "عبد X"
    surnames: tuple[str, ...]  # forms that name this person alone


@dataclass(frozen=True)
class NamePart:
    """The usual English spelling of one Arabic name word and what kind of word it is."""

    en: str
    kind: str
    origin: str = ""  # of a given name: "arab", "slavic" … (how to read the other words)


def spellings(name: str) -> list[str]:
    """A name as listed, with "عبد X" / "أبو X" joined into one word, and with the hard g
    that Egyptian papers write ج where others write غ ("أردوجان", "جوتيريش").

    >>> spellings("عبد الله بن زايد")
    ['عبد الله بن زايد', 'عبدالله بن زايد']
    >>> spellings("أنطونيو غوتيريش")
    ['أنطونيو غوتيريش', 'أنطونيو جوتيريش']
    """
    forms = [name, _JOINED.sub(r"\1", name)]
    forms += [f.translate(_EGYPTIAN_G) for f in forms if "غ" in f or "گ" in f]
    return list(dict.fromkeys(forms))


@cache
def people() -> tuple[Person, ...]:
    """Every person of `people.tsv`, in file order (keys are unique)."""
    out = []
    for n, row in enumerate(read_tsv("people.tsv"), start=1):
        where = f"people.tsv row {n}"
        qid = qid_cell(row["qid"], where)
        country = row["country_iso2"] or None
        if country is not None and country not in countries_by_iso2():
            raise ValueError(f"{where}: country {country!r} is not in countries.tsv")
        names = [s for name in values(row["names_ar"]) for s in spellings(name)]
        if not names:
            raise ValueError(f"{where}: {row['name_en']!r} has no Arabic name")
        out.append(
            Person(
                key=qid or f"Person:{slug(row['name_en'])}",
                name_en=row["name_en"],
                qid=qid,
                country=country,
                roles=tuple(r.strip() for r in row["roles"].split(";") if r.strip()),
                names=tuple(dict.fromkeys(names)),
                surnames=tuple(
                    dict.fromkeys(s for v in values(row["surnames_ar"]) for s in spellings(v))
                ),
            )
        )
    twice = sorted(k for k, c in Counter(p.key for p in out).items() if c > 1)
    if twice:
        raise ValueError(f"people.tsv: keys used twice: {twice}")
    return tuple(out)


@cache
def name_parts() -> dict[str, NamePart]:
    """Arabic name word (or two-word compound) -> its English spelling; first row wins."""
    parts: dict[str, NamePart] = {}
    for n, row in enumerate(read_tsv("name_parts.tsv"), start=1):
        if row["kind"] not in PART_KINDS:
            raise ValueError(f"name_parts.tsv row {n}: kind {row['kind']!r} is unknown")
        for ar in values(row["ar"]):
            parts.setdefault(ar, NamePart(row["en"], row["kind"], row["origin"]))
    return parts


@cache
def family_names() -> dict[str, str]:
    """Family names that follow "آل" or stand with the article, as English writes them."""
    return {
        ar: row["en"]
        for row in read_tsv("name_parts.tsv")
        if row["kind"] == "family"
        for ar in values(row["ar"])
    }


def parts_of_kind(kind: str) -> dict[str, str]:
    """Arabic -> English of the name parts of one kind ("regnal": "الثاني" -> "II")."""
    return {ar: part.en for ar, part in name_parts().items() if part.kind == kind}


@cache
def chinese_families() -> dict[str, str]:
    """Chinese family names ("وانغ" -> "Wang"): the syllables after one form a given name."""
    return {
        ar: row["en"]
        for row in read_tsv("name_parts.tsv")
        if row["kind"] == "cn_family"
        for ar in values(row["ar"])
    }


@cache
def chinese_syllables() -> dict[str, str]:
    """Syllables of Chinese given names ("بينغ" -> "ping"): they join into one word."""
    return {
        ar: row["en"]
        for row in read_tsv("name_parts.tsv")
        if row["kind"] == "cn_syllable"
        for ar in values(row["ar"])
    }


@cache
def name_styles() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """`name_styles.tsv`: the style each listed state spells its officials' names in
    ("IR" -> "persian"), and each style's spelling of the name words it spells its own way
    ("محمد" -> "Mohammad")."""
    states: dict[str, str] = {}
    spellings: dict[str, dict[str, str]] = {}
    for row in read_tsv("name_styles.tsv"):
        if row["en"] == "states":
            states.update((iso2, row["style"]) for iso2 in values(row["ar"]))
        else:
            spellings.setdefault(row["style"], {})[row["ar"]] = row["en"]
    unknown = sorted(set(spellings) - set(states.values()))
    if unknown:
        raise ValueError(f"name_styles.tsv: styles with no states: {unknown}")
    return states, spellings


@cache
def surname_stems() -> dict[str, str]:
    """Arab names as the stems of Turkic and Russian surnames take them ("محمد" + "وف" ->
    "Mammadov"): a given name keeps another spelling alone ("Mohammed")."""
    return {
        ar: row["en"]
        for row in read_tsv("name_parts.tsv")
        if row["kind"] == "stem"
        for ar in values(row["ar"])
    }


@cache
def name_endings() -> tuple[tuple[str, str, str], ...]:
    """(Arabic ending, English after a consonant, English after a vowel), longest first."""
    rows = [
        (ar, row["after_consonant"], row["after_vowel"])
        for row in read_tsv("name_endings.tsv")
        for ar in values(row["ar"])
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def name_ending_origins() -> tuple[tuple[str, str], ...]:
    """(Arabic ending, the origin it tells: "Russian/Turkic", "Armenian" …)."""
    return tuple(
        (ar, row["origin"]) for row in read_tsv("name_endings.tsv") for ar in values(row["ar"])
    )
