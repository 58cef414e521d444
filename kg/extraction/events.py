"""Events and documents: head noun, ordinal, the body or place they belong to, anaphora.

`الاجتماع الخامس للجنة الوزارية المشتركة` is the 5th meeting *of* that committee
(PART_OF); `قمة باكو` is a summit *in* Baku (HELD_IN); `اتفاقية نخجوان` is the Nakhchivan
agreement. A bare definite head (`الاجتماع`, `القمة`, `اجتماع اليوم`, `البروتوكول`) points
back to the last one of its kind, or — in a headline — forward to the next.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from kg.extraction.document import Doc
from kg.extraction.documents import is_dual, is_plural, subjects, tail
from kg.extraction.headed import Head, find_heads
from kg.extraction.known import ADJECTIVE
from kg.extraction.labels import COUNTRY, DOCUMENT, EVENT, PLACE
from kg.extraction.memo import remembered
from kg.extraction.phrases import extend, skip
from kg.extraction.spans import Occupied, Span
from kg.lexicon.cues import cue_phrases
from kg.lexicon.words import honorifics
from kg.schema import Label
from kg.text.clitics import bare
from kg.text.normalize import fold
from kg.text.numbers import ordinal_at_folded

TODAY = fold("اليوم")
SIGNING = "signing"
CONTRACT = "contract"
STRATEGY = "strategy"
ADJECTIVAL = frozenset({STRATEGY, "document"})  # heads that are also adjectives
# Heads that, bare and with nothing named before, mean an ordinary word: "الإعلان" is
# as often "the announcement" as "the declaration".
OCCASION = "occasion"  # "المناسبة": the event named before, if any
AMBIGUOUS = frozenset({"declaration", "contract", OCCASION})  # "العقد": also "the decade"
NAMED_END = "named_end"  # where a document's head and qualifiers end, before its tail
NAMES_INSIDE = "names_inside"  # a known name (country, body, place) within the mention
DESCRIBED_WORDS = 2  # at most this many words describe a meeting without naming it
SIGNED_BEFORE = re.compile(r"وقع|توقيع|التوقيع")  # "تم التوقيع على بروتوكول"
MEETINGS = frozenset({"meeting", "talks", "consultations", "round", "session", SIGNING})
WITNESSED = re.compile(
    r"(?<!\w)(?:اليوم|امس|[وف]?شهد|بحضور|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?!\w)"
)
REGULAR = frozenset(
    fold(w)
    for word in ("منتظمة", "دورية", "متواصلة", "مستمرة", "منتظم", "دوري", "متبادلة")
    for w in (word, "ال" + word)
)
PURPOSE = re.compile(r"(?<!\w)(?:لاجراء|لتبادل) $")  # "لإجراء المشاورات": what is provided for
SUBORDINATE = re.compile(r"(?<!\w)(?:بعد|عقب|قبل|اثر|منذ|ابان) $")
# "هذه الاتفاقية", and "هذه هي الوثيقة الأولى" (this is the first document …): the one
# named before, described, not a new one.
DEMONSTRATIVE = re.compile(r"(?<!\w)[وف]?(?:هذه|هذا|تلك|ذلك|هاتين|هذين)(?: هي| هو)? $")
YEAR = re.compile(r"\d{4}")
CEREMONIES = (fold("حفل"), fold("مراسم"))
START_OF = attrgetter("start")
LEAD = 1  # index of the last sentence that opens an article (headline, lead)
SIGNED_WITHIN = 12  # folded characters between "التوقيع" and the document it signs
EXCHANGE = fold("تبادل")
PAPERS = fold("الوثائق")
# Between an exchange and the documents exchanged: nothing, or a demonstrative.
EXCHANGED = re.compile(r" (?:(?:هذه|هاتين|تلك) )?")
LEADING = re.compile(r" ")
LINK = re.compile(r" ?(?:،|,)? ?(?:مع |بين )?")
OF = re.compile(r" من (?=ال|\w+ \w)")  # "الدورة 117 من معرض كانتون"
NUMBERED = re.compile(r" (\d{1,3})(?= من | ?[،,.]| لل?)")  # a session's number, not a date
TO = re.compile(r" (?:الي|حتي) ")
VISIT = "visit"
MEETING = "meeting"
SEVERAL = "several"  # a plural meeting head ("اجتماعات"): several meetings, or their series
ABOUT_KINDS = frozenset({"conference", "press conference"})
PLACES = (PLACE, COUNTRY)
ABOUT = re.compile(r" ?(?:بشان|حول) (?:نتايج )?")
ANY_DOCUMENT = "document"
SET = "set"  # a counted plural that names the documents as one set
FIRST_OF = (fold("أولى"), fold("أول"))
# A count before a plural head: "5 اتفاقيات", "ثلاث مذكرات", "عدة اتفاقيات", "عدد من الاتفاقيات".
COUNTED = re.compile(
    r"(?<!\w)(?:\d{1,3}|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمان|ثمانيه"
    r"|تسع|تسعه|عشر|عشره|عده|(?:عدد|جمله|حزمه|مجموعه|سلسله|حزمه) من) $"
)


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _covered(spans: list[Span], starts: list[int]) -> set[int]:
    """The `starts` (sorted) that lie inside one of `spans` that is no country's name and
    no signing: one pass over the spans, each bisecting to the first start it may hold (an
    article has a few heads and dozens of spans: no sorting of the spans, no mask of the
    article's characters, no list of the spans that count).

    >>> spans = [Span(PLACE, 3, 9, "", ""), Span(PLACE, 20, 25, "", "")]
    >>> sorted(_covered(spans + [Span(COUNTRY, 0, 2, "", "")], [0, 3, 8, 9, 24]))
    [3, 8, 24]
    """
    inside: set[int] = set()
    for s in spans:
        if s.label == COUNTRY or s.kind == SIGNING:
            continue
        k = bisect_left(starts, s.start)
        while k < len(starts) and starts[k] < s.end:
            inside.add(starts[k])
            k += 1
    return inside


@dataclass
class _Found:
    head: Head
    span: Span
    qualified: bool


def find_events(
    doc: Doc,
    label: Label,
    owners: list[Span],
    participants: list[tuple[int, int]],
) -> list[Span]:
    """Spans of events (`label` EVENT) or documents (DOCUMENT) with their owners.

    An event named by who takes part ("اجتماع رئيس غانا جون ماهاما ورئيس وزراء
    توغو …") reaches over the `participants` (titles and people) that follow its head.
    """
    heads = find_heads(doc, label)
    if not heads:
        return []  # a document head is missing from one article in five
    text = doc.ftext
    joined = dict(participants)  # start -> end
    at = {s.start: s for s in owners}
    owned = sorted(at)  # where the owners start, for `_names_inside`
    names = frozenset(at) | frozenset(joined)  # "زيارة رحمن الرسمية": a name may follow
    found: list[_Found] = []
    signed = [h.start for h in find_heads(doc, DOCUMENT)]  # in text order
    starts = [h.start for h in heads]
    # "منتدى الدول المصدرة للغاز": a head inside a body's (or a place's) name
    inside_owner = _covered(owners, starts)
    inside_found = Occupied()
    for head in heads:
        if head.kind == SIGNING:
            # a signing is an event when it signs a document named right after it; an
            # exchange when the documents follow at once ("تبادل الرئيسان وجهات النظر": none)
            exchange = EXCHANGE in head.phrase
            signs = _exchanges(text, head, signed) if exchange else _signs(head, signed)
            if not (signs and _reported(doc, head) and not _background(text, head)) and not (
                _ceremony_held(text, head, signed, at)
            ):
                continue
        if head.start in inside_owner:
            continue  # "منتدى الدول المصدرة للغاز" is a body, not a forum event
        if inside_found.taken(head.start, head.start + 1):
            continue  # "خارطة الطريق الاستراتيجية": one document, not two
        several = label == DOCUMENT and (is_plural(head.phrase) or is_dual(head.phrase))
        first_of = _ordinal_before(text, head) if several and head.definite else None
        if first_of is not None:  # "أولى المذكرات": the first of them, one document
            start, n = first_of
            one: dict[str, object] = {"ordinal": n, NAMED_END: head.end}
            one["words"] = text[start : head.end]
            span = Span(DOCUMENT, start, head.end, "", _name(head, one, label),
                        kind=head.kind, attrs=one)  # fmt: skip
            found.append(_Found(head, span, True))
            inside_found.add(start, head.end)
            continue
        if several:  # "اتفاقيات بشأن A، وB، وC", "مذكرتين …": one document per subject
            listed = _listed(doc, head)
            found += listed
            if listed:
                inside_found.add(listed[0].span.start, max(f.span.end for f in listed))
            continue
        if head.kind in ADJECTIVAL and _after_definite_noun(text, head):
            continue  # "الشراكة الاستراتيجية"، "الشراكة الوثيقة": adjectives, not documents
        end = head.end
        attrs: dict[str, object] = {}
        if label == EVENT and head.kind == MEETING and is_plural(head.phrase):
            nxt_head = bisect_left(starts, skip(text, head.end))
            if nxt_head < len(starts) and starts[nxt_head] == skip(text, head.end):
                continue  # "اجتماعات الدورة السادسة للجنة": the session names the event
            attrs[SEVERAL] = True  # "إجتماعات منفصلة": meetings, not the article's one
        ordinal = ordinal_at_folded(text, end)
        if ordinal is None and head.definite and label == EVENT:
            ordinal = _ordinal_after_adjective(text, end)
        if ordinal is None and head.definite and label == EVENT:
            number = NUMBERED.match(text, end)  # "الدورة 117 من معرض كانتون"
            if number is not None:
                ordinal = number.end(1), int(number.group(1))
        if ordinal is not None:
            end, attrs["ordinal"] = ordinal
        nxt = at.get(skip(text, end))
        if head.kind == CONTRACT and nxt is not None and nxt.label == EVENT:
            continue  # "لعقد منتدى الأعمال": holding the forum, not a contract
        if head.kind == SIGNING:
            # "توقيع مذكرة تفاهم": the document after it is named on its own; a ceremony
            # ("حفل توقيع عقد الهندسة"), or an exchange ("تبادل هذه المذكرات"), is named
            # by what it signs.
            if head.phrase.startswith(CEREMONIES) or EXCHANGE in head.phrase:
                end = _signed_name_end(doc, head) or _papers_end(text, head) or end
        elif nxt is not None and nxt.kind != ADJECTIVE:
            attrs["owner"] = nxt
            end = nxt.end
        elif text.startswith(TODAY, skip(text, end)):
            attrs["today"] = True
            end = skip(text, end) + len(TODAY)
        else:
            # A document, or a conference, is named by what it is about ("المؤتمر بشأن نتائج …").
            about = (
                ABOUT.match(text, end) if label == DOCUMENT or head.kind in ABOUT_KINDS else None
            )
            event = at.get(about.end()) if about else None
            if event is not None and event.label == EVENT:
                attrs["owner"] = event
                end = event.end
            elif about is not None:  # "اتفاقية حول التعاون في مجال الأمن البحري"
                words = 3 if label == DOCUMENT else 6
                end = extend(doc, about.end() - 1, names=names, construct=2, max_words=words,
                             allow_li=_of_whom)  # fmt: skip
            else:
                # "المذكرة الثانية تفاهماً": no indefinite word goes on a definite name.
                construct = 0 if head.definite else 2
                end = extend(
                    doc, end, names=names, construct=construct, allow_li=_of_whom, max_words=5
                )
                if label == EVENT and head.definite:  # not "مراسم التدشين"
                    end = _before_next_head(text, head, end, starts)
                    end = _before_a_plural(text, head, end)
                    end = _before_an_object(text, head, end)
                elif label == DOCUMENT and head.definite:  # "ووقع المذكرة الوزيران"
                    end = _before_an_object(text, head, end, DOCUMENT)
                if (
                    head.kind == STRATEGY
                    and not head.definite
                    and not _qualifies(text, head.end, end, names)
                ):
                    end = head.end  # "استراتيجية تهدف": a verb, not what the strategy is
                of = OF.match(text, end)
                if ordinal is not None and of is not None:
                    end = extend(doc, of.end() - 1, names=names, construct=2, max_words=3)
        if head.definite and (_after_demonstrative(text, head) or head.kind == OCCASION):
            end, attrs = head.end, {}  # "هذه الاتفاقية": points back, names nothing new
        if head.kind == VISIT and "owner" not in attrs:
            to = TO.match(text, end)  # "زيارة رسمية إلى طشقند": a visit to a place
            where = at.get(to.end()) if to else None
            if where is not None and where.kind != ADJECTIVE and where.label in PLACES:
                attrs["owner"], end = where, where.end
        if label == DOCUMENT and head.kind != SIGNING:
            attrs[NAMED_END] = end  # topics in the tail stay topics: "في مجال النقل البحري"
            end = tail(text, end)  # "… الموقعة بين البلدين لتنظيم خدمات النقل الجوي"
        if label == EVENT and end == head.end and not head.definite:
            end = _over(text, end, joined)  # a definite head takes no genitive
        if label == EVENT and _practice(text, head, end, attrs):
            continue  # "مشاورات منتظمة", "لإجراء المشاورات السياسية": a practice, no one event
        qualified = end != head.end and not attrs.get("today")
        if label == DOCUMENT and text.startswith(" علي ", head.end):
            continue  # "تم الاتفاق على": agreeing to do something, not an agreement
        if not (qualified or head.definite or attrs.get("today") or " " in head.phrase
                or head.kind == SIGNING
                or (label == DOCUMENT and _in_signing(doc, head))
                or (label == EVENT and _took_place(text, end, at))
                or (label == EVENT and _conducted(doc, head))):  # fmt: skip
            continue  # "أهمية استراتيجية", "اجتماع": a bare indefinite word names nothing
        name = _name(head, attrs, label)
        attrs["words"] = text[head.end : end].strip()
        attrs[NAMES_INSIDE] = _names_inside(owned, head.end, end)
        span = Span(label, head.start, end, ref="", name=name, kind=head.kind, attrs=attrs)
        found.append(_Found(head, span, qualified))
        inside_found.add(span.start, span.end)
    _corefer(found, label, _headline_end(doc))
    dropped = _sets_named_one_by_one(found)
    return [f.span for f in found if f.span.ref and f.span.ref not in dropped]


def _in_signing(doc: Doc, head: Head) -> bool:
    """A word of signing stands before the head in its sentence: "تم التوقيع على بروتوكول"."""
    lo = doc.sentence_fspan(doc.sentence_of(head.start))[0]
    return SIGNED_BEFORE.search(doc.ftext, lo, head.start) is not None


def _names_inside(starts: list[int], start: int, end: int) -> bool:
    """A known name starts within `start:end` (`starts`: in order)."""
    k = bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def _ordinal_before(text: str, head: Head) -> tuple[int, int] | None:
    """Where an ordinal right before a definite plural head starts, and its value:
    "أولى المذكرات", "ثاني الاتفاقيات" (the first, the second of them)."""
    if head.start < 2 or text[head.start - 1] != " ":
        return None
    start = text.rfind(" ", 0, head.start - 1) + 1
    ordinal = ordinal_at_folded(text, start)
    if ordinal is None or ordinal[0] != head.start - 1:
        return None
    return start, ordinal[1]


def _sets_named_one_by_one(found: list[_Found]) -> frozenset[str]:
    """Refs of counted sets (`ثلاث مذكرات تفاهم`) whose members the article names one by one
    elsewhere (`أولى المذكرات`, `مذكرتين …`): those name the documents, the set does not."""
    sets = [f.span for f in found if f.span.attrs.get(SET)]
    if not sets:
        return frozenset()
    named = {f.span.kind for f in found if f.qualified and not f.span.attrs.get(SET)}
    named |= {f.span.kind for f in found if f.head.phrase.startswith(FIRST_OF)}
    return frozenset(s.ref for s in sets if s.kind in named)


def _listed(doc: Doc, head: Head) -> list[_Found]:
    """The documents a plural or dual head names: one per subject listed after it; a dual
    with no subjects still names two; a counted plural with none names one set
    (`عدد من الاتفاقيات`, `5 اتفاقيات`)."""
    dual = is_dual(head.phrase)
    if not (dual or is_plural(head.phrase)):
        return []
    # Without subjects a plural ("اتفاقيات التعاون") is a set the text does not name
    # one by one; a dual still names two.
    text = doc.ftext
    found = []
    for n, sub in enumerate(subjects(doc, head.start, head.end, dual), start=1):
        words = text[max(sub.start, head.end) : sub.end].strip()
        attrs: dict[str, object] = {"words": words, "listed": n, NAMED_END: sub.start}
        span = Span(DOCUMENT, sub.start, sub.end, "", _name(head, {}, DOCUMENT),
                    kind=head.kind, attrs=attrs)  # fmt: skip
        found.append(_Found(head, span, True))
    if not dual and not found:
        counted = COUNTED.search(text, max(0, head.start - 16), head.start)
        # "وقعا 5 اتفاقيات", "وقع الوزراء على اتفاقيات تمويل": the set they signed, one
        # document, counted or not
        if counted is not None or (not head.definite and _in_signing(doc, head)):
            start = counted.start() if counted is not None else head.start
            end = head.end if counted is not None else extend(doc, head.end, construct=2)
            end = tail(text, end)
            attrs = {"words": text[start:end].strip(), NAMED_END: head.end, SET: True}
            span = Span(DOCUMENT, start, end, "", _name(head, {}, DOCUMENT),
                        kind=head.kind, attrs=attrs)  # fmt: skip
            found.append(_Found(head, span, True))
    if dual and not found:
        end = tail(text, head.end)
        for n in (1, 2):
            attrs = {
                "words": f"{text[head.end : end].strip()}|{n}",
                "listed": n,
                NAMED_END: head.end,
            }
            span = Span(DOCUMENT, head.start, end, "", _name(head, {}, DOCUMENT),
                        kind=head.kind, attrs=attrs)  # fmt: skip
            found.append(_Found(head, span, True))
    return found


def claimed(span: Span) -> tuple[int, int]:
    """The range a span keeps later stages out of: a document's head and qualifiers, not
    the subject, field or purpose after them, where topics are named."""
    named_end = span.attrs.get(NAMED_END)
    return span.start, max(span.start, named_end) if isinstance(named_end, int) else span.end


def _qualifies(text: str, start: int, end: int, names: frozenset[int]) -> bool:
    """What follows an indefinite strategy names it: a nisba (`اقتصادية`), a known name
    or a year."""
    words = text[start:end].split()
    return any(w.endswith("يه") or YEAR.fullmatch(w) for w in words) or any(
        start <= n < end for n in names
    )


def _after_demonstrative(text: str, head: Head) -> bool:
    """`هذه الاتفاقية`, `تلك الزيارة`, `هذه هي الوثيقة`: a demonstrative (and its pronoun)
    right before the head."""
    return DEMONSTRATIVE.search(text, max(0, head.start - 10), head.start) is not None


def _after_definite_noun(text: str, head: Head) -> bool:
    """The head follows a definite word directly ("الشراكة الاستراتيجية")."""
    before = text[: head.start].rstrip(" ")
    if len(before) < head.start - 1:
        return False
    word = before[before.rfind(" ") + 1 :]
    return head.definite and word.startswith(("ال", "وال", "بال", "لل"))


def _practice(text: str, head: Head, end: int, attrs: dict[str, object]) -> bool:
    """Meetings as a practice, not one event: held regularly or in turn (`مشاورات منتظمة`,
    `اجتماعات دورية`, `الاجتماعات المتبادلة`; `الاجتماع الدوري` is one event, a plural is
    not) or named as what a document provides for (`لإجراء المشاورات`) without a number or
    an owner that would single one out."""
    if "ordinal" in attrs or "owner" in attrs:
        return False
    several = not head.definite or is_plural(head.phrase)
    if several and any(w in REGULAR for w in text[head.end : end].split()):
        return True
    return PURPOSE.search(text, max(0, head.start - 8), head.start) is not None


@cache
def _held_verb() -> re.Pattern[str]:
    """A verb of taking place (`held` in `cues.tsv`) as the next word: "احتفال أقيم"."""
    return re.compile(" (?:" + _cue_alternation(("held",)) + ")")


@cache
def _conduct_verb() -> re.Pattern[str]:
    """A verb of conducting ("أجرى", cue kind "conduct"), then at most eight words (its
    subject) without punctuation, up to where the event word starts (folded text)."""
    verbs = _cue_alternation(("conduct",))
    return re.compile(r"(?<!\S)(?:" + verbs + r") (?:[^\s.,،؛:!?\"]+ ){0,8}$")


def _cue_alternation(kinds: tuple[str, ...], one_word: bool = False) -> str:
    """The folded cue phrases of `kinds` (`cues.tsv`), longest first, as a regex
    alternation; only those of one word when `one_word`."""
    phrases = {fold(p.strip()) for kind in kinds for p in cue_phrases()[kind]}
    if one_word:
        phrases = {p for p in phrases if " " not in p}
    return "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))


def _conducted(doc: Doc, head: Head) -> bool:
    """A bare indefinite event word that a verb of conducting before it takes, in its
    sentence: "أجرى رئيس أوزبكستان X محادثات مع Y" reports talks that took place — not
    "ضرورة إجراء محادثات" (a noun, not the verb).

    >>> from kg.models import ArticleMeta
    >>> doc = Doc("وأجرى الوزيران محادثات في الرباط.", ArticleMeta(id="x"))
    >>> start = doc.ftext.index("محادثات")
    >>> _conducted(doc, Head(start, start + 7, "talks", False, "محادثات"))
    True
    >>> doc = Doc("ودعا إلى ضرورة إجراء محادثات جديدة.", ArticleMeta(id="x"))
    >>> start = doc.ftext.index("محادثات")
    >>> _conducted(doc, Head(start, start + 7, "talks", False, "محادثات"))
    False
    """
    lo, _ = doc.sentence_fspan(doc.sentence_of(head.start))
    return _conduct_verb().search(doc.ftext, max(lo, head.start - 160), head.start) is not None


# "اجتماع في الرياض", "احتفال بمدينة جدة", "لقاء في العاصمة الرياض": a known place next.
AT_PLACE = re.compile(r" (?:في |داخل )?(?:(?:ب?مدينه|ب?العاصمه) )?")


def _ceremony_held(text: str, head: Head, signed: list[int], at: dict[int, Span]) -> bool:
    """A signing ceremony the text says took place, in an article that names documents:
    "وجرت مراسم التوقيع بقصر المرادية" after "وقعت الجزائر وإيطاليا خمس اتفاقيات" is the
    event the documents were signed at, though none is named after it."""
    before = text.rfind(" ", 0, max(0, head.start - 1))  # where the word before starts
    return (
        head.phrase.startswith(CEREMONIES)
        and bool(signed)
        and not _background(text, head)
        and (
            _took_place(text, head.end, at)  # "مراسم التوقيع بقصر X"
            or _held_verb().fullmatch(text, max(0, before), head.start - 1) is not None
        )  # "وجرت مراسم التوقيع"
    )


def _took_place(text: str, end: int, at: dict[int, Span]) -> bool:
    """A bare indefinite event word the text says took place, so one event: a verb of
    taking place or a known place right after it ("احتفال أقيم بالرياض", "اجتماع في
    جدة", "لقاء بمدينة الدوحة") — not "ضرورة عقد اجتماع" (a verb before it, nothing after).

    >>> _took_place(fold(" احتفال اقيم امس"), 7, {})
    True
    >>> _took_place(fold(" اجتماع هام"), 7, {})
    False
    """
    if _held_verb().match(text, end):
        return True
    gap = AT_PLACE.match(text, end)
    place = at.get(gap.end()) if gap else None
    if place is None or place.label not in PLACES or place.kind == ADJECTIVE:
        return False
    return gap is not None and (gap.end() - end > 1 or "ب" in place.proclitics)


# One definite nisba between an event's head and its number: "القمة الخليجية الأولى",
# "الاجتماع الوزاري الرابع", "الدورة العادية الثالثة"; or "high-level", with or without the
# article ("الاجتماع رفيع المستوى الثاني عشر").
NISBA = re.compile(r" (?:ال\w+(?:يه|ي)|(?:ال)?رفيعه? المستوي)(?= )")


def _ordinal_after_adjective(text: str, end: int) -> tuple[int, int] | None:
    """The number of an event given after one adjective: "القمة العربية الثانية".

    >>> _ordinal_after_adjective(fold("القمة الخليجية الأولى مع"), 5)
    (21, 1)
    >>> _ordinal_after_adjective(fold("القمة الخليجية في جدة"), 5) is None
    True
    >>> _ordinal_after_adjective(fold("الاجتماع رفيع المستوى الثاني عشر بين"), 8)
    (32, 12)
    """
    m = NISBA.match(text, end)
    return ordinal_at_folded(text, m.end()) if m else None


def _before_next_head(text: str, head: Head, end: int, starts: list[int]) -> int:
    """Where an event's words end when another definite event word follows inside them:
    "خلال الاجتماع التوقيع على": the meeting is not qualified by the signing after it (but
    "الدورة السابعة لمنتدى X" is the forum's session)."""
    k = bisect_left(starts, head.end + 1)
    if k < len(starts) and starts[k] < end and text.startswith("ال", starts[k]):
        return max(head.end, len(text[: starts[k]].rstrip()))
    return end


PLURAL_WORD = re.compile(r" (?:ال|وال)\w+ات(?!\w)")


def _before_a_plural(text: str, head: Head, end: int) -> int:
    """Where a singular event's words end before a plural in -ات, which cannot qualify it:
    "وتناول الاجتماع العلاقات الثنائية", "واستعرض اللقاء التطورات": the verb's object
    follows its subject (folded `text`).

    >>> text = fold(" وتناول الاجتماع العلاقات الثنائية")
    >>> head = Head(8, 16, "meeting", True, "الاجتماع")
    >>> text[head.start : _before_a_plural(text, head, len(text))]
    'الاجتماع'
    """
    if is_plural(head.phrase):
        return end  # "الاجتماعات التحضيرية"
    plural = PLURAL_WORD.search(text, head.end, end)
    return end if plural is None else max(head.end, plural.start())


# A definite word that can qualify a definite event as its adjective (folded): a relative
# adjective in -ي ("الثنائي", "الثنائيه"), a participle ("المشترك", "الموسع"), an ordinal.
ADJECTIVE_SHAPE = re.compile(r"(?:ال\w*(?:ي|يه|يا)|الم\w+|ال(?:اول|اولي|عام|كبير|جديد|اخير))(?!\w)")
DEFINITE_WORD = re.compile(r" ((?:ال)\w+)")


# The cue kinds of the verbs whose subject may follow an event or a document that is
# their object or subject: "وتناول اللقاء التعاون", "وحضر اللقاء الرئيسان", "ووقع المذكرة
# الوزيران".
VERBS_BEFORE: dict[Label, tuple[str, ...]] = {
    Label.EVENT: ("discuss", "attend", "held"),
    Label.DOCUMENT: ("sign",),
}


@cache
def _verb_before(label: Label) -> re.Pattern[str]:
    """A word holding a verb of `VERBS_BEFORE[label]` (one-word cue phrases) right before
    where an event or document word starts (folded text): "وتناول ", "وحضر ", "ووقع "."""
    verbs = _cue_alternation(VERBS_BEFORE[label], one_word=True)
    return re.compile(r"(?<!\S)\S{0,2}(?:" + verbs + r")\S{0,2} $")


def _before_an_object(text: str, head: Head, end: int, label: Label = Label.EVENT) -> int:
    """Where a definite event's words end before the object of the verb it is the subject
    of: "وتناول اللقاء التعاون في مجال الطاقة" names a meeting, not "the meeting of the
    cooperation" (a definite noun cannot take a definite genitive; only an adjective or
    an ordinal agrees with it). Folded `text`.

    >>> text = fold(" وتناول اللقاء التعاون الثنائي")
    >>> head = Head(8, 14, "meeting", True, "اللقاء")
    >>> text[head.start : _before_an_object(text, head, len(text))]
    'اللقاء'
    >>> text = fold(" وبحث الاجتماع الوزاري المشترك التعاون")
    >>> head = Head(6, 14, "meeting", True, "الاجتماع")
    >>> text[head.start : _before_an_object(text, head, len(text))]
    'الاجتماع الوزاري المشترك'
    """
    verb = _verb_before(label).search(text, max(0, head.start - 16), head.start)
    if end == head.end or verb is None:
        return end
    pos = head.end
    while (word := DEFINITE_WORD.match(text, pos)) is not None and word.end() <= end:
        adjective = ADJECTIVE_SHAPE.fullmatch(word.group(1)) is not None
        if not adjective and ordinal_at_folded(text, pos) is None:
            return pos
        pos = word.end()
    return end


def _background(text: str, head: Head) -> bool:
    """`بعد توقيع اتفاقية …`, `منذ توقيع …`: a signing that dates something else."""
    return SUBORDINATE.search(text, max(0, head.start - 8), head.start) is not None


def _reported(doc: Doc, head: Head) -> bool:
    """A signing reported as a happening: in the headline or lead, or in a sentence that says
    when (today, a weekday, a date) or who witnessed it. "بعد توقيع اتفاقية …" or "كما جرى
    توقيع …" fold the act into the document it made."""
    index = doc.sentence_of(head.start)
    lo, hi = doc.sentence_fspan(index)
    if index <= LEAD:  # the headline or the lead reports what happened
        return True
    return WITNESSED.search(doc.ftext, lo, hi) is not None or bool(doc.dates_in(index))


def _signed_name_end(doc: Doc, head: Head) -> int | None:
    """End of the name of the document a signing ceremony signs, if one follows it."""
    k = bisect_left(doc_heads := find_heads(doc, DOCUMENT), head.end, key=START_OF)
    if k == len(doc_heads) or doc_heads[k].start - head.end > SIGNED_WITHIN:
        return None
    return extend(doc, doc_heads[k].end, max_words=3)


def _exchanges(text: str, head: Head, documents: list[int]) -> bool:
    """ "تبادل المذكرات", "تبادل هذه الاتفاقيات": an exchange of the documents named right
    after it, past at most a demonstrative (`documents`: where document heads start)."""
    gap = EXCHANGED.match(text, head.end)
    if gap is None:
        return False
    if text.startswith(PAPERS, gap.end()):  # "تبادل الوثائق": the papers of what was signed
        return True
    k = bisect_left(documents, gap.end())
    return k < len(documents) and documents[k] == gap.end()


def _papers_end(text: str, head: Head) -> int | None:
    """Where "الوثائق" right after an exchange ends ("تبادل الوثائق"), if it does."""
    at = head.end + 1
    return at + len(PAPERS) if EXCHANGE in head.phrase and text.startswith(PAPERS, at) else None


def _signs(head: Head, documents: list[int]) -> bool:
    """A document head starts within `SIGNED_WITHIN` characters after the signing `head`."""
    k = bisect_left(documents, head.end)
    return k < len(documents) and documents[k] - head.end <= SIGNED_WITHIN


def signed_documents(events: list[Span], documents: list[Span]) -> dict[str, str]:
    """Signing event ref → ref of the document named right after it ("توقيع اتفاقية …")."""
    starts = sorted((d.start, d.ref) for d in documents)
    found: dict[str, str] = {}
    for e in events:
        if e.kind != SIGNING:
            continue
        k = bisect_left(starts, (e.end, ""))
        if k < len(starts) and starts[k][0] - e.end <= SIGNED_WITHIN:
            found.setdefault(e.ref, starts[k][1])
    return found


def _of_whom(word: str) -> bool:
    """`لرؤساء`, `لوزراء`, `للدول`, `لمجلس`: the ل that says whose meeting it is."""
    return word.startswith("ل") and len(word) > 4


def _over(text: str, end: int, joined: dict[int, int]) -> int:
    """The end of the titles and people that follow `end`, joined by و, مع or commas."""
    first = True
    while True:
        link = (LEADING if first else LINK).match(text, end)
        nxt = link.end() if link else end
        if first:
            nxt = _past_honorifics(text, nxt)  # "زيارة حضرة صاحب الجلالة السلطان X"
        if nxt not in joined:
            return end
        end, first = joined[nxt], False


def _past_honorifics(text: str, pos: int) -> int:
    """Where the words after `pos` that are honorifics ("حضرة صاحب الجلالة") end and the
    next word starts (folded `text`)."""
    words = honorifics()
    while (space := text.find(" ", pos)) != -1 and text[pos:space] in words:
        pos = space + 1
    return pos


def _name(head: Head, attrs: dict[str, object], label: Label) -> str:
    kind = head.kind
    ordinal = attrs.get("ordinal")
    owner = attrs.get("owner")
    if ordinal is None and owner is None:  # most heads: the kind alone
        return kind[:1].upper() + kind[1:]
    words = [ordinal_en(ordinal) if isinstance(ordinal, int) else "", kind]
    if isinstance(owner, Span) and owner.label in (PLACE, COUNTRY):
        if label == DOCUMENT:  # "اتفاقية نخجوان": the Nakhchivan agreement
            return f"{owner.name} {kind}"
        words.append(f"in {owner.name}")
    elif isinstance(owner, Span):
        words.append(f"of the {owner.name}")
    text = " ".join(filter(None, words))  # the words that are not empty
    return text[:1].upper() + text[1:]


def _mains(found: list[_Found]) -> dict[str, Span]:
    """The event an article is about, of each kind: the latest session (highest ordinal),
    else the first — not meetings in the plural ("إجتماعات منفصلة"). One pass for every
    kind: it is asked once per mention that is not named.

    >>> def found(kind, start, ordinal=None):
    ...     span = Span(EVENT, start, start + 1, "", "", kind=kind, attrs={"ordinal": ordinal})
    ...     return _Found(Head(start, start + 1, kind, False, ""), span, True)
    >>> mains = _mains([found("summit", 0), found("summit", 5, 3), found("visit", 9)])
    >>> {kind: span.start for kind, span in mains.items()}
    {'summit': 5, 'visit': 9}
    """
    best: dict[str, Span] = {}
    for f in found:
        s = f.span
        if not f.qualified or s.attrs.get(SEVERAL):
            continue
        b = best.get(s.kind)  # the first of the highest (ordinal, -start), as `max` keeps
        if b is None or (s.attrs.get("ordinal") or 0, -s.start) > (
            b.attrs.get("ordinal") or 0,
            -b.start,
        ):
            best[s.kind] = s
    return best


def _owner_ref(s: Span) -> str | None:
    owner = s.attrs.get("owner")
    return owner.ref if isinstance(owner, Span) else None


def _corefer(found: list[_Found], label: Label, headline_end: int) -> None:
    """Qualified mentions name events; bare definite ones point to the one meant. The
    headline ends at `headline_end` (folded)."""
    refs: dict[str, str] = {}
    described: list[tuple[Span, Span]] = []
    # (kinds, starts and ordinals do not change here: names and refs do)
    mains = _mains(found) if label == EVENT else {}
    for f in (f for f in found if f.qualified):
        s = f.span
        owner = _owner_ref(s)
        if s.attrs.get("ordinal") is None and owner is not None:
            same = [g.span for g in found if g.qualified and _owner_ref(g.span) == owner
                    and g.span.attrs.get("ordinal") is not None]  # fmt: skip
            if same:
                target = max(same, key=lambda g: g.attrs["ordinal"])  # type: ignore[arg-type,return-value]
                s.name = target.name
        named = s.attrs.get("ordinal") is not None or owner is not None
        wider = None if named else _wider(found, s) or _headline_form(found, s, headline_end)
        if wider is not None:  # "جلسة المباحثات" after "جلسة مباحثات رسمية": the same talks
            s.ref, s.name = wider.ref, wider.name
            continue
        main = None if named else _described(mains, s, label)
        if main is not None:
            described.append((s, main))
        key = f"{s.kind}|{s.name}" + ("" if named else f"|{s.attrs['words']}")
        s.ref = refs.setdefault(key, f"{label}:{key}")
    for s, main in described:  # named once every qualified mention has its ref
        s.ref, s.name = main.ref, main.name
    for f in (f for f in found if not f.qualified):
        s = f.span
        if not (f.head.definite or s.attrs.get("today")):
            # One signing of one document, however it is named; a "زيارة عمل" of its own.
            s.ref = f"{label}:{SIGNING}" if s.kind == SIGNING else f"{label}:{s.kind}:{s.start}"
            continue
        antecedent = _antecedent(found, mains, s, label)
        if antecedent is not None:
            s.ref, s.name = antecedent.ref, antecedent.name
        elif s.kind in AMBIGUOUS and " " not in f.head.phrase:
            s.ref = ""  # "للإعلان": an announcement, unless a declaration was named
        else:  # the one unnamed meeting (or final statement) the article speaks of
            s.ref = f"{label}:{s.kind}"


def _words(s: Span) -> frozenset[str]:
    return remembered(_BARE_WORDS, str(s.attrs.get("words", "")), _bare_words)


_BARE_WORDS: dict[str, frozenset[str]] = {}  # an event's words -> `_bare_words`


def _bare_words(words: str) -> frozenset[str]:
    """The words without their proclitics ("وجلسة المباحثات": جلسه, مباحثات), remembered per
    string of words (`_BARE_WORDS`): `_wider` asks them of each earlier mention again.

    >>> s = Span(EVENT, 0, 1, "", "", attrs={"words": "الرسميه والموسعه"})
    >>> _words(s) == _words(s) == frozenset(bare(w) for w in ("الرسميه", "والموسعه"))
    True
    """
    return frozenset(bare(w) for w in words.split())


def _described(mains: dict[str, Span], s: Span, label: Label) -> Span | None:
    """`لقاء الوزيرين`, `اجتماع مشترك` in an article about its first meeting: a meeting
    described by words alone (no name, number or owner) is the article's main one."""
    if label != EVENT or s.kind not in MEETINGS - {SIGNING} or s.attrs.get(NAMES_INSIDE):
        return None
    if s.attrs.get(SEVERAL):
        return None  # "إجتماعات منفصلة", "الاجتماعات السابقة": other meetings
    words = str(s.attrs.get("words", "")).split()
    if len(words) > DESCRIBED_WORDS or any(w.startswith("ل") for w in words):
        return None  # "اجتماع كبار الخبراء للدول الأعضاء": whose meeting says it is another
    main = mains.get(s.kind)
    if main is None or main is s or main.attrs.get("ordinal") is None:
        return None
    return main


def _wider(found: list[_Found], s: Span) -> Span | None:
    """An earlier qualified mention of the same kind whose words include all of this one's."""
    words = _words(s)
    if not words:
        return None
    for g in (f.span for f in found if f.qualified):
        if g.start >= s.start:
            return None
        talks = {g.kind, s.kind} <= MEETINGS - {SIGNING}  # "جلسة المباحثات", "مباحثات رسمية"
        if g.ref and (g.kind == s.kind or talks) and words <= _words(g):
            return g
    return None


def _headline_end(doc: Doc) -> int:
    """Where the headline ends: the first sentence, when it is a line of its own and more
    lines follow; else 0 (an article that opens with its text has no headline)."""
    if not doc.sentences:
        return 0
    end = doc.sentence_fspan(0)[1]
    line = doc.ftext.find("\n")
    return end if line != -1 and line <= end + 1 and doc.ftext[line:].strip() else 0


def _headline_form(found: list[_Found], s: Span, headline_end: int) -> Span | None:
    """The headline's shorter name of the same thing: "توقعان اتفاقية شراكة اقتصادية" in the
    headline, "اتفاقية الشراكة الاقتصادية الشاملة" in the text — a mention of the same kind
    after the headline with every word of the headline's, and more (the converse, an earlier
    mention with more words, is `_wider`)."""
    if s.start < headline_end:
        return None
    words = _words(s)
    for g in (f.span for f in found if f.qualified):
        if g.start >= headline_end:
            return None
        named = g.attrs.get("ordinal") is not None or _owner_ref(g) is not None
        if g.ref and g.kind == s.kind and not named and (shown := _words(g)) and shown < words:
            return g
    return None


def _antecedent(found: list[_Found], mains: dict[str, Span], s: Span, label: Label) -> Span | None:
    """What a bare definite mention points to. An event: the main one of its kind, else the
    last one before it of its kind, else the last one before it ("الجلسة" of a summit).
    A document: the last of its kind before it, else — in a headline — the next one."""
    main = mains.get(s.kind) if label == EVENT else None
    if main is not None:
        return main
    earlier = [g.span for g in found if g.span.start < s.start and g.span.ref]
    if label == EVENT:
        for group in (
            [g for g in earlier if g.kind == s.kind],
            [g for g in earlier if g.kind in MEETINGS and s.kind in MEETINGS],
            earlier,
        ):
            if group:
                return group[-1]
        return None
    named = [g.span for g in found if g.qualified and g.span is not s]
    same = [g for g in named if s.kind == ANY_DOCUMENT or g.kind == s.kind]
    before = [g for g in same if g.start < s.start]
    after = [g for g in same if g.start > s.start]
    if before or earlier:
        return (before or earlier)[-1]
    return after[0] if after else None
