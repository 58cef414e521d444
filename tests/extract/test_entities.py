from kg import extract
from kg.extract.entities import _same_person, edit_distance


def test_edit_distance() -> None:
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3


def test_same_first_name_and_close_surname_is_one_person() -> None:
    assert _same_person("تيمور سليمانوف", "تيمور سليمانيوف")
    assert not _same_person("تيمور سليمانوف", "رستم سليمانوف")
    assert not _same_person("تيمور", "تيمور سليمانوف")


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
