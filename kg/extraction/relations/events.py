"""Events: who met whom, who took part, where an event was held, what it is part of."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations, pairwise

from kg.extraction.known import ADJECTIVE
from kg.extraction.relations.context import BODIES, Clause
from kg.extraction.relations.registry import Cue, Fact, distinct, rule
from kg.extraction.spans import Span
from kg.schema import Label, RelType

MAX_MEETING = 3  # more people than this in one sentence is a summit, not a meeting
SUMMIT = "summit"
# Where the clause of an event ends: a stop, a clause opener, "أن" after a reporting verb.
EVENT_CLAUSE_END = re.compile(r"\b(?:ان|انه)\b")
# Where the clause of a meeting word ends: a stop, a clause opener, "أن", "بحضور".
MEETING_CLAUSE_END = re.compile(
    r"[.;:؛]|\b(?:كما|فيما|بينما|حيث|الذي|التي|ان|بحضور|وبحضور|و?قال|و?اكد|و?اضاف|و?ذكر)\b"
)
# Events whose participants talk: who a sentence says discussed something took part.
TALKED_AT = frozenset({"meeting", "talks", "consultations", "session", "round", "visit", SUMMIT})
BOTH = re.compile(r"البلد(?:ين|ان)|بلداننا|الجانب(?:ين|ان)|الطرف(?:ين|ان)|الدولت(?:ين|ان)")
# "في أستانا", "بمدينة غابالا", "في العاصمة التركمانية عشق آباد", "إلى طشقند"
DELEGATIONS = re.compile(
    r"(?:وفد|وفود|ممثل|ممثلو|ممثلي|مسوول|مسوولو|مسوولي)\w*(?: \w+){0,5} (?:من )?(?:كلا )?البلدين"
    r"|وفد(?:ا|ي) البلدين"
)
LOCATIVE = re.compile(
    r"(?:^|\s)(?:(?:في|الي) (?:مدينه |العاصمه |عاصمه )?|ب(?:مدينه|العاصمه|عاصمه) )(?:ال\w+ )?$"
)
BETWEEN = re.compile(r" ?(?:الموقعه )?بين \"?")
SEAT_GAP = re.compile(r" ?(?:في |ب|لدي )?")  # "سفارة الصين بالقاهرة": a body's seat
LIST_GAP = re.compile(
    r"[ ،,\"]*(?:الموقعه )?(?:بين )?(?:(?:الطرفين|البلدين|الجانبين|الدولتين) )?\"?(?:شركه )?"
)
WITHIN = re.compile(r"علي هامش|في اطار|خلال|ضمن")
PLACES = (Label.PLACE, Label.COUNTRY)


@rule(RelType.MET_WITH, cues=(Cue.MEET,), needs=(Label.PERSON,))
def people_of_a_meeting_sentence(c: Clause) -> Iterator[Fact]:
    """ "التقى الرئيس X نظيره Y": the (at most three) people named in the clause of a word
    for meeting met each other — not those "بحضور" (present), nor the speakers of "ذكر X
    أن لقاء الوزيرين …" (the clause ends at أن)."""
    text = c.article.text
    persons = c.of(Label.PERSON)
    if len(persons) < 2:
        return
    clauses = [m.start() for m in MEETING_CLAUSE_END.finditer(text, c.lo, c.hi)]
    for start, _ in c.article.cues.each(Cue.MEET, c.lo, c.hi):
        lo = max((b for b in clauses if b <= start), default=c.lo)
        hi = min((b for b in clauses if b > start), default=c.hi)
        met = list(distinct((p for p in persons if lo <= p.start < hi), c.article.rel.keys))
        if len(met) <= MAX_MEETING:
            for a, b in combinations(met, 2):
                yield Fact(a, b)


@rule(RelType.PARTICIPATED_IN, cues=(Cue.ATTEND,), needs=(Label.PERSON,))
def attendees_of_the_main_event(c: Clause) -> Iterator[Fact]:
    """ "وشارك في الاجتماع الوزير X": people of a sentence that says someone attended, and
    names no event, attended the event the article is about."""
    main = c.article.main_event
    if main is not None and not c.of(Label.EVENT):
        for p in c.of(Label.PERSON):
            yield Fact(p, main)


