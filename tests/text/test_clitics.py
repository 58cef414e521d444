from kg.text.clitics import ARTICLES, bare, candidates, is_proclitic_prefix, strip_article


def test_proclitic_prefixes() -> None:
    for prefix in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"):
        assert is_proclitic_prefix(prefix)
    for prefix in ("ال", "س", "بو", "ولل"):
        assert not is_proclitic_prefix(prefix)


def test_articles_include_the_lam_forms() -> None:
    assert {"ال", "وال", "بال", "وبال", "لل", "ولل", "فلل"} <= ARTICLES
    assert "لال" not in ARTICLES


def test_strip_article_with_proclitics() -> None:
    assert strip_article("بالطاقه") == "طاقه"
    assert strip_article("والتجاره") == "تجاره"
    assert strip_article("للتعاون") == "تعاون"
    assert strip_article("وللاستثمار") == "استثمار"
    assert strip_article("فبالنقل") == "نقل"


def test_strip_article_keeps_words_without_it() -> None:
    for word in ("وزير", "بين", "لبنان", "كازاخستان"):
        assert strip_article(word) == word


def test_strip_article_keeps_a_too_short_remainder() -> None:
    assert strip_article("الي") == "الي"
    assert strip_article("والي") == "والي"


def test_bare_is_the_comparison_form() -> None:
    assert bare("والبرلمان") == bare("البرلمان") == "برلمان"
    assert bare("لبنان") == "لبنان"


def test_candidates_offer_every_reading_longest_first() -> None:
    assert candidates("وللجنه") == ("وللجنه", "للجنه", "لجنه", "جنه")
    assert candidates("بالطاقه") == ("بالطاقه", "الطاقه", "طاقه")
    assert candidates("ولبنان") == ("ولبنان", "لبنان", "بنان")
    assert candidates("وزير") == ("وزير", "زير")
    assert candidates("مصر") == ("مصر",)
