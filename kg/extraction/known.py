"""Mentions of what the gazetteers know: countries (names and nisba adjectives), places,
organizations, projects and the people of the people gazetteer. Listed names are the most
reliable evidence the extractor has, so these spans are found first (all in one automaton)
and later patterns keep out of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from kg.extraction.document import Doc
from kg.extraction.matcher import PhraseMatcher
from kg.extraction.place_names import name_places
from kg.extraction.scan import SHARED
from kg.extraction.spans import Span
from kg.lexicon.gazetteer import Term, gazetteer
from kg.lexicon.people import Person, people
from kg.schema import Label
from kg.text.normalize import fold
from kg.text.person_names import person_key

ADJECTIVE = "adjective"
PERSON = "person"  # a listed person's full name
SURNAME = "surname"  # a listed person's surname alone


@dataclass(frozen=True)
class ListedNames:
    """The people gazetteer's full names, indexed for the people stage's lookups."""

    first_names: dict[str, frozenset[str]]  # key -> folded first words ("قاسم", "نور")
    by_first_word: dict[str, list[tuple[str, Term]]]  # first word -> (`person_key`, term)
    by_given_name: dict[str, list[tuple[Person, Term]]]  # "عبدالله" -> people, terms
    by_surname: dict[str, list[tuple[Person, Term]]]  # "علييف" -> people, terms
    offices: dict[str, tuple[str, ...]]  # key -> roles with years ("President 2000-2008")

    def held(self, key: str, role: str) -> bool:
        """Whether the listed person `key` held the office `role` of his own state (the
        roles column: "President 2014-"; not "Secretary-General of the GCC", a body's).

        >>> names = listed_names()
        >>> names.held("Person:فلاديمير بوتين", "President")
        True
        >>> names.held("Person:فلاديمير بوتين", "King")
        False

        A title that joins more portfolios to the listed one names the same office:

        >>> names.held("Person:ناصر بوريطه", "Minister of Foreign Affairs and Expatriates")
        True
        >>> names.held("Person:ناصر بوريطه", "Minister of Foreign Affairs")
        True
        >>> names.held("Person:ناصر بوريطه", "Minister")
        False
        """
        return any(
            # nothing after the office, or a year: "" is in any string, and [:1] is one letter
            (r.startswith(role) and r[len(role) :].strip()[:1] in "0123456789")
            or _adds_portfolios(role, r.rstrip("0123456789- "))
            for r in self.offices.get(key, ())
        )


def _adds_portfolios(role: str, office: str) -> bool:
    """Whether `role` joins more portfolios to `office` ("Minister of Foreign Affairs and
    Expatriates", "Minister of Foreign Affairs, Migration and …"); an office without a
    portfolio takes none ("President and …" is no longer his office)."""
    return " of " in office and role.startswith((f"{office} and ", f"{office}, "))


@cache
def listed_names() -> ListedNames:
    """One pass over the gazetteer's full names (each folded once, keyed by `person_key`):
    a spelling the gazetteer does not list, a listed surname after another first name, and
    "الملك سلمان" (a title and a given name alone) are looked up here."""
    first_names: dict[str, frozenset[str]] = {}
    by_first_word: dict[str, list[tuple[str, Term]]] = {}
    by_given_name: dict[str, list[tuple[Person, Term]]] = {}
    by_surname: dict[str, list[tuple[Person, Term]]] = {}
    offices: dict[str, tuple[str, ...]] = {}
    for person in people():
        term = person_terms(person)[0]
        offices[term.key] = person.roles
        keys = list(dict.fromkeys(person_key(n) for n in person.names))
        first_names[term.key] = frozenset(fold(n).split(" ", 1)[0] for n in person.names)
        for key in keys:
            by_first_word.setdefault(key.split(" ", 1)[0], []).append((key, term))
        for first in dict.fromkeys(key.split(" ", 1)[0] for key in keys):
            by_given_name.setdefault(first, []).append((person, term))
        for last in dict.fromkeys(key.rsplit(" ", 1)[-1] for key in keys if " " in key):
            by_surname.setdefault(last, []).append((person, term))
    return ListedNames(first_names, by_first_word, by_given_name, by_surname, offices)


def person_terms(person: Person) -> tuple[Term, Term]:
    """A listed person as two gazetteer terms: full names and surnames alone. Their key is
    the folded first Arabic name, so a person's ref reads like a found person's
    ("Person:فلاديمير بوتين") and in-article spelling rules compare it alike."""
    full = Term(
        key=f"{Label.PERSON}:{fold(person.names[0])}",
        label=Label.PERSON,
        name_en=person.name_en,
        qid=person.qid,
        kind=PERSON,
        country=person.country,
        names=person.names,
        adjectives=(),
    )
    return full, Term(**{**full.__dict__, "kind": SURNAME, "names": person.surnames})


@SHARED.load_first  # its table joins the first automaton
@cache
def _matcher() -> PhraseMatcher[tuple[Term, bool]]:
    phrases: list[tuple[str, tuple[Term, bool]]] = []
    for term in gazetteer():
        phrases += [(name, (term, False)) for name in term.names]
        phrases += [(adj, (term, True)) for adj in term.adjectives]
    for person in people():
        for term in person_terms(person):
            phrases += [(name, (term, False)) for name in term.names]
    return PhraseMatcher(phrases)


def find_known(doc: Doc) -> list[Span]:
    """Spans of gazetteer names, attached proclitics included (as the guidelines count them),
    and of places named by a head noun or as a state's capital (`place_names`); a name two
    terms share is read by `read_homographs`."""
    ftext = doc.ftext
    # Span(label, start, end, ref, name, qid, country, kind, proclitics), by position and
    # the match unpacked: a call by keywords cost twice as much per span.
    listed = [
        Span(
            term.label,
            word_start,
            end,
            term.key,
            term.name_en,
            term.qid,
            term.country,
            ADJECTIVE if adjective else term.kind,
            ftext[word_start:start],
        )
        for start, end, word_start, (term, adjective) in _matcher().find(ftext)
    ]
    shared = _shared_keys()
    if any(s.ref in shared for s in listed):
        read_homographs(doc, listed)
    return name_places(doc, listed)


@cache
def homographs() -> dict[str, tuple[Term, ...]]:
    """Folded names that two countries or places of the gazetteer share, with their terms
    in gazetteer order (countries first): "عمان" is Oman and Amman (عُمان, عمّان).

    >>> [t.name_en for t in homographs()["عمان"]]
    ['Oman', 'Amman']
    """
    by_name: dict[str, dict[str, Term]] = {}
    for term in gazetteer():
        if term.label in (Label.COUNTRY, Label.PLACE):
            for name in term.names:
                by_name.setdefault(fold(name).strip(), {})[term.key] = term
    return {name: tuple(terms.values()) for name, terms in by_name.items() if len(terms) > 1}


@cache
def _shared_keys() -> frozenset[str]:
    """The term a shared name's match carries (the first listed): the spans to read again."""
    return frozenset(terms[0].key for terms in homographs().values())


def read_homographs(doc: Doc, spans: list[Span]) -> None:
    """Read each name two terms share as the one whose state the text names otherwise.

    The state of a term is the country itself, or the country of a place. The reading is
    the term whose state a name, nisba, place, body or listed person right before the name
    belongs to ("العاصمة الأردنية عمان": Amman); else the one whose state the rest of the
    article names more often by unshared names ("سلطنة عمان", "العماني", "مسقط" for Oman;
    "الأردن", "الملك عبد الله الثاني" for Amman); else the first listed (the country).
    `spans` are the gazetteer's spans of the article, changed in place."""
    table, keys = homographs(), _shared_keys()
    shared = {
        k: terms
        for k, s in enumerate(spans)
        if s.ref in keys and s.kind != ADJECTIVE
        if (terms := table.get(doc.ftext[s.start + len(s.proclitics) : s.end]))
    }
    states = Counter(s.country for k, s in enumerate(spans) if k not in shared and s.country)
    for k, terms in shared.items():
        s = spans[k]
        before = next((o for o in spans if o.end + 1 == s.start and o.country), None)
        near = [t for t in terms if before is not None and before.country == t.country]
        term = near[0] if near else max(terms, key=lambda t: states[t.country or ""])
        if term.key != s.ref:
            spans[k] = Span(term.label, s.start, s.end, term.key, term.name_en, term.qid,
                            term.country, term.kind, s.proclitics)  # fmt: skip
