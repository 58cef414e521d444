"""Titles expand to one entry per spelling; portfolios are definite and share English names."""

from __future__ import annotations

from kg.lexicon.titles import TITLE_KINDS, portfolios, titles


def _roles(ar: str) -> list[tuple[str, str]]:
    return [(t.en, t.kind) for t in titles() if t.ar == ar]


def test_each_spelling_is_its_own_entry_sharing_the_role() -> None:
    assert _roles("رئيس الوزراء") == [("Prime Minister", "head")]
    assert _roles("رئيس الحكومة") == [("Prime Minister", "head")]
    assert _roles("رئيس وزراء") == [("Prime Minister", "head")]


def test_minister_titles_are_the_ones_that_take_a_portfolio() -> None:
    assert _roles("وزير") == [("Minister", "minister")]
    assert _roles("نائب وزير") == [("Deputy Minister", "minister")]
    assert _roles("السفير") == [("Ambassador", "envoy")]


def test_every_title_has_a_known_kind_and_no_spelling_repeats() -> None:
    spellings = [t.ar for t in titles()]
    assert len(spellings) == len(set(spellings))
    assert {t.kind for t in titles()} == TITLE_KINDS


def test_portfolio_spellings_share_the_english_name() -> None:
    english = {p.ar: p.en for p in portfolios()}
    assert english["الخارجية"] == english["الشؤون الخارجية"] == "Foreign Affairs"
    assert english["الطاقة والموارد الطبيعية"] == "Energy and Natural Resources"


def test_portfolios_are_written_definite_as_after_wazir() -> None:
    assert all(any(w.startswith("ال") for w in p.ar.split()) for p in portfolios())
    assert len({p.ar for p in portfolios()}) == len(portfolios())
