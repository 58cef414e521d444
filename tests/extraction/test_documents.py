"""Documents named by subject, purpose, field and period; lists and duals of documents.

Sentences written for these tests."""

from __future__ import annotations

from kg import extract
from kg.extraction.documents import is_dual, is_plural, tail_words
from kg.schema import Label


def _documents(text: str) -> list[list[str]]:
    graph = extract(text)
    return [[m.text for m in e.mentions] for e in graph.entities if e.label is Label.DOCUMENT]


def test_a_document_name_reaches_over_signers_purpose_and_field() -> None:
    words = tail_words("مذكرة التفاهم الموقعة بين الجانبين لتنظيم خدمات الشحن الجوي.", 13)
    assert words == ["الموقعه", "بين", "الجانبين", "لتنظيم", "خدمات", "الشحن", "الجوي"]


def test_a_period_and_the_two_ministries_belong_to_a_programme() -> None:
    docs = _documents("ووقع الجانبان برنامج تعاون بين وزارتي الصحة للفترة 2024-2026.")
    assert docs == [["برنامج تعاون بين وزارتي الصحة للفترة 2024-2026"]]


def test_named_parties_and_a_new_clause_are_not_part_of_the_name() -> None:
    docs = _documents(
        "وقعت البرازيل مذكرة تفاهم في مجال الزراعة وستدعو الشركات إلى الاستثمار. "
        "ووقعت الهند مذكرة تعاون بين وزارة الصحة الهندية ووزارة الصحة البرازيلية."
    )
    assert ["مذكرة تفاهم في مجال الزراعة"] in docs
    assert ["مذكرة تعاون"] in docs


def test_a_plural_head_with_subjects_names_one_document_per_subject() -> None:
    docs = _documents(
        "ووقع البلدان اتفاقيات بشأن حماية الاستثمارات، وتجنب الازدواج الضريبي، "
        "والتعاون في مجال التعليم العالي."
    )
    assert docs == [
        ["اتفاقيات بشأن حماية الاستثمارات"],
        ["وتجنب الازدواج الضريبي"],
        ["والتعاون في مجال التعليم العالي"],
    ]


def test_a_dual_names_two_documents_with_or_without_subjects() -> None:
    listed = _documents(
        "ووقعت كينيا وإندونيسيا مذكرتين للتعاون في مجال الطاقة الشمسية، وبشأن تسهيل التأشيرات."
    )
    assert listed == [["مذكرتين للتعاون في مجال الطاقة الشمسية"], ["وبشأن تسهيل التأشيرات"]]
    bare = _documents("ووقعت المكسيك وتونس مذكرتي تفاهم أمس.")
    assert bare == [["مذكرتي تفاهم"], ["مذكرتي تفاهم"]]


def test_a_plural_without_subjects_names_no_document() -> None:
    assert _documents("وبحث الجانبان تنفيذ الاتفاقيات الثنائية بين البلدين.") == []


def test_a_strategic_partnership_is_not_a_strategy() -> None:
    assert _documents("وأكد الجانبان أهمية الشراكة الاستراتيجية بين البلدين.") == []


def test_plural_and_dual_heads() -> None:
    assert is_plural("اتفاقيات") and is_plural("المذكرات")
    assert is_dual("مذكرتين") and is_dual("مذكرتي تفاهم") and is_dual("اتفاقيتان")
    assert not is_dual("اتفاقيات") and not is_plural("اتفاقية")


def test_a_listed_subject_runs_to_the_next_comma() -> None:
    docs = _documents(
        "ووقع البلدان اتفاقيات بشأن حماية الاستثمارات، والإعفاء من التأشيرة لحاملي الجوازات "
        "الدبلوماسية، والتعاون الثقافي."
    )
    assert ["والإعفاء من التأشيرة لحاملي الجوازات الدبلوماسية"] in docs
    assert len(docs) == 3


def test_a_document_after_for_and_the_article_is_found() -> None:
    docs = _documents("ويجري النقل وفقا للاتفاقية الموقعة بين الطرفين عام 2019.")
    assert docs == [["للاتفاقية الموقعة بين الطرفين"]]


def test_a_bare_announcement_is_no_declaration() -> None:
    assert _documents("ودعا الوزير إلى الإعلان عن النتائج قريبا.") == []


def test_a_demonstrative_points_back_and_names_nothing_new() -> None:
    docs = _documents(
        "ووقع البلدان اتفاقية للتعاون في مجال النقل. وتجسد هذه الاتفاقية الشراكة الوثيقة."
    )
    assert docs == [["اتفاقية للتعاون في مجال النقل", "الاتفاقية"]]


