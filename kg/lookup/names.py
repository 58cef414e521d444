"""Finding entities by name: Arabic in any spelling, with or without clitics, or English.

Every name, Arabic name, alias, QID and key of an entity is reduced to a tuple of word
forms: folded (`kg.text.normalize.fold`: hamza, ta marbuta, harakat, case…) and with the
article and the proclitics before it removed (`kg.text.clitics.bare`). A query is reduced
the same way, and its first word also in each reading `kg.text.clitics.candidates` offers
("للجنة" may be ل + ال + لجنة). Matches come in three tiers, best first:

- exact: the query's forms are a name's forms ("الكازاخستاني" when that spelling was seen);
- partial: the query's forms run inside a longer name ("للجنة" in "اللجنة المشتركة"),
  scored by how much of the name they cover;
- fuzzy: nothing above matched, and a name, or a run of as many of its words as the
  query has, is close in edit distance (rapidfuzz's normalized Indel similarity ≥
  `FUZZY_CUTOFF`): "قازاقستان" for "كازاخستان", "Suleimanov" for "Timur Slimanof".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from kg.lookup.records import Ref, ref
from kg.schema import ENTITY_LABELS, Prop
from kg.text.clitics import bare, candidates
from kg.text.normalize import fold

if TYPE_CHECKING:  # networkx takes 0.15 s to import: lookups on a saved folder never need it
    import networkx as nx

#: Lowest fuzzy score (0–100) shown as a candidate: one or two letters off in a short name.
FUZZY_CUTOFF = 70.0

_WORD = re.compile(r"\w+")


class How(IntEnum):
    """How a name matched; higher is better."""

    FUZZY = 1
    PARTIAL = 2
    EXACT = 3


class Match(Ref):
    """An entity a query may name: how it matched, how well (0–100), how much of the
    matched spelling the query covers (0–1), and that spelling."""

    how: str
    score: float
    share: float
    form: str


class UnknownName(LookupError):
    """No entity has a name like the query."""

    def __init__(self, query: str) -> None:
        super().__init__(f"no entity is named {query!r}")
        self.query = query


class AmbiguousName(LookupError):
    """Several entities match the query equally well."""

    def __init__(self, query: str, matches: list[Match]) -> None:
        names = "; ".join(f"{m.name} [{m.label}, key {m.key}]" for m in matches)
        super().__init__(f"{query!r} may name several entities: {names}")
        self.query = query
        self.matches = matches


def words(text: str) -> tuple[str, ...]:
    """The comparable word forms of a name: folded, article and its proclitics removed.

    >>> words("للجنة الحكومية")
    ('جنه', 'حكوميه')
    """
    return tuple(map(_bare, _WORD.findall(fold(text))))


#: `bare` of a word, remembered: names repeat their words (300k spellings of a 10k-article
#: graph's index hold 1.4M words).
_bare = lru_cache(maxsize=1 << 16)(bare)


def readings(query: str) -> list[tuple[str, ...]]:
    """The query's word forms, and those with its first word read in every clitic split."""
    folded = _WORD.findall(fold(query))
    if not folded:
        return []
    rest = tuple(bare(w) for w in folded[1:])
    first = dict.fromkeys((bare(folded[0]), *(bare(c) for c in candidates(folded[0]))))
    return [(f, *rest) for f in first]


class _Form(NamedTuple):
    """One spelling of a node (a tuple: a saved graph's index makes 300k of them at once)."""

    key: str
    text: str  # the spelling as the graph has it
    words: tuple[str, ...]


@dataclass(frozen=True)
class Candidates:
    """Nodes by key with their attributes: what `find` reads of a graph when it is given
    the spellings to compare — all a saved folder's index (`kg.lookup.store`) reads for a
    name, without making a networkx graph."""

    nodes: dict[str, dict[str, Any]]


def _forms(graph: nx.MultiDiGraph | Candidates) -> Iterator[_Form]:
    """Every spelling of every entity; other nodes (articles, figures) by key only."""
    entity_labels = {str(label) for label in ENTITY_LABELS}
    nodes = graph.nodes.items() if isinstance(graph, Candidates) else graph.nodes(data=True)
    for key, attrs in nodes:
        spellings = [key]
        if attrs.get(Prop.LABEL) in entity_labels:
            spellings += [attrs.get(Prop.NAME), attrs.get(Prop.NAME_AR), attrs.get(Prop.WIKIDATA)]
            spellings += attrs.get(Prop.ALIASES, ())
        for text in dict.fromkeys(s for s in spellings if s):
            form_words = words(str(text))
            if form_words:
                yield _Form(key, str(text), form_words)


