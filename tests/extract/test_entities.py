from kg.extract.entities import _same_person, edit_distance


def test_edit_distance() -> None:
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3


def test_same_first_name_and_close_surname_is_one_person() -> None:
    assert _same_person("تيمور سليمانوف", "تيمور سليمانيوف")
    assert not _same_person("تيمور سليمانوف", "رستم سليمانوف")
    assert not _same_person("تيمور", "تيمور سليمانوف")
