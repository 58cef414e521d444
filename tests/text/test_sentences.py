from kg.text.sentences import _TERMINATOR, Sentence, _runs, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_split_at_glued_periods() -> None:
    assert texts("اختتمت القمة أعمالها.بدأت المحادثات") == [
        "اختتمت القمة أعمالها.",
        "بدأت المحادثات",
    ]
    assert texts("العلاقات الثنائيةح.وقال الوزير") == ["العلاقات الثنائيةح.", "وقال الوزير"]


def test_split_at_arabic_marks_newlines_and_ellipsis() -> None:
    text = "هل انتهت الجولة؟ لا؛ ستستمر!\nالفقرة الثانية… ثم النهاية"
    assert texts(text) == [
        "هل انتهت الجولة؟",
        "لا؛",
        "ستستمر!",
        "الفقرة الثانية…",
        "ثم النهاية",
    ]


def test_no_split_inside_decimals_and_between_digits() -> None:
    assert texts("نما الاقتصاد 4.2 بالمئة و٤٫٢ أيضا. ثم") == [
        "نما الاقتصاد 4.2 بالمئة و٤٫٢ أيضا.",
        "ثم",
    ]
    assert texts("الإصدار 1.500.2 متاح") == ["الإصدار 1.500.2 متاح"]


def test_split_after_a_number_ending_a_sentence() -> None:
    assert texts("بلغ العدد 40.وقال") == ["بلغ العدد 40.", "وقال"]


def test_no_split_inside_latin_abbreviations_addresses_and_emails() -> None:
    first = "قال مسؤول في U.S. Department إن الموقع www.example.gov/a?b=1 يعمل."
    second = "راسلوا info@mfa.example.org للمزيد."
    assert texts(f"{first} {second}") == [first, second]
    assert texts("التقى Dr. Smith بالوفد") == ["التقى Dr. Smith بالوفد"]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert texts("قال: «اتفقنا.» ثم غادر") == ["قال: «اتفقنا.»", "ثم غادر"]


def test_offsets_and_indexes() -> None:
    text = "  الأولى.  \n\n الثانية؟ ... "
    sentences = split_sentences(text)
    assert sentences == [
        Sentence(0, 2, 9, "الأولى."),
        Sentence(1, 14, 22, "الثانية؟"),
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_empty_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" .\n؟ ") == []


def test_no_split_after_arabic_abbreviations_and_initials() -> None:
    text = "حضر اللقاء وزير الصحة، د. سامي الخطيب، والمهندس م. رامي ج. نصار. ثم غادروا"
    assert texts(text) == [
        "حضر اللقاء وزير الصحة، د. سامي الخطيب، والمهندس م. رامي ج. نصار.",
        "ثم غادروا",
    ]
    assert texts("ألقى أ.د. هالة منصور كلمة") == ["ألقى أ.د. هالة منصور كلمة"]


def test_era_letter_after_a_year_still_ends_a_sentence() -> None:
    assert texts("تأسست عام 1990 م. وقال") == ["تأسست عام 1990 م.", "وقال"]
    assert texts("تأسست عام 1990م. وقال") == ["تأسست عام 1990م.", "وقال"]


def test_numbered_list_items_keep_their_number() -> None:
    text = "تشمل المذكرة:\n1. التعاون في الطاقة\n٢. تبادل الخبرات"
    assert texts(text) == ["تشمل المذكرة:", "1. التعاون في الطاقة", "٢. تبادل الخبرات"]


def test_a_numbered_list_inside_a_sentence_does_not_end_it() -> None:
    text = "اتفق الوفدان على ثلاثة محاور: 1. الزراعة، 2. المياه، ٣. الصحة. ثم عاد الوفد."
    assert texts(text) == [
        "اتفق الوفدان على ثلاثة محاور: 1. الزراعة، 2. المياه، ٣. الصحة.",
        "ثم عاد الوفد.",
    ]


def test_a_number_after_a_comma_or_colon_that_opens_no_list_still_ends() -> None:
    assert texts("بلغ عدد المشاريع المنجزة: 7. وقال الوزير") == [
        "بلغ عدد المشاريع المنجزة: 7.",
        "وقال الوزير",
    ]
    assert texts("ارتفع العدد إلى 3. وقال") == ["ارتفع العدد إلى 3.", "وقال"]


def test_decimals_in_every_digit_system() -> None:
    text = "بلغ النمو ٣.٧ بالمئة و۳.۷ و3.7 و٣٫٧ هذا العام. ثم"
    assert texts(text) == ["بلغ النمو ٣.٧ بالمئة و۳.۷ و3.7 و٣٫٧ هذا العام.", "ثم"]


def test_a_word_ending_in_a_diacritic_and_a_letter_still_ends_a_sentence() -> None:
    assert texts("استمر الحوار عامًا. ثم انتهى") == ["استمر الحوار عامًا.", "ثم انتهى"]


def test_runs_of_terminators_are_those_the_regex_finds() -> None:
    texts = [
        "",
        "قال: «اتفقنا.» ثم غادر…. وماذا؟!\n\n\nنعم",
        "نمت 3.7%.وقال د. سامي: (نعم!) ؛ لا؟»’ ثم.",
        "...!!\n.\n؟؟؛",
        "بلا علامة",
    ]
    for text in texts:
        found = [m.span() for m in _runs(text)]
        assert found == [m.span() for m in _TERMINATOR.finditer(text)], text
