"""People are found by pattern: titles, appositions, surnames, parenthesized countries."""

import pytest

from kg import extract
from kg.models import ArticleGraph


def people(graph: ArticleGraph) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in graph.entities if e.label == "Person"}


def holds(graph: ArticleGraph) -> set[tuple[str, str, str | None]]:
    names = {e.key: e.name for e in graph.entities}
    return {
        (names[r.source], names[r.target], r.role)
        for r in graph.relations
        if r.type == "HOLDS_POSITION"
    }


def test_title_nisba_and_name() -> None:
    g = extract("استقبل رئيس الوزراء الجورجي إيراكلي كوباخيدزه الوفد في تبليسي.")
    assert [m for ms in people(g).values() for m in ms] == ["إيراكلي كوباخيدزه"]
    assert holds(g) == {(next(iter(people(g))), "Georgia", "Prime Minister")}


def test_name_then_appositive_title_with_country() -> None:
    g = extract("وقال، تيمور سليمانوف، نائب وزير الخارجية في جمهورية أوزبكستان، إن الزيارة ناجحة.")
    assert list(people(g).values()) == [["تيمور سليمانوف"]]
    assert {(c, r) for _, c, r in holds(g)} == {
        ("Uzbekistan", "Deputy Minister of Foreign Affairs")
    }


def test_counterpart_takes_the_previous_office_and_its_own_country() -> None:
    g = extract("التقى وزير الطاقة التركي ألب أرسلان بيرقدار نظيره الأذربيجاني برويز شهبازوف.")
    roles = {(c, r) for _, c, r in holds(g)}
    assert roles == {("Turkey", "Minister of Energy"), ("Azerbaijan", "Minister of Energy")}


def test_dual_title_gives_each_person_one_country() -> None:
    g = extract("وقع رئيسا قرغيزستان وطاجيكستان صدر جباروف وإمام علي رحمان على الاتفاقية.")
    assert {c for _, c, r in holds(g)} == {"Kyrgyzstan", "Tajikistan"}
    assert len(people(g)) == 2


def test_name_before_country_in_parentheses() -> None:
    g = extract("وأكد الرؤساء المشاركون، ماركوس شولتز (ألمانيا)، وبيير دوبوا (فرنسا)، دعمهم.")
    assert len(people(g)) == 2


def test_verb_after_two_names_is_not_a_name() -> None:
    g = extract("قال الرئيس فلاديمير بوتين سيرأس الاجتماع.")
    assert list(people(g).values()) == [["فلاديمير بوتين"]]


def test_a_body_after_a_title_is_not_a_person() -> None:
    g = extract("وأشاد الرئيس المشارك للجنة الحكومية الدولية بالتعاون.")
    assert people(g) == {}


def test_spelling_variants_of_one_person_merge() -> None:
    g = extract("قال وزير المالية رستم عظيموف إن … وأضاف وزير المالية رستم عظيموييف أن …")
    assert len(people(g)) == 1


def test_a_country_whose_long_name_begins_inside_the_title() -> None:
    g = extract("استقبل رئيس الجمهورية الإسلامية الإيرانية مسعود بزشكيان ضيفه.")
    assert {(c, r) for _, c, r in holds(g)} == {("Iran", "President")}


def test_a_name_ends_before_a_common_noun() -> None:
    g = extract("استقبل وزير الخارجية الكيني موسى واتيتو الضيف في نيروبي.")
    assert list(people(g).values()) == [["موسى واتيتو"]]
    g = extract("وأكد وزير التجارة البيروفي خوان كارلوس ماتيو أهمية التعاون.")
    assert list(people(g).values()) == [["خوان كارلوس ماتيو"]]


def test_a_family_after_al_and_a_regnal_number_stay_in_the_name() -> None:
    g = extract("وهنأ الشيخ حمد بن سلطان آل ثاني الفريق الفائز.")
    assert people(g) == {"Hamad bin Sultan Al Thani": ["حمد بن سلطان آل ثاني"]}
    g = extract("واستقبل العاهل الأردني عبد الله الثاني الوفد.")
    assert people(g) == {"Abdullah II of Jordan": ["عبد الله الثاني"]}


def test_common_words_and_honorifics_are_no_people() -> None:
    g = extract("وقال وزير الطاقة إن مشروع جزيرة بوبيان سيسهم في تقليل التكاليف وتوفير الوظائف.")
    assert people(g) == {}
    g = extract("بحضور صاحب السمو الشيخ جابر العلي الصباح الاجتماع.")
    assert list(people(g).values()) == [["جابر العلي الصباح"]]


