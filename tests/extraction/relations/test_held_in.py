"""HELD_IN: where an event took place (never its dateline)."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "عقدت القمة العربية أمس. والتقى القادة في مدينة الجزائر.",
        {("القمة العربية", "Algiers")},
        "where_the_main_event_met",
    ),
    case(
        "استضافت القاهرة اجتماعات الدورة الثالثة للجنة المصرية الأردنية المشتركة.",
        {("3rd session of the Egypt–Jordan Joint Commission", "Cairo")},
        "hosted_by_a_place",
    ),
    case(
        "انطلقت قمة الرياض بحضور قادة الدول.",
        {("قمة الرياض", "Riyadh")},
        "event_named_after_its_place",
    ),
    case(
        "انعقدت قمة منظمة شنغهاي للتعاون في سمرقند.",
        {("قمة منظمة شنغهاي للتعاون", "Samarkand")},
        "event_at_a_locative",
    ),
    case(
        "طشقند\nعقد الاجتماع الأول للجنة المشتركة.",
        set(),
        "event_at_a_locative",
        absent={("Meeting", "Tashkent")},
    ),
    case(
        "واحتضنت جزيرة قشم جنوبي إيران أمس حفل افتتاح الميناء.",
        {("حفل افتتاح الميناء", "Qeshm")},
        "hosted_by_a_place",
    ),
    case(
        "وعقد المؤتمر الصحفي بالتعاون مع سفارة الصين بالقاهرة.",
        set(),
        "event_at_a_locative",
        absent={("المؤتمر الصحفي", "Cairo")},
    ),
    case(
        "وشارك وزير الخارجية المصري سامح شكري في الاجتماع الذي عقد بالأردن أمس.",
        {("الاجتماع", "Jordan")},
        "place_after_a_held_verb",
    ),
    case(
        "وجاء التوقيع عقب جلسة مباحثات في قصر قرطاج في تونس العاصمة.",
        {("جلسة مباحثات", "Tunis")},
        "city_of_the_venue",
    ),
    case(
        "وحضر الوزير الإماراتي ثاني الزيودي الاجتماع الذي جمع الوزيرين على هامش زيارة عمل إلى "
        "إندونيسيا.",
        {("زيارة عمل إلى إندونيسيا", "Indonesia")},
        "event_named_after_its_place",
        absent={("الاجتماع", "Indonesia")},
    ),
    case(
        "وأقيم الحفل في منطقة شرق الأردن.",
        {("الحفل", "Jordan")},
        "event_at_a_locative",
    ),
    case(
        "وتحدث الرئيس خلال المراسم إن الطريق سيصل إلى آسيا الوسطى.",
        set(),
        "event_at_a_locative",
        absent={("المراسم", "Central Asia")},
    ),
    case(
        "وتسلمت مصر الرئاسة في القمة الخامسة، بعد أن استضافت الجزائر القمة الرابعة.",
        {("القمة الرابعة", "Algeria")},
        "hosted_by_a_place",
        absent={("القمة الخامسة", "Algeria")},
    ),
    case(
        "وكانت العاصمة الكندية أوتاوا قد استضافت الاجتماع السابق.",
        {("Meeting", "Ottawa")},
        "place_that_hosted",
    ),
    case(
        "وزار الرئيس الغاني أبوجا الشهر الماضي، حيث شارك في القمة الأفريقية.",
        {("Summit", "Abuja")},
        "where_one_went_for_it",
    ),
    case(
        "وزار زعيم كوريا الجنوبية واشنطن في مايو، حيث شارك في القمة.",
        {("القمة", "Washington, D.C.")},
        "where_one_went_for_it",
        absent={("القمة", "South Korea")},
    ),
    case(
        "يزور رئيس الوزراء الكندي مارك كارني المكسيك في زيارة رسمية تستغرق يومين.",
        {("Visit", "Mexico")},
        "where_one_went_for_it",
        absent={("Visit", "Canada")},
    ),
    case(
        "وستسلم مصر الرئاسة الدورية للاتحاد إلى أنغولا خلال القمة المقبلة.",
        set(),
        "event_at_a_locative",
        absent={("Summit", "Angola")},
    ),
    case(
        "وتأتي زيارة الرئيس الكيني ويليام روتو الرسمية لليابان في إطار تعزيز العلاقات.",
        {("Visit", "Japan")},
        "visit_to_a_place",
        absent={("Visit", "Kenya")},
    ),
    case(
        "وتستمر زيارة رئيس الوزراء الهندي للبرازيل ثلاثة أيام.",
        {("Visit", "Brazil")},
        "visit_to_a_place",
    ),
]

CASES += [
    case(
        "وأجريت جلسة مباحثات رسمية بين الجانبين في مركز المؤتمرات بمدينة كيب تاون.",
        {("جلسة مباحثات رسمية", "Congress Center (Cape Town)")},
        "event_at_a_locative",
    ),
    case(
        "وأجريت جلسة مباحثات رسمية بين الجانبين في مركز المؤتمرات بمدينة كيب تاون.",
        {("جلسة مباحثات رسمية", "Cape Town")},
        "city_of_the_venue",
    ),
    case(
        "وعقدت المحادثات في مقر رئاسة الحكومة بالعاصمة الماليزية، كوالالمبور.",
        {("المحادثات", "Kuala Lumpur")},
        "city_of_the_venue",
    ),
    case(
        "وانطلقت المباحثات في مجمع معارض التجارة الدولية الفيتنامي بمدينة هانوي.",
        {("المباحثات", "Hanoi")},
        "city_of_the_venue",
    ),
    case(
        "وقال خلال المؤتمر الصحفي للإعلان عن الدورة 30 من المعرض، الذي من المقرر إقامته "
        "في مركز المعارض بمدينة لاغوس، إن المشاركة واسعة.",
        {("30th session", "Exhibition Center (Lagos)")},
        "event_at_a_locative",
        absent={("Press conference", "Exhibition Center (Lagos)")},
    ),
]

CASES += [
    case(
        "وتأتي زيارة الرئيس الغاني جون ماهاما، للعاصمة نيروبي في إطار تعزيز العلاقات.",
        {("Visit", "Nairobi")},
        "visit_to_a_place",
    ),
    case(
        "وبدأت زيارة رئيس الوزراء الياباني لمدينة شنغهاي أمس.",
        {("Visit", "Shanghai")},
        "visit_to_a_place",
    ),
    case(
        "وخلال زيارة الرئيس الفرنسي، قال الوزير إن تونس شريك مهم.",
        set(),
        "visit_to_a_place",
        absent={("Visit", "Tunisia")},
    ),
]

CASES += [
    case(
        'وأقيم حفل الافتتاح في ناحية "بوراما" شمالي البلاد.',
        {("حفل الافتتاح", "بوراما")},
        "event_at_a_locative",
    ),
    case(
        'وقال الوزير خلال الاجتماع: "نيروبي شريك مهم".',
        set(),
        "event_at_a_locative",
        absent={("الاجتماع", "Nairobi")},
    ),
]

CASES += [
    case(  # what the talks were about is not where they were: the place after a situation word
        "وعقد الجانبان اللقاء في مدينة العقبة، وتناول اللقاء التطورات في قطاع غزة.",
        {("اللقاء", "Aqaba")},
        "event_at_a_locative",
        absent={("اللقاء", "Gaza Strip")},
    ),
    case(
        "وبحث الوزيران خلال الاجتماع في الرباط الأوضاع في مالي والنيجر.",
        {("الاجتماع", "Rabat")},
        "event_at_a_locative",
        absent={("الاجتماع", "Mali"), ("الاجتماع", "Niger")},
    ),
]

CASES += [
    case(  # "وكان X قد التقى Y في Z": where an earlier meeting was, not the article's
        "استقبل الرئيس الكيني وليام روتو رئيس الوزراء الإثيوبي آبي أحمد في نيروبي. وتناول "
        "اللقاء التعاون في مجال الطاقة. وكان وزير الخارجية الكيني موساليا مودافادي قد التقى "
        "نظيره الإثيوبي في أديس أبابا الشهر الماضي.",
        {("Meeting", "Nairobi")},
        "where_the_main_event_met",
        absent={("Meeting", "Addis Ababa")},
    ),
]

CASES += [
    case(  # the place of another noun's relative clause is not the summit's
        "انطلقت في نيروبي أعمال القمة الثلاثية. وتعد هذه القمة الرابعة ضمن آلية التعاون "
        "الثلاثي التي انطلقت في أديس أبابا عام 2019.",
        {("Summit", "Nairobi")},
        "event_at_a_locative",
        absent={("Summit", "Addis Ababa")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_held_in(c: Case) -> None:
    check(c, RelType.HELD_IN)
