"""Officials nobody listed (`unlisted_officials.tsv`: deputy ministers, envoys, mayors,
spokespeople, party leaders of many origins, each in a sentence written for this test):
found with the right boundaries, and how many the romanizer names as English Wikipedia
does. None of them is in the people
gazetteer, so this measures the patterns and the romanizer alone."""

from pathlib import Path

from kg import extract
from kg.lexicon.people import people
from kg.text.normalize import fold
from tests.extraction.test_officials import english_key

_ROWS = [
    line.split("\t")
    for line in (Path(__file__).parent / "unlisted_officials.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("#")
][1:]


def _persons(sentence: str) -> list[tuple[str, str]]:
    graph = extract(sentence)
    return [(e.name, e.name_ar) for e in graph.entities if e.label == "Person"]


def test_the_list_is_many_and_nobody_on_it_is_listed() -> None:
    assert len(_ROWS) >= 100
    listed = {fold(n) for p in people() for n in p.names}
    assert [name for _, _, name in _ROWS if fold(name) in listed] == []


def test_unlisted_officials_are_found_with_their_whole_name_and_nothing_more() -> None:
    found = [name for _, sentence, name in _ROWS if name in {ar for _, ar in _persons(sentence)}]
    assert len(found) >= 107, sorted({n for _, _, n in _ROWS} - set(found))


def test_the_romanizer_names_many_as_english_wikipedia_does() -> None:
    named = [
        english
        for english, sentence, _ in _ROWS
        if english_key(english) in {english_key(en) for en, _ in _persons(sentence)}
    ]
    assert len(named) >= 34, named