def test_two_people_joined_at_wa_are_two() -> None:
    g = extract("وأكد وزير الخارجية الفنزويلي إيفان خيل ونظيره الكوبي برونو رودريغيز أهمية الحوار.")
    assert sorted(m for ms in people(g).values() for m in ms) == ["إيفان خيل", "برونو رودريغيز"]


def test_a_glued_conjunction_is_not_part_of_the_name() -> None:
    g = extract("وزار الرئيس الإستوني ألار تامم ريغا. وقال وألار تامم إن الزيارة ناجحة.")
    assert len(people(g)) == 1


def test_feminine_titles_and_titles_of_other_systems_find_their_holder() -> None:
    cases = {
        "وأكدت وزيرة الخارجية الأسترالية سارة ميتشل دعم بلادها.": "Minister of Foreign Affairs",
        "وأكد المستشار النمساوي كارل هوبر أن فيينا تدعم.": "Chancellor",
        "وصرح نائب المستشار الألماني روبرت هابيك للصحفيين.": "Vice-Chancellor",
        "وقالت رئيسة الوزراء الإيطالية جورجيا فيراري إن روما تدعم.": "Prime Minister",
    }
    for sentence, role in cases.items():
        g = extract(sentence)
        assert len(people(g)) == 1, sentence
        assert {r for _, _, r in holds(g)} == {role}, sentence


def test_an_adviser_is_no_chancellor_without_a_country() -> None:
    g = extract("وقال المستشار في الوزارة أحمد سمير إن المشروع تأخر.")
    assert not {r for _, _, r in holds(g)} & {"Chancellor"}


def test_a_listed_person_is_named_as_the_gazetteer_names_them_in_any_spelling() -> None:
    one = extract("وقال الرئيس الكازاخستاني قاسم جومرت توقاييف إن أستانا تدعم.")
    two = extract("وقال توكاييف إن أستانا تدعم.")
    assert list(people(one)) == list(people(two)) == ["Kassym-Jomart Tokayev"]


def test_another_first_name_before_a_listed_surname_is_another_person() -> None:
    g = extract("وقالت رئيسة المفوضية الأوروبية ماريا شولتس إن بروكسل تدعم.")
    assert "Olaf Scholz" not in people(g)
    assert [m for ms in people(g).values() for m in ms] == ["ماريا شولتس"]


def test_each_counterpart_after_a_dual_has_the_country_of_their_own_nisba() -> None:
    g = extract(
        "وقع وزير النفط الليبي خالد المبروك، ونظيراه التشادي آدم دينغ، والسوداني عمر حامد، "
        "على الاتفاق."
    )
    assert {(c, r) for _, c, r in holds(g)} == {
        ("Libya", "Minister of Oil"),
        ("Chad", "Minister of Oil"),
        ("Sudan", "Minister of Oil"),
    }


def test_possessive_titles_and_chinese_names() -> None:
    g = extract(
        "ويرافقه مدير مكتبه كريم جعفري ومستشاره بهرام زنكنه. وأكد لي وي شينغ أن الزيارة مهمة."
    )
    mentions = sorted(m for ms in people(g).values() for m in ms)
    assert mentions == ["بهرام زنكنه", "كريم جعفري", "لي وي شينغ"]
    assert "Li Weixing" in people(g)


def test_coordinated_portfolios_belong_to_one_minister() -> None:
    g = extract("ووقع وزير الصناعة والتجارة والطاقة الإندونيسي بودي سانتوسو الاتفاقية.")
    assert {r for _, _, r in holds(g)} == {"Minister of Industry, Trade and Energy"}
    assert [m for ms in people(g).values() for m in ms] == ["بودي سانتوسو"]


def test_the_host_country_and_a_modifier_stand_between_title_and_name() -> None:
    g = extract("وأشار السفير الماليزي لدى الهند داتو حسن ياسين إلى نمو التجارة.")
    assert [m for ms in people(g).values() for m in ms] == ["داتو حسن ياسين"]
    assert {(c, r) for _, c, r in holds(g)} == {("Malaysia", "Ambassador")}
    g = extract("وقال وزير الخارجية الأردني الأسبق كامل الخطيب إن المنطقة تتغير.")
    assert [m for ms in people(g).values() for m in ms] == ["كامل الخطيب"]


def test_a_nisba_the_gazetteer_does_not_read_still_opens_no_name() -> None:
    g = extract("وبحث رئيس الوزراء المالي شوغيل مايغا الأوضاع في الساحل.")
    assert [m for ms in people(g).values() for m in ms] == ["شوغيل مايغا"]


