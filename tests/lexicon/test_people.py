"""The people gazetteer and the name tables are data that loads and holds together."""

import re
from collections import Counter

from kg.lexicon.files import read_tsv
from kg.lexicon.people import name_endings, name_parts, name_styles, people
from kg.text.normalize import fold


def test_the_gazetteer_covers_many_states_and_keys_are_unique() -> None:
    listed = people()
    assert len(listed) >= 400
    assert len({p.country for p in listed}) >= 80
    assert len({p.key for p in listed}) == len(listed)


def test_qids_are_few_and_certain_ones_are_kept() -> None:
    by_name = {p.name_en: p for p in people()}
    assert by_name["Vladimir Putin"].qid == "Q7747"
    assert by_name["Ilham Aliyev"].qid is None  # left empty rather than guessed


def test_every_full_arabic_spelling_names_one_person() -> None:
    spellings = Counter(s for p in people() for s in {fold(n) for n in p.names})
    assert [s for s, n in spellings.items() if n > 1] == []


def test_a_surname_alone_names_one_person() -> None:
    surnames = Counter(s for p in people() for s in {fold(n) for n in p.surnames})
    assert [s for s, n in surnames.items() if n > 1] == []


def test_abd_names_are_also_matched_joined() -> None:
    zayed = next(p for p in people() if p.name_en == "Abdullah bin Zayed Al Nahyan")
    assert "عبدالله بن زايد" in zayed.names


def test_name_tables_have_the_kinds_the_romanizer_reads() -> None:
    kinds = {part.kind for part in name_parts().values()}
    assert {"particle", "given", "compound", "cn_family", "cn_syllable"} <= kinds
    lengths = [len(ending) for ending, _, _ in name_endings()]
    assert lengths == sorted(lengths, reverse=True)  # the longest ending is tried first


_NOT_UN_MEMBERS = {"PS", "VA", "XK", "TW", ""}  # observers and states of limited recognition
_HEADS = re.compile(
    r"^(President|King|Queen|Emir|Sultan|Supreme Leader|Emperor|Grand Duke|Member of the "
    r"Presidency|Chairman of the (Presidential|Sovereignty|Presidential Leadership) Council|"
    r"Prime Minister|Chancellor|Premier|Taoiseach|Head of Government|Chief Adviser)( \d|$)"
)
_FOREIGN = re.compile(r"(Foreign|External) (Affairs|Minister|Secretary)|^Secretary of State")
_SINCE = re.compile(r"\b(19|20)\d\d-(?!\d)")  # "2019-", "2013-2022, 2023-": in office still


def _serving(role_pattern: re.Pattern[str]) -> set[str | None]:
    """Countries with someone listed who holds a role of the pattern still."""
    return {
        p.country
        for p in people()
        for role in p.roles
        if role_pattern.search(role) and _SINCE.search(role)
    }


def test_most_un_members_have_their_serving_leader_and_foreign_minister() -> None:
    members = {row["iso2"] for row in read_tsv("countries.tsv")} - _NOT_UN_MEMBERS
    assert len(members) == 193
    assert len(members & _serving(_HEADS)) >= 170
    assert len(members & _serving(_FOREIGN)) >= 120


def test_a_state_lists_its_heads_since_2000() -> None:
    french = {p.name_en for p in people() if p.country == "FR" and "President" in p.roles[0]}
    assert {"Jacques Chirac", "Nicolas Sarkozy", "François Hollande", "Emmanuel Macron"} <= french


def test_each_name_style_has_its_states_and_a_state_has_one_style() -> None:
    states, spellings = name_styles()
    assert states["IR"] == "persian" and states["TR"] == "turkish"
    assert set(spellings) == set(states.values())
    assert spellings["persian"]["محمد"] == "Mohammad"
