"""Events and documents: ordinals, owners, anaphora, signings."""

import pytest

from kg import extract
from kg.models import ArticleGraph
from kg.schema import Label


def named(graph: ArticleGraph, label: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in graph.entities if e.label == label}


def test_ordinal_and_body_name_the_session() -> None:
    g = extract("عقدت الدورة الثالثة للجنة المشتركة الأردنية العراقية في عمان.")
    [name] = named(g, "Event")
    assert name.startswith("3rd session of the")
    assert "Joint Commission" in name


def test_todays_meeting_is_the_latest_session() -> None:
    text = (
        "قال الوزير إن اجتماع اليوم مهم. وكان الاجتماع الثاني للجنة المشتركة الأرمنية الجورجية "
        "قد عقد في يريفان. وانطلق الاجتماع الثالث للجنة المشتركة الأرمنية الجورجية في تبليسي."
    )
    events = named(extract(text), "Event")
    third = next(v for k, v in events.items() if k.startswith("3rd"))
    assert "اجتماع اليوم" in third


def test_protocol_of_a_meeting_is_produced_by_it() -> None:
    g = extract(
        "ووقع الجانبان على البروتوكول بشأن نتائج الاجتماع الخامس للجنة المشتركة القطرية التركية."
    )
    names = {e.key: e.name for e in g.entities}
    produced = {(names[r.source], names[r.target]) for r in g.relations if r.type == "PRODUCED"}
    assert any(d.startswith("Protocol of the 5th") for _, d in produced)


def test_agreeing_to_is_not_an_agreement() -> None:
    assert named(extract("وتم الاتفاق على عقد اجتماع جديد في باكو."), "Document") == {}


def test_signing_is_an_event_when_a_document_follows() -> None:
    g = extract("جرى التوقيع على مذكرة تفاهم بين مصر والأردن في القاهرة.")
    assert "Signing" in named(g, "Event")
    assert {e.name for e in g.entities if e.label == "Document"} == {"Memorandum of understanding"}


def test_named_document_after_a_place() -> None:
    assert "Nakhchivan agreement" in named(
        extract("ذكّر باتفاقية نخجوان الموقعة عام 2009."), "Document"
    )


def test_a_head_with_its_owners_pronoun() -> None:
    g = extract("وستعقد اللجنة المشتركة اجتماعها الثامن عشر في يريفان.")
    assert any(n.startswith("18th meeting") for n in named(g, "Event"))


def test_a_visit_with_its_visitors_pronoun_is_the_visit_named_before() -> None:
    # ة is written ت before the pronoun: "زيارته", "زيارتها"
    events = _events(
        "وبدأت رئيسة وزراء نيوزيلندا زيارة رسمية إلى فيتنام. "
        "وأعربت عن سعادتها بزيارتها الأولى لفيتنام."
    )
    assert list(events.values()) == [["زيارة رسمية إلى فيتنام", "بزيارتها الأولى لفيتنام"]]


def test_a_summit_with_its_owners_pronoun_names_an_event() -> None:
    g = extract("وعقدت دول المجموعة قمتها الخامسة في مدينة برازيليا.")
    assert any(n.startswith("5th summit") for n in named(g, "Event"))


def test_an_exchange_of_documents_named_at_once_is_a_signing_event() -> None:
    events = _events("وجرى تبادل هذه المذكرات في قصر الإليزيه بباريس اليوم.")
    assert list(events.values()) == [["تبادل هذه المذكرات"]]
    events = _events("وجرى أمس تبادل الوثائق بحضور رئيسي وزراء البلدين.")
    assert list(events.values()) == [["تبادل الوثائق"]]


def test_an_exchange_of_views_or_the_word_for_trade_is_no_event() -> None:
    assert _events("وتبادل الرئيسان وجهات النظر بشأن القضايا الإقليمية.") == {}
    assert _events("وارتفع حجم التبادل التجاري بعد اتفاقية التجارة الحرة.") == {}


def test_meetings_of_a_commission_are_its_session_or_its_meeting() -> None:
    events = _events("وعقدت في أبوجا اجتماعات اللجنة النيجيرية الغانية المشتركة.")
    assert list(events) == ["Meeting of the Nigeria–Ghana Joint Commission"]
    events = _events("وبدأت في لوساكا اجتماعات الدورة الرابعة للجنة الزامبية الكينية المشتركة.")
    assert [n for n in events if n.startswith("4th session")] == list(events)