def _runs_inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _windows(forms: list[_Form], size: int) -> tuple[list[int], list[str]]:
    """Each form's runs of `size` words (the whole form if shorter), with the form's index:
    a misspelt surname is compared with surnames, not with the full name around it."""
    owners, windows = [], []
    for i, form in enumerate(forms):
        for start in range(max(1, len(form.words) - size + 1)):
            owners.append(i)
            windows.append(" ".join(form.words[start : start + size]))
    return owners, windows


def _share(part: str, form: _Form) -> float:
    """How much of a name `part` is: 1.0 when it is the whole name."""
    return min(1.0, len(part) / len(" ".join(form.words)))


def _best(forms: list[_Form], query: str) -> dict[str, tuple[How, float, float, str]]:
    """Each node some form of which matches `query`: how, score, share, the spelling."""
    asked = readings(query)
    best: dict[str, tuple[How, float, float, str]] = {}

    def offer(form: _Form, how: How, score: float, share: float) -> None:
        if best.get(form.key, (How.FUZZY, -1.0, -1.0, ""))[:3] < (how, score, share):
            best[form.key] = (how, score, share, form.text)

    for form in forms:
        for reading in asked:
            if reading == form.words:
                offer(form, How.EXACT, 100.0, 1.0)
            elif _runs_inside(reading, form.words):
                share = _share(" ".join(reading), form)
                offer(form, How.PARTIAL, round(100.0 * share, 1), share)
    if not any(hit[0] == How.EXACT for hit in best.values()):
        # Here only: a name spelled exactly (most lookups) never loads rapidfuzz (10 ms).
        from rapidfuzz import fuzz, process

        for reading in asked:
            owners, windows = _windows(forms, len(reading))
            for window, score, i in process.extract(
                " ".join(reading), windows, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
            ):
                form = forms[owners[i]]
                offer(form, How.FUZZY, round(float(score), 1), _share(window, form))
    return best


def named_keys(forms: list[_Form], query: str) -> set[str]:
    """The nodes `find` ranks for `query` among `forms` (before ranking and the limit).

    >>> sorted(named_keys([_Form("kz", "Kazakhstan", ("kazakhstan",))], "Kazakstan"))
    ['kz']
    """
    return set(_best(forms, query))


def find(
    graph: nx.MultiDiGraph | Candidates,
    query: str,
    *,
    limit: int = 10,
    forms: list[_Form] | None = None,
) -> list[Match]:
    """Entities `query` may name, best first, at most `limit`: the exact matches if there
    are any, else partial and fuzzy candidates.

    Candidates rank by tier, then score, then how much of their name the query covers
    (a typo of "Kazakhstan" names the country before the commission named after it).

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kz", label="Country", name="Kazakhstan", name_ar="كازاخستان")
    >>> [(m.key, m.how) for m in find(g, "لكازاخستان")]
    [('kz', 'exact')]
    >>> [(m.key, m.how) for m in find(g, "قازاقستان")]
    [('kz', 'fuzzy')]

    `forms` (the spellings to compare, by default every one of `graph`) lets a caller
    holding only part of a graph (`kg.lookup.store`) rank what that part holds.
    """
    best = _best(list(_forms(graph)) if forms is None else forms, query)
    support = {key: int(graph.nodes[key].get(Prop.SUPPORT, 0)) for key in best}
    ranked = sorted(best, key=lambda k: (-best[k][0], -best[k][1], -best[k][2], -support[k], k))
    if ranked and best[ranked[0]][0] == How.EXACT:
        ranked = [key for key in ranked if best[key][0] == How.EXACT]
    return [
        Match(
            **ref(graph, key).model_dump(),
            how=best[key][0].name.lower(),
            score=best[key][1],
            share=round(best[key][2], 3),
            form=best[key][3],
        )
        for key in ranked[:limit]
    ]


def resolve(
    graph: nx.MultiDiGraph | Candidates, query: str, *, forms: list[_Form] | None = None
) -> Match:
    """The one entity `query` names: the only exact match, or the clear best candidate.

    Raises `UnknownName` when nothing matches, `AmbiguousName` when the best two tie
    (two exact matches, or equal candidates) — the caller then shows the candidates.
    """
    matches = find(graph, query, forms=forms)
    if not matches:
        raise UnknownName(query)
    first = matches[0]
    tied = [
        m for m in matches if (m.how, m.score, m.share) == (first.how, first.score, first.share)
    ]
    if len(tied) > 1:
        raise AmbiguousName(query, tied)
    return first
