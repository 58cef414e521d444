from kg import extract
from kg.extraction.topics import definite_forms


def topics(text: str) -> set[str]:
    return {e.name for e in extract(text).entities if e.label == "Topic"}


def test_definite_forms_put_the_article_on_each_word() -> None:
    assert {"حماية البيئة", "الحماية البيئة", "حماية بيئة"} <= set(definite_forms("حماية بيئة"))


def test_a_list_after_a_cue() -> None:
    text = "بحث الجانبان التعاون في مجالات الزراعة، والصحة، والحماية الاجتماعية."
    assert topics(text) >= {"agriculture", "health", "social protection"}


def test_a_title_is_not_a_topic() -> None:
    assert topics("وصل وزير الزراعة السوري إلى دمشق.") == set()


def test_adjective_after_cooperation() -> None:
    assert "economic cooperation" in topics("اتفقا على تعزيز التعاون الاقتصادي بين البلدين.")


def test_fields_of_gulf_african_and_asian_news_are_topics() -> None:
    graph = extract(
        "وبحث الجانبان التعاون في مجالات الأمن الغذائي، والمؤسسات الصغيرة والمتوسطة، "
        "وتجنب الازدواج الضريبي."
    )
    topics = {e.name for e in graph.entities if e.label.value == "Topic"}
    assert {"food security", "small and medium enterprises", "double taxation"} <= topics


def test_a_plural_nisba_qualifies_two_coordinated_fields() -> None:
    found = topics("وناقش الوزيران في لواندا الاستقرار والأمن الإقليميين.")
    assert "regional security" in found
    assert "security" not in found
    assert "peace" in topics("وبحث الجانبان في لواندا جهود السلام في القارة.")


def test_a_field_word_is_no_cue_for_itself() -> None:
    assert topics("وأوضح أن الميناء سيخفض نفقات التبادل التجاري عبر البحر.") == set()
    assert "trade" in topics("وبحث الجانبان سبل زيادة التبادل التجاري.")
    assert "trade" in topics("وقال إن الخط سيرفع حجم التبادل التجاري بين كينيا وأوغندا.")


def test_fields_of_memoranda_and_portfolios_are_topics() -> None:
    found = topics(
        "ووقع الجانبان مذكرات تفاهم في مجالات الربط الكهربائي، والثروة المعدنية، والملكية "
        "الفكرية، وحماية المستهلك."
    )
    assert {
        "electrical interconnection",
        "mineral resources",
        "intellectual property",
        "consumer protection",
    } <= found


def test_a_ministry_portfolio_is_no_topic() -> None:
    found = topics("وبحث وزير الشؤون الإسلامية والأوقاف مع نظيره التعاون في مجال الإغاثة.")
    assert found == {"relief"}


def test_an_adjective_joins_the_nisba_that_ends_a_field() -> None:
    text = "وبحث الوزيران تطوير العلاقات الاقتصادية والتجارية بين اليابان وأستراليا."
    assert {"economic cooperation", "trade"} <= topics(text)
    assert topics("وتناولت المباحثات قطاع الطاقة والتجارية بين البلدين.") == {"energy"}


def test_sea_fishing_is_fisheries() -> None:
    assert "fisheries" in topics("وبحث الجانبان التعاون في مجالات التعدين والصيد البحري.")


def test_the_maghrebi_word_for_agriculture() -> None:
    assert "agriculture" in topics("وبحث الجانبان التعاون في قطاعات الفلاحة والطاقة.")
    assert "agriculture" in topics("وتطرق الوزيران إلى التعاون الفلاحي بين البلدين.")


def test_what_talks_serve_is_no_field() -> None:
    text = "وتطرقت المباحثات إلى سبل تنفيذ المشاريع المشتركة بما يخدم التنمية الاقتصادية."
    assert "economic development" not in topics(text)
    assert "energy" in topics("وتطرقت المباحثات إلى التعاون في مجال الطاقة بما يخدم البلدين.")


def test_fields_of_plans_and_projects() -> None:
    text = "وبحث الجانبان تنفيذ الخطط الاستثمارية والمشاريع السياحية بين البلدين."
    assert {"investment", "tourism"} <= topics(text)


def test_the_economy_field_is_economic_cooperation() -> None:
    assert topics("وبحث الجانبان التعاون في مجالات الاقتصاد والزراعة.") >= {
        "economic cooperation",
        "agriculture",
    }


def test_a_nisba_after_the_singular_field_word() -> None:
    assert "health" in topics("واتفق الوزيران على التعاون في المجال الصحي بين تشيلي والمغرب.")


def test_constructive_cooperation_is_no_field() -> None:
    assert topics("وأكد الرئيس حرص بلاده على التعاون البناء مع فنلندا.") == set()


def test_a_verbal_noun_with_its_object_is_no_field() -> None:
    text = "وأكد الوزير أن التعاون مع كوريا يمهد لبناء المزيد من الجسور وتربط بين موانئ البلدين."
    assert topics(text) == set()


def test_coordinated_nisbas_share_the_field_noun() -> None:
    text = "وبحث الجانبان سبل دعم التنمية الاقتصادية والاجتماعية في البيرو."
    assert {"economic development", "social development"} <= topics(text)
    text = "وناقش الوفدان التعاون في الصناعات التحويلية والمعرفية بين فيتنام ومصر."
    assert {"manufacturing industries", "knowledge industries"} <= topics(text)


def test_a_plural_nisba_also_qualifies_the_field_before_it() -> None:
    found = topics("وبحث الوزيران في داكار السلام والأمن الإقليميين في غرب القارة.")
    assert {"regional peace", "regional security"} <= found
    assert "peace" not in found


def test_business_forums_are_a_field() -> None:
    text = (
        "وبحث الجانبان التعاون في مجالات السياحة، وتنظيم المعارض ومنتديات الأعمال "
        "بين كندا والمكسيك."
    )
    assert "business forums" in topics(text)


def test_the_cue_check_before_a_field_agrees_with_its_pattern_on_every_window() -> None:
    from kg.extraction.topics import ADJECTIVE_CUE, NOUN_CUE, _after_cue
    from kg.text.normalize import fold

    text = fold(
        "بحث الجانبان التعاون في مجال الطاقة وقطاع النقل، والاهتمام بالزراعة، وتعزيز "
        "العلاقات الثنائية والشراكة الاستراتيجية في مجالات التجارة \nوالقطاعات الواعدة "
        "وتتعاونان في الصحة ولمجال التعليم وفي ميادين الثقافة والمشروعات المشتركة مجال\n"
    )
    for end in range(len(text) + 1):
        for start in (max(0, end - 30), max(0, end - 12), 0):
            window = text[start:end]
            assert _after_cue(window, adjective=False) == bool(NOUN_CUE.search(window))
            assert _after_cue(window, adjective=True) == bool(ADJECTIVE_CUE.search(window))


def test_a_capacity_is_no_field() -> None:
    """ "بطاقة 1200 ميغاواط" (with a capacity of): a measure, not the field energy."""
    graph = extract("وبحث الوزيران مشروع خط نقل الكهرباء بطاقة 1200 ميغاواط.")
    assert [e.name for e in graph.entities if e.label == "Topic"] == ["electricity"]
