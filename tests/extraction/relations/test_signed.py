"""SIGNED: who signed a document: people, countries, companies."""

import pytest

from kg.schema import RelType
from tests.extraction.relations.cases import Case, case, check

CASES = [
    case(
        "ووقع وزير الطاقة المصري طارق الملا ونظيره الأردني صالح الخرابشة مذكرة تفاهم للتعاون "
        "في مجال الطاقة.",
        {
            ("طارق الملا", "Memorandum of understanding"),
            ("صالح الخرابشة", "Memorandum of understanding"),
        },
        "signers_of_a_signing_sentence",
    ),
    case(
        "عقد الاجتماع الثالث للجنة المصرية الأردنية المشتركة.\n"
        "وفي ختام الاجتماع وقع الجانبان بروتوكول الاجتماع.",
        {("Egypt", "بروتوكول الاجتماع"), ("Jordan", "بروتوكول الاجتماع")},
        "both_sides_signed",
    ),
    case(
        "وقع الاتفاق عن أرامكو السعودية مديرها التنفيذي.",
        {("Saudi Aramco", "الاتفاق")},
        "signed_on_behalf_of",
    ),
    case(
        "وتم توقيع اتفاقية التجارة الحرة بين مصر والأردن.",
        {("Egypt", "اتفاقية التجارة الحرة"), ("Jordan", "اتفاقية التجارة الحرة")},
        "parties_between_signed",
    ),
    case(
        "وقعت السعودية واليابان، أمس، مذكرة تفاهم في مجال الطاقة.",
        {("Saudi Arabia", "مذكرة تفاهم في مجال الطاقة"), ("Japan", "مذكرة تفاهم في مجال الطاقة")},
        "parties_that_signed",
    ),
    case(
        "ووقع الاتحاد الأوروبي اتفاقا جديدا مع أذربيجان لنقل الكهرباء.",
        {("European Union", "اتفاقا جديدا"), ("Azerbaijan", "اتفاقا جديدا")},
        "parties_that_signed",
    ),
    case(
        "وشهد وزيرا خارجية مصر والأردن توقيع برنامج للتعاون بين وزارتي الخارجية.",
        set(),
        "parties_between_signed",
        absent={("Egypt", "برنامج للتعاون"), ("Jordan", "برنامج للتعاون")},
    ),
    case(
        "بحضور وزير الخارجية، سامح شكري، تم اليوم التوقيع على مذكرة تفاهم بين مصر والأردن.",
        {("Egypt", "مذكرة تفاهم")},
        "parties_between_signed",
        absent={("سامح شكري", "مذكرة تفاهم")},
    ),
    case(  # a participle says the agreement was signed before, not by who is named here
        "وأشاد رئيس الوزراء المصري مصطفى مدبولي بالاتفاقية الموقعة بين البلدين عام 2015.",
        set(),
        "signers_of_a_signing_sentence",
        absent={("مصطفى مدبولي", "Agreement")},
    ),
    case(
        "وأشار الوزير إلى الاتفاقية الموقعة بين الطرفين المصري والأردني في عام 2015.",
        {("Egypt", "Agreement"), ("Jordan", "Agreement")},
        "parties_between_signed",
    ),
    case(
        "وقع رئيسا مصر والأردن عبد الفتاح السيسي والملك عبد الله الثاني على اتفاقية للتعاون.\n"
        "وفي وقت سابق، وقع رئيسا مصر والأردن على إعلان بشأن تعزيز الصداقة.",
        {("عبد الفتاح السيسي", "Declaration"), ("عبد الله الثاني", "Declaration")},
        "leaders_who_signed",
    ),
    case(
        "استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني.\n"
        "ووقع الرئيسان مذكرة تفاهم في مجال النقل بحضور رئيس الوزراء مصطفى مدبولي.",
        {
            ("عبد الفتاح السيسي", "Memorandum of understanding"),
            ("عبد الله الثاني", "Memorandum of understanding"),
        },
        "leaders_who_signed",
        absent={("مصطفى مدبولي", "Memorandum of understanding")},
    ),
    case(
        "وقعت مصر والأردن، أمس، اتفاقية للتعاون في مجال النقل.\n"
        "كما جرى توقيع مذكرة تفاهم في مجال السياحة.",
        {("Egypt", "Memorandum of understanding"), ("Jordan", "Memorandum of understanding")},
        "signers_carried_over",
    ),
    case(
        "وقعت مصر والأردن، أمس، اتفاقية للتعاون في مجال النقل.\n"
        "كما شهد الجانبان توقيع مذكرة تفاهم في مجال السياحة.",
        set(),
        "signers_carried_over",
        absent={
            ("Egypt", "Memorandum of understanding"),
            ("Jordan", "Memorandum of understanding"),
        },
    ),
    case(  # "وذلك خلال زيارة X" opens a clause of its own: the visitor signed nothing
        "وقعت غانا وتوغو ثلاث اتفاقيات للتعاون، وذلك خلال زيارة رئيس توغو فور غناسينغبي إلى أكرا.",
        {("Ghana", "ثلاث اتفاقيات للتعاون")},
        "parties_that_signed",
        absent={("Faure Gnassingbé", "ثلاث اتفاقيات للتعاون")},
    ),
    case(  # the second company named with its kind of body and no nationality between
        "ووقعت مذكرة تفاهم بين شركة أدنوك ومجموعة سينوبك للتعاون في مجال البتروكيماويات.",
        {("ADNOC", "مذكرة تفاهم"), ("Sinopec", "مذكرة تفاهم")},
        "parties_between_signed",
    ),
]

