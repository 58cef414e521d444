"""Titles of office and ministry portfolios, as Arabic news writes them.

A `Title` is one spelling of an office ("رئيس الوزراء" -> Prime Minister); titles of kind
`minister` combine with a `Portfolio` ("وزير" + "الطاقة" -> Minister of Energy). The data
lives in `data/titles.tsv` and `data/portfolios.tsv`; a cell's `|`-separated spellings
become separate entries that share the English name.

>>> [t.en for t in titles() if t.ar == "رئيس الحكومة"]
['Prime Minister']
>>> [(t.en, t.needs_owner) for t in titles() if t.ar == "المستشار"]
[('Chancellor', True)]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.lexicon.files import read_tsv, values
from kg.lexicon.gazetteer import countries_by_iso2
from kg.text.normalize import fold

TITLE_KINDS = frozenset({"head", "minister", "envoy", "official", "corporate"})
#: Marks a spelling in titles.tsv that is a title only when its owner follows.
NEEDS_OWNER = "+"


@dataclass(frozen=True)
class Title:
    """One Arabic spelling of an office, its English role and what kind of office it is."""

    ar: str
    en: str
    kind: str
    needs_owner: bool = False  # "المستشار": Chancellor only before its country's nisba
    state: str | None = None  # ISO2 of the one state whose office it is ("خادم الحرمين")


@dataclass(frozen=True)
class Portfolio:
    """One Arabic spelling of a ministry's field; English combines as "Minister of <en>"."""

    ar: str
    en: str


@cache
def titles() -> tuple[Title, ...]:
    """Every title spelling, in file order."""
    out = []
    for n, row in enumerate(read_tsv("titles.tsv"), start=1):
        if row["kind"] not in TITLE_KINDS:
            raise ValueError(f"titles.tsv row {n}: kind {row['kind']!r} is not a title kind")
        state = row["state"] or None
        if state is not None and state not in countries_by_iso2():
            raise ValueError(f"titles.tsv row {n}: state {state!r} is not in countries.tsv")
        out += [
            Title(
                ar.removeprefix(NEEDS_OWNER),
                row["en"],
                row["kind"],
                ar.startswith(NEEDS_OWNER),
                state,
            )
            for ar in values(row["ar"])
        ]
    return tuple(out)


@cache
def portfolios() -> tuple[Portfolio, ...]:
    """Every portfolio spelling, in file order."""
    return tuple(
        Portfolio(ar, row["en"]) for row in read_tsv("portfolios.tsv") for ar in values(row["ar"])
    )


TITLE_WORD_KINDS = (
    *("link", "host", "owner_head", "plural", "counterpart", "counterparts", "object_verb"),
    "company_form",
    "owner_anaphor",
)


@cache
def title_words() -> dict[str, tuple[str, ...]]:
    """Folded words of `title_words.tsv` by kind, in file order.

    >>> title_words()["host"], title_words()["owner_head"][:2]
    (('لدي',), ('جمهوريه', 'مملكه'))
    """
    words: dict[str, list[str]] = {kind: [] for kind in TITLE_WORD_KINDS}
    for n, row in enumerate(read_tsv("title_words.tsv"), start=1):
        if row["kind"] not in words:
            raise ValueError(f"title_words.tsv row {n}: kind {row['kind']!r} is unknown")
        words[row["kind"]] += [fold(w) for w in values(row["word"])]
    return {kind: tuple(ws) for kind, ws in words.items()}
