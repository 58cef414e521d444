from kg import extract


def test_one_article_spelling_a_name_two_ways_names_one_person() -> None:
    g = extract(
        "وقال الوزير تيمور سليمانوف إن التعاون مهم. وأضاف تيمور سليمانيوف أن الزيارة ناجحة."
    )
    assert [e.name for e in g.entities if e.label == "Person"] == ["Timur Suleimanov"]


def test_two_princes_who_differ_by_one_letter_stay_two() -> None:
    g = extract("واستقبل الأمير محمد بن سلمان الأمير محمد بن سلطان في الرياض.")
    assert len([e for e in g.entities if e.label == "Person"]) == 2


def _names_ar(text: str) -> dict[str, str]:
    return {e.name: e.name_ar for e in extract(text).entities}


def test_countries_show_their_cldr_name_not_the_form_printed() -> None:
    names = _names_ar("استقبل الرئيس الكازاخستاني وفدا من تركيا وكازاخستان في أنقرة.")
    assert names["Kazakhstan"] == "كازاخستان"
    assert names["Turkey"] == "تركيا"
    assert _names_ar("قال المتحدث الصيني إن")["China"] == "الصين"


def test_known_names_show_the_gazetteer_form_without_proclitics() -> None:
    names = _names_ar("وصل الوفد إلى أستانا ثم ويريفان، وقدم تقريرا للأمم المتحدة.")
    assert names["Yerevan"] == "يريفان"
    assert names["United Nations"] == "الأمم المتحدة"


def test_unlisted_bodies_lose_their_proclitics_and_keep_their_article() -> None:
    text = "عقد الاجتماع الأول للجنة الحكومية المشتركة بين مصر والأردن في عمّان."
    [commission] = [e for e in extract(text).entities if e.label == "Organization"]
    assert commission.name_ar.startswith("اللجنة الحكومية المشتركة")


def test_remembered_cuts_are_the_rule_s() -> None:
    """`display_name` remembers the proclitic cut of a name's first word: asked twice (the
    second time from the memo), a name shows as `proclitic_cut` says, and the memo holds
    the rule's cut."""
    from kg.extraction.document import Doc
    from kg.extraction.entities import _CUTS, display_name
    from kg.extraction.spans import Span
    from kg.lexicon.triggers import head_words
    from kg.models import ArticleMeta
    from kg.schema import Label
    from kg.text.clitics import proclitic_cut

    doc = Doc("ووزارة الخارجية، وللجنة الحكومية، ووسام الدولة، للأمم المتحدة", ArticleMeta(id="x"))
    spans = [(0, 15), (17, 32), (34, 46), (48, 61)]
    shown = [
        [display_name(doc, Span(Label.ORGANIZATION, a, b, "", "")) for a, b in spans]
        for _ in range(2)
    ]
    expected = ["وزارة الخارجية", "اللجنة الحكومية", "ووسام الدولة", "الأمم المتحدة"]
    assert shown[0] == shown[1] == expected
    for a, b in spans:
        word = doc.ftext[a:b].split(" ", 1)[0]
        assert _CUTS[word] == proclitic_cut(word, head_words().__contains__)


def test_a_short_name_of_a_listed_body_is_that_body() -> None:
    """ "مجلس التعاون" after "مجلس التعاون لدول الخليج العربية": one body, and its secretary
    general holds his office in it (not in a second body named "Council")."""
    graph = extract(
        "واجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية في الدوحة. وشارك في"
        " الاجتماع الأمين العام لمجلس التعاون سالم الكعبي."
    )
    bodies = [e for e in graph.entities if e.label == "Organization"]
    assert [b.name for b in bodies] == ["Gulf Cooperation Council"]
    assert len(bodies[0].mentions) == 2
    assert ("Salem Al-Kaabi", "HOLDS_POSITION", "Gulf Cooperation Council") in graph.triples()


def test_a_body_found_by_a_pattern_is_not_a_listed_body_it_does_not_open() -> None:
    graph = extract(
        "واجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية في الدوحة. وعقد مجلس"
        " الأعمال المشترك اجتماعه الأول."
    )
    assert len([e for e in graph.entities if e.label == "Organization"]) == 2


def test_a_listed_body_in_brackets_after_a_found_one_is_that_body() -> None:
    g = extract("وذكرت وكالة الأنباء الإيرانية (إرنا) أن الوفد وصل.")
    bodies = [e for e in g.entities if e.label == "Organization"]
    assert len(bodies) == 1
    assert {m.text for m in bodies[0].mentions} == {"وكالة الأنباء الإيرانية", "إرنا"}
