"""One shared Aho–Corasick pass serves every table, including tables added late."""

import gc

from kg.extraction.scan import SharedScan


class Owner:
    """Stands for a matcher: a table lives as long as its owner."""


def test_tables_sharing_a_key_each_get_the_hit_with_their_own_value() -> None:
    shared, owner = SharedScan(), Owner()
    a = shared.register({"مصر": "a", "باكو": "b"}, owner)
    b = shared.register({"مصر": "other"}, owner)
    text = "من مصر إلى باكو"
    assert shared.hits(a, text) == [(5, "a"), (14, "b")]
    assert shared.hits(b, text) == [(5, "other")]


def test_one_text_is_scanned_once_for_every_table() -> None:
    shared, owner = SharedScan(), Owner()
    a = shared.register({"مصر": 1}, owner)
    text = "مصر"
    assert shared.hits(a, text) is shared.hits(a, text)


def test_a_table_added_while_a_text_is_read_is_found_then_merged() -> None:
    shared, owner = SharedScan(), Owner()
    first = shared.register({"مصر": 1}, owner)
    text = "مصر والاردن"
    shared.hits(first, text)
    late = shared.register({"الاردن": 2}, owner)
    assert shared.hits(late, text) == [(10, 2)]  # scanned on its own for this text
    assert shared.hits(late, "الاردن ومصر") == [(5, 2)]  # the next text: one pass for both
    assert shared.hits(first, "الاردن ومصر") == [(10, 1)]
    assert shared._alone == {}


def test_a_table_goes_with_its_owner() -> None:
    shared, keep, gone = SharedScan(), Owner(), Owner()
    kept = shared.register({"مصر": 1}, keep)
    shared.register({"مصر": 2}, gone)
    shared.hits(kept, "مصر")
    del gone
    gc.collect()
    assert shared.hits(kept, "في مصر") == [(5, 1)]
    assert shared._tables[1] == {}  # nothing of it is scanned for any more


def test_a_declared_factory_builds_its_table_before_the_first_text_is_scanned() -> None:
    shared, owner = SharedScan(), Owner()
    built: list[int] = []

    @shared.load_first
    def late_table() -> int:
        built.append(shared.register({"الاردن": 2}, owner))
        return built[-1]

    first = shared.register({"مصر": 1}, owner)
    assert built == []  # declaring runs nothing
    assert shared.hits(first, "مصر والاردن") == [(2, 1)]
    assert shared.hits(built[0], "مصر والاردن") == [(10, 2)]  # from the one shared pass
    assert shared._alone == {}
    shared.hits(first, "الاردن ومصر")
    assert built == [1]  # run once


def test_a_table_of_words_gets_the_hits_at_word_bounds_a_raw_table_every_hit() -> None:
    shared, owner = SharedScan(), Owner()
    raw = shared.register({"مصر": "raw"}, owner)
    heads = frozenset({"", "و", "ال"})
    words = shared.register_words({"مصر": ("word", heads), "اتفاق": ("deal", heads)}, owner)
    text = "مصر ومصر المصري بمصر الاتفاق والاتفاق"
    assert [last for last, _ in shared.hits(raw, text)] == [2, 7, 13, 19]
    # not "المصري" (inside a word), nor "بمصر" (ب is not one of its heads); "والاتفاق"
    # holds "وال", not one of its heads either
    assert [text[ws:end] for _, _, end, ws, _ in shared.words(words, text)] == [
        "مصر",
        "ومصر",
        "الاتفاق",
    ]
    assert shared.words(words, "مصر")[0] == (-3, 0, 3, 0, "word")  # longest first, leftmost


def test_a_head_is_read_back_to_the_start_of_its_word_only() -> None:
    shared, owner = SharedScan(), Owner()
    words = shared.register_words({"مصر": ("word", frozenset({"", "و", "ول"}))}, owner)
    # "لومصر": ل then و is no head of the key, though "و" alone is; "وولمصر" is more than
    # a head (وول); "ولمصر" is one
    text = "لومصر وولمصر ولمصر"
    assert [ws for _, _, _, ws, _ in shared.words(words, text)] == [13]
