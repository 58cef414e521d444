"""MEMBER_OF: the countries of a body, said to be members or named in its name."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "أعلنت الحكومة أن مصر عضو في منظمة التعاون الإسلامي.",
        {("Egypt", "Organisation of Islamic Cooperation")},
        "members_of_a_body",
    ),
    case(
        "انضمت مصر إلى منظمة شنغهاي للتعاون بصفة مراقب.",
        {("Egypt", "Shanghai Cooperation Organisation")},
        "members_of_a_body",
    ),
    case(
        "عقد الاجتماع الثالث للجنة المصرية الأردنية المشتركة في مدينة العقبة الأردنية.",
        {("Egypt", "Egypt–Jordan Joint Commission"), ("Jordan", "Egypt–Jordan Joint Commission")},
        "members_named_in_a_body",
    ),
    case(
        "وتنفذ المشروع شركة الاتصالات الصينية.",
        set(),
        "members_named_in_a_body",
        absent={("China", "شركة الاتصالات الصينية")},
    ),
    case(
        "اتفق المغرب وموريتانيا على تشكيل مجموعة العمل المشتركة لمتابعة المشاريع.",
        {("Morocco", "Joint Working Group"), ("Mauritania", "Joint Working Group")},
        "both_sides_of_a_joint_body",
    ),
    case(
        "وتتولى رئاسة فرنسا للاتحاد الأوروبي ملف الطاقة.",
        {("France", "European Union")},
        "chair_of_a_body",
    ),
    case(
        "وأكد الرئيس الصيني دعم بلاده لانضمام مصر إلى منظمة شنغهاي للتعاون.",
        set(),
        "members_of_a_body",
        absent={("Egypt", "Shanghai Cooperation Organisation")},
    ),
]

# Regional bodies and the member countries the text lists; no country is a member of its
# own national body.
REGIONAL_BODIES = [
    case(
        "وتأسست رابطة دول جنوب شرق آسيا التي تضم إندونيسيا وماليزيا والفلبين.",
        {("Indonesia", "ASEAN"), ("Malaysia", "ASEAN"), ("Philippines", "ASEAN")},
        "members_a_body_comprises",
    ),
    case(
        "ويضم الاتحاد الأفريقي 55 دولة، من بينها مصر والمغرب.",
        {("Egypt", "African Union"), ("Morocco", "African Union")},
        "members_a_body_comprises",
    ),
    case(
        "وتضم منظمة التعاون الاقتصادي عشر دول هي إيران وتركيا وباكستان.",
        {
            ("Iran", "Economic Cooperation Organization"),
            ("Pakistan", "Economic Cooperation Organization"),
        },
        "members_a_body_comprises",
    ),
    case(
        "وتضمنت الاتفاقية بين منظمة التعاون الإسلامي ومصر بنودا عديدة.",
        set(),
        "members_a_body_comprises",
        absent={("Egypt", "Organisation of Islamic Cooperation")},
    ),
    case(
        "وقال عضو مجلس النواب الأردني إن الأردن عضو في جامعة الدول العربية.",
        {("Jordan", "Arab League")},
        "members_of_a_body",
        absent={("Jordan", "مجلس النواب الأردني")},
    ),
]
# Members implied: a body's founders, and the countries taking part in its leaders' meeting.
FOUNDERS_AND_SUMMITS = [
    case(
        "وتأسست رابطة دول جنوب شرق آسيا عام 1967 بعد توقيع إعلان بانكوك بين إندونيسيا "
        "وماليزيا والفلبين وسنغافورة وتايلاند.",
        {("Indonesia", "ASEAN"), ("Singapore", "ASEAN"), ("Thailand", "ASEAN")},
        "founders_of_a_body",
    ),
    case(
        "وأسست مصر والعراق والسعودية جامعة الدول العربية عام 1945.",
        {("Egypt", "Arab League"), ("Iraq", "Arab League"), ("Saudi Arabia", "Arab League")},
        "founders_of_a_body",
    ),
    case(
        "وتأسست منظمة التعاون الإسلامي عام 1969 لتعزيز العلاقات بين الدول الإسلامية، "
        "وقال وزير خارجية ماليزيا إن العلاقات بين ماليزيا وتركيا قوية.",
        set(),
        "founders_of_a_body",
        absent={("Malaysia", "Organisation of Islamic Cooperation")},
    ),
    case(
        "وانعقدت القمة الاستثنائية لقادة الاتحاد الأفريقي في أديس أبابا برئاسة الرئيس "
        "السنغالي ماكي سال وحضور الرئيس الغاني نانا أكوفو أدو.",
        {("Senegal", "African Union"), ("Ghana", "African Union")},
        "members_at_their_leaders_meeting",
    ),
    case(
        "وانعقد الاجتماع الأول لرؤساء دول الاتحاد الأوروبي في بروكسل بمشاركة الرئيس الفرنسي "
        "إيمانويل ماكرون والمستشار الألماني أولاف شولتس، فيما أعلنت البرازيل دعمها للاجتماع.",
        {("France", "European Union"), ("Germany", "European Union")},
        "members_at_their_leaders_meeting",
        absent={("Brazil", "European Union")},
    ),
    case(
        "وتعد فنزويلا إحدى الدول المؤسسة لمنظمة أوبك.",
        {("Venezuela", "OPEC")},
        "members_of_a_body",
    ),
    case(
        "وشاركت دول مجلس التعاون الخليجي الست، السعودية والإمارات والكويت وقطر والبحرين "
        "وعمان، في الاجتماع.",
        {("Saudi Arabia", "Gulf Cooperation Council"), ("Oman", "Gulf Cooperation Council")},
        "states_of_a_body_listed",
    ),
    case(
        "وبحث الوزير مع دول الاتحاد الأفريقي: نيجيريا وكينيا وغانا سبل التعاون.",
        {("Nigeria", "African Union"), ("Ghana", "African Union")},
        "states_of_a_body_listed",
    ),
    case(
        "وأجرى وزير الخارجية محادثات مع دول الاتحاد الأوروبي، والصين والهند.",
        set(),
        "states_of_a_body_listed",
        absent={("China", "European Union"), ("India", "European Union")},
    ),
    case(
        "وشارك الرئيس الفرنسي إيمانويل ماكرون في القمة الأفريقية في نيروبي.",
        set(),
        "members_at_their_leaders_meeting",
        absent={("France", "African Union")},
    ),
]
OTHERS = list(CASES)
CASES += REGIONAL_BODIES + FOUNDERS_AND_SUMMITS  # every example, for the registry's test


@pytest.mark.parametrize("c", OTHERS, ids=str)
def test_member_of(c: Case) -> None:
    check(c, RelType.MEMBER_OF)


@pytest.mark.parametrize("c", REGIONAL_BODIES, ids=str)
def test_members_of_regional_bodies_not_of_their_own(c: Case) -> None:
    check(c, RelType.MEMBER_OF)


@pytest.mark.parametrize("c", FOUNDERS_AND_SUMMITS, ids=str)
def test_founders_and_countries_at_their_leaders_meeting_are_members(c: Case) -> None:
    check(c, RelType.MEMBER_OF)
