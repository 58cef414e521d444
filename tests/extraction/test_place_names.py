"""Places named by a head noun, and a capital named by its state. Sentences written here."""

from __future__ import annotations

from kg import extract
from kg.schema import Label


def _places(text: str) -> dict[str, list[str]]:
    graph = extract(text)
    return {e.name: [m.text for m in e.mentions] for e in graph.entities if e.label is Label.PLACE}


def test_a_state_followed_by_the_capital_is_its_capital_city() -> None:
    assert _places("ووصل الوزير إلى الكويت العاصمة مساء أمس.") == {
        "Kuwait City": ["الكويت العاصمة"]
    }


def test_an_island_or_district_the_gazetteer_lacks_is_named_by_its_head() -> None:
    places = _places("وزار الوفد جزيرة مافيا ثم مقاطعة كيليفي ضمن جولة ساحلية.")
    assert places == {"Mafya Island": ["جزيرة مافيا"], "Kilifi District": ["مقاطعة كيليفي"]}


def test_a_province_named_after_a_listed_city_is_a_place_of_its_own() -> None:
    places = _places("وتقع منطقة طشقند قرب الحدود.")
    assert places == {"Tashkent Region": ["منطقة طشقند"]}


def test_a_listed_region_after_its_head_is_that_region() -> None:
    places = _places("وزار الوفد إقليم كردستان العراق.")
    assert places == {"Kurdistan Region": ["إقليم كردستان العراق"]}


def test_ordinary_words_after_a_head_name_no_place() -> None:
    assert _places("وأقامت القوات منطقة عازلة قرب جزيرة صناعية.") == {}


def test_a_direction_after_the_name_is_not_part_of_it() -> None:
    assert _places("ويقع المشروع في جزيرة بيمبا شمالي البلاد.") == {"Bimba Island": ["جزيرة بيمبا"]}


def test_a_palace_or_airport_is_a_building_and_shortness_is_not() -> None:
    places = _places("ووصل الضيف إلى مطار جومو كينياتا الدولي ثم إلى قصر قرطاج.")
    assert sorted(places.values()) == [["قصر قرطاج"], ["مطار جومو كينياتا الدولي"]]
    assert _places("ورغم قصر المدة أنجز الفريق عمله.") == {}


def test_a_venue_named_by_its_head_alone_takes_the_city_after_it() -> None:
    places = _places("وعقد المنتدى في مركز المؤتمرات بمدينة أكرا.")
    assert places["Congress Center (Accra)"] == ["مركز المؤتمرات"]


def test_a_seat_of_government_and_a_presidential_palace_are_venues() -> None:
    places = _places("واستقبله في القصر الرئاسي، ثم توجها إلى مقر رئاسة الحكومة.")
    assert places == {
        "Presidential Palace": ["القصر الرئاسي"],
        "Government Headquarters": ["مقر رئاسة الحكومة"],
    }


def test_an_exhibition_complex_ends_before_the_nisba_of_its_state() -> None:
    places = _places("ويقام المعرض في مجمع معارض الصناعات الغذائية البرازيلي.")
    assert [m for ms in places.values() for m in ms] == ["مجمع معارض الصناعات الغذائية"]


def test_a_centre_is_a_venue_only_with_its_purpose() -> None:
    assert _places("ويقع مركز بريتوريا الدولي للمعارض قرب الجامعة.") == {
        "Pretoria Exhibition Center": ["مركز بريتوريا الدولي للمعارض"]
    }
    assert _places("وافتتح مركز تجاري جديد ومركز الأبحاث الزراعية.") == {}
    assert _places("وزار مركز نيروبي للأبحاث.") == {"Nairobi": ["نيروبي"]}


def test_a_quoted_name_after_a_head_names_a_place_by_itself() -> None:
    places = _places('وأقيم الحفل في ناحية "بوراما" شمالي البلاد، ثم زار الوفد بلدة «أوديني».')
    assert sorted(ms for ms in places.values()) == [["أوديني"], ["بوراما"]]


def test_a_border_crossing_is_a_place() -> None:
    """ "معبر X الحدودي": a crossing; "منفذ الهجوم" (the attacker) names none."""
    places = _places("وأعادت السلطات فتح معبر زيكو الحدودي أمام الشاحنات.")
    assert list(places.values()) == [["معبر زيكو الحدودي"]]
    assert _places("وقال منفذ الهجوم إن الأمر انتهى.") == {}
