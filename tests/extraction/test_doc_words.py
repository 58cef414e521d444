"""The words of a `Doc`: the fast cut at spaces gives what the regex gives. Texts written here."""

import pytest

from kg.extraction.document import _words, _words_by_regex
from kg.text.normalize import fold


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "وقال الوزير: إن حجم التبادل بلغ 2.5 مليار دولار (عام 2023).",
        "السطر الأول\n\nالسطر الثاني،  بمسافتين - و«اقتباس» و'آخر' 50% / 10؟!",
        "كلمة_بشرطة وtab\tهنا ومسافة\u00a0غير قابلة للكسر وx\u200cy",  # marks not in `_GAPS`
        "...،،\n",
        "ABC-123 co-op",
    ],
)
def test_words_cut_at_spaces_are_the_regex_words(text: str) -> None:
    folded = fold(text)
    starts, words = _words(folded)
    assert (starts, words) == _words_by_regex(folded)
    assert starts[-1] == len(folded)
    assert [folded[w.start : w.end] for w in words] == [w.text for w in words]
    assert all(w.text.isalnum() for w in words)
