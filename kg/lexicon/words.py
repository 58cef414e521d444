"""Arabic function words, frequent news verbs and honorifics, folded (`function_words.tsv`,
`honorifics.tsv`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.lexicon.files import read_tsv, values
from kg.text.normalize import fold


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for row in read_tsv(name) for w in values(row["word"]))


@cache
def honorifics() -> frozenset[str]:
    """Folded honorifics: they open a name ("الدكتور", "السيد") but are no part of it."""
    return _words("honorifics.tsv")


@cache
def ranks() -> frozenset[str]:
    """Folded military and police ranks ("الفريق أول", "اللواء"): between a title and a
    name, no part of the name (`ranks.tsv`)."""
    return _words("ranks.tsv")


@cache
def function_words() -> frozenset[str]:
    """Folded words that never belong to a name (honorifics included) and end a phrase."""
    return _words("function_words.tsv") | honorifics()


@cache
def directions() -> dict[str, str]:
    """Folded compass directions and their English (`directions.tsv`): "شمال - جنوب" is a
    route's bearing, not two stops.

    >>> directions()[fold("شمال")], fold("شيراز") in directions()
    ('North', False)
    """
    return {fold(w): row["en"] for row in read_tsv("directions.tsv") for w in values(row["ar"])}


@cache
def radical_waw() -> frozenset[str]:
    """Folded indefinite adjectives that begin with a radical و ("وزاري", "وطنية"): not the
    conjunction, so they go on qualifying the head before them (`radical_waw.tsv`).

    >>> fold("وزاري") in radical_waw(), fold("وزيارة") in radical_waw()
    (True, False)
    """
    return _words("radical_waw.tsv")


@dataclass(frozen=True)
class NameWords:
    """Folded words that shape a person's name (`name_words.tsv`)."""

    particles: frozenset[str]  # "بن", "آل", "أبو" …: link the words of one name
    surname_endings: tuple[str, ...]  # "وف", "ييف", "يان" …: end a transliterated surname
    given_like_function: frozenset[str]  # "علي": a given name that folds like "على"
    given_spellings: frozenset[str]  # the same, as written: "علي" (not "على"), "آن" (not "أن")
    title_modifiers: frozenset[str]  # "الأسبق", "بالوكالة": between a title and a name
    envoy_modifiers: frozenset[str]  # "الخاص": after an envoy's nisba ("المبعوث الصيني الخاص")
    named_after: frozenset[str]  # "جامعة", "مطار": what is named after a person
    title_links: frozenset[str]  # "لدى", "للشؤون": open a title's host or field


@cache
def name_words() -> NameWords:
    """The words of `name_words.tsv`, by kind.

    >>> "بن" in name_words().particles, "علييف".endswith(name_words().surname_endings)
    (True, True)
    """
    kinds: dict[str, list[str]] = {
        "particle": [],
        "surname_ending": [],
        "given_function": [],
        "title_modifier": [],
        "envoy_modifier": [],
        "named_after": [],
        "title_link": [],
    }
    written: list[str] = []
    for n, row in enumerate(read_tsv("name_words.tsv"), start=1):
        if row["kind"] not in kinds:
            raise ValueError(f"name_words.tsv row {n}: kind {row['kind']!r} is unknown")
        kinds[row["kind"]] += [fold(w) for w in values(row["word"])]
        if row["kind"] == "given_function":
            written += values(row["word"])
    return NameWords(
        particles=frozenset(kinds["particle"]),
        surname_endings=tuple(kinds["surname_ending"]),
        given_like_function=frozenset(kinds["given_function"]),
        given_spellings=frozenset(written),
        title_modifiers=frozenset(kinds["title_modifier"]),
        envoy_modifiers=frozenset(kinds["envoy_modifier"]),
        named_after=frozenset(kinds["named_after"]),
        title_links=frozenset(kinds["title_link"]),
    )


@cache
def not_name_words() -> frozenset[str]:
    """Folded common words that never belong to a person's name (`not_name_words.tsv`)."""
    return _words("not_name_words.tsv")