def test_the_meetings_point_back_to_the_session_but_separate_meetings_are_their_own() -> None:
    events = _events(
        "وانطلقت الدورة الثالثة للجنة البيروفية التشيلية المشتركة في ليما. "
        "وقال الوزير إن الاجتماعات ستبحث التجارة. وعقد الوسطاء إجتماعات منفصلة مع الوفدين."
    )
    third = next(v for k, v in events.items() if k.startswith("3rd session"))
    assert "الاجتماعات" in third
    assert ["إجتماعات منفصلة"] in events.values()


def test_the_occasion_points_back_to_the_event_named_before() -> None:
    events = _events(
        "وافتتح رئيس وزراء ماليزيا حفل تدشين الجسر الجديد. "
        "وشارك في هذه المناسبة وزير الأشغال الماليزي."
    )
    assert list(events.values()) == [["حفل تدشين الجسر الجديد", "المناسبة"]]


def test_the_occasion_alone_names_no_event() -> None:
    assert _events("وبهذه المناسبة هنأ الوزير الشعب الكيني بعيده الوطني.") == {}


def _events(text: str) -> dict[str, list[str]]:
    graph = extract(text)
    return {e.name: [m.text for m in e.mentions] for e in graph.entities if e.label is Label.EVENT}


def test_a_session_numbered_in_digits_belongs_to_the_fair_it_is_of() -> None:
    events = _events("وافتتحت الدورة 45 من معرض هافانا الدولي أمس.")
    assert events == {"45th session": ["الدورة 45 من معرض هافانا الدولي"]}


def test_visits_to_two_places_are_two_visits() -> None:
    events = _events("وقام الرئيس بزيارة رسمية إلى نيروبي، ثم بزيارة رسمية إلى أوغندا.")
    assert set(events) == {"Visit in Nairobi", "Visit in Uganda"}


def test_an_inauguration_or_groundbreaking_is_a_ceremony() -> None:
    graph = extract("وشهد الوزير حفل تدشين المحطة الجديدة بعد وضع حجر الأساس للمصنع.")
    events = [e for e in graph.entities if e.label is Label.EVENT]
    assert [e.mentions[0].text for e in events] == [
        "حفل تدشين المحطة الجديدة",
        "وضع حجر الأساس للمصنع",
    ]
    assert all(e.name == "Ceremony" for e in events)


def test_a_verb_with_its_object_pronoun_ends_the_event_name() -> None:
    events = _events("وعقد الجانبان جلسة مباحثات رسمية عقدها الزعيمان في القصر.")
    assert list(events.values()) == [["جلسة مباحثات رسمية"]]


def test_a_shorter_later_mention_of_talks_is_the_same_talks() -> None:
    events = _events(
        "وعقد الرئيسان جلسة مباحثات رسمية في القصر. وقال إن جلسة المباحثات كانت مثمرة."
    )
    assert list(events.values()) == [["جلسة مباحثات رسمية", "جلسة المباحثات"]]


def test_a_signing_mentioned_in_passing_later_in_the_article_is_no_event() -> None:
    text = (
        "زار رئيس وزراء ماليزيا جاكرتا.\n"
        "وبحث الجانبان العلاقات الثنائية.\n"
        "وتأسس المجلس بعد توقيع اتفاقية بانكوك بين البلدين.\n"
        "وشهد الرئيسان اليوم توقيع مذكرة تفاهم في مجال الزراعة."
    )
    graph = extract(text)
    signings = [e for e in graph.entities if e.label is Label.EVENT and e.name == "Signing"]
    assert [[m.text for m in e.mentions] for e in signings] == [["توقيع"]]
    assert signings[0].mentions[0].sentence == 3


def test_a_meeting_described_by_words_alone_is_the_numbered_main_meeting() -> None:
    graph = extract(
        "وقال البيان إن لقاء الوزيرين كان مثمرا.\n"
        "ورحب الجانبان بعقد الاجتماع الأول لوزيري خارجية كينيا وتنزانيا منذ عام 2019."
    )
    events = [e for e in graph.entities if e.label is Label.EVENT]
    assert len(events) == 1
    assert {m.text for m in events[0].mentions} == {
        "لقاء الوزيرين",
        "الاجتماع الأول لوزيري خارجية كينيا وتنزانيا",
    }