def test_a_name_ends_where_wa_opens_the_next_one() -> None:
    g = extract("واستقبل الرئيس أحمد سالم ومحمد فريد الوفد.")
    assert sorted(m for ms in people(g).values() for m in ms) == ["أحمد سالم", "ومحمد فريد"]
    g = extract("بحضور الشيخ جابر العلي وعبد الله السالم.")
    assert sorted(people(g)) == ["Abdullah Al-Salem", "Jaber Al-Ali"]


def test_a_listed_person_under_an_unlisted_spelling_is_that_person() -> None:
    g = extract("وقال الرئيس الأوزبكي شوكت ميرزيويييف إن طشقند تدعم.")
    assert list(people(g)) == ["Shavkat Mirziyoyev"]
    g = extract("وقال الرئيس الكازاخستاني قاسم جومارت توكايف إن أستانا تدعم.")
    assert list(people(g)) == ["Kassym-Jomart Tokayev"]


def test_a_title_and_one_name_name_the_listed_holder_of_that_office() -> None:
    g = extract("أجرى خادم الحرمين الشريفين الملك سلمان اتصالا بالرئيس الفرنسي.")
    assert list(people(g)) == ["Salman of Saudi Arabia"]
    g = extract("واستقبل العاهل الأردني الملك عبدالله الوفد في عمان.")
    assert list(people(g)) == ["Abdullah II of Jordan"]
    g = extract("واستقبل الملك عبدالله الوفد.")  # of two kings Abdullah, the one who reigns
    assert list(people(g)) == ["Abdullah II of Jordan"]
    g = extract("والتقى الرئيس الأذربيجاني علييف نظيره الروسي في باكو.")  # a surname, too
    assert list(people(g)) == ["Ilham Aliyev"]
    g = extract("وقال وزير الخارجية علييف إن باكو تدعم.")  # no listed Aliyev held that office
    assert "Ilham Aliyev" not in people(g)


def test_what_is_named_after_a_person_is_no_person_of_the_text() -> None:
    for sentence in (
        "وزار الوفد جامعة حمد بن خليفة في الدوحة.",
        "وقدم مركز الملك سلمان للإغاثة مساعدات إنسانية.",
        "وزار الوفد مسجد الشيخ زايد الكبير في أبوظبي.",
    ):
        assert people(extract(sentence)) == {}, sentence


def test_two_listed_people_joined_at_wa_are_two_and_a_glued_wa_is_dropped() -> None:
    g = extract("واستقبل الأمير تميم وعمران خان في الدوحة. ثم التقى وشوكت ميرزيوييف الوفد.")
    names = people(g)
    assert {"Tamim bin Hamad Al Thani", "Imran Khan", "Shavkat Mirziyoyev"} <= set(names)
    assert names["Shavkat Mirziyoyev"] == ["وشوكت ميرزيوييف"]  # the mention as printed


def test_a_host_or_field_between_title_and_name_is_passed_over() -> None:
    cases = {
        "وقال سفير قطر لدى لندن فهد المشيري إن الدوحة تدعم.": "فهد المشيري",
        "وقال نائب الوزير الروسي للشؤون الاقتصادية والتجارية بافل كوزنتسوف إن …": ("بافل كوزنتسوف"),
        "وأكد المفوض الأوروبي لشؤون التجارة مارتن كوفاتش التزام الاتحاد.": "مارتن كوفاتش",
        "وشارك وزير الدولة للشؤون الخارجية العماني خالد الهنائي في الجلسة.": "خالد الهنائي",
    }
    for sentence, name in cases.items():
        assert [n for ns in people(extract(sentence)).values() for n in ns] == [name], sentence


def test_a_city_after_a_mayor_is_his_city_and_after_in_no_given_name() -> None:
    g = extract(
        "واستقبل عمدة باكو إلدار عزيزوف الضيوف. وقال مندوب أرمينيا في جنيف أندرانيك مانوكيان إن …"
    )
    assert sorted(m for ms in people(g).values() for m in ms) == [
        "أندرانيك مانوكيان",
        "إلدار عزيزوف",
    ]


def test_a_given_name_that_is_also_a_title_or_a_function_word_opens_a_name() -> None:
    g = extract("وقال المندوب الدائم لإيران لدى اليونسكو أمير حسين زاده إن طهران ستتعاون.")
    assert [m for ms in people(g).values() for m in ms] == ["أمير حسين زاده"]
    g = extract("واستقبل نائب وزير الدفاع الأذربيجاني خلف رزاييف الوفد التركي.")
    assert [m for ms in people(g).values() for m in ms] == ["خلف رزاييف"]


