"""The gazetteer covers every state, inflects nisbas, and never lets one form name two states."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from babel import Locale

from kg.lexicon.files import read_tsv, values
from kg.lexicon.gazetteer import countries_by_iso2, gazetteer, inflect_nisba, slug
from kg.schema import Label
from kg.text.normalize import fold

# The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code.
UN_MEMBERS = frozenset(
    """
    AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
    CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI
    FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP
    KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM
    NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST
    SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV
    UG UA AE GB US UY UZ VU VE VN YE ZM ZW
    """.split()  # noqa: SIM905 (a block of codes reads better than 193 quoted strings)
)
ARABIC = re.compile(r"[\u0621-\u064a]")


def test_un_member_list_is_complete() -> None:
    assert len(UN_MEMBERS) == 193


@pytest.mark.parametrize("iso2", sorted(UN_MEMBERS))
def test_every_un_member_has_an_arabic_name_and_a_qid(iso2: str) -> None:
    term = countries_by_iso2()[iso2]
    assert term.label is Label.COUNTRY
    assert term.qid is not None and re.fullmatch(r"Q\d+", term.qid)
    assert term.key == term.qid
    assert any(ARABIC.search(name) for name in term.names)


def test_observers_and_states_of_limited_recognition() -> None:
    by_iso2 = countries_by_iso2()
    assert {"PS", "VA", "XK", "TW"} <= by_iso2.keys()
    northern_cyprus = next(t for t in gazetteer() if t.qid == "Q23681")
    assert northern_cyprus.label is Label.COUNTRY and northern_cyprus.country is None


def test_cldr_name_is_added_to_the_listed_ones() -> None:
    kazakhstan = countries_by_iso2()["KZ"]
    assert Locale("ar").territories["KZ"] in kazakhstan.names
    assert "قازاقستان" in kazakhstan.names


def test_a_cldr_name_that_is_an_ordinary_word_is_left_out() -> None:
    mali = countries_by_iso2()["ML"]
    assert "مالي" not in mali.names
    assert "جمهورية مالي" in mali.names
    assert not any(name.startswith("!") for t in gazetteer() for name in t.names)


@pytest.mark.parametrize(
    ("form", "iso2"),
    [
        ("الأذربيجانية", "AZ"),
        ("الأذري", "AZ"),
        ("الكازاخستاني", "KZ"),
        ("القازاقية", "KZ"),
        ("القرغيزيين", "KG"),
        ("الأوزبكيتين", "UZ"),
        ("التركمانيون", "TM"),
        ("الأمريكيان", "US"),
        ("الكورية الجنوبية", "KR"),
        ("القبرصية التركية", None),
    ],
)
def test_nisba_forms_point_to_their_country(form: str, iso2: str | None) -> None:
    owners = [t for t in gazetteer() if form in t.adjectives]
    assert len(owners) == 1
    assert owners[0].label is Label.COUNTRY and owners[0].country == iso2


def test_inflect_nisba_gives_every_form_with_and_without_the_article() -> None:
    forms = inflect_nisba("كوري جنوبي")
    assert len(forms) == 14
    assert {"كوري جنوبي", "الكورية الجنوبية", "الكوريون الجنوبيون", "كوريتين جنوبيتين"} <= set(
        forms
    )


def test_inflect_nisba_rejects_a_word_that_is_not_a_nisba() -> None:
    with pytest.raises(ValueError, match="nisba"):
        inflect_nisba("جنوب السودان")
    with pytest.raises(ValueError, match="nisba"):
        inflect_nisba("سوداني جنوب")


def test_a_noun_before_a_nisba_takes_the_article_and_the_nisba_the_ending() -> None:
    forms = inflect_nisba("جنوب سوداني")
    assert {"جنوب سوداني", "الجنوب سودانية", "الجنوب سودانيين"} <= set(forms)
    assert "الجنوب السوداني" not in forms  # that is "the Sudanese south"


def test_no_arabic_form_names_two_countries() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for term in gazetteer():
        if term.label is Label.COUNTRY:
            for form in term.names + term.adjectives:
                owners[fold(form)].add(term.key)
    shared = {form: keys for form, keys in owners.items() if len(keys) > 1}
    assert shared == {}


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("countries.tsv", ("names_ar", "adjectives_ar")),
        ("places.tsv", ("names_ar",)),
        ("organizations.tsv", ("names_ar", "acronyms")),
    ],
)
def test_no_row_lists_a_spelling_the_matcher_already_folds_together(
    name: str, columns: tuple[str, ...]
) -> None:
    for row in read_tsv(name):
        for column in columns:
            listed = [fold(v) for v in values(row[column])]
            assert len(listed) == len(set(listed)), (row["name_en"], column)


def test_places_and_organizations_belong_to_known_countries() -> None:
    known = countries_by_iso2().keys()
    others = [t for t in gazetteer() if t.label is not Label.COUNTRY]
    assert others
    assert all(t.country is None or t.country in known for t in others)


def test_every_un_member_has_its_capital() -> None:
    capitals = {t.country for t in gazetteer() if t.kind == "capital"}
    # Singapore is a city-state; Jerusalem is listed without a country (its status is disputed).
    assert UN_MEMBERS - capitals == {"SG", "IL"}


def test_keys_are_qids_or_label_and_slug_and_never_repeat() -> None:
    terms = gazetteer()
    assert len({t.key for t in terms}) == len(terms)
    port = next(t for t in terms if t.name_en == "Port of Baku")
    assert port.qid is None and port.key == "Place:port-of-baku"
    baku = next(t for t in terms if t.name_en == "Baku")
    assert baku.key == baku.qid == "Q9248" and baku.country == "AZ"


def test_organizations_carry_their_acronyms() -> None:
    socar = next(t for t in gazetteer() if t.name_en == "SOCAR")
    assert {"سوكار", "SOCAR"} <= set(socar.names)
    assert socar.kind == "company" and socar.country == "AZ"


def test_slug_is_ascii_and_hyphenated() -> None:
    assert slug("Baku–Tbilisi–Ceyhan pipeline") == "baku-tbilisi-ceyhan-pipeline"
    assert slug("Constanța") == "constanta"
    assert slug("St. John's") == "st-john-s"


def test_at_least_300_international_bodies_each_with_an_arabic_name() -> None:
    bodies = [t for t in gazetteer() if t.kind == "international"]
    assert len(bodies) >= 300
    assert all(any(ARABIC.search(name) for name in t.names) for t in bodies)


def test_no_name_of_a_body_is_also_a_country_form() -> None:
    country_forms = {
        fold(form)
        for t in gazetteer()
        if t.label is Label.COUNTRY
        for form in t.names + t.adjectives
    }
    clashes = [
        (t.name_en, name)
        for t in gazetteer()
        if t.label is Label.ORGANIZATION
        for name in t.names
        if fold(name) in country_forms
    ]
    assert clashes == []


@pytest.mark.parametrize(
    ("acronym", "name_en"),
    [
        ("الكوميسا", "Common Market for Eastern and Southern Africa"),
        ("إيكواس", "Economic Community of West African States"),
        ("أبيك", "Asia-Pacific Economic Cooperation"),
        ("الأونروا", "UNRWA"),
    ],
)
def test_regional_bodies_of_every_continent_carry_arabic_acronyms(
    acronym: str, name_en: str
) -> None:
    owners = [t for t in gazetteer() if acronym in t.names]
    assert [t.name_en for t in owners] == [name_en]


# The most populous states of every continent: Arabic news names their second cities too.
POPULOUS = frozenset(
    """
    NG ET EG CD TZ KE ZA DZ MA SD AO MZ GH CM BR MX CO AR PE VE CL EC ID PH VN TH MY MM JP KR
    IN PK BD CN IR TR IQ SA YE DE FR GB IT ES PL UA RU US CA AU
    """.split()  # noqa: SIM905
)


def test_populous_states_of_every_continent_list_a_city_besides_their_capital() -> None:
    with_cities = {t.country for t in gazetteer() if t.kind in ("city", "port")}
    assert sorted(POPULOUS - with_cities) == []


@pytest.mark.parametrize(
    ("name", "name_en", "label"),
    [
        ("نواذيبو", "Nouadhibou", Label.PLACE),
        ("الناصرية", "Nasiriyah", Label.PLACE),
        ("حضرموت", "Hadhramaut", Label.PLACE),
        ("غوادالاخارا", "Guadalajara", Label.PLACE),
        ("بينانغ", "Penang", Label.PLACE),
        ("مصوع", "Massawa", Label.PLACE),
        ("نهر العاصي", "Orontes", Label.PLACE),
        ("بحر اليابان", "Sea of Japan", Label.PLACE),
        ("جزيرة تيران", "Tiran Island", Label.PLACE),
        ("حركة حماس", "Hamas", Label.ORGANIZATION),
        ("بتروبراس", "Petrobras", Label.ORGANIZATION),
        ("الخطوط الجوية الإثيوبية", "Ethiopian Airlines", Label.ORGANIZATION),
        ("بنك كوريا", "Bank of Korea", Label.ORGANIZATION),
        (
            "البنك المركزي لدول غرب أفريقيا",
            "Central Bank of West African States",
            Label.ORGANIZATION,
        ),
    ],
)
def test_places_and_bodies_of_every_continent_are_listed(
    name: str, name_en: str, label: Label
) -> None:
    owners = [(t.name_en, t.label) for t in gazetteer() if fold(name) in map(fold, t.names)]
    assert owners == [(name_en, label)]


@pytest.mark.parametrize("word", ["كان", "ليل", "عبري", "بشار", "حائل", "الكفرة"])
def test_a_place_named_by_an_ordinary_word_is_listed_only_in_a_frame(word: str) -> None:
    names = {fold(n) for t in gazetteer() if t.label is Label.PLACE for n in t.names}
    assert fold(word) not in names
    assert any(n.endswith(" " + fold(word)) for n in names)
