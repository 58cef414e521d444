from kg.text.normalize import _FOLD, _FREQUENT, Folded, _fold_text, fold, fold_with_offsets


def test_fold_letters_match_the_evaluation_rules() -> None:
    assert fold("أإآٱ") == "اااا"
    assert fold("مستشفى المدينة") == "مستشفي المدينه"
    assert fold("مؤتمر هيئة") == "موتمر هييه"


def test_fold_drops_harakat_tatweel_and_bidi_marks() -> None:
    assert fold("مُؤْتَمَرٌ") == "موتمر"
    assert fold("الـــرئيس") == "الرييس"
    assert fold("هذٰا") == "هذا"
    assert fold("باكو\u200f\u200e\u061c\u200c\u200d") == "باكو"


def test_fold_digits_signs_quotes_dashes_and_case() -> None:
    assert fold("٢٠٢٤ و۱۳۹۹") == "2024 و1399"
    assert fold("٣٫٥ و١٬٢٠٠") == "3.5 و1,200"
    assert fold("«قال» “x” – —") == '"قال" "x" - -'
    assert fold("SOCAR Baku") == "socar baku"


def test_fold_expands_presentation_forms() -> None:
    assert fold("ﻻ ﺃﺣﺪ") == "لا احد"


def test_fold_is_idempotent() -> None:
    text = "الإمارات العربيّة المتّحدة، ١٤ آذار ٢٠٢٣ — «ﻻ»"
    assert fold(fold(text)) == fold(text)


def test_offsets_point_back_to_the_original() -> None:
    text = "وزيرُ الـخارجيّة ﻻ"
    f = fold_with_offsets(text)
    assert f.text == fold(text) == "وزير الخارجيه لا"
    assert len(f.offsets) == len(f.text) + 1
    assert f.offsets[-1] == len(text)
    for i, ch in enumerate(f.text):
        if ch != " ":
            assert fold(text[f.offsets[i]]).find(ch) >= 0


def test_span_covers_whole_original_characters() -> None:
    text = "قال ﻻ تغيير في الخارجيّة"
    f = fold_with_offsets(text)
    start = f.text.index("لا")
    a, b = f.span(start, start + 2)
    assert text[a:b] == "ﻻ"
    start = f.text.index("الخارجيه")
    a, b = f.span(start, start + len("الخارجيه"))
    assert text[a:b] == "الخارجيّة"


def test_span_of_an_empty_range_is_empty() -> None:
    f = Folded("ab", (0, 1, 2))
    assert f.span(1, 1) == (1, 1)


def test_empty_text() -> None:
    folded = fold_with_offsets("")
    assert (folded.text, list(folded.offsets)) == ("", [0])


def test_fold_reads_persian_letters_as_arabic() -> None:
    assert fold("ملیون کیلومتر") == "مليون كيلومتر"


def test_each_folded_character_knows_its_original_one() -> None:
    # A two-letter ligature, a dropped mark, a space, a letter, a dropped tatweel, a letter.
    f = fold_with_offsets("ﻻَ بـا")
    assert f.text == "لا با"
    assert tuple(f.offsets) == (0, 0, 2, 3, 5, 6)
    assert fold_with_offsets("لا با").offsets == range(6)  # nothing to move: no table built


def test_an_article_folds_like_its_characters_one_by_one() -> None:
    # The article path passes over characters known to fold to themselves; one it has not
    # met before (here a rare presentation form and letters of other scripts) is folded all
    # the same, and offsets still point at it.
    text = "قال ﶂ الوزير ΣΩ ИГ: «اتفاقيّة»"
    folded = fold_with_offsets(text)
    assert folded.text == "".join(fold(ch) for ch in text)
    assert all(fold(text[folded.offsets[i]]).find(c) >= 0 for i, c in enumerate(folded.text))


def test_the_frequent_letters_fold_by_the_table_like_any_other() -> None:
    # `_fold_text` replaces them first: the same images as the table's, one by one.
    text = "مكتبة أحمد إلى مستشفى هيئة ﻻ «المدينةِ» ٢٠٢٤"
    folded = fold_with_offsets(text)
    assert folded.text == "".join(fold(ch) for ch in text) == fold(text)
    assert _fold_text(text) == text.translate(_FOLD)
    assert all(len(fold(ch)) == 1 for ch in _FREQUENT)  # offsets do not move for them