def test_a_name_ends_before_a_clitic_function_word_and_after_its_family_name() -> None:
    g = extract("وصرح عضو البرلمان الروسي أندريه كارتابولوف بأن الرد سيكون حاسما.")
    assert [m for ms in people(g).values() for m in ms] == ["أندريه كارتابولوف"]
    g = extract("وأعلن الدكتور سليمان الجاسر تخصيص منحة جديدة.")
    assert [m for ms in people(g).values() for m in ms] == ["سليمان الجاسر"]
    g = extract("ووقع الرئيس التشيلي غابرييل فرنانديز أمرا تنفيذيا.")
    assert [m for ms in people(g).values() for m in ms] == ["غابرييل فرنانديز"]


def test_a_title_followed_by_its_own_name_is_not_the_previous_persons() -> None:
    g = extract(
        "استقبل العاهل المغربي الملك محمد السادس رئيسة وزراء الدنمارك ميته فريدريكسن في الرباط."
    )
    roles = holds(g)
    king = next(name for name in people(g) if "Frederiksen" not in name)
    assert (king, "Denmark", "Prime Minister") not in roles
    assert {c for p, c, _ in roles if p == king} == {"Morocco"}
    assert ("Mette Frederiksen", "Denmark", "Prime Minister") in roles


def test_an_apposed_title_with_no_name_after_it_is_still_the_persons() -> None:
    g = extract("وقال بيتر سيارتو، وزير الخارجية المجري، إن بودابست تدعم المشروع.")
    assert {(c, r) for _, c, r in holds(g)} == {("Hungary", "Minister of Foreign Affairs")}


def test_a_holder_with_his_own_nisba_after_a_dual_title_holds_only_his_countrys_office() -> None:
    g = extract("اجتمع وزيرا الدفاع البرازيلي خوسيه موسيو والأرجنتيني لويس بيتري في برازيليا.")
    offices = {(p, c) for p, c, _ in holds(g)}
    petri = next(name for name in people(g) if name.endswith(("Petri", "Bitri")))
    assert {c for p, c in offices if p == petri} == {"Argentina"}


def test_a_three_word_name_before_a_preposition_keeps_its_last_word() -> None:
    g = extract("وصرح وزير الصحة الغاني كواكو أجيمان مانو بأن الحملة نجحت.")
    assert [m for ms in people(g).values() for m in ms] == ["كواكو أجيمان مانو"]


def test_a_given_name_that_is_an_agencys_acronym_or_a_country_opens_the_name() -> None:
    g = extract("والتقت رئيسة وزراء النرويج إرنا سولبرغ نظيرها الدنماركي في أوسلو.")
    assert [m for ms in people(g).values() for m in ms] == ["إرنا سولبرغ"]
    assert not [e for e in g.entities if e.label == "Organization"]  # no news agency
    g = extract("وقالت رئيسة الوزراء الإيطالية جورجيا فيراري إن روما تدعم الاتفاق.")
    assert {e.name for e in g.entities if e.label == "Country"} == {"Italy"}  # not Georgia


def test_a_theophoric_given_name_does_not_end_the_name() -> None:
    g = extract("وقال سفير لبنان لدى قطر جاد الله حنا إن بيروت ممتنة.")
    assert [m for ms in people(g).values() for m in ms] == ["جاد الله حنا"]


def test_a_name_ends_before_the_credentials_it_presents() -> None:
    g = extract("وقدم سفير البيرو لدى مصر كارلوس رويز أوراق اعتماده إلى الرئيس.")
    assert [m for ms in people(g).values() for m in ms] == ["كارلوس رويز"]


def _names_ar(text: str) -> list[str]:
    return [e.name_ar for e in extract(text).entities if e.label == "Person"]


def test_religious_honorifics_open_a_name_and_a_title_carries_its_body() -> None:
    assert _names_ar("وقال المطران بولس مطر إن الكنيسة تدعم الحوار بين الأديان.") == ["بولس مطر"]
    g = extract("واستقبل شيخ الأزهر أحمد الطيب السفير الياباني في القاهرة.")
    assert {(c, r) for _, c, r in holds(g)} == {("Al-Azhar", "Grand Imam")}