# Countries and companies as signers: a plural noun before the parties of a signing verb.
PARTIES = [
    case(
        "ووقعت شركتا أرامكو السعودية وتوتال الفرنسية اتفاقية لبناء مصفاة جديدة.",
        {("Saudi Aramco", "Agreement"), ("TotalEnergies", "Agreement")},
        "parties_that_signed",
        absent={("France", "Agreement")},
    ),
    case(
        "ووقعت حكومتا مصر والأردن على اتفاقية للتعاون في مجال المياه.",
        {("Egypt", "Agreement"), ("Jordan", "Agreement")},
        "parties_that_signed",
    ),
    case(
        "ووقعت شركة توتال الفرنسية وشركة سوناطراك الجزائرية اتفاقا لتطوير حقل في الصحراء.",
        {("TotalEnergies", "Agreement"), ("Sonatrach", "Agreement")},
        "parties_that_signed",
        absent={("France", "Agreement"), ("Algeria", "Agreement")},
    ),
    case(
        "ووقعت اتفاقية بين شركة توتال الفرنسية وشركة سوناطراك الجزائرية لتطوير الحقل.",
        {("TotalEnergies", "Agreement"), ("Sonatrach", "Agreement")},
        "parties_between_signed",
        absent={("France", "Agreement"), ("Algeria", "Agreement")},
    ),
    case(
        "ووقعت البرازيل والأرجنتين على برنامج عمل بين الهيئة العامة للاستثمار ووكالة "
        "تنمية الصادرات.",
        {("Brazil", "Programme"), ("Argentina", "Programme")},
        "parties_that_signed",
    ),
    case(
        "وفي محاولة من الاتحاد الأوروبي لتنويع مصادر الطاقة، وقع التكتل اتفاقا جديدا مع "
        "النرويج لتوريد الغاز.",
        {("European Union", "Agreement"), ("Norway", "Agreement")},
        "parties_that_signed",
    ),
    case(
        "ووقع البلدان على برنامج عمل بين الهيئة العامة للاستثمار ووكالة تنمية الصادرات.",
        set(),
        "parties_between_signed",
        absent={("الهيئة العامة للاستثمار", "Programme")},
    ),
]

# Who witnessed a signing did not sign: only who the clause names after the signing word.
WITNESSES = [
    case(
        "وشهد الرئيس النيجيري بولا تينوبو ونظيره الغاني نانا أكوفو أدو توقيع اتفاقية لإنشاء "
        "خط أنابيب للغاز.",
        set(),
        "signers_of_a_signing_sentence",
        absent={("Bola Tinubu", "Agreement"), ("Nana Akufo-Addo", "Agreement")},
    ),
    case(
        "وشهد رئيسا البلدين توقيع وزير الطاقة الكيني ديفيس تشيرشير ونظيرته الأوغندية روث "
        "نانكابيروا على مذكرة تفاهم.",
        {("ديفيس تشيرشير", "Memorandum of understanding")},
        "signers_of_a_signing_sentence",
    ),
]

