"""How a server finds the people a new batch of articles may name: `name_keys`.

A feed (`kg build … --push`) merges each batch of articles with what the server already
holds. Most nodes are found by key (QID, folded name), but a person spelled differently or
named without a first name needs the graph's same-person rule (`kg.graph.merge.Index`),
which compares the person-name forms (`kg.text.person_names.person_key`) of every
spelling seen. So every `Person` node on a server carries `name_keys`: those forms, each
between `|`, and a batch asks for the people whose `name_keys` contain the first word
(`|first `), the surname (` last|`) or the lone surname (`|last|`) of its unresolved
people — the only candidates the rule can match. Neo4j answers `CONTAINS` from a text
index; FalkorDB scans its people.

>>> name_keys(["إلهام علييف", "علييف"])
'|الهام علييف|علييف|'
>>> needles("الهام علييف")
['|الهام ', ' علييف|', '|علييف|']
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.text.person_names import person_key

#: The property of Person nodes that holds their person-name forms.
NAME_KEYS = "name_keys"


def name_keys(forms: Iterable[str]) -> str:
    """The `name_keys` value of a person seen under `forms` (Arabic spellings)."""
    keys = dict.fromkeys(k for k in map(person_key, forms) if k)
    return "|" + "|".join(keys) + "|" if keys else ""


def needles(key: str) -> list[str]:
    """What to look for in `name_keys` to find every person the same-person rule may merge
    with a person whose `person_key` is `key`: same first word, or the surname in full
    names and alone.

    >>> needles("علييف")
    [' علييف|', '|علييف|']
    """
    words = key.split()
    if not words:
        return []
    found = [f"|{words[0]} "] if len(words) > 1 else []
    return [*found, f" {words[-1]}|", f"|{words[-1]}|"]
