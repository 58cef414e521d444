"""The gazetteer: countries, places, organizations and projects that Arabic news names.

Each `Term` carries every Arabic spelling of one thing (and, for a country, every inflected
form of its nisba adjectives), so the matcher can find `الكازاخستانية` as Kazakhstan without
knowing any grammar. The data lives in `data/countries.tsv`, `places.tsv`,
`organizations.tsv` and `projects.tsv`; each country also gets its CLDR Arabic name from
Babel, so no state is ever missing a name.

>>> by_iso2 = countries_by_iso2()
>>> "الأذربيجانية" in by_iso2["AZ"].adjectives
True
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from babel import Locale

from kg.lexicon.files import read_tsv, values
from kg.schema import Label

ARTICLE = "ال"
NISBA_ENDING = "ي"
# Marks a name in countries.tsv that is left out although CLDR gives it (an ordinary word).
LEFT_OUT = "!"
# What follows the final ي of a masculine singular nisba: itself, feminine, masculine sound
# plural (nominative, oblique), masculine dual (nominative; the oblique form is the plural's),
# feminine dual (nominative, oblique).
NISBA_SUFFIXES = ("", "ة", "ون", "ين", "ان", "تان", "تين")
PLACE_KINDS = frozenset(
    {"capital", "city", "port", "region", "sea", "lake", "river", "continent", "building"}
)
ORGANIZATION_KINDS = frozenset({"international", "company", "agency", "government", "movement"})
_QID = re.compile(r"Q[1-9]\d*")
_ISO2 = re.compile(r"[A-Z]{2}")
PROJECT_KINDS = frozenset(
    {
        "pipeline",
        "railway",
        "corridor",
        "programme",
        "field",
        "dam",
        "bridge",
        "plant",
        "zone",
        "vision",
    }
)


@dataclass(frozen=True)
class Term:
    """One real-world thing the gazetteer knows, with every surface form that names it."""

    key: str  # stable identity: the QID when known, else f"{label}:{slug(name_en)}"
    label: Label  # Label.COUNTRY / PLACE / ORGANIZATION
    name_en: str
    qid: str | None
    kind: str  # "country", or the kind column
    country: str | None  # ISO2 of the country a place/org belongs to (a country's own code)
    names: tuple[str, ...]  # Arabic names, variants, acronyms (Arabic and Latin), CLDR name
    adjectives: tuple[str, ...]  # every inflected nisba form, each also with the article
    name_ar: str = ""  # the name to show: CLDR's for a country, else the first listed name


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: `Baku–Tbilisi–Ceyhan` -> `baku-tbilisi-ceyhan`."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    hyphenated = re.sub(r"[\W_]+", "-", bare.lower())
    return hyphenated.encode("ascii", "ignore").decode().strip("-")


def inflect_nisba(adjective: str) -> tuple[str, ...]:
    """Every form of a masculine singular nisba, with and without the article.

    Several words inflect together, each taking the article: `كوري جنوبي` gives
    `الكورية الجنوبية` and `الكوريين الجنوبيين`.

    >>> inflect_nisba("أذري")[:4]
    ('أذري', 'الأذري', 'أذرية', 'الأذرية')

    A noun before a single nisba takes the article for both and no ending (`جنوب أفريقي`
    gives `الجنوب أفريقية`).

    >>> inflect_nisba("جنوب أفريقي")[:4]
    ('جنوب أفريقي', 'الجنوب أفريقي', 'جنوب أفريقية', 'الجنوب أفريقية')
    """
    words = adjective.split()
    if len(words) == 2 and not words[0].endswith(NISBA_ENDING) and words[1].endswith(NISBA_ENDING):
        return tuple(
            f"{article}{words[0]} {words[1]}{suffix}"
            for suffix in NISBA_SUFFIXES
            for article in ("", ARTICLE)
        )
    if not words or any(not w.endswith(NISBA_ENDING) for w in words):
        raise ValueError(f"not a masculine singular nisba adjective: {adjective!r}")
    return tuple(
        " ".join(article + word + suffix for word in words)
        for suffix in NISBA_SUFFIXES
        for article in ("", ARTICLE)
    )


def _unique(forms: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(forms))


def qid_cell(cell: str, where: str) -> str | None:
    """A data file's QID cell: None when empty, else a checked Wikidata QID."""
    if not cell:
        return None
    if not _QID.fullmatch(cell):
        raise ValueError(f"{where}: {cell!r} is not a Wikidata QID")
    return cell