def test_a_given_name_written_apart_from_a_function_word_is_a_name() -> None:
    """ "آن" (Anne) folds like "أن", "آنا" like "أنا": as written, they open a name."""
    g = extract("وأكدت السفيرة الفرنسية لدى لبنان آن غريو استمرار دعم باريس للجيش.")
    assert [e.name_ar for e in g.entities if e.label == "Person"] == ["آن غريو"]
    assert _names_ar("وقال الوزير إن آن الأوان لحل الأزمة.") == []


def test_an_envoys_destination_and_the_un_adjective_stand_before_his_name() -> None:
    """ "المبعوث الأمريكي الخاص للقرن الأفريقي X", "المبعوث الأممي إلى ليبيا X"; "الخاصة ب…"
    after a body is what it is concerned with, no name."""
    g = extract("والتقى المبعوث الأمريكي الخاص للقرن الأفريقي مايك هامر رئيس الوزراء الإثيوبي.")
    assert ("United States", "Envoy") in {(c, r) for _, c, r in holds(g)}
    g = extract("وقال الممثل الخاص للاتحاد الأوروبي لمنطقة الساحل جواو كرافينيو إن الوضع مقلق.")
    assert {(c, r) for _, c, r in holds(g)} == {("European Union", "Special Representative")}
    g = extract("وأكد المبعوث الأممي إلى ليبيا عبد الله باتيلي أن الانتخابات ممكنة.")
    assert {c for _, c, _ in holds(g)} == {"United Nations"}
    g = extract("وقال الأمين العام لمنظمة أوبك هيثم الغيص إن الطلب سيرتفع.")
    assert {c for _, c, _ in holds(g)} == {"OPEC"}
    text = "وكشف الرؤساء المشاركون لمجموعة العمل الخاصة بتسوية النزاع أن الوزيرين اجتمعا."
    assert _names_ar(text) == []


def test_word_marks_are_remembered_right() -> None:
    """The marks `_marks` reads from its memo are the rule's, for words met before and new
    ones alike, in the article's order."""
    from kg.extraction.document import Doc
    from kg.extraction.people import CHINESE_FAMILY, HONORIFIC, SURNAME_END, _marks, is_surname
    from kg.lexicon.words import honorifics
    from kg.models import ArticleMeta

    texts = (
        "قال الدكتور جيهون بيراموف إن تانغ وصل، وقال الدكتور كاملوف كلمة.",
        # words met before among new ones: only the new ones are marked anew
        "وقال الدكتور زيلينوف إن تانغ وبيراموف وصلا، وقال السيد بوريسوف كلمة.",
    )
    for text in texts:
        doc = Doc(text, ArticleMeta(id="t"))
        for _ in range(2):  # first with new words, then from the memo
            marks = _marks(doc.words)
            assert len(marks) == len(doc.words)
            for w, m in zip(doc.words, marks, strict=True):
                assert bool(m & SURNAME_END) == is_surname(w.text)
                assert bool(m & HONORIFIC) == (w.text in honorifics())
                assert bool(m & CHINESE_FAMILY) == (w.text == "تانغ")


def test_word_marks_are_right_when_the_memo_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A memo that would outgrow its limit starts afresh: the article's marks are still the
    rule's, and the memo holds the article's words alone."""
    import kg.extraction.people as people
    from kg.extraction.document import Doc
    from kg.models import ArticleMeta

    doc = Doc("قال الدكتور جيهون بيراموف إن تانغ وصل.", ArticleMeta(id="t"))
    plain = people._marks_of({w.text for w in doc.words})
    monkeypatch.setattr(people, "MEMO_LIMIT", 3)
    monkeypatch.setattr(people, "_MARKS", {"كلمه": 0, "قال": 0})
    assert people._marks(doc.words) == bytes(plain[w.text] for w in doc.words)
    assert plain == people._MARKS


def test_an_article_has_a_mark_when_one_of_its_words_has_it() -> None:
    """`Context.has`, a byte search, says what a look at each word's marks says."""
    from kg.extraction.document import Doc
    from kg.extraction.people import CHINESE_FAMILY, HONORIFIC, SURNAME_END, context
    from kg.models import ArticleMeta

    for text in (
        "قال الدكتور جيهون بيراموف إن تانغ وصل.",
        "قال الوزير إن الزيارة ناجحة.",
        "التقى السيد كاملوف نظيره.",
    ):
        ctx = context(Doc(text, ArticleMeta(id="t")), [], [], [])
        for bit in (SURNAME_END, HONORIFIC, CHINESE_FAMILY):
            assert ctx.has(bit) == any(m & bit for m in ctx.marks)
    assert not ctx.has(CHINESE_FAMILY) and ctx.has(SURNAME_END) and ctx.has(HONORIFIC)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("التقى رئيس مجلس السيادة السوداني الفريق أول أحمد حامد بالوفد.", "Sudan"),
        ("وقال وزير الدفاع الأردني اللواء سامي حداد إن التعاون مستمر.", "Jordan"),
    ],
)
def test_a_military_rank_between_the_title_and_the_name(text: str, country: str) -> None:
    g = extract(text)
    assert [c for _, c, _ in holds(g)] == [country]
    assert not [m for ms in people(g).values() for m in ms if "الفريق" in m or "اللواء" in m]