def test_a_meeting_named_by_whose_it_is_stays_its_own() -> None:
    graph = extract(
        "وعقد الاجتماع التاسع لمجلس وزراء الزراعة. وسبقه اجتماع كبار الخبراء للدول الأعضاء."
    )
    assert len([e for e in graph.entities if e.label is Label.EVENT]) == 2


def test_a_signing_ceremony_is_named_by_what_it_signs_and_the_document_stays() -> None:
    graph = extract("وأقيم اليوم حفل توقيع عقد تشغيل الميناء في مومباسا.")
    names = {e.label: [m.text for m in e.mentions] for e in graph.entities}
    assert names[Label.EVENT] == ["حفل توقيع عقد تشغيل الميناء"]
    assert names[Label.DOCUMENT] == ["عقد تشغيل الميناء"]


def test_a_conference_is_named_by_what_it_is_about() -> None:
    events = _events("وعقد الوزيران المؤتمر بشأن نتائج اجتماع اللجنة المشتركة للصحفيين في نيروبي.")
    assert any(m[0].startswith("المؤتمر بشأن نتائج اجتماع") for m in events.values())


def test_a_signing_that_dates_something_else_is_no_event() -> None:
    g = extract("وتأسس المجلس في 5 مايو 2011 بعد توقيع اتفاقية ليما بين الدول الأربع.")
    assert named(g, "Event") == {}
    g = extract("وشهد الرئيسان في 5 مايو 2011 توقيع اتفاقية ليما بين الدول الأربع.")
    assert list(named(g, "Event")) == ["Signing"]


def test_meetings_held_as_a_practice_are_no_event() -> None:
    regular = extract("وتقضي الاتفاقية بعقد اجتماع دوري بين الوزارتين كل ستة أشهر.")
    assert named(regular, "Event") == {}
    provided = extract("ووقع البلدان في أكرا بروتوكولا لإجراء المشاورات الدبلوماسية كل عام.")
    assert named(provided, "Event") == {}
    held = extract("وأجرى الوزيران في أكرا مشاورات سياسية تناولت الوضع في منطقة الساحل.")
    assert list(named(held, "Event")) == ["Consultations"]
    mutual = extract(
        "وقال الوزير إن الزيارات والاجتماعات الرسمية المتبادلة بين ليما وأوتاوا مستمرة."
    )
    assert named(mutual, "Event") == {}
    one = extract("وعقد الوزيران الاجتماع الدوري للجنة المشتركة في ليما.")
    assert list(named(one, "Event")) == ["Meeting"]


def test_holding_a_forum_is_no_contract() -> None:
    g = extract("ويستعد البلدان لعقد منتدى الأعمال المشترك في سول الشهر المقبل.")
    assert named(g, "Document") == {}
    assert list(named(g, "Event")) == ["Forum"]


def test_heads_inside_spans_are_those_a_span_starts_at_or_before_and_ends_after() -> None:
    from kg.extraction.events import _covered
    from kg.extraction.spans import Span
    from kg.schema import Label

    spans = [Span(Label.ORGANIZATION, a, b, "", "") for a, b in ((5, 9), (2, 30), (40, 41))]
    spans += [
        Span(Label.COUNTRY, 42, 50, "", ""),
        Span(Label.EVENT, 51, 60, "", "", kind="signing"),
    ]
    starts = [0, 2, 9, 29, 30, 40, 41, 43, 52]
    counted = [s for s in spans if s.label != Label.COUNTRY and s.kind != "signing"]
    naive = {p for p in starts if any(s.start <= p < s.end for s in counted)}
    assert _covered(spans, starts) == naive == {2, 9, 29, 40}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("وتناول الاجتماع العلاقات الثنائية بين البلدين.", "الاجتماع"),
        ("واستعرض اللقاء الوزاري المشروعات المشتركة.", "اللقاء الوزاري"),
        ("وبحثت الاجتماعات التحضيرية جدول الأعمال.", "الاجتماعات التحضيرية"),
    ],
)
def test_a_singular_event_is_not_qualified_by_the_plural_after_it(text: str, mention: str) -> None:
    """Verb, subject, object: "وتناول الاجتماع العلاقات": a plural in -ات is the verb's
    object, no adjective of a singular event (a plural event keeps its adjectives)."""
    events = [m.text for e in extract(text).entities if e.label == "Event" for m in e.mentions]
    assert events == [mention]