def _key(label: Label, name_en: str, qid: str | None) -> str:
    return qid or f"{label}:{slug(name_en)}"


def _names(row: dict[str, str], where: str, *columns: str) -> list[str]:
    names = [v for column in columns for v in values(row[column])]
    if not names:
        raise ValueError(f"{where}: {row['name_en']!r} has no name")
    return names


@cache
def _countries() -> tuple[Term, ...]:
    cldr = Locale("ar").territories
    terms = []
    for n, row in enumerate(read_tsv("countries.tsv"), start=1):
        where = f"countries.tsv row {n}"
        iso2 = row["iso2"] or None
        if iso2 is not None and not _ISO2.fullmatch(iso2):
            raise ValueError(f"{where}: {iso2!r} is not an ISO 3166 alpha-2 code")
        qid = qid_cell(row["qid"], where)
        listed = _names(row, where, "names_ar")
        left_out = {v[len(LEFT_OUT) :] for v in listed if v.startswith(LEFT_OUT)}
        names = [v for v in listed if not v.startswith(LEFT_OUT)]
        if iso2 in cldr:
            names.append(cldr[iso2])
        names = [v for v in names if v not in left_out]
        shown = cldr[iso2] if iso2 in cldr and cldr[iso2] not in left_out else names[0]
        adjectives = [form for a in values(row["adjectives_ar"]) for form in inflect_nisba(a)]
        terms.append(
            Term(
                key=_key(Label.COUNTRY, row["name_en"], qid),
                label=Label.COUNTRY,
                name_en=row["name_en"],
                qid=qid,
                kind="country",
                country=iso2,
                names=_unique(names),
                adjectives=_unique(adjectives),
                name_ar=shown,
            )
        )
    return tuple(terms)


@cache
def countries_by_iso2() -> dict[str, Term]:
    """Countries by ISO 3166-1 alpha-2 code (Kosovo as XK; states without a code are left out)."""
    return {t.country: t for t in _countries() if t.country is not None}


def _belongs_to(cell: str, where: str) -> str | None:
    if cell and cell not in countries_by_iso2():
        raise ValueError(f"{where}: country {cell!r} is not in countries.tsv")
    return cell or None


def _others(
    name: str, label: Label, kinds: frozenset[str], name_columns: tuple[str, ...]
) -> tuple[Term, ...]:
    terms = []
    for n, row in enumerate(read_tsv(name), start=1):
        where = f"{name} row {n}"
        if row["kind"] not in kinds:
            raise ValueError(f"{where}: kind {row['kind']!r} is not one of {sorted(kinds)}")
        qid = qid_cell(row["qid"], where)
        names = _unique(_names(row, where, *name_columns))
        terms.append(
            Term(
                key=_key(label, row["name_en"], qid),
                label=label,
                name_en=row["name_en"],
                qid=qid,
                kind=row["kind"],
                country=_belongs_to(row["country_iso2"], where),
                names=names,
                adjectives=(),
                name_ar=names[0],
            )
        )
    return tuple(terms)


@cache
def names_ar() -> dict[str, str]:
    """The Arabic name to show for each term key (`Term.name_ar`).

    >>> names_ar()["Q232"]  # Kazakhstan, as CLDR writes it
    'كازاخستان'
    """
    return {t.key: t.name_ar for t in gazetteer()}


@cache
def gazetteer() -> tuple[Term, ...]:
    """Every term: countries first, then places, organizations and named projects."""
    places = _others("places.tsv", Label.PLACE, PLACE_KINDS, ("names_ar",))
    organizations = _others(
        "organizations.tsv", Label.ORGANIZATION, ORGANIZATION_KINDS, ("names_ar", "acronyms")
    )
    projects = _others("projects.tsv", Label.PROJECT, PROJECT_KINDS, ("names_ar",))
    terms = _countries() + places + organizations + projects
    duplicates = sorted(k for k, n in Counter(t.key for t in terms).items() if n > 1)
    if duplicates:
        raise ValueError(f"gazetteer keys used twice: {duplicates}")
    return terms
