"""The relation rules' faster patterns find what their plain forms find."""

import re

from hypothesis import given
from hypothesis import strategies as st

from kg.extraction.relations.events import after_a_locative, stops_or_words

STOPS = ".;:"
WORDS = "كما ان انه قال وقال الذي"
# Text made of the words' letters, other letters, spaces and stops: words inside words too.
TEXT = st.text(alphabet="كماانهقلوذيبت .;:،", max_size=60)


def plain(stops: str, words: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(stops)}]|\\b(?:{'|'.join(words.split())})\\b")


@given(TEXT, st.integers(0, 60), st.integers(0, 60))
def test_stops_or_words_finds_what_the_plain_alternation_finds(text: str, lo: int, hi: int) -> None:
    fast, slow = stops_or_words(STOPS, WORDS), plain(STOPS, WORDS)
    assert [m.span() for m in fast.finditer(text, lo, hi)] == [
        m.span() for m in slow.finditer(text, lo, hi)
    ]


# A locative as the plain pattern says it: at the start of what is read, or after a space.
PLAIN_LOCATIVE = re.compile(r"(?:^|\s)(?:في|الي) (?:مدينه )?(?:ال\w+ )?$|(?:^|\s)ب(?:مدينه) $")


@given(st.text(alphabet="في الي مدينه ب سمرقند", max_size=50), st.integers(1, 50))
def test_a_locative_is_found_where_the_plain_pattern_finds_one(text: str, reach: int) -> None:
    for pos in range(len(text) + 1):
        window = text[max(0, pos - reach) : pos]
        if PLAIN_LOCATIVE.search(window):
            assert after_a_locative(text, pos, reach), (text, pos)
