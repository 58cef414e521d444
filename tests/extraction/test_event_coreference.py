"""Event coreference: one event under two names is one entity (sentences written here)."""

import logging
from dataclasses import dataclass

import pytest

from kg import extract
from kg.extraction.relations.coreference import COREF_RULES
from kg.schema import Label


@dataclass(frozen=True)
class Coref:
    text: str
    same: tuple[str, str]  # two mentions that must name one event
    rule: str
    apart: tuple[str, str] | None = None  # two mentions that must stay two events

    def __str__(self) -> str:
        return self.rule or "two events"


CASES = [
    Coref(
        "تستضيف مدينة الرباط القمة الرابعة لمنظمة التعاون الإسلامي. ويشارك الرئيس "
        "التونسي قيس سعيد في قمة الرباط.",
        ("القمة الرابعة لمنظمة التعاون الإسلامي", "قمة الرباط"),
        "named_after_the_place_that_holds_it",
    ),
    Coref(
        "قمة الكويت تبحث أمن الطاقة.\nوانطلقت القمة الثامنة لمجلس التعاون الخليجي بمشاركة "
        "ولي العهد السعودي الأمير محمد بن سلمان.",
        ("قمة الكويت", "القمة الثامنة لمجلس التعاون الخليجي"),
        "named_after_a_place_and_by_number",
    ),
    Coref(
        "افتتحت القمة الأولى لمجلس التعاون الخليجي مع دول آسيا الوسطى أعمالها. وقال وزير "
        "الخارجية الكويتي سالم الصباح إن الاجتماع الأول لقادة الدول يفتح صفحة جديدة.",
        ("القمة الأولى لمجلس التعاون الخليجي", "الاجتماع الأول لقادة الدول"),
        "same_number_same_kind",
    ),
    Coref(  # the number after an adjective: "القمة الخليجية الأولى"
        "انطلقت القمة الخليجية الأولى مع دول آسيا الوسطى في جدة. وقال وزير الخارجية "
        "الكويتي سالم الصباح إن الاجتماع الأول لقادة الدول ناجح.",
        ("القمة الخليجية الأولى", "الاجتماع الأول لقادة الدول"),
        "same_number_same_kind",
    ),
    Coref(  # an earlier summit named after its place stays its own
        "ستعقد القمة الخامسة لمجلس التعاون في الشهر المقبل. وكانت قمة مسقط السابقة قد "
        "بحثت أمن الملاحة.",
        ("القمة الخامسة لمجلس التعاون", "القمة الخامسة لمجلس التعاون"),
        "",
        apart=("القمة الخامسة لمجلس التعاون", "قمة مسقط"),
    ),
    Coref(  # two summits named after two places are two summits
        "انعقدت القمة السادسة في الدوحة. وكانت قمة الرياض وقمة مسقط قد بحثتا الملف نفسه.",
        ("القمة السادسة", "القمة السادسة"),
        "",
        apart=("قمة الرياض", "وقمة مسقط"),
    ),
    Coref(  # a meeting of leaders and a summit that share their adjective
        "انطلق اللقاء التشاوري لقادة الدول الإفريقية في أديس أبابا. وقال وزير الخارجية "
        "المصري سامح شكري إن القمة التشاورية ناجحة.",
        ("اللقاء التشاوري لقادة الدول الإفريقية", "القمة التشاورية"),
        "same_kind_same_quality",
    ),
    Coref(  # one adjective, two numbers: two summits
        "انعقدت القمة العربية الثانية في الرياض. وكانت القمة العربية الثالثة قد بحثت الملف نفسه.",
        ("القمة العربية الثانية", "القمة العربية الثانية"),
        "",
        apart=("القمة العربية الثانية", "القمة العربية الثالثة"),
    ),
    Coref(  # one adjective, but the other is an earlier summit
        "انعقدت القمة الإفريقية في أديس أبابا. وكانت القمة الإفريقية السابقة قد عقدت في نيامي.",
        ("القمة الإفريقية", "القمة الإفريقية"),
        "",
        apart=("القمة الإفريقية", "القمة الإفريقية السابقة"),
    ),
]


def event_of(entities: dict[str, str], mention: str) -> str:
    assert mention in entities, f"{mention} is no event mention; events: {sorted(entities)}"
    return entities[mention]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_one_event_under_two_names(c: Coref, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kg.extraction.relations.coreference")
    g = extract(c.text)
    events = {m.text: e.key for e in g.entities if e.label == Label.EVENT for m in e.mentions}
    assert event_of(events, c.same[0]) == event_of(events, c.same[1])
    if c.rule:
        assert any(r.message.endswith(f": {c.rule}") for r in caplog.records), caplog.text
    if c.apart is not None:
        assert event_of(events, c.apart[0]) != event_of(events, c.apart[1])


def test_every_coreference_rule_has_an_example() -> None:
    assert {r.id for r in COREF_RULES} <= {c.rule for c in CASES}
    assert all(r.doc for r in COREF_RULES)
