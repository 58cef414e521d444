"""Topic words: nouns without the article, adjectives that are nisbas, lower-case English."""

from __future__ import annotations

from kg.lexicon.topics import topic_words


def test_nouns_and_adjectives_map_to_topics() -> None:
    english = {(w.ar, w.kind): w.en for w in topic_words()}
    assert english[("طاقة", "noun")] == "energy"
    assert english[("تبادل تجاري", "noun")] == english[("تجارة", "noun")] == "trade"
    assert english[("اقتصادي", "adj")] == "economic cooperation"


def test_words_start_without_the_article() -> None:
    assert not [w.ar for w in topic_words() if w.ar.startswith("ال")]


def test_adjectives_are_nisbas_and_topics_are_lower_case() -> None:
    words = topic_words()
    assert all(x.endswith("ي") for w in words if w.kind == "adj" for x in w.ar.split())
    assert all(w.en == w.en.lower() for w in words)
    spellings = [(w.ar, w.kind) for w in words]
    assert len(spellings) == len(set(spellings))
