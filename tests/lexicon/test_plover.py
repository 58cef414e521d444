"""The PLOVER data file: categories of the spec, every head a trigger, every kind covered."""

from kg.lexicon.files import read_tsv, values
from kg.lexicon.plover import CATEGORIES, NONE, cue_words, head_forms, kind_categories
from kg.lexicon.triggers import triggers
from kg.schema import Label
from kg.text.normalize import fold


def test_every_category_is_plovers() -> None:
    used = {row["category"] for row in read_tsv("plover.tsv")}
    assert used <= CATEGORIES | {NONE}
    assert {"CONSULT", "AGREE", "COOPERATE", "AID", "ACCUSE", "REJECT"} <= set(cue_words()) | used


def test_every_head_of_the_file_is_a_trigger() -> None:
    spelled = {fold(t.ar) for label in (Label.EVENT, Label.DOCUMENT) for t in triggers(label)}
    bare = {form.removeprefix("ال") for form in spelled}
    assert head_forms() <= spelled | bare


def test_every_event_and_document_kind_has_a_category() -> None:
    kinds = {t.kind for label in (Label.EVENT, Label.DOCUMENT) for t in triggers(label)}
    assert set(kind_categories()) == kinds
    assert kind_categories()["visit"] == "CONSULT"
    assert kind_categories()["memorandum of understanding"] == "AGREE"
    assert kind_categories()["press conference"] is None


def test_cue_rows_name_their_words_once() -> None:
    rows = [row for row in read_tsv("plover.tsv") if row["by"] == "cue"]
    words = [fold(w) for row in rows for w in values(row["ar"])]
    duplicated = {w for w in words if words.count(w) > 1}
    assert duplicated <= {fold("توقيع")}  # a head and an agreeing cue alike
