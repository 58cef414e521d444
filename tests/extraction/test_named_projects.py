"""Projects named by a head: `مشروع` + a project, facilities with names, visions; ports.

Sentences written for these tests."""

from __future__ import annotations

from kg import extract
from kg.schema import Label


def _named(text: str, label: Label = Label.PROJECT) -> dict[str, list[str]]:
    graph = extract(text)
    return {e.name: [m.text for m in e.mentions] for e in graph.entities if e.label is label}


def test_a_port_project_is_one_project_from_its_word_for_project() -> None:
    projects = _named("وتفقد الوزير مشروع ميناء لامو الكبير في كينيا.")
    assert list(projects.values()) == [["مشروع ميناء لامو الكبير"]]


def test_a_port_outside_a_project_is_a_place() -> None:
    places = _named("ورست السفينة في ميناء كريبي قادمة من جدة.", Label.PLACE)
    assert places.get("Port of Kribi") == ["ميناء كريبي"]
    assert _named("ورست السفينة في ميناء كريبي قادمة من جدة.") == {}


def test_a_dam_or_plant_with_a_name_is_a_project_and_a_listed_one_keeps_its_name() -> None:
    projects = _named("وزار الرئيس سد كاريبا ثم محطة الضبعة النووية.")
    assert set(projects) == {"Kariba dam", "El Dabaa nuclear power plant"}


def test_a_facility_without_a_name_is_none() -> None:
    assert _named("وقال إن سد الفجوة ضروري وإن محطة جديدة ستفتتح.") == {}


def test_a_project_named_by_its_pipeline_is_the_listed_pipeline() -> None:
    projects = _named(
        "وأكد دعم بلاده لمشروع أنبوب الغاز النيجيري المغربي. وقال إن مشروع أنبوب الغاز حيوي."
    )
    assert list(projects) == ["Nigeria–Morocco gas pipeline"]
    assert "مشروع أنبوب الغاز" in projects["Nigeria–Morocco gas pipeline"]


def test_a_vision_is_named_by_its_states_and_year() -> None:
    projects = _named("ووقع البلدان مذكرة لتنفيذ الرؤية المصرية – الصينية 2030.")
    assert projects == {"Egypt–China Vision 2030": ["الرؤية المصرية – الصينية 2030"]}
    assert _named("وأكد أن الرؤية واضحة، وأن العمل مستمر منذ 2030.") == {}


def test_a_listed_pipeline_passes_through_the_places_it_links() -> None:
    graph = extract("ويمر خط الغاز العربي عبر مصر والأردن.")
    keys = {e.key: e.name for e in graph.entities}
    through = {keys[r.target] for r in graph.relations if r.type.value == "PASSES_THROUGH"}
    assert through == {"Egypt", "Jordan"}


def test_a_zone_named_by_the_state_that_runs_it_is_a_project() -> None:
    projects = _named("وبحث الوزيران العمل في المنطقة الصناعية الصينية بجدة.")
    assert projects == {"China zone": ["المنطقة الصناعية الصينية بجدة"]}


def test_a_zone_is_named_by_the_city_it_is_in_and_a_generic_zone_is_none() -> None:
    assert _named("وافتتح الرئيس المنطقة الصناعية بمومباسا أمس.") == {
        "Mombasa zone": ["المنطقة الصناعية بمومباسا"]
    }
    assert _named("واتفقا على إنشاء منطقة اقتصادية خاصة في البلاد.") == {}


def test_a_refinery_is_named_by_its_place() -> None:
    assert _named("وتفقد الوفد مصفاة الدقم في سلطنة عمان.") == {"Duqm refinery": ["مصفاة الدقم"]}


def test_a_facility_name_of_two_words_ends_where_the_name_plainly_ends() -> None:
    projects = _named("وتبني تنزانيا سد جوليوس نيريري على نهر روفيجي ومحطة كوم أمبو للطاقة.")
    assert sorted(projects.values()) == [
        ["سد جوليوس نيريري"],
        ["ومحطة كوم أمبو"],
    ]
    assert list(_named("وقال إن سد كاريبا سيوفر الكهرباء للبلدين.").values()) == [["سد كاريبا"]]


def test_a_facility_named_after_a_king_reads_the_title_in_english() -> None:
    assert list(_named("وتم افتتاح جسر الملك حمد بين البلدين.")) == ["King Hmd bridge"]
