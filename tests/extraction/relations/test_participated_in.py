"""PARTICIPATED_IN: who took part in an event: people, delegations, countries, bodies."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "شارك رئيس الوزراء الأردني بشر الخصاونة في القمة العربية التي عقدت في الجزائر.",
        {("بشر الخصاونة", "القمة العربية")},
        "people_at_an_event",
    ),
    case(
        "انطلقت أعمال القمة العربية. وشارك وزير الخارجية المصري سامح شكري في أعمالها.",
        {("سامح شكري", "القمة العربية")},
        "attendees_of_the_main_event",
    ),
    case(
        "بدأت المحادثات بين مصر والأردن حول الربط الكهربائي.",
        {("Egypt", "Talks"), ("Jordan", "Talks")},
        "parties_between_at_an_event",
    ),
    case(
        "عقد المنتدى الاقتصادي بمشاركة مصر والسعودية.",
        {("Egypt", "Forum"), ("Saudi Arabia", "Forum")},
        "present_at_an_event",
    ),
    case(
        "عقد الاجتماع الأول للجنة المشتركة في القاهرة.\n"
        "وفي الختام وقع وزير الطاقة المصري طارق الملا ونظيره الأردني صالح الخرابشة البروتوكول.",
        {("طارق الملا", "الاجتماع الأول للجنة المشتركة")},
        "signers_took_part_in_the_event",
    ),
    case(
        "عقد الاجتماع الأول للجنة المشتركة في القاهرة.\n"
        "وبحث وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي، تعزيز العلاقات.",
        {
            ("سامح شكري", "الاجتماع الأول للجنة المشتركة"),
            ("أيمن الصفدي", "الاجتماع الأول للجنة المشتركة"),
        },
        "discussants_of_the_main_event",
    ),
    case(
        "بدأت في القاهرة جلسة مباحثات رسمية.\n"
        "وحضرها وزير الخارجية المصري سامح شكري.\n"
        "كما حضرها وزير الخارجية الأردني أيمن الصفدي.",
        {("Egypt", "جلسة مباحثات رسمية"), ("Jordan", "جلسة مباحثات رسمية")},
        "countries_of_the_two_sides",
    ),
    case(
        "وذكر وزير الخارجية المصري سامح شكري أن لقاء الرئيسين كان مثمرا.",
        set(),
        "people_at_an_event",
        absent={("سامح شكري", "لقاء الرئيسين")},
    ),
    case(
        "اختتمت أعمال الدورة الخامسة للجنة المصرية الأردنية المشتركة في القاهرة، وحضرها "
        "ممثلو غرف التجارة من كلا البلدين.",
        {
            ("Egypt", "الدورة الخامسة للجنة المصرية الأردنية المشتركة"),
            ("Jordan", "الدورة الخامسة للجنة المصرية الأردنية المشتركة"),
        },
        "delegations_of_both_countries",
    ),
    case(
        "تتعاون السعودية والكويت في مجال الطاقة. وعقدت في الرياض الجولة الثالثة من المشاورات "
        "السياسية بين وزارتي خارجية البلدين.",
        {
            ("Ministry of Foreign Affairs of Saudi Arabia", "3rd round"),
            ("Ministry of Foreign Affairs of Kuwait", "3rd round"),
            ("Saudi Arabia", "3rd round"),
            ("Kuwait", "3rd round"),
        },
        "bodies_between_at_an_event",
    ),
    case(
        "وقع الرئيس التونسي قيس سعيد ونظيره الجزائري عبد المجيد تبون اتفاقية للتعاون. وجاء "
        "التوقيع عقب جلسة مباحثات بين الرئيسين في قصر قرطاج.",
        {("قيس سعيد", "جلسة مباحثات"), ("عبد المجيد تبون", "جلسة مباحثات")},
        "leaders_between_at_an_event",
    ),
    case(
        "تنطلق غدا القمة الاقتصادية في الدوحة. ويصل رئيس الوزراء الماليزي أنور إبراهيم على رأس "
        "وفد يرافقه وزير التجارة الماليزي تنغكو ظفرول عزيز.",
        {("أنور إبراهيم", "القمة الاقتصادية"), ("تنغكو ظفرول عزيز", "القمة الاقتصادية")},
        "members_of_a_delegation",
    ),
    case(
        "افتتحت الأردن والعراق، السبت، معبرا حدوديا جديدا. وقال وزير النقل الأردني وجيه "
        "عزايزة في احتفال أقيم بالمعبر إن الخطوة تخدم البلدين.",
        {("Jordan", "احتفال"), ("Iraq", "احتفال")},
        "openers_of_the_ceremony",
    ),
    case(
        "افتتح في الرباط المنتدى المغربي الموريتاني للأعمال. وقال وزير الصناعة المغربي رياض "
        "مزور في كلمته إن البلدين شريكان.",
        {("رياض مزور", "المنتدى المغربي الموريتاني للأعمال")},
        "speakers_at_the_main_event",
    ),
    case(
        "وشارك في القمة قادة مصر والسعودية والإمارات والأردن.",
        {("Egypt", "القمة"), ("Jordan", "القمة")},
        "countries_taking_part",
    ),
    case(
        "وتشارك مصر والسودان وإثيوبيا في جولة المفاوضات الجديدة.",
        {("Egypt", "Round"), ("Sudan", "Round"), ("Ethiopia", "Round")},
        "countries_taking_part",
    ),
    case(
        "وشاركت في الاجتماع وفود من 15 دولة بينها كينيا ونيجيريا وجنوب أفريقيا.",
        {("Kenya", "الاجتماع"), ("Nigeria", "الاجتماع"), ("South Africa", "الاجتماع")},
        "countries_taking_part",
    ),
    case(
        "وحضر المنتدى وفد من البرازيل برئاسة وزير الخارجية ماورو فييرا.",
        {("Brazil", "المنتدى")},
        "countries_taking_part",
    ),
    case(
        "وشارك في القمة الرئيس الكيني ويليام روتو ورئيس وزراء إثيوبيا آبي أحمد.",
        set(),
        "countries_taking_part",
        absent={("Kenya", "القمة"), ("Ethiopia", "القمة")},
    ),
    case(
        "وتسلمت البرازيل رئاسة المجموعة من الهند في القمة.",
        {("Brazil", "Summit"), ("India", "Summit")},
        "chair_handed_over_at_an_event",
    ),
    case(
        "وستسلم مصر -الرئيس الحالي للاتحاد- الرئاسة الدورية إلى أنغولا خلال القمة المقبلة.",
        {("Egypt", "Summit"), ("Angola", "Summit")},
        "chair_handed_over_at_an_event",
    ),
    case(
        "وشارك في المنتدى أكثر من 500 شخص يمثلون 40 دولة، بينها الصين وروسيا وتركيا.",
        {("China", "Forum"), ("Russia", "Forum"), ("Turkey", "Forum")},
        "countries_taking_part",
    ),
]

CASES += [
    case(
        "بدأت في هراري اجتماعات الدورة الثانية للجنة الزيمبابوية الموزمبيقية المشتركة. "
        "وقال وزير التجارة الزيمبابوي تينداي بيتي إن الاجتماعات ستناقش التعاون في الزراعة.",
        {("تينداي بيتي", "2nd session of the Zimbabwe–Mozambique Joint Commission")},
        "discussants_of_the_main_event",
    ),
    case(
        "تبادل ولي العهد الأردني الأمير الحسين بن عبد الله ورئيس الوزراء الياباني فوميو "
        "كيشيدا ثلاث مذكرات تفاهم. وجرى تبادل هذه المذكرات في قصر رغدان في عمان.",
        {("الحسين بن عبد الله", "Signing"), ("فوميو كيشيدا", "Signing")},
        "who_exchanged_the_documents",
    ),
    case(
        "جرى في عمان تبادل مذكرات التفاهم بين الأردن واليابان. وتم تبادل مذكرة التفاهم "
        "الأولى من قبل محافظ البنك المركزي الأردني ومحافظ بنك اليابان.",
        {("البنك المركزي الأردني", "Signing"), ("بنك اليابان", "Signing")},
        "who_exchanged_the_documents",
    ),
    case(
        "افتتح الرئيس الكيني ويليام روتو الطريق الجديد في حفل أقيم في نيروبي. وشارك في الحفل "
        "مدير عام البنك الدولي، والأمين العام لمنظمة التجارة العالمية.",
        {("World Bank", "Ceremony"), ("World Trade Organization", "Ceremony")},
        "bodies_of_officials_taking_part",
    ),
    case(  # the body listed after a titled one is represented too
        "افتتح الرئيس الكيني ويليام روتو الطريق الجديد في حفل أقيم في نيروبي. وشارك في الحفل "
        "ممثلو البنك الدولي ومنظمة التجارة العالمية.",
        {("World Bank", "Ceremony"), ("World Trade Organization", "Ceremony")},
        "bodies_of_officials_taking_part",
    ),
    case(  # who chairs, for the body he heads; a body in what is said
        "عقد في القاهرة الاجتماع الأول للجنة المصرية الأردنية المشتركة، وترأسه محافظ البنك "
        "المركزي المصري حسن عبد الله. وشارك في الاجتماع وزير الخارجية المصري سامح شكري، الذي "
        "أكد أن مدير عام البنك الدولي يدعم المشروع.",
        set(),
        "bodies_of_officials_taking_part",
        absent={
            ("Central Bank of Egypt", "1st meeting of the Egypt–Jordan Joint Commission"),
            ("World Bank", "1st meeting of the Egypt–Jordan Joint Commission"),
        },
    ),
    case(
        "وأكد السفير خلال المؤتمر الصحفي الذي عقدته وزارة الخارجية المصرية، بالتعاون مع سفارة "
        "اليابان في القاهرة، أهمية التعاون.",
        {
            ("Ministry of Foreign Affairs of Egypt", "Press conference"),
            ("Embassy of Japan in Egypt", "Press conference"),
        },
        "who_held_the_event",
    ),
    case(  # the holder's name is no entity; who helped still took part
        "وأكد السفير خلال المؤتمر الصحفي الذي عقده مركز الدراسات المحلي، بالتعاون مع البنك "
        "الدولي، أهمية التعاون.",
        {("World Bank", "Press conference")},
        "who_held_the_event",
    ),
    case(  # held at a body's seat, not by the body
        "وأكد السفير خلال المؤتمر الصحفي الذي عقد في مقر وزارة الخارجية المصرية أهمية التعاون.",
        set(),
        "who_held_the_event",
        absent={("Ministry of Foreign Affairs of Egypt", "Press conference")},
    ),
    case(  # who was only invited is not said to have come
        "ووصل الرئيس الكيني ويليام روتو إلى أديس أبابا للمشاركة في القمة، التي وجهت دعوة "
        "لحضورها إلى الأمين العام لجامعة الدول العربية أحمد أبو الغيط.",
        {("William Ruto", "Summit")},
        "people_at_an_event",
        absent={("Ahmed Aboul Gheit", "Summit")},
    ),
    case(  # views, not documents
        "جرى في عمان تبادل مذكرات التفاهم بين الأردن واليابان. وتبادل رئيس الوزراء الياباني "
        "فوميو كيشيدا وولي العهد الأردني الأمير الحسين بن عبد الله وجهات النظر حول "
        "الاتفاقيات الإقليمية.",
        set(),
        "who_exchanged_the_documents",
        absent={("الحسين بن عبد الله", "Signing"), ("فوميو كيشيدا", "Signing")},
    ),
]

CASES += [
    case(  # the states an event is held with
        "وانطلقت في نيروبي القمة الأفريقية الأولى مع دول القرن الأفريقي، إثيوبيا والصومال وجيبوتي.",
        {("Ethiopia", "1st summit"), ("Somalia", "1st summit"), ("Djibouti", "1st summit")},
        "states_an_event_is_held_with",
    ),
    case(  # who signed, and who was present, took part in the signing, not in the press
        # conference the text names after it
        "ووقع الاتفاقية وزير الدفاع الكيني أدن دوالي ونظيره الإثيوبي أبراهام بلاي، بحضور "
        "الرئيس الكيني وليام روتو. وقال روتو خلال مؤتمر صحفي مشترك إن التعاون مهم.",
        set(),
        "attendees_of_the_main_event",
        absent={("أدن دوالي", "Press conference"), ("أبراهام بلاي", "Press conference")},
    ),
    case(  # "وكان X قد التقى …": an earlier meeting, not the article's
        "استقبل الرئيس الكيني وليام روتو رئيس الوزراء الإثيوبي آبي أحمد في نيروبي. وتناول "
        "اللقاء التعاون في مجال الطاقة. وكان وزير الخارجية الكيني موساليا مودافادي قد التقى "
        "نظيره الإثيوبي في أديس أبابا الشهر الماضي.",
        set(),
        "attendees_of_the_main_event",
        absent={("Musalia Mudavadi", "Meeting")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_participated_in(c: Case) -> None:
    check(c, RelType.PARTICIPATED_IN)
