"""HOLDS_POSITION: the office a title gives a person, in the country or body it names."""

import pytest

from kg import extract
from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "وأعلن الأمين العام لمنظمة التعاون الإسلامي حسين طه ترحيبه بالقرار.",
        {("حسين طه", "Organisation of Islamic Cooperation")},
        "holder_of_a_title",
    ),
    case(
        "وصل الرئيس المصري عبد الفتاح السيسي إلى طشقند عاصمة أوزبكستان.",
        {("عبد الفتاح السيسي", "Egypt")},
        "holder_of_a_title",
        absent={("عبد الفتاح السيسي", "Uzbekistan")},
    ),
    # A title directly followed by its own name is that name's (the name before it is the
    # subject of the verb): a feminine title, a royal one, an honorific inside the name.
    case(
        "استقبل ملك بلجيكا فيليب رئيسة وزراء النرويج إرنا سولبرغ في بروكسل.",
        {("إرنا سولبرغ", "Norway")},
        "holder_of_a_title",
        absent={("Philippe", "Norway"), ("فيليب", "Norway")},
    ),
    case(
        "استقبل أمير الكويت الشيخ مشعل الأحمد رئيسة وزراء بنغلاديش الشيخة حسينة في الكويت.",
        {("Sheikh Hasina", "Bangladesh")},
        "holder_of_a_title",
        absent={("مشعل الأحمد", "Bangladesh")},
    ),
    # A title after a name with a bare space, in the clause of a verb whose object is a
    # person, is the object's, not an apposition.
    case(
        "واستقبل ولي عهد البحرين الأمير سلمان بن حمد الأمين العام للأمم المتحدة في المنامة.",
        set(),
        "holder_of_a_title",
        absent={("سلمان بن حمد", "United Nations")},
    ),
    case(
        "واستقبل رئيس وزراء فيتنام فام مينه تشينه سفير تشيلي لدى هانوي في القصر.",
        {("فام مينه تشينه", "Vietnam")},
        "holder_of_a_title",
        absent={("فام مينه تشينه", "Chile")},
    ),
    # A feminine holder does not take a masculine title that follows her, nor the reverse.
    case(
        "وقالت الأمينة العامة لمنظمة الفرنكوفونية لويز موشيكيوابو، وزير الخارجية الرواندي،"
        " إن الوضع صعب.",
        {("لويز موشيكيوابو", "منظمة الفرنكوفونية")},
        "holder_of_a_title",
        absent={("لويز موشيكيوابو", "Rwanda")},
    ),
    # A counterpart's title is the next person's, never the previous name's.
    case(
        "والتقى وزير الاقتصاد التشيكي جوزيف سيكيلا نظيره الجزائري في براغ.",
        {("جوزيف سيكيلا", "Czech Republic")},
        "holder_of_a_title",
        absent={("جوزيف سيكيلا", "Algeria")},
    ),
    # An ambassador serves the state that sends him, never the one that hosts him.
    case(
        "وقال سفير خادم الحرمين الشريفين لدى المغرب سامي الصالح إن الرياض تدعم الرباط.",
        set(),
        "holder_of_a_title",
        absent={("سامي الصالح", "Morocco")},
    ),
    # A title that names no owner serves the state another title of the person names, and
    # a title followed by a place is that place's office, of no state the text implies.
    case(
        "وأجرى ولي العهد نائب رئيس الوزراء الأردني الأمير حسين بن عبدالله اتصالا بالرئيس الفرنسي.",
        {("حسين بن عبدالله", "Jordan")},
        "holder_of_a_title",
        absent={("حسين بن عبدالله", "France")},
    ),
    case(
        "واستقبل الرئيس الغاني في أكرا رئيس المفوضية الأفريقية موسى فقي محمد.",
        {("موسى فقي محمد", "African Union Commission")},
        "holder_of_a_title",
        absent={("موسى فقي محمد", "Ghana")},
    ),
    # Two titles of two states side by side are two people's (the first one's name unsaid).
    case(
        "واستقبل الرئيس الغاني رئيس وزراء الهند ناريندرا مودي في أكرا.",
        {("ناريندرا مودي", "India")},
        "holder_of_a_title",
        absent={("ناريندرا مودي", "Ghana")},
    ),
    # A body whose name begins inside the title is whose office it is, not a country the
    # sentence names later; a nisba of a noun and an adjective names its state.
    case(
        "وقال رئيس مجلس الشورى السعودي عبد الله آل الشيخ إن المجلس يرحب بالوفد الياباني.",
        {("عبد الله آل الشيخ", "Shura Council of Saudi Arabia")},
        "holder_of_a_title",
        absent={("عبد الله آل الشيخ", "Japan")},
    ),
    case(
        "وقالت وزيرة التجارة الجنوب أفريقية نوكوزولا مابيني إن بريتوريا تدعم الاتفاق.",
        {("نوكوزولا مابيني", "South Africa")},
        "holder_of_a_title",
    ),
    case(
        "وقال حاكم الشارقة الشيخ سلطان بن محمد القاسمي للسفير الياباني إن الإمارة ترحب.",
        set(),
        "holder_of_a_title",
        absent={("سلطان بن محمد القاسمي", "Japan")},
    ),
    # A listed person whose office the gazetteer knows serves his own state when the title
    # names none: not the country the article is about, nor any when his is not named.
    case(
        "بحث وزير الخارجية المصري مع نظيره العراقي العلاقات بين مصر والعراق. وقال الرئيس"
        " رجب طيب أردوغان في اتصال مع الجانبين إن أنقرة تدعم الحوار.",
        set(),
        "holder_of_a_title",
        absent={("Recep Tayyip Erdoğan", "Egypt"), ("Recep Tayyip Erdoğan", "Iraq")},
    ),
    case(
        "بحث الرئيس المصري مع نظيره العراقي العلاقات بين مصر والعراق وتركيا. وقال الرئيس"
        " رجب طيب أردوغان في اتصال مع الجانبين إن أنقرة تدعم الحوار.",
        {("Recep Tayyip Erdoğan", "Turkey")},
        "holder_of_a_title",
        absent={("Recep Tayyip Erdoğan", "Egypt")},
    ),
    # A title only one state's holder bears names that state, also as an envoy's sender.
    case(
        "وحضر سفير خادم الحرمين الشريفين لدى الأردن نايف بن بندر السديري حفلا في عمان"
        " بمناسبة اليوم الوطني للمملكة العربية السعودية.",
        {("نايف بن بندر السديري", "Saudi Arabia")},
        "holder_of_a_title",
        absent={("نايف بن بندر السديري", "Jordan")},
    ),
    # "رئيس البلاد", "أمير البلاد": the head of the country the text speaks of.
    case(
        "وأكد رئيس البلاد قاسم جومارت توكاييف أن كازاخستان منفتحة على الاستثمار الأجنبي.",
        {("قاسم جومارت توكاييف", "Kazakhstan")},
        "holder_of_a_title",
    ),
    # Embassy staff: a field between the title and its owner ("للشؤون الاقتصادية بسفارة X").
    case(
        "وقال لي مينغ - وزير مستشار للشؤون الاقتصادية والتجارية بسفارة الصين لدى الرياض - إن"
        " التجارة نمت.",
        {("لي مينغ", "Embassy of China in Saudi Arabia")},
        "holder_of_a_title",
    ),
    # A ministry's portfolio with ل between a title and its nisba; a company's legal form
    # after its name; a second nisba form of a state.
    case(
        "وقالت وزيرة الدولة للتعاون الدولي الإماراتية ريم الهاشمي إن المساعدات وصلت.",
        {("Reem Al Hashimy", "United Arab Emirates")},
        "holder_of_a_title",
    ),
    case(
        "ووقع نائب رئيس شركة الصين للاتصالات والإنشاءات المحدودة لي مينغ العقد في الكويت.",
        {("لي مينغ", "China Communications Construction Company")},
        "holder_of_a_title",
    ),
    case(
        "وقال وزير الزراعة الباراغوياني كارلوس خيمينيز إن الصادرات ارتفعت.",
        {("كارلوس خيمينيز", "Paraguay")},
        "holder_of_a_title",
    ),
    case(
        "وقال وزير الخارجية للتلفزيون الروسي إن الحوار مستمر.",
        set(),
        "holder_of_a_title",
        absent={("وزير الخارجية", "Russia")},
    ),
    # A name after a said-verb with و, before its appositive title; a negotiator's title.
    case(
        "وقالت ماريا لوبيز، رئيسة الجمعية العامة للأمم المتحدة، إن المنظمة تدعم الحوار.",
        {("ماريا لوبيز", "United Nations General Assembly")},
        "holder_of_a_title",
    ),
    case(
        "وقال كبير المفاوضين الإيرانيين علي باقري كني إن طهران مستعدة لجولة جديدة.",
        {("علي باقري كني", "Iran")},
        "holder_of_a_title",
    ),
    # The chair of a body's session holds it, beside his own office.
    case(
        "وقال وزير الخارجية العماني، بدر البوسعيدي، رئيس الدورة الحالية للمجلس الوزاري لمجلس"
        " التعاون، إن الاجتماع ناجح.",
        {("Badr Albusaidi", "GCC Ministerial Council"), ("Badr Albusaidi", "Oman")},
        "holder_of_a_title",
    ),
    # An envoy posted in one of the article's two countries serves the other.
    case(
        "أكد السفير لي وانغ في القاهرة تقدير بلاده للعلاقات بين مصر والصين. وأوضح أن الصين"
        " تدعم مصر في المحافل الدولية.",
        {("لي وانغ", "China")},
        "holder_of_a_title",
        absent={("لي وانغ", "Egypt")},
    ),
    # A dual title of two states is not shared among a number of people that does not match.
    case(
        "اجتمع وزيرا خارجية الهند وباكستان في نيويورك. وذكر خوان بيريز (إسبانيا)، وبيتر شميت"
        " (ألمانيا)، وجون سميث (كندا) في بيان مشترك أن اللقاء كان إيجابيا.",
        set(),
        "holder_of_a_title",
        absent={("خوان بيريز", "India"), ("جون سميث", "India"), ("جون سميث", "Pakistan")},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_holds_position(c: Case) -> None:
    check(c, RelType.HOLDS_POSITION)


def _roles(text: str) -> dict[str, str | None]:
    graph = extract(text)
    names = {e.key: e.name_ar for e in graph.entities}
    return {names[r.source]: r.role for r in graph.relations if r.type == RelType.HOLDS_POSITION}


def test_a_title_after_the_subject_is_his_when_a_counterpart_is_the_object() -> None:
    """ "التقى الأمير X وزير الداخلية السعودي نظيره الأردني": the counterpart is the object,
    so the title between is the subject's; an owned office names the role, not the rank."""
    roles = _roles(
        "والتقى صاحب السمو الأمير عبد العزيز بن سعود وزير الداخلية السعودي نظيره الأردني في الرياض."
    )
    assert roles.get("عبد العزيز بن سعود") == "Minister of Internal Affairs", roles