@rule(RelType.PARTICIPATED_IN, cues=(Cue.DISCUSS,), needs=(Label.PERSON,))
def discussants_of_the_main_event(c: Clause) -> Iterator[Fact]:
    """ "وبحث الرئيس A ورئيس الوزراء B سبل تعزيز العلاقات": people who hold the talks a
    sentence reports, naming no event, took part in the meeting the article is about."""
    main = c.article.main_event
    if main is not None and main.kind in TALKED_AT and not c.of(Label.EVENT):
        for p in c.of(Label.PERSON):
            yield Fact(p, main)


@rule(RelType.HELD_IN, cues=(Cue.ATTEND, Cue.MEET), needs=(PLACES,))
def where_the_main_event_met(c: Clause) -> Iterator[Fact]:
    """ "التقى الوزيران في موسكو": where the meeting the article is about took place."""
    main = c.article.main_event
    if main is not None and not c.of(Label.EVENT):
        yield from held_at_a_locative(c, [main])


@rule(RelType.PARTICIPATED_IN, needs=(Label.PERSON, Label.EVENT))
def people_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "شارك الوزير X في الاجتماع": the people named in the clause of an event took part in
    it — not the speakers of "وذكر X أن لقاء الرئيسين …" (the clause ends at أن)."""
    text = c.article.text
    clauses = [m.start() for m in EVENT_CLAUSE_END.finditer(text, c.lo, c.hi)]
    for e in c.of(Label.EVENT):
        lo = max((b for b in clauses if b <= e.start), default=c.lo)
        hi = min((b for b in clauses if b > e.start), default=c.hi)
        for p in c.of(Label.PERSON):
            if lo <= p.start < hi or e.start <= p.start < e.end:
                yield Fact(p, e)


@rule(RelType.PARTICIPATED_IN, cues=(Cue.ATTEND,))
def delegations_of_both_countries(c: Clause) -> Iterator[Fact]:
    """ "وشارك فيها ممثلو القطاعين الحكومي والخاص من كلا البلدين", "بحضور وفدي البلدين": the
    article's two countries, whose delegations attended, took part in the sentence's event
    (else the article's main event)."""
    # Every match holds "البلدين": a substring test first spares the regex, which
    # backtracks over the words after every وفد, ممثل and مسوول.
    if "البلدين" not in c.text or not DELEGATIONS.search(c.text):
        return
    main = c.article.main_event
    events = c.of(Label.EVENT)[:1] or ([main] if main is not None else [])
    for e in events:
        for country in c.article.both:
            yield Fact(country, e)


@rule(RelType.HELD_IN, cues=(Cue.HOST,), needs=(Label.EVENT, PLACES))
def hosted_by_a_place(c: Clause) -> Iterator[Fact]:
    """ "استضافت باكو القمة": the first place after a hosting verb held the event."""
    host = c.first(Cue.HOST)
    if host is None:
        return
    place = next((p for p in c.of(*PLACES) if p.start >= host[1] and p.kind != ADJECTIVE), None)
    if place is not None:
        for e in c.of(Label.EVENT):
            yield Fact(e, place)


@rule(RelType.CO_CHAIRS, cues=(Cue.CHAIR,), needs=(Label.EVENT, Label.PERSON))
def chairs_of_a_commission_session(c: Clause) -> Iterator[Fact]:
    """ "ترأس الاجتماع الخامس للجنة X الوزيران A وB": who chairs a session of a commission
    co-chairs the commission."""
    for e in c.of(Label.EVENT):
        owner = c.article.owner_of.get(e.ref)
        if owner is not None and owner.kind == "Commission":
            for p in c.of(Label.PERSON):
                yield Fact(p, owner)


@rule(RelType.PARTICIPATED_IN, needs=(Label.EVENT,))
def parties_between_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "محادثات بين مصر والأردن": the countries listed after بين took part in the event."""
    text = c.article.text
    for e in c.of(Label.EVENT):
        if between := BETWEEN.match(text, e.end):
            both = BOTH.match(text, between.end())
            parties = c.article.both if both else listed(text, e.end, c.of(Label.COUNTRY))
            for country in parties:
                yield Fact(country, e)


@rule(RelType.PARTICIPATED_IN, cues=(Cue.PRESENCE,), needs=(Label.EVENT,))
def present_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "عقد الاجتماع بحضور مصر والأردن": who was present at the event named before the cue."""
    cue = c.first(Cue.PRESENCE)
    events = [e for e in c.of(Label.EVENT) if cue is not None and e.start < cue[0]]
    if cue is None or not events:
        return
    text = c.article.text
    for x in c.of(Label.COUNTRY, Label.ORGANIZATION):
        locative = LOCATIVE.search(text[max(0, x.start - 6) : x.start]) is not None
        if x.start > cue[0] and x.kind != ADJECTIVE and not locative:
            yield Fact(x, events[-1])


@rule(RelType.HELD_IN, needs=(Label.EVENT, PLACES))
def event_named_after_its_place(c: Clause) -> Iterator[Fact]:
    """ "قمة باكو": an event named after a place was held there."""
    for e in c.of(Label.EVENT):
        owner = e.attrs.get("owner")
        if isinstance(owner, Span) and owner.label in PLACES:
            yield Fact(e, owner)


@rule(RelType.HELD_IN, needs=(Label.EVENT, PLACES))
def event_at_a_locative(c: Clause) -> Iterator[Fact]:
    """ "عقد الاجتماع في مدينة سمرقند": the place after في / ب nearest to the event."""
    events = [e for e in c.of(Label.EVENT) if not _owned_by_place(e)]
    yield from held_at_a_locative(c, events)


@rule(RelType.PART_OF, needs=(Label.EVENT, Label.ORGANIZATION))
def session_of_its_body(c: Clause) -> Iterator[Fact]:
    """ "الدورة الرابعة للجنة المشتركة": a session belongs to the body named with it."""
    for e in c.of(Label.EVENT):
        owner = e.attrs.get("owner")
        if isinstance(owner, Span) and owner.label == Label.ORGANIZATION:
            yield Fact(e, owner)


@rule(RelType.PART_OF, needs=(Label.EVENT,))
def summit_of_a_body(c: Clause) -> Iterator[Fact]:
    """ "قمة منظمة شنغهاي": a summit belongs to the organization named with it (or the one
    the article is about)."""
    bodies = [o for o in c.of(Label.ORGANIZATION) if o.kind in BODIES]
    body = bodies[0] if bodies else c.article.main_body
    if body is None:
        return
    for e in c.of(Label.EVENT):
        owner = e.attrs.get("owner")
        owned = isinstance(owner, Span) and owner.label == Label.ORGANIZATION
        if e.kind == SUMMIT and not owned:
            yield Fact(e, body)


@rule(RelType.PART_OF, needs=(Label.EVENT,))
def event_within_an_event(c: Clause) -> Iterator[Fact]:
    """ "اللقاء على هامش القمة": a meeting held within a visit, forum or summit."""
    for a, b in pairwise(c.of(Label.EVENT)):
        if WITHIN.search(c.article.text[a.end : b.start]):
            yield Fact(a, b)


def held_at_a_locative(c: Clause, events: list[Span]) -> Iterator[Fact]:
    """The city (else country) after a locative nearest to each event — not the seat of a
    body ("سفارة الصين بالقاهرة", "وكالة تطوير الأعمال في أذربيجان")."""
    if not events:
        return
    text = c.article.text
    named = c.of(Label.EVENT)  # "الاجتماع الخامس للجنة X في طشقند": the event's place
    bodies = [
        o for o in c.of(Label.ORGANIZATION) if not any(e.start <= o.start < e.end for e in named)
    ]
    seats = {
        p.start
        for p in c.venues
        for o in bodies
        if o.start <= p.start < o.end or SEAT_GAP.fullmatch(text, o.end, p.start)
    }
    located = [
        p
        for p in c.venues
        if p.kind != ADJECTIVE
        and p.start not in seats
        and (
            LOCATIVE.search(text[max(0, p.start - 40) : p.start]) is not None
            or ("ب" in p.proclitics and p.label == Label.PLACE)
        )
    ]
    cities = [p for p in located if p.label == Label.PLACE] or located
    if cities:
        for e in events:
            yield Fact(e, min(cities, key=lambda p: abs(p.start - e.start)))


def listed(text: str, pos: int, spans: list[Span]) -> list[Span]:
    """The spans listed from `pos` on, joined by و or commas ("بين تركيا وأذربيجان وقرغيزستان")."""
    out = []
    for s in sorted((s for s in spans if s.start >= pos), key=lambda s: s.start):
        if s.start < pos:
            continue  # inside the item before ("وزارة الخارجية بجمهورية كازاخستان")
        if LIST_GAP.fullmatch(text[pos : s.start]) is None:
            break
        out.append(s)
        pos = s.end
    return out


def _owned_by_place(e: Span) -> bool:
    owner = e.attrs.get("owner")
    return isinstance(owner, Span) and owner.label in PLACES
