"""PLOVER event categories of Arabic heads and cue words (`plover.tsv`).

Heads give an event's or a document's category by their kind, so every spelling
`triggers.tsv` lists for a kind shares it; cue words of the sentence that first names an
event can override it (`kg.extraction.categories`).

>>> kind_categories()["meeting"], kind_categories()["protocol"]
('CONSULT', 'AGREE')
>>> "signing" in open_kinds(), "ceremony" in open_kinds()
(False, True)
"""

from __future__ import annotations

from functools import cache

from kg.lexicon.files import read_tsv, values
from kg.lexicon.triggers import triggers
from kg.schema import Label
from kg.text.normalize import fold

#: The 19 PLOVER categories, plus ACCUSE: PLOVER's DISAPPROVE mode "accuse" by its own name.
CATEGORIES = frozenset(
    {
        *("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"),
        *("INVESTIGATE", "DEMAND", "DISAPPROVE", "ACCUSE", "REJECT", "THREATEN", "PROTEST"),
        *("MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "CRIME"),
    }
)
#: Categories whose cue overrides whatever head names the event: aid and conflict.
MARKED = frozenset(CATEGORIES - {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})
NONE = "-"  # a head that PLOVER gives no category (public statements)


def _rows(by: str) -> list[tuple[str, str]]:
    """(folded form, category) of every row of kind `by`; unknown categories fail here."""
    out: list[tuple[str, str]] = []
    for row in read_tsv("plover.tsv"):
        if row["category"] not in CATEGORIES | {NONE}:
            raise ValueError(f"plover.tsv: {row['category']!r} is not a PLOVER category")
        if row["by"] == by:
            out.extend((fold(ar), row["category"]) for ar in values(row["ar"]))
    return out


def _head_forms() -> dict[str, tuple[str, bool]]:
    heads = {form: (category, False) for form, category in _rows("head")}
    heads.update({form: (category, True) for form, category in _rows("open")})
    return heads


@cache
def _kinds() -> dict[str, tuple[str, bool]]:
    """English kind of an event or document head → (category, open) from its spellings."""
    heads = _head_forms()
    found: dict[str, tuple[str, bool]] = {}
    for label in (Label.EVENT, Label.DOCUMENT):
        for t in triggers(label):
            form = fold(t.ar)
            hit = heads.get(form) or heads.get(form.removeprefix("ال"))
            if hit is not None and t.kind not in found:
                found[t.kind] = hit
    return found


@cache
def kind_categories() -> dict[str, str | None]:
    """Category of each head kind ("meeting" → CONSULT); None where PLOVER has none."""
    return {kind: (None if c == NONE else c) for kind, (c, _) in _kinds().items()}


@cache
def open_kinds() -> frozenset[str]:
    """Kinds whose category is a default any cue of their sentence replaces ("ceremony")."""
    return frozenset(kind for kind, (_, is_open) in _kinds().items() if is_open)


@cache
def cue_words() -> dict[str, tuple[str, ...]]:
    """Category → its cue words, as written (folded by the cue finder)."""
    cues: dict[str, list[str]] = {}
    for row in read_tsv("plover.tsv"):
        if row["by"] == "cue":
            cues.setdefault(row["category"], []).extend(values(row["ar"]))
    return {category: tuple(words) for category, words in cues.items()}


@cache
def head_category(form: str) -> str | None:
    """The category of a folded head word, with or without the article ("المعرض")."""
    heads = _head_forms()
    hit = heads.get(form) or heads.get(form.removeprefix("ال"))
    return None if hit is None or hit[0] == NONE else hit[0]


def head_forms() -> frozenset[str]:
    """Every folded head form the file lists (tests check each is a trigger)."""
    return frozenset(_head_forms())