def test_an_indefinite_strategy_needs_a_qualifier_that_names_it() -> None:
    assert _documents("وأعلن الوزير استراتيجية تهدف إلى دعم الصادرات.") == []
    assert _documents("ووضع الجانبان استراتيجية اقتصادية جديدة.") == [["استراتيجية اقتصادية جديدة"]]


def test_no_indefinite_word_goes_on_a_definite_numbered_document() -> None:
    docs = _documents("ووقع الجانبان مذكرتي تفاهم. وتضمنت المذكرة الثانية تفاهما بشأن الدفع.")
    assert ["المذكرة الثانية"] in docs


def test_a_contract_is_named_by_its_kind_and_the_decade_is_no_contract() -> None:
    assert _documents("ووقعت الشركة عقد إنشاء الجسر الجديد.") == [["عقد إنشاء الجسر الجديد"]]
    assert _documents("وتضاعف الإنتاج خلال العقد الماضي.") == []


def test_an_initiative_is_a_document() -> None:
    docs = _documents("وأكد الوزير تمسك بلاده بمبادرة السلام الأفريقية.")
    assert docs == [["بمبادرة السلام الأفريقية"]]


def test_agreements_in_coordinated_fields_are_one_per_field() -> None:
    docs = _documents("وأعلن أن البلدين وقعا ثلاث اتفاقيات في مجالات الزراعة والصحة والسياحة.")
    assert docs == [["اتفاقيات في مجالات الزراعة"], ["والصحة"], ["والسياحة"]]


def test_a_counted_plural_without_subjects_names_one_set_of_documents() -> None:
    docs = _documents("ووقعت إثيوبيا وجيبوتي 5 اتفاقيات ومذكرتي تفاهم خلال الزيارة.")
    assert ["5 اتفاقيات"] in docs
    assert len(docs) == 3  # the set and the two memoranda of the dual
    planned = _documents("ومن المقرر توقيع عدد من الاتفاقيات خلال الدورة المقبلة للجنة.")
    assert planned == [["عدد من الاتفاقيات"]]


def test_a_counted_set_whose_members_are_named_one_by_one_is_not_a_document() -> None:
    docs = _documents(
        "وتبادل الرئيسان ثلاث مذكرات تفاهم في العاصمة بوغوتا. وتنص أولى المذكرات على "
        "التعاون الجمركي، فيما تتناول المذكرة الثانية النقل البحري."
    )
    assert all("ثلاث مذكرات تفاهم" not in mentions for mentions in docs)


def test_an_uncounted_plural_names_no_document() -> None:
    assert _documents("وأكد الوزير أن اتفاقيات التعاون بين البلدين تغطي مجالات عدة.") == []


def test_an_ordinal_before_a_plural_head_names_one_of_the_documents() -> None:
    text = (
        "ووقعت البرتغال وأنغولا أربع مذكرات تفاهم. وتناولت أولى المذكرات التعاون في الصيد "
        "البحري، وتناولت ثانية المذكرات التعليم العالي."
    )
    docs = [e for e in extract(text).entities if e.label is Label.DOCUMENT]
    names = {e.name for e in docs}
    assert {"1st memorandum of understanding", "2nd memorandum of understanding"} <= names
    assert ["أولى المذكرات"] in [[m.text for m in e.mentions] for e in docs]


def test_plural_documents_signed_uncounted_are_one_set() -> None:
    text = "ووقع وزراء النقل في الأرجنتين وتشيلي وبوليفيا على اتفاقيات تمويل، حول تقاسم التكاليف."
    assert _documents(text) == [["اتفاقيات تمويل"]]
    assert _documents("وبحث الجانبان اتفاقيات التعاون القائمة بين الأرجنتين وتشيلي.") == []


def test_this_is_the_first_document_points_back() -> None:
    text = (
        "ووقع رئيسا البيرو والإكوادور على اتفاقية الحدود البحرية بين البلدين. "
        "وهذه هي الوثيقة الأولى من نوعها بين البلدين."
    )
    docs = _documents(text)
    assert len(docs) == 1
    assert "الوثيقة" in docs[0]


def test_the_clause_after_listed_fields_is_no_document() -> None:
    """ "ثلاث اتفاقيات في مجالات A وB وC، وذلك خلال زيارة …": one document per field, and
    the clause after the comma ("وذلك …", a function word after و) is not a fourth."""
    graph = extract(
        "ووقعت غانا وتوغو ثلاث اتفاقيات في مجالات الطاقة والنقل البحري والزراعة، وذلك خلال"
        " زيارة رئيس توغو إلى أكرا."
    )
    mentions = [d.mentions[0].text for d in graph.entities if d.label == Label.DOCUMENT]
    assert mentions == ["اتفاقيات في مجالات الطاقة", "والنقل البحري", "والزراعة"]