# Signers named by the side they sign for, in the document's sentence or the one after.
SIDES = [
    case(
        "ووقع الاتفاقية عن الجانب المصري وزير الخارجية سامح شكري، وعن الجانب الأردني وزير "
        "الخارجية أيمن الصفدي.",
        {("Egypt", "Agreement"), ("Jordan", "Agreement")},
        "signed_for_a_side",
    ),
    case(
        "اتفقت مصر والأردن على إنشاء منطقة صناعية مشتركة.\n"
        "ووقع الاتفاقية نيابة عن حكومة الأردن وزير الصناعة يوسف الشمالي.",
        {("Jordan", "Agreement")},
        "signed_for_a_side",
    ),
    case(
        "أعلنت القاهرة وعمان عن مذكرة تفاهم جديدة للتعاون في مجال النقل.\n"
        "ووقعها عن الجانب المصري وزير الخارجية سامح شكري ونظيره الأردني أيمن الصفدي.",
        {
            ("سامح شكري", "Memorandum of understanding"),
            ("أيمن الصفدي", "Memorandum of understanding"),
            ("Egypt", "Memorandum of understanding"),
        },
        "signers_after_the_document",
    ),
    case(
        "وقعت مصر والأردن مذكرة تفاهم للتعاون في مجال النقل.\n"
        "وشهد التوقيع وزير الخارجية سامح شكري.",
        set(),
        "signers_after_the_document",
        absent={("سامح شكري", "Memorandum of understanding")},
    ),
    case(
        "وقعت مصر والأردن مذكرة تفاهم للتعاون في مجال النقل.\n"
        "وقال وزير الخارجية سامح شكري إن التوقيع خطوة مهمة.",
        set(),
        "signers_after_the_document",
        absent={("سامح شكري", "Memorandum of understanding")},
    ),
]
OTHERS = list(CASES)
CASES += PARTIES + WITNESSES + SIDES  # every example, for the registry's test


@pytest.mark.parametrize("c", OTHERS, ids=str)
def test_signed(c: Case) -> None:
    check(c, RelType.SIGNED)


@pytest.mark.parametrize("c", PARTIES, ids=str)
def test_countries_and_companies_sign(c: Case) -> None:
    check(c, RelType.SIGNED)


@pytest.mark.parametrize("c", SIDES, ids=str)
def test_signers_for_a_side_and_after_the_document(c: Case) -> None:
    check(c, RelType.SIGNED)


@pytest.mark.parametrize("c", WITNESSES, ids=str)
def test_who_witnessed_a_signing_did_not_sign(c: Case) -> None:
    check(c, RelType.SIGNED)


FAR_AND_VISITORS = [
    case(  # signers for each side, sentences after the documents
        "وقعت كينيا وإثيوبيا مذكرتي تفاهم في نيروبي.\nوحضر التوقيع عدد من المسؤولين.\n"
        "وتناول الجانبان تطورات الأوضاع في المنطقة.\nواتفق الجانبان على متابعة التنفيذ.\n"
        "ووقع عن الجانب الكيني وزير الطاقة دافيس تشيرشير، وعن الجانب الإثيوبي وزير المياه "
        "هابتامو إيتيفا.",
        {("دافيس تشيرشير", "مذكرتي تفاهم"), ("هابتامو إيتيفا", "مذكرتي تفاهم")},
        "signers_after_the_document",
    ),
    case(  # a visitor and who invited him are named in the sentence, and signed nothing
        "وقعت كينيا وإثيوبيا ثلاث مذكرات تفاهم خلال زيارة حضرة الرئيس الكيني وليام روتو "
        "إلى أديس أبابا، تلبية لدعوة من رئيس الوزراء الإثيوبي آبي أحمد.",
        {("Kenya", "ثلاث مذكرات تفاهم"), ("Ethiopia", "ثلاث مذكرات تفاهم")},
        "parties_that_signed",
        absent={("William Ruto", "ثلاث مذكرات تفاهم"), ("Abiy Ahmed", "ثلاث مذكرات تفاهم")},
    ),
]
FAR_AND_VISITORS += [
    case(  # the body of those present is no side
        "ووقع المذكرة الوزيران، بحضور ممثلين عن المجموعة الاقتصادية لدول غرب أفريقيا.",
        set(),
        "signed_on_behalf_of",
        absent={("Economic Community of West African States", "المذكرة")},
    ),
]
CASES += FAR_AND_VISITORS


@pytest.mark.parametrize("c", FAR_AND_VISITORS, ids=str)
def test_signers_far_after_the_document_and_not_the_visitor(c: Case) -> None:
    check(c, RelType.SIGNED)