def test_the_maghreb_title_of_a_company_head() -> None:
    """ "الرئيس المدير العام" (président-directeur général) of a group of companies."""
    g = extract("ووقع الرئيس المدير العام لمجمع سوناطراك توفيق حكار الاتفاق.")
    assert {(c, r) for _, c, r in holds(g)} == {("Sonatrach", "Chief Executive Officer")}


def test_an_unlisted_name_is_romanized_as_printed_with_its_hamza() -> None:
    """ "إلخوم": the hamza under the alef (lost when the text is folded) says no article."""
    g = extract("وقال وزير النقل الأوزبكي إلدار محكاموف إن الخط مهم.")
    assert [name.split()[0] for name in people(g)] == ["Ildar"]


def test_a_title_of_the_country_after_the_subjects_name_is_his() -> None:
    """ "استقبل الشيخ X رئيس الدولة الوفد": "رئيس الدولة" names no other state, so it is not
    the title of the verb's object (as "رئيس وزراء الهند" would be)."""
    g = extract("زار الوفد الكويت. واستقبل الشيخ مشعل الأحمد الجابر الصباح أمير البلاد الوفد.")
    assert {(c, r) for _, c, r in holds(g)} == {("Kuwait", "Emir")}


def test_a_title_of_a_body_named_by_its_kind_alone_then_the_name() -> None:
    """ "المديرة العامة للمكتب X": the office named before; X holds the title."""
    found = people(extract("وقالت المديرة العامة للمكتب أمينة العلوي إن المشروع مهم."))
    assert list(found.values()) == [["أمينة العلوي"]]
    assert len(people(extract("وقال المدير التنفيذي للمؤسسة سالم داود إن المشروع مهم."))) == 1


def test_a_given_name_that_folds_like_a_word_and_its_pronoun_is_a_name() -> None:
    """ "أمينة" folds like "أمين" + "ه" (a title word and "his"); "ترحيبه" stays no name."""
    assert len(people(extract("وقالت الوزيرة أمينة العلوي إن المشروع مهم."))) == 1
    assert people(extract("وأكد الوزير ترحيبه بالوفد.")) == {}


def test_a_minister_of_roads_and_urban_development() -> None:
    g = extract("وقال وزير الطرق وبناء المدن الإيراني علي رضا حسيني إن الخط مهم.")
    assert {(c, r) for _, c, r in holds(g)} == {("Iran", "Minister of Roads and Urban Development")}


def test_the_heads_of_the_two_governments_each_of_their_own_state() -> None:
    """ "برئاسة رئيسي حكومتي البلدين X وY": each the prime minister of his own state (before:
    both "President" of one government)."""
    g = extract(
        "زار الوفد المغرب وإسبانيا. وسينعقد الاجتماع برئاسة رئيسي حكومتي البلدين عزيز أخنوش "
        "وبيدرو سانشيز."
    )
    assert sorted((c, r) for _, c, r in holds(g)) == [
        ("Morocco", "Prime Minister"),
        ("Spain", "Prime Minister"),
    ]


def test_the_two_presidents_each_of_his_own_state() -> None:
    """ "بحضور الرئيسين X وY": each the president of the state the gazetteer knows him of."""
    g = extract(
        "وقعت روسيا وإيران اتفاقية. ووقع الوزيران الاتفاقية بحضور الرئيسين فلاديمير بوتين "
        "وإبراهيم رئيسي."
    )
    assert sorted((c, r) for _, c, r in holds(g)) == [
        ("Iran", "President"),
        ("Russia", "President"),
    ]


def test_the_vice_president_of_the_country_after_a_name() -> None:
    g = extract("زار الوفد الكويت. حضر اللقاء الشيخ فهد سالم العلي نائب رئيس الدولة.")
    assert {(c, r) for _, c, r in holds(g)} == {("Kuwait", "Vice President")}
