"""PASSES_THROUGH: the places a project's name or route joins."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "يمر خط أنابيب الغاز العربي عبر الأردن وسوريا.",
        {("Arab Gas Pipeline", "Jordan"), ("Arab Gas Pipeline", "Syria")},
        "stops_of_a_route",
    ),
    case(
        "افتتحت مصر والسودان خط سكك حديدية جديدا.\n"
        "ويمتد من مدينة أسوان مرورا بوادي حلفا وصولا إلى الخرطوم.",
        {("railway", "Aswan"), ("railway", "Khartoum")},
        "stops_named_after_a_route_verb",
        absent={("railway", "Egypt")},
    ),
    # four route verbs: the chains after the last three run into one another
    case(
        "افتتحت مصر والسودان خط سكك حديدية جديدا.\nويمر الخط بأسوان ووادي حلفا، ويمتد "
        "مرورا بوادي حلفا وصولا إلى الخرطوم ثم إلى بورتسودان.",
        {("railway", "Aswan"), ("railway", "Khartoum"), ("railway", "Port Sudan")},
        "stops_named_after_a_route_verb",
        absent={("railway", "Egypt")},
    ),
    case(
        "افتتح البلدان خط أنابيب باكو - تبليسي - جيهان.\nوسيربط الخط الجديد أذربيجان بتركيا.",
        {
            ("Baku–Tbilisi–Ceyhan pipeline", "Azerbaijan"),
            ("Baku–Tbilisi–Ceyhan pipeline", "Turkey"),
        },
        "stops_named_after_a_route_verb",
    ),
    case(
        "افتتح البلدان خط أنابيب باكو - تبليسي - جيهان.\n"
        "واكتمل مد الجزء الأخير من الخط الجديد بين جورجيا وتركيا.\n"
        "ووقع البلدان خطة للتعاون بين أرمينيا وإيران.",
        {("Baku–Tbilisi–Ceyhan pipeline", "Georgia"), ("Baku–Tbilisi–Ceyhan pipeline", "Turkey")},
        "stops_between_of_a_line",
        absent={("Baku–Tbilisi–Ceyhan pipeline", "Armenia")},
    ),
    case(
        "افتتحت تنزانيا وزامبيا خط سكك حديدية جديدا.\n"
        "وسيكون القسم الزامبي الأطول بينما يبلغ طول القسم التنزاني 400 كيلومتر.",
        {("railway", "Zambia"), ("railway", "Tanzania")},
        "sections_in_a_country",
    ),
    case(
        "افتتح البلدان خط سكك حديدية جديدا.\n"
        "ويبلغ طول الخط 750 كيلومترا، يقع منها 100 كيلومتر في جيبوتي و650 كيلومترا في إثيوبيا.",
        {("railway", "Djibouti"), ("railway", "Ethiopia")},
        "sections_in_a_country",
    ),
    case(
        "بدأ ضخ الغاز عبر خط أنابيب قوة سيبيريا.\n"
        "وينقل الخط الغاز الروسي من حقول ياقوتيا إلى الصين.",
        {("Power of Siberia", "China")},
        "stops_named_after_a_route_verb",
        absent={("Power of Siberia", "Russia")},
    ),
    case(
        "أعلنت الحكومة عن مشروع سكة الحديد بين بنما وكولومبيا.",
        {("railway", "Panama"), ("railway", "Colombia")},
        "stops_between_of_a_line",
    ),
    case(
        "وسيجري تطوير مشروع خط أنابيب الغاز العربي ضمن مسارات العبور على أراضي الأردن.",
        {("Arab Gas Pipeline", "Jordan")},
        "project_on_a_state_land",
    ),
    case(
        "ويمر خط أنابيب الغاز العربي عبر الأراضي السورية.",
        {("Arab Gas Pipeline", "Syria")},
        "project_on_a_state_land",
    ),
    case(
        "وقال الوزير إن خط أنابيب الغاز العربي مهم، كما أن الاستثمارات على أراضي لبنان تتزايد.",
        set(),
        "project_on_a_state_land",
        absent={("Arab Gas Pipeline", "Lebanon")},
    ),
    case(
        "افتتح البلدان خط أنابيب الغاز العربي.\n"
        "وينطلق الخط من حقل حاسي الرمل في الجزائر ويصل إلى صقلية في إيطاليا.",
        {
            ("Arab Gas Pipeline", "Hassi R'Mel"),
            ("Arab Gas Pipeline", "Algeria"),
            ("Arab Gas Pipeline", "Sicily"),
            ("Arab Gas Pipeline", "Italy"),
        },
        "stops_from_a_line",
    ),
    case(
        "افتتح البلدان خط أنابيب الغاز العربي.\n"
        "ويبلغ طول الخط الممتد من الجزائر إلى إيطاليا نحو 500 كيلومتر.",
        {("Arab Gas Pipeline", "Algeria"), ("Arab Gas Pipeline", "Italy")},
        "stops_named_after_a_route_verb",
    ),
    case(
        "افتتح البلدان خط أنابيب الغاز العربي.\nويصل الخط المار بتونس إلى إيطاليا.",
        {("Arab Gas Pipeline", "Tunisia"), ("Arab Gas Pipeline", "Italy")},
        "stops_named_after_a_route_verb",
    ),
]

CASES += [
    case(
        "وقع وزراء الطاقة النيجيري والتشادي والكاميروني اتفاقية لتحديث دراسة مشروع أنبوب "
        'النفط "ساحل" الرابط بينها.',
        {
            ("مشروع أنبوب النفط", "Nigeria"),
            ("مشروع أنبوب النفط", "Chad"),
            ("مشروع أنبوب النفط", "Cameroon"),
        },
        "project_between_the_states",
    ),
    case(
        "وبحث وزير النقل الكيني مشروع أنبوب النفط الذي تموله الصين، وقال إن العمل يربط بينهما.",
        set(),
        "project_between_the_states",
        absent={("مشروع أنبوب النفط", "Kenya"), ("مشروع أنبوب النفط", "China")},
    ),
]

CASES += [
    case(
        "وقال رئيس الوزراء الكيني إن نيروبي ستستضيف المؤتمر، فيما قال الرئيس الأوغندي إن "
        "كمبالا جاهزة. ودشن الرئيسان مشروع خط سكة الحديد الكهربائية الرابط بين عاصمتي البلدين.",
        {
            ("railway", "Kenya"),
            ("railway", "Uganda"),
            ("railway", "Nairobi"),
            ("railway", "Kampala"),
        },
        "project_between_the_states",
    ),
]

CASES += [
    case(  # the stops after a line word are its own project's, not the dam's before it
        "وبحث الرئيسان ملف سد النهضة، فضلا عن مشروع خط السكة الحديدية بين أسوان والخرطوم.",
        {("railway", "Aswan"), ("railway", "Khartoum")},
        "stops_between_of_a_line",
        absent={("Grand Ethiopian Renaissance Dam", "Aswan")},
    ),
    case(  # a line no project names is nobody's route
        "وبحث الرئيسان ملف سد النهضة، وإنشاء خط بين أسوان والخرطوم.",
        set(),
        "stops_between_of_a_line",
        absent={("Grand Ethiopian Renaissance Dam", "Aswan")},
    ),
]

CASES += [
    case(  # a line "between the two countries": the article's two
        "وقعت كينيا وإثيوبيا اتفاقا. واتفق الوزيران على تسريع استكمال مشروع خط أنابيب الغاز "
        "بين البلدين.",
        {("pipeline", "Kenya"), ("pipeline", "Ethiopia")},
        "stops_between_of_a_line",
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_passes_through(c: Case) -> None:
    check(c, RelType.PASSES_THROUGH)