def test_the_headline_names_the_document_of_the_text_in_short() -> None:
    """The headline's "اتفاقية شراكة اقتصادية" is the text's "اتفاقية الشراكة الاقتصادية
    الشاملة": one document (a text's mention with every word of the headline's)."""
    graph = extract(
        "كينيا والمغرب توقعان اتفاقية شراكة اقتصادية\n"
        "نيروبي - وقعت كينيا والمغرب اليوم اتفاقية الشراكة الاقتصادية الشاملة، كما وقعتا"
        " اتفاقية تعاون في مجال الزراعة."
    )
    documents = [e for e in graph.entities if e.label == "Document"]
    assert len(documents) == 2, documents
    mentions = {m.text for d in documents for m in d.mentions}
    assert {"اتفاقية شراكة اقتصادية", "اتفاقية الشراكة الاقتصادية الشاملة"} <= mentions
    assert any(len(d.mentions) == 2 for d in documents)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("وتناول اللقاء التعاون في مجال الطاقة.", "اللقاء"),
        ("وبحث الاجتماع الوزاري المشترك الاستثمار بين البلدين.", "الاجتماع الوزاري المشترك"),
        ("وحضر اللقاء الرئيسان وليام روتو وآبي أحمد.", "اللقاء"),
    ],
)
def test_a_definite_event_after_its_verb_does_not_take_the_object(text: str, mention: str) -> None:
    """Verb, subject, object: a definite noun after a definite event is the verb's object
    (only an adjective or an ordinal agrees with the event)."""
    events = [m.text for e in extract(text).entities if e.label == "Event" for m in e.mentions]
    assert events == [mention]


def test_a_visit_is_named_past_the_honorifics_of_its_visitor() -> None:
    graph = extract("وصل الوفد خلال زيارة حضرة صاحب الجلالة السلطان قابوس بن سعيد إلى الهند.")
    visits = [m.text for e in graph.entities if e.label == "Event" for m in e.mentions]
    assert visits == ["زيارة حضرة صاحب الجلالة السلطان قابوس بن سعيد"]


def test_a_state_visit_is_a_visit() -> None:
    """ "زيارة الدولة" (a state visit): "الدولة" ends a name elsewhere, not this event's."""
    graph = extract("وصل الرئيس الكيني إلى أديس أبابا في زيارة الدولة التي يقوم بها إلى إثيوبيا.")
    assert [m.text for e in graph.entities if e.label == "Event" for m in e.mentions] == [
        "زيارة الدولة"
    ]


def test_a_meeting_with_its_owners_pronoun_moves_its_hamza() -> None:
    """ "لقاء" + "هما" is written "لقائهما": the meeting the two held."""
    graph = extract("وبحث الوزيران خلال لقائهما في نيروبي التعاون في مجال الطاقة.")
    assert [m.text for e in graph.entities if e.label == "Event" for m in e.mentions] == ["لقائهما"]


def test_a_definite_document_after_its_verb_does_not_take_the_subject() -> None:
    """ "ووقع المذكرة الوزيران": object, then subject."""
    graph = extract("ووقع المذكرة الوزيران في نيروبي.")
    assert [m.text for e in graph.entities if e.label == "Document" for m in e.mentions] == [
        "المذكرة"
    ]


def test_a_high_level_meeting_keeps_its_number() -> None:
    """ "الاجتماع رفيع المستوى الثاني عشر": the twelfth meeting, not the article's talks."""
    graph = extract(
        "وأجرى الوزيران مباحثات في نيروبي. وأوضح الوزير أن الاجتماع رفيع المستوى الثاني عشر "
        "بين البلدين سينعقد في أديس أبابا."
    )
    assert sorted(e.name for e in graph.entities if e.label == "Event") == ["12th meeting", "Talks"]


def test_a_phone_call_is_an_event_its_two_sides_took_part_in() -> None:
    """ "بحث X مع نظيره Y، خلال اتصال هاتفي، …": the talks the article reports, not the
    meeting it announces after them."""
    graph = extract(
        "بحث وزير الخارجية الكيني موساليا مودافادي مع نظيره الإثيوبي تاي أتسكي سيلاسي، خلال "
        "اتصال هاتفي، سبل تعزيز التعاون في مجال الطاقة. واتفق الوزيران على عقد اجتماع للجنة "
        "المشتركة في نيروبي."
    )
    names = {e.key: e.name for e in graph.entities}
    took_part = {
        (names[r.source], names[r.target]) for r in graph.relations if r.type == "PARTICIPATED_IN"
    }
    assert ("Musalia Mudavadi", "Phone call") in took_part
    assert not any(event != "Phone call" for _, event in took_part)
