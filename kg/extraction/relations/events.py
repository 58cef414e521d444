"""Events: who met whom, who took part, where an event was held, what it is part of."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import combinations, pairwise
from operator import attrgetter
from typing import NamedTuple

from kg.extraction.known import ADJECTIVE
from kg.extraction.labels import (
    COUNTRY,
    DOCUMENT,
    HELD_IN,
    HOLDS_POSITION,
    ORGANIZATION,
    PERSON,
    PLACE,
)
from kg.extraction.relations.context import BODIES, Clause, per_clause, signings, venues
from kg.extraction.relations.registry import Cue, Fact, distinct, rule
from kg.extraction.spans import Span
from kg.schema import Label, RelType


def stops_or_words(stops: str, words: str) -> re.Pattern[str]:
    """A pattern for any character of `stops`, or any of the space-separated `words` as a
    whole word. It opens with a look at the character where a match would start (a stop,
    or the first letter of a word), so the regex engine passes over every other position
    at once instead of trying each word there (a third less time over a sentence).

    >>> [m.group() for m in stops_or_words(".", "قال وقال").finditer("وقال: قال. مقال")]
    ['وقال', 'قال', '.']
    """
    firsts = re.escape("".join(sorted(set(stops) | {w[0] for w in words.split()})))
    either = [f"[{re.escape(stops)}]"] if stops else []
    either.append(r"\b(?:" + "|".join(re.escape(w) for w in words.split()) + r")\b")
    return re.compile(f"(?=[{firsts}])(?:{'|'.join(either)})")


MAX_MEETING = 3  # more people than this in one sentence is a summit, not a meeting
SUMMIT = "summit"
# Where the clause of an event ends: a stop, a clause opener, "أن" after a reporting verb.
EVENT_CLAUSE_END = stops_or_words("", "ان انه")
# Where the clause of a meeting word ends: a stop, a clause opener, "أن", "بحضور".
MEETING_CLAUSE_END = stops_or_words(
    ".;:؛",
    "كما فيما بينما حيث وذلك الذي التي ان بحضور وبحضور قال وقال اكد واكد اضاف واضاف ذكر وذكر",
)
# Events whose participants talk: who a sentence says discussed something took part.
TALKED_AT = frozenset(
    {"meeting", "talks", "consultations", "session", "round", "visit", "phone call", SUMMIT}
)
BOTH = re.compile(r"البلد(?:ين|ان)|بلداننا|الجانب(?:ين|ان)|الطرف(?:ين|ان)|الدولت(?:ين|ان)")
DELEGATIONS = re.compile(
    r"(?:وفد|وفود|ممثل|ممثلو|ممثلي|مسوول|مسوولو|مسوولي)\w*(?: \w+){0,5} (?:من )?(?:كلا )?البلدين"
    r"|وفد(?:ا|ي) البلدين"
)
# A locative at the end of what comes before a name: "في أستانا", "بمدينة غابالا", "في العاصمة
# التركمانية عشق آباد", "إلى طشقند". Each starts a word: `after_a_locative` puts a space
# before the text it reads, so that the pattern opens with one and the regex engine only
# tries it at spaces (four times faster than trying every position, for "^ or a space").
LOCATIVE = re.compile(
    r"\s(?:(?:(?:في|الي) (?:مدينه |العاصمه |عاصمه )?|ب(?:مدينه|العاصمه|عاصمه) )(?:ال\w+ )?"
    # 'في ناحية "X"', 'ببلدة "X"': a quoted name after the word for its kind
    r"|(?:في |ب)\w+ \""
    # "في منطقة شرق X", "في شمال X", "بجنوب X": a part of the place
    r"|(?:في |ب)(?:(?:منطقه|اقليم|ولايه|محافظه) )?(?:شمال|جنوب|شرق|غرب|وسط)(?:ي)? )$"
)
LOCATIVE_REACH = 40  # how far before a name its locative is looked for


def after_a_locative(text: str, pos: int, reach: int = LOCATIVE_REACH) -> bool:
    """Whether the `reach` characters before `pos` end with a locative.

    >>> after_a_locative("عقد في مدينه سمرقند", 13), after_a_locative("في سمرقند", 3)
    (True, True)
    >>> after_a_locative("زار سمرقند", 4), after_a_locative("في سمرقند", 3, reach=2)
    (False, False)
    """
    return LOCATIVE.search(" " + text[max(0, pos - reach) : pos]) is not None


# What ends the clause of an event for its place: a quote, a reported clause.
LOCATIVE_BREAK = stops_or_words('"', "ان انه قال وقال اضاف واضاف")
# How far after a summit the body it is of may be named ("القمة الحادية عشرة للدول …").
NEAR = 60
CLAUSE_STOP = re.compile(r"[.,،;؛:]")
BETWEEN = re.compile(r" ?(?:الموقعه )?بين \"?")
SEAT_GAP = re.compile(r" ?(?:في |ب|لدي )?")  # "سفارة الصين بالقاهرة": a body's seat
LIST_GAP = re.compile(
    r"[ ،,\"]*(?:الموقعه )?(?:بين )?(?:(?:الطرفين|البلدين|الجانبين|الدولتين) )?\"?(?:شركه )?"
)
AT_SEAT = re.compile(r"(?:^|\s)(?:في |ب)مقر $")  # "في مقر وزارة الخارجية بالقاهرة"
WITHIN = re.compile(r"علي هامش|في اطار|خلال|ضمن")
PLACES = (Label.PLACE, Label.COUNTRY)
BUILDING = "building"
# Between a session and the body it is of: "الدورة المقبلة للجنة", "الاجتماع الأول لمجلس".
BODY_GAP = re.compile(r"\s*(?:[^\s.,،؛:]+\s+){0,2}")
# Between an event and a verb of its taking place: "احتفال أقيم", "الاجتماع الذي عقد".
HELD_GAP = re.compile(r"\s+(?:(?:الذي|التي|قد|وقد)\s+){0,2}")
# Between that verb and its place: "عقد في مدينة X", "أقيم بمدينة X" (else "أقيم بX").
HELD_AT = re.compile(r"\s+(?:(?:في|داخل)\s+(?:(?:مدينه|العاصمه|عاصمه)\s+)?|ب(?:مدينه|العاصمه)\s+)")
# Between a building and its city: "قصر الأمة في دوشانبي", "المركز بمدينة سمرقند" (else
# "بسمرقند"), past a nisba of the building or of the capital ("مجمع المعارض الصيني
# بمدينة X", "بالعاصمة اليابانية، طوكيو").
VENUE_GAP = re.compile(
    r"(?:\s+ال\w+يه?)?\s+(?:في\s+(?:(?:مدينه|العاصمه)\s+)?|ب(?:مدينه|العاصمه)\s+)"
    r"(?:ال\w+يه? ?[،,]?\s*)?"
)


class Meeting(NamedTuple):
    """One word for meeting and the clause around it: where the word starts, where the
    clause ends, and the people named in the clause (each once, in order)."""

    cue: int
    end: int
    met: list[Span]


@per_clause
def clause_breaks(c: Clause) -> list[int]:
    """Where the clauses of the sentence end for a word of meeting or signing
    (`MEETING_CLAUSE_END`)."""
    return [m.start() for m in MEETING_CLAUSE_END.finditer(c.article.text, c.lo, c.hi)]


@per_clause
def meetings(c: Clause) -> list[Meeting]:
    """Each word for meeting of the sentence with the people of its clause."""
    persons = c.persons
    clauses = clause_breaks(c)  # in order: the clause of a word is between two of them
    out = []
    for start, _ in c.article.cues.each(Cue.MEET, c.lo, c.hi):
        k = bisect_right(clauses, start)
        lo = clauses[k - 1] if k > 0 else c.lo
        hi = clauses[k] if k < len(clauses) else c.hi
        met = list(distinct((p for p in persons if lo <= p.start < hi), c.article.rel.keys))
        out.append(Meeting(start, hi, met))
    return out


def _among(c: Clause, m: Meeting) -> int | None:
    """Where "بينهم" splits a meeting's people into a host and those he met, if it does."""
    cue = c.article.cues.first(Cue.AMONG, m.cue, m.end)
    if cue is None:
        return None
    before = [p for p in m.met if p.start < cue[0]]
    return cue[0] if before and len(before) < len(m.met) else None


@rule(RelType.MET_WITH, cues=(Cue.MEET,), needs=(Label.PERSON,))
def people_of_a_meeting_sentence(c: Clause) -> Iterator[Fact]:
    """ "التقى الرئيس X نظيره Y": the (at most three) people named in the clause of a word
    for meeting met each other (after a verb of receiving, "التقى X A وB", its subject met
    each of the others) — not those "بحضور" (present), nor the speakers of "ذكر X
    أن لقاء الوزيرين …" (the clause ends at أن)."""
    if len(c.persons) < 2:
        return
    ms = meetings(c)
    hosts = {m.end: m.met[0] for m in ms if len(m.met) > 2 and _received(c, m)}
    for m in ms:
        if _attended(c, m):
            continue  # "وحضر اللقاء A وB": they were present, they did not meet each other
        if len(m.met) <= MAX_MEETING and (not c.has(Cue.AMONG) or _among(c, m) is None):
            host = hosts.get(m.end)  # one clause, one verb of receiving: its subject hosts
            for a, b in combinations(m.met, 2):
                if host is None or a is host:
                    yield Fact(a, b)


ATTENDED_GAP = re.compile(r" (?:ال)?")  # the cue is "لقاء" inside "اللقاء"


def _attended(c: Clause, m: Meeting) -> bool:
    """Whether the word for meeting is what a verb of attending takes ("وحضر اللقاء"): the
    people named with it attended; the meeting's parties are named elsewhere."""
    if not c.has(Cue.ATTEND_VERB):
        return False
    cue = c.article.cues.last(Cue.ATTEND_VERB, max(c.lo, m.cue - 12), m.cue)
    return cue is not None and ATTENDED_GAP.fullmatch(c.article.text, cue[1], m.cue) is not None


def _received(c: Clause, m: Meeting) -> bool:
    """Whether the word for meeting is a verb of receiving ("التقى X A وB", "استقبل"): its
    subject met each guest; the guests did not meet each other."""
    hit = c.article.cues.first(Cue.RECEIVE, m.cue, m.cue + 8) if c.has(Cue.RECEIVE) else None
    return hit is not None


@rule(RelType.MET_WITH, cues=(Cue.MEET, Cue.AMONG), needs=(Label.PERSON,))
def met_those_listed_among(c: Clause) -> Iterator[Fact]:
    """ "التقى الرئيس X عددا من القادة، بينهم A وB": X met each of those listed after
    "بينهم"; they did not meet each other."""
    for m in meetings(c):
        split = _among(c, m)
        if split is not None:
            hosts = [p for p in m.met if p.start < split]
            for a in hosts:
                for b in m.met[len(hosts) :]:
                    yield Fact(a, b)


@rule(RelType.MET_WITH, cues=(Cue.MEET,), needs=(Label.PERSON,))
def met_by_an_elided_subject(c: Clause) -> Iterator[Fact]:
    """ "التقى الرئيس X نظيره Y، كما التقى برئيس الوزراء Z": a meeting clause that names only
    whom it met ("التقى بـ…") has the subject of the meeting before it: X met Z."""
    if len(c.persons) < 2:
        return  # one person met no one
    text = c.article.text
    subject: Span | None = None
    for m in meetings(c):
        if len(m.met) == 1 and subject is not None and m.met[0].start > m.cue:
            after = text.find(" ", m.cue, m.met[0].start)
            if after != -1 and text.startswith("ب", after + 1):
                yield Fact(subject, m.met[0])
        if m.met:
            subject = m.met[0]


WITH = re.compile(r"(?<!\w)مع ")
# Between a word for a situation and the country it is in: "الأوضاع في", "تطورات الأزمة
# الإنسانية في", "القضية" + "بسوريا" (the proclitic is the country's).
MATTER_GAP = re.compile(r"(?: [^\s.,،؛:]+){0,2}? (?:في |حول |داخل )?(?:كل من )?")
WITH_REACH = 40  # from مع to the person it names ("مع نظيره الكيني X"), at most


@rule(RelType.MET_WITH, cues=(Cue.DISCUSS,), needs=(Label.PERSON,))
def discussed_with_someone(c: Clause) -> Iterator[Fact]:
    """ "بحث وزير الخارجية X مع نظيره Y سبل تعزيز العلاقات", "واستعرض X مع Y": who held
    talks with someone met him — not by phone, video or letter (cue remote)."""
    if c.has(Cue.REMOTE) or len(c.persons) < 2:
        return
    text, persons = c.article.text, c.persons
    for start, end in c.article.cues.each(Cue.DISCUSS, c.lo, c.hi):
        stop = MEETING_CLAUSE_END.search(text, end, c.hi)
        with_ = WITH.search(text, end, stop.start() if stop else c.hi)
        if with_ is None:
            continue
        subject = next((p for p in persons if end <= p.start < with_.start()), None)
        if subject is None:
            before = [p for p in persons if p.end <= start]
            if before and not MEETING_CLAUSE_END.search(text, before[-1].end, start):
                subject = before[-1]
        other = next((p for p in persons if p.start >= with_.end()), None)
        if (
            subject is not None
            and other is not None
            and other.start - with_.end() <= WITH_REACH
            and not CLAUSE_STOP.search(text, with_.end(), other.start)
        ):
            yield Fact(subject, other)


# From a verb to its first subject ("رعى الرئيس الجيبوتي X"), at most; between two
# coordinated subjects, at most ("X حفظه الله، ورئيس وزراء الهند Y").
SUBJECT_REACH = 50
COSUBJECT_REACH = 60
# Between two coordinated subjects: a short phrase after the first (an honorific), an
# optional comma, then "و" opening the second one's title or name.
COSUBJECT_GAP = re.compile(
    r"(?:(?:\s+[^\s.,،;؛:\"]+){1,3}\s*[،,])?\s*[،,]?\s*و[^\s.,،;؛:\"]*(?:\s+[^\s.,،;؛:\"]+)*\s*"
)
# What the second name of a pair must not follow: who attends is no co-subject
# ("وبحضور X", "ومشاركة X"), nor whom the subject talks with ("ومع X").
NOT_COSUBJECT = re.compile(r"\b(?:و?ب?حضور|و?ب?مشاركه|ومع|مع|برياسه|وبرياسه|بينما|فيما)\b")


@rule(RelType.MET_WITH, cues=(Cue.JOINTLY,), needs=(Label.PERSON,))
def coordinated_subjects_met(c: Clause) -> Iterator[Fact]:
    """ "رعى الرئيس X ورئيس الوزراء Y حفل التدشين", "بحث الأمير X والرئيس Y سبل تعزيز
    العلاقات", "تبادل X وY مذكرات التفاهم": the (two or three) people who are together the
    subject of a verb they do jointly met — not by phone or letter (cue remote), nor
    someone "بحضور" or "مع" (present, or talked with: other rules)."""
    if len(c.persons) < 2 or c.has(Cue.REMOTE):
        return
    text, keys = c.article.text, c.article.rel.keys
    for start, end in c.article.cues.each(Cue.JOINTLY, c.lo, c.hi):
        if not VERB_START.fullmatch(text, _word_start(text, start), start):
            continue  # inside another word: "البحث", "انعقد"
        subjects = coordinated(c, text, end) or _dual_subjects(c, text, start, end)
        if len(subjects) <= MAX_MEETING:
            for a, b in combinations(distinct(subjects, keys), 2):
                yield Fact(a, b)


# The dual ending of a verb after its two subjects: "X وY عقدا", "بحثا", "تبادلا".
DUAL = re.compile(r"ا(?:\s|$)")


def _dual_subjects(c: Clause, text: str, start: int, end: int) -> list[Span]:
    """ "بأن الأمير X والرئيس Y عقدا جلسة مباحثات": the two people joined by "و" right
    before a verb in the dual."""
    word = _word_start(text, start)
    if not DUAL.match(text, end):
        return []
    before = [p for p in c.persons if p.end <= word]
    if len(before) < 2 or text[before[-1].end : word].strip():
        return []
    a, b = before[-2], before[-1]
    gap = text[a.end : b.start]
    if not COSUBJECT_GAP.fullmatch(gap) or NOT_COSUBJECT.search(gap):
        return []
    return [a, b]


# What may open a verb's word before its stem: "و", "ف", a present tense's letter.
VERB_START = re.compile(r"[وف]?[يت]?")


def _word_start(text: str, at: int) -> int:
    """Where the word holding `at` starts."""
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


def coordinated(c: Clause, text: str, end: int) -> list[Span]:
    """The people named as the joint subject right after a verb ending at `end`: the first
    person after it (past a title: no other name but a state's or a body's), and each
    person joined to the one before by "و"."""
    first = next((p for p in c.persons if p.start >= end), None)
    if first is None or first.start - end > SUBJECT_REACH:
        return []
    if CLAUSE_STOP.search(text, end, first.start) or any(
        end <= s.start < first.start and s.label not in (COUNTRY, ORGANIZATION) for s in c.spans
    ):
        return []
    out = [first]
    for p in c.persons:
        last = out[-1]
        if p.start < last.end:
            continue
        gap = text[last.end : p.start]
        if (
            p.start - last.end > COSUBJECT_REACH
            or not COSUBJECT_GAP.fullmatch(gap)
            or NOT_COSUBJECT.search(gap)
            or MEETING_CLAUSE_END.search(gap)
            or any(last.end <= s.start < p.start and s.label == PERSON for s in c.spans)
        ):
            break
        out.append(p)
    return out if len(out) > 1 else []


EARLIER_DOCUMENT = 2  # signers in a sentence after the document: at most this many after


def documents_before(c: Clause, far: bool = False) -> list[Span]:
    """The documents of the last sentence before this one that names any, if it is at most
    `EARLIER_DOCUMENT` sentences back (any number when `far`)."""
    a = c.article
    last = max(
        (d for d in a.spans if d.label == DOCUMENT and d.end <= c.lo),
        key=lambda d: d.start,
        default=None,
    )
    if last is None:
        return []
    index = a.doc.sentence_of(last.start)
    if c.index - index > EARLIER_DOCUMENT and not far:
        return []
    lo, hi = a.doc.sentence_fspan(index)
    return [d for d in a.spans if d.label == DOCUMENT and lo <= d.start < hi]


# "وكان وزير الخارجية قد التقى نظيره …", "وسبق أن زار …": a sentence that tells what had
# happened before (folded text, from where the sentence starts).
EARLIER = re.compile(r"[^\w]*(?:[وف]?كان(?:ت|ا)? (?:[^\s]+ ){1,10}?قد |[وف]?سبق (?:ان|ل))")


def earlier(c: Clause) -> bool:
    """Whether the sentence reports what happened before the article's news (a pluperfect
    "كان … قد", "سبق أن"): its people and places are not the main event's.

    >>> from kg.text.normalize import fold
    >>> bool(EARLIER.match(fold("وكان وزير الخارجية قد التقى نظيره في الخرطوم")))
    True
    >>> bool(EARLIER.match(fold("وكان اللقاء قد تناول التعاون")))
    True
    >>> bool(EARLIER.match(fold("وقال الوزير إن البلدين كانا قد وقعا")))
    False
    """
    return EARLIER.match(c.text) is not None


@rule(RelType.PARTICIPATED_IN, cues=(Cue.ATTEND,), needs=(Label.PERSON,))
def attendees_of_the_main_event(c: Clause) -> Iterator[Fact]:
    """ "وشارك في الاجتماع الوزير X": people of a sentence that says someone attended, and
    names no event, attended the event the article is about — not what "وكان X قد التقى
    Y" tells of an earlier meeting."""
    main = c.article.main_event
    if main is None or c.events or earlier(c):
        return
    if main.start >= c.hi and signings(c):
        return  # "ووقع الاتفاقية A وB بحضور C", the press conference named later: the signing's
    for p in c.persons:
        yield Fact(p, main)


@rule(RelType.PARTICIPATED_IN, cues=(Cue.DISCUSS,), needs=(Label.PERSON,))
def discussants_of_the_main_event(c: Clause) -> Iterator[Fact]:
    """ "وبحث الرئيس A ورئيس الوزراء B سبل تعزيز العلاقات": people who hold the talks a
    sentence reports, naming no event but that one ("وقال X إن الاجتماعات ستناقش …"),
    took part in the meeting the article is about."""
    main = c.article.main_event
    if main is not None and main.kind in TALKED_AT and not _another_event(c, main):
        for p in c.persons:
            yield Fact(p, main)


def _another_event(c: Clause, main: Span) -> bool:
    """Whether the sentence names an event other than the article's main one (a word that
    points back to it, "الاجتماعات", names that one)."""
    key = c.article.key(main)
    return any(c.article.key(e) != key for e in c.events)


@rule(RelType.HELD_IN, cues=(Cue.ATTEND, Cue.MEET), needs=(PLACES,))
def where_the_main_event_met(c: Clause) -> Iterator[Fact]:
    """ "التقى الوزيران في موسكو": where the meeting the article is about took place."""
    main = c.article.main_event
    if main is not None and not c.events and not earlier(c):
        yield from held_at_a_locative(c, [main])


@rule(RelType.PARTICIPATED_IN, needs=(Label.PERSON, Label.EVENT))
def people_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "شارك الوزير X في الاجتماع": the people named in the clause of an event took part in
    it — not the speakers of "وذكر X أن لقاء الرئيسين …" (the clause ends at أن)."""
    text = c.article.text
    clauses = [m.start() for m in EVENT_CLAUSE_END.finditer(text, c.lo, c.hi)]
    for e in c.events:
        lo = max((b for b in clauses if b <= e.start), default=c.lo)
        hi = min((b for b in clauses if b > e.start), default=c.hi)
        for p in c.persons:
            if (lo <= p.start < hi or e.start <= p.start < e.end) and not _sent(c, p, e):
                yield Fact(p, e)


def _sent(c: Clause, p: Span, e: Span) -> bool:
    """ "بعث X برسالة إلى القمة", "رسالة من X إلى القمة": a message between the person and
    the event; who only sent a message did not take part, nor who was only invited ("القمة
    التي وجهت دعوة لحضورها إلى X")."""
    if not c.has(Cue.MESSAGE):
        return False
    lo, hi = (p.end, e.start) if p.start < e.start else (e.end, p.start)
    return c.article.cues.first(Cue.MESSAGE, lo - 1, hi) is not None


@rule(RelType.PARTICIPATED_IN, cues=(Cue.SPEECH,), needs=(Label.PERSON,))
def speakers_at_the_main_event(c: Clause) -> Iterator[Fact]:
    """ "وقال وزير الطاقة X في كلمته الافتتاحية إن …": who speaks, in a sentence that names
    no event but that one ("وقال X إن الاجتماعات ستناقش …"), took part in the event the
    article is about — not those named in what he said (after إن / أن)."""
    main = c.article.main_event
    if main is None or _another_event(c, main):
        return
    text = c.article.text
    for start, _ in c.article.cues.each(Cue.SPEECH, c.lo, c.hi):
        for p in c.persons:
            if p.start < start and not EVENT_CLAUSE_END.search(text, p.end, start):
                yield Fact(p, main)


@rule(RelType.PARTICIPATED_IN, cues=(Cue.ATTEND,))
def delegations_of_both_countries(c: Clause) -> Iterator[Fact]:
    """ "وحضرها ممثلو القطاع الخاص من كلا البلدين", "بحضور وفدي البلدين": the
    article's two countries, whose delegations attended, took part in the sentence's event
    (else the article's main event)."""
    # Every match holds "البلدين": a substring test first spares the regex, which
    # backtracks over the words after every وفد, ممثل and مسوول.
    if "البلدين" not in c.text or not DELEGATIONS.search(c.text):
        return
    main = c.article.main_event
    events = c.events[:1] or ([main] if main is not None else [])
    for e in events:
        for country in c.article.both:
            yield Fact(country, e)


@rule(RelType.HELD_IN, cues=(Cue.HOST,), needs=(Label.EVENT, PLACES))
def hosted_by_a_place(c: Clause) -> Iterator[Fact]:
    """ "استضافت باكو القمة", "القمة التي استضافتها باكو": the first place after a hosting
    verb held the event it hosts (named after the place, or just before the verb) — not an
    event named earlier in the sentence ("في قمة إسطنبول … بعد أن استضافت طهران …")."""
    host = c.first(Cue.HOST)
    if host is None:
        return
    place = next((p for p in c.of(*PLACES) if p.start >= host[1] and p.kind != ADJECTIVE), None)
    if place is not None:
        text = c.article.text
        for e in c.events:
            hosted = e.start >= place.end or HELD_GAP.fullmatch(text, e.end, host[0])
            if hosted and not LOCATIVE_BREAK.search(
                text, min(e.end, place.end), max(e.start, host[0])
            ):
                yield Fact(e, place)


@rule(RelType.CO_CHAIRS, cues=(Cue.CHAIR,), needs=(Label.EVENT, Label.PERSON))
def chairs_of_a_commission_session(c: Clause) -> Iterator[Fact]:
    """ "ترأس الاجتماع الخامس للجنة X الوزيران A وB": who chairs a session of a commission
    co-chairs the commission."""
    for e in c.events:
        owner = c.article.owner_of.get(e.ref)
        if owner is not None and owner.kind == "Commission":
            for p in c.persons:
                yield Fact(p, owner)


@rule(RelType.PARTICIPATED_IN, needs=(Label.EVENT,))
def parties_between_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "محادثات بين مصر والأردن": the countries listed after بين took part in the event."""
    text = c.article.text
    for e in c.events:
        if between := BETWEEN.match(text, e.end):
            both = BOTH.match(text, between.end())
            parties = c.article.both if both else listed(text, e.end, c.countries)
            for country in parties:
                yield Fact(country, e)


@rule(RelType.PARTICIPATED_IN, needs=(Label.EVENT, Label.ORGANIZATION))
def bodies_between_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "الاتصالات الدورية بين وزارتي داخلية البلدين": the bodies listed after بين took
    part in the event, and so did the two countries when the list says "البلدين"."""
    text = c.article.text
    for e in c.events:
        if between := BETWEEN.match(text, e.end):
            bodies = listed(text, between.end(), c.organizations)
            for body in bodies:
                yield Fact(body, e)
            if bodies and BOTH.search(text, between.end(), bodies[-1].end):
                for country in c.article.both:
                    yield Fact(country, e)


@rule(RelType.PARTICIPATED_IN, cues=((Cue.HEADS, Cue.MINISTERS),), needs=(Label.EVENT,))
def leaders_between_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "مفاوضات بين الرئيسين", "جلسة مباحثات بين الجانبين": the two sides' leaders (the
    first person the article gives an office in each of its two countries) took part;
    "بين الوزيرين" takes the first minister of each."""
    text, cues = c.article.text, c.article.cues
    for e in c.events:
        if between := BETWEEN.match(text, e.end):
            at = between.end()
            for cue, role in ((Cue.HEADS, ""), (Cue.MINISTERS, "Minister")):
                if (hit := cues.first(cue, at, at + 12)) is not None and hit[0] == at:
                    yield from (Fact(p, e) for p in principals(c, role))


CEREMONY = "ceremony"
# Between an opening verb and who opens: at most a title ("افتتح الرئيس التركي X").
OPENER_WITHIN = 40


@rule(RelType.PARTICIPATED_IN, cues=(Cue.INAUGURATE,))
def openers_of_the_ceremony(c: Clause) -> Iterator[Fact]:
    """ "افتتحت مصر والسودان خطا جديدا", "دشن الرئيس X المشروع": the countries listed right
    after a verb of opening, or the first person named after it in its clause, took part in
    the ceremony of the opening (the one the sentence names, else the article's one)."""
    ceremonies = [e for e in c.events if e.kind == CEREMONY]
    if not ceremonies:
        keys = {c.article.key(s): s for s in c.article.spans if s.kind == CEREMONY}
        ceremonies = list(keys.values()) if len(keys) == 1 else []
    if not ceremonies:
        return
    text = c.article.text
    for _, cue_end in c.article.cues.each(Cue.INAUGURATE, c.lo, c.hi):
        end = text.find(" ", cue_end, c.hi)  # the end of the verb's word ("افتتحت")
        if end == -1:
            continue
        openers = listed(text, end, c.of(COUNTRY, ORGANIZATION))
        person = next((p for p in c.persons if p.start >= end), None)
        near = person is not None and person.start - end <= OPENER_WITHIN
        if person is not None and near and not CLAUSE_STOP.search(text, end, person.start):
            openers.append(person)
        for x in openers:
            yield Fact(x, ceremonies[0])


@rule(RelType.PARTICIPATED_IN, cues=(Cue.ACCOMPANY,), needs=(Label.PERSON,))
def members_of_a_delegation(c: Clause) -> Iterator[Fact]:
    """ "يصل الرئيس X على رأس وفد يرافقه وزير الخارجية Y": the head of a delegation and
    those who accompany him took part in the event the sentence names (else the one the
    article is about)."""
    main = c.article.main_event
    events = c.events[:1] or ([main] if main is not None else [])
    for e in events:
        for p in c.persons:
            yield Fact(p, e)


def principals(c: Clause, role: str) -> list[Span]:
    """The first person the article gives an office (whose role holds `role`) in each of
    its two countries, when it gives one in both."""
    a = c.article
    first: dict[str, str] = {}  # country key -> the first office holder's key
    for r in a.rel.out.values():
        if r.type == HOLDS_POSITION and role in (r.role or ""):
            first.setdefault(r.target, r.source)
    holders = [first.get(a.key(country)) for country in a.both]
    if len(holders) != 2 or None in holders or holders[0] == holders[1]:
        return []
    spans = {a.key(s): s for s in reversed(a.spans) if s.label == PERSON}
    return [spans[k] for k in holders if k is not None and k in spans]


# After an event: "مع", then a word for states and what qualifies it, up to the list of the
# states ("القمة الخليجية الأولى مع دول آسيا الوسطى الخمس، أوزبكستان وتركمانستان").
WITH_STATES = re.compile(r" مع (?:(?:ال)?دول(?: [^\s،,.]+){0,4}[،,]? )?")


@rule(RelType.PARTICIPATED_IN, needs=(Label.EVENT, Label.COUNTRY))
def states_an_event_is_held_with(c: Clause) -> Iterator[Fact]:
    """ "القمة الخليجية الأولى مع دول آسيا الوسطى الخمس، أوزبكستان وتركمانستان …",
    "القمة مع اليابان": the states listed after مع right after an event took part in it."""
    text = c.article.text
    states = [x for x in c.countries if x.kind != ADJECTIVE]
    for e in c.events:
        if (m := WITH_STATES.match(text, e.end)) is not None:
            for x in listed(text, m.end(), states):
                yield Fact(x, e)


@rule(RelType.PARTICIPATED_IN, cues=(Cue.PRESENCE,), needs=(Label.EVENT,))
def present_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "عقد الاجتماع بحضور مصر والأردن": who was present at the event named before the cue."""
    cue = c.first(Cue.PRESENCE)
    events = [e for e in c.events if cue is not None and e.start < cue[0]]
    if cue is None or not events:
        return
    text = c.article.text
    for x in c.of(COUNTRY, ORGANIZATION):
        locative = after_a_locative(text, x.start, reach=6)
        if x.start > cue[0] and x.kind != ADJECTIVE and not locative:
            yield Fact(x, events[-1])


@rule(RelType.HELD_IN, needs=(Label.EVENT, PLACES))
def event_named_after_its_place(c: Clause) -> Iterator[Fact]:
    """ "قمة باكو": an event named after a place was held there."""
    for e in c.events:
        owner = e.attrs.get("owner")
        if isinstance(owner, Span) and owner.label in PLACES:
            yield Fact(e, owner)


@rule(RelType.HELD_IN, needs=(Label.EVENT, PLACES))
def event_at_a_locative(c: Clause) -> Iterator[Fact]:
    """ "عقد الاجتماع في مدينة سمرقند": the place after في / ب nearest to the event."""
    events = [e for e in c.events if not _owned_by_place(e)]
    yield from held_at_a_locative(c, events)


@rule(RelType.HELD_IN, cues=(Cue.HELD,), needs=(Label.EVENT, PLACES))
def place_after_a_held_verb(c: Clause) -> Iterator[Fact]:
    """ "احتفال أقيم بتركمانستان", "الاجتماع الذي عقد في X": the place (or country) right
    after a verb of taking place is where the event just before the verb was held."""
    text, cues = c.article.text, c.article.cues
    events = c.events
    for start, end in cues.each(Cue.HELD, c.lo, c.hi):
        place = next((p for p in venues(c) if p.start >= end), None)
        if place is None or place.kind == ADJECTIVE:
            continue  # (the events before the verb are read only when a place follows it)
        before = [e for e in events if e.end <= start and HELD_GAP.fullmatch(text, e.end, start)]
        if before:
            gap = text[end : place.start]
            if HELD_AT.fullmatch(gap) or (not gap.strip() and "ب" in place.proclitics):
                yield Fact(before[-1], place)


@rule(RelType.HELD_IN, needs=(Label.EVENT, Label.PLACE))
def city_of_the_venue(c: Clause) -> Iterator[Fact]:
    """ "في قصر الأمة في دوشانبي", "في مركز المؤتمرات بمدينة سمرقند": an event held in a
    building was held in the city the text names with the building."""
    text, out = c.article.text, c.article.rel.out
    places = c.places
    for venue, city in pairwise(places):
        gap = text[venue.end : city.start]
        joined = VENUE_GAP.fullmatch(gap) or (not gap.strip() and "ب" in city.proclitics)
        if venue.kind != BUILDING or city.kind == BUILDING or not joined:
            continue
        for e in c.events:
            if (c.article.key(e), HELD_IN, c.article.key(venue)) in out:
                yield Fact(e, city)


@rule(RelType.PART_OF, needs=(Label.EVENT, Label.ORGANIZATION))
def session_then_its_body(c: Clause) -> Iterator[Fact]:
    """ "الدورة الجديدة للجنة الاقتصادية المشتركة": a session, meeting or summit whose name
    runs into a body's ("لـ" + the body) belongs to that body — not "رئيس الدورة الحالية
    للمجلس", a chair's title."""
    text = c.article.text
    for e in c.events:
        if isinstance(e.attrs.get("owner"), Span):
            continue
        bodies = [
            o
            for o in c.organizations
            if o.kind in BODIES and o.start > e.start and text.startswith("ل", o.start)
        ]
        if not bodies or _chaired(c, e):
            continue  # (the chair's title is looked for only before a body that may be its)
        for o in bodies:
            if BODY_GAP.fullmatch(text, min(e.end, o.start), o.start):
                yield Fact(e, o)


@rule(RelType.PART_OF, needs=(Label.EVENT, Label.ORGANIZATION))
def session_of_its_body(c: Clause) -> Iterator[Fact]:
    """ "الدورة الرابعة للجنة المشتركة": a session belongs to the body named with it."""
    for e in c.events:
        owner = e.attrs.get("owner")
        if isinstance(owner, Span) and owner.label == ORGANIZATION:
            yield Fact(e, owner)


@rule(RelType.PART_OF, cues=(Cue.HELD,), needs=(Label.EVENT, Label.ORGANIZATION))
def session_its_body_held(c: Clause) -> Iterator[Fact]:
    """ "عقدت اللجنة المشتركة اجتماعها الخامس والثلاثين", "وعقد المجلس دورته العادية": the
    event a body holds, named right after it with the body's pronoun, is the body's."""
    text, cues = c.article.text, c.article.cues
    for e in c.events:
        if not text[e.start : e.end].split(" ", 1)[0].endswith(("ها", "ه")):
            continue
        body = next((o for o in c.organizations if not text[o.end : e.start].strip()), None)
        verb = cues.last(Cue.HELD, c.lo, body.start) if body is not None else None
        if body is not None and verb is not None and not text[verb[1] : body.start].strip():
            yield Fact(e, body)  # the verb, its subject the body, its object the event


@rule(RelType.PART_OF, needs=(Label.EVENT,))
def summit_of_a_body(c: Clause) -> Iterator[Fact]:
    """ "القمة الحادية عشرة للدول الأعضاء في منظمة X": a summit belongs to the organization
    named just after it in its clause (else the one the article is about, or the one body
    named before it) — not to a body of a later clause ("دعي إليها الأمين العام للأمم
    المتحدة")."""
    text = c.article.text
    for e in c.events:
        owner = e.attrs.get("owner")
        owned = isinstance(owner, Span) and owner.label == ORGANIZATION
        if e.kind != SUMMIT or owned:
            continue
        bodies = [o for o in c.organizations if o.kind in BODIES]
        near = [o for o in bodies if e.end <= o.start < e.end + NEAR]
        near = [o for o in near if not CLAUSE_STOP.search(text, e.end, o.start)]
        body = near[0] if near else _the_body(c, bodies, e)
        if body is not None:
            yield Fact(e, body)


@rule(RelType.PART_OF, needs=(Label.EVENT,))
def event_within_an_event(c: Clause) -> Iterator[Fact]:
    """ "اللقاء على هامش القمة": a meeting held within a visit, forum or summit."""
    for a, b in pairwise(c.events):
        if WITHIN.search(c.article.text[a.end : b.start]):
            yield Fact(a, b)


def held_at_a_locative(c: Clause, events: list[Span]) -> Iterator[Fact]:
    """The city (else country) after a locative nearest to each event."""
    if not events:
        return
    text = c.article.text
    located = _locatives(c)
    if not located:
        return
    for e in events:
        # The nearest city, else the nearest country (the first named on ties), of those
        # not cut off from the event: "وقال X أثناء المراسم إن \"… إلى آسيا الوسطى\"": a
        # place in what is said, after إن or a quote, is not where the event is. Looked at
        # nearest first, so the text between the event and a farther place is not read.
        nearest = sorted(located, key=lambda p: (p.label != PLACE, abs(p.start - e.start)))
        place = next(
            (
                p
                for p in nearest
                if not _broken(text, e, p)
                and not _held_for(c, c.events, e, p)
                and not _of_another_noun(text, e, p)
            ),
            None,
        )
        if place is not None:
            yield Fact(e, place)


@per_clause
def _locatives(c: Clause) -> list[Span]:
    """The places and countries of the sentence named after a locative — not the seat of a
    body ("سفارة الصين بالقاهرة", "وكالة تطوير الأعمال في أذربيجان")."""
    text = c.article.text
    located = [
        p
        for p in venues(c)
        if p.kind != ADJECTIVE
        and (("ب" in p.proclitics and p.label == PLACE) or after_a_locative(text, p.start))
    ]
    if not located:
        return located  # no seat to take out
    named = c.events  # "الاجتماع الخامس للجنة X في طشقند": the event's place
    bodies = [
        o
        for o in c.organizations
        if not any(e.start <= o.start < e.end for e in named) and not _a_venue(text, o)
    ]
    seats = {
        p.start
        for p in located
        for o in bodies
        if o.start <= p.start < o.end or SEAT_GAP.fullmatch(text, o.end, p.start)
    }
    # "زيارة عمل إلى الجزائر": the place an event is named after is that event's, not
    # the place of the other events of the sentence.
    seats |= {o.start for e in named if isinstance(o := e.attrs.get("owner"), Span)}
    # "وستسلم مصر الرئاسة إلى أنغولا": who receives the chair, not a place.
    seats |= {x.start for _, x in _handovers(c)}
    # "وتناول اللقاء التطورات في قطاع غزة": what was discussed, not where.
    seats |= talked_about(c)
    return [p for p in located if p.start not in seats]


@per_clause
def talked_about(c: Clause) -> frozenset[int]:
    """Where the countries and places start that a sentence names as a matter of talks:
    those listed right after a word for a situation ("تطورات الأوضاع في السودان وليبيا",
    "الحرب في أوكرانيا", "التطورات في قطاع غزة") — what the sides discussed, not sides
    that cooperate, nor where they met."""
    if not c.has(Cue.SITUATION):
        return frozenset()
    text = c.article.text
    countries = sorted([*c.countries, *c.places], key=attrgetter("start"))
    out: set[int] = set()
    for _, end in c.article.cues.each(Cue.SITUATION, c.lo, c.hi):
        first = next((x for x in countries if x.start >= end), None)
        if first is not None and MATTER_GAP.fullmatch(text, end, first.start):
            out.update(x.start for x in listed(text, first.start, countries))
    return frozenset(out)


def _a_venue(text: str, body: Span) -> bool:
    """A body named as where something happens ("في قصر الإليزيه بباريس", "بمقر الوزارة في
    الجزائر"): the city after it is the event's place, not the body's seat."""
    if "ب" in body.proclitics or after_a_locative(text, body.start):
        return True
    return AT_SEAT.search(text[max(0, body.start - LOCATIVE_REACH) : body.start]) is not None


def listed(text: str, pos: int, spans: list[Span]) -> list[Span]:
    """The spans listed from `pos` on, joined by و or commas ("بين تركيا وأذربيجان وقرغيزستان");
    `spans` in text order, as a sentence's are."""
    out: list[Span] = []
    for s in spans:
        if out and (s.start, s.end) == (out[-1].start, out[-1].end):
            out.append(s)  # "وزارتي خارجية البلدين": one phrase naming two bodies
            continue
        if s.start < pos:
            # before the list, or inside the item before ("وزارة الخارجية بجمهورية كازاخستان")
            continue
        if LIST_GAP.fullmatch(text[pos : s.start]) is None:
            break
        out.append(s)
        pos = s.end
    return out


def _chaired(c: Clause, e: Span) -> bool:
    """Whether the event is named in a chair's title: "رئيس الدورة الحالية للمجلس" is an
    office, not a session the text reports."""
    for kind in (Cue.CHAIR, Cue.CHAIRMAN):
        cue = c.article.cues.last(kind, max(c.lo, e.start - 12), e.start)
        if cue is not None and not c.article.text[cue[1] : e.start].strip():
            return True
    return False


def _the_body(c: Clause, bodies: list[Span], e: Span) -> Span | None:
    """The body a summit named without one is of: the article's, unless the sentence names
    another; else the one body named before the summit."""
    main = c.article.main_body
    if main is not None and all(c.article.key(o) == c.article.key(main) for o in bodies):
        return main
    before = [o for o in bodies if o.start < e.start]
    return before[0] if len(bodies) == 1 and before else None


def _held_for(c: Clause, events: list[Span], e: Span, p: Span) -> bool:
    """Whether the place after an event is said to hold another event named between them
    ("المؤتمر الصحفي للإعلان عن الدورة 117 من المعرض، الذي من المقرر إقامته في مجمع X":
    X holds the fair, not the press conference)."""
    return c.has(Cue.HELD) and any(
        e.end <= o.start
        and o.end <= p.start
        and c.article.cues.first(Cue.HELD, o.end, p.start) is not None
        for o in events
    )


def _broken(text: str, a: Span, b: Span) -> bool:
    """Whether a quote or a reported clause ("إن", "أن", "قال") stands between two spans."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    later = b if a.start < b.start else a
    if text.startswith('"', later.start - 1) and text.startswith('"', later.end):
        hi -= 1  # 'في ناحية "X"': the quotes of a name, not of what is said
    return LOCATIVE_BREAK.search(text, lo, max(lo, hi)) is not None


# A relative pronoun (folded): what follows it tells of the noun right before it.
RELATIVE = re.compile(r"(?<![^\s])(?:التي|الذي|اللذين|اللتين|الذين) ")


def _of_another_noun(text: str, e: Span, p: Span) -> bool:
    """Whether the place after an event is in a relative clause of another noun: "القمة
    الرابعة ضمن آلية التعاون الثلاثي التي انطلقت في القاهرة" (the mechanism started in
    Cairo, the summit was not held there) — not "القمة التي عقدت في القاهرة", "الدورة
    117 من معرض كانتون، الذي من المقرر إقامته في X"."""
    if p.start < e.end:
        return False
    relative = RELATIVE.search(text, e.end, p.start)
    return relative is not None and bool(text[e.end : relative.start()].strip(" ،,"))


def _owned_by_place(e: Span) -> bool:
    owner = e.attrs.get("owner")
    return isinstance(owner, Span) and owner.label in PLACES


# From a word for those who represent states to the first state it lists ("قادة مصر",
# "وفود من 15 دولة بينها كينيا"), at most.
GROUP_REACH = 40
# What ends the clause of a verb of taking part: a stop, a clause opener, "أن".
PART_CLAUSE_END = re.compile(r"[.;:؛]|\b(?:كما|فيما|بينما|الذي|التي|ان|انه|و?قال|و?اكد)\b")
PUNCTUATION = re.compile(r"[.,،;؛:\"]")
# "يمثلون 40 دولة، بينها الصين": those named after a comma among the states counted.
AMONG_THEM = re.compile(r"[^.;:؛،,]*[،,] ?(?:من )?(?:بينها|منها|في مقدمتها|ابرزها|بينهم|منهم) $")


@rule(RelType.PARTICIPATED_IN, cues=(Cue.TAKE_PART,), needs=(Label.COUNTRY,))
def countries_taking_part(c: Clause) -> Iterator[Fact]:
    """ "وتشارك مصر والسودان وإثيوبيا في جولة المفاوضات", "وشارك في القمة قادة مصر والأردن",
    "بمشاركة وفود من 15 دولة بينها كينيا ونيجيريا": the countries listed right after a word
    of taking part, or after a word for those who represent states (delegations, leaders,
    ministers) in its clause, took part in the event the sentence names nearest that word
    (else the article's event) — not a nisba, nor the state of a named person's title."""
    events = c.events
    main = c.article.main_event
    if not events and main is None:
        return
    text, cues = c.article.text, c.article.cues
    starts = c.article.owner_starts
    countries = [
        x
        for x in c.countries
        if x.kind != ADJECTIVE
        and x.start not in starts
        and not after_a_locative(text, x.start, reach=6)
    ]
    if not countries:
        return
    for start, _ in cues.each(Cue.TAKE_PART, c.lo, c.hi):
        end = text.find(" ", start, c.hi)
        if end == -1:
            continue
        stop = PART_CLAUSE_END.search(text, end, c.hi)
        hi = stop.start() if stop else c.hi
        parties = listed(text, end + 1, [x for x in countries if x.start < hi])
        for _, group_end in cues.each(Cue.GROUP, end, hi):
            first = next((x for x in countries if group_end <= x.start < hi), None)
            near = first is not None and first.start - group_end <= GROUP_REACH
            gap = text[group_end : first.start] if first is not None else ""
            if (
                first is not None
                and near
                and (not PUNCTUATION.search(gap) or AMONG_THEM.match(gap))
            ):
                parties += listed(text, first.start, [x for x in countries if x.start < hi])
        if not parties:
            continue
        event = min(events, key=lambda e: abs(e.start - start)) if events else main
        assert event is not None
        for x in parties:
            yield Fact(x, event)


# Between a title and the body it serves: "مدير عام الاتحاد", "الأمين العام للاتحاد".
OFFICIAL_OF = re.compile(r" (?:(?:ال)?(?:عام|عامه|التنفيذي|التنفيذيه) )?")


@rule(RelType.PARTICIPATED_IN, cues=(Cue.TAKE_PART, Cue.OFFICIAL), needs=(Label.ORGANIZATION,))
def bodies_of_officials_taking_part(c: Clause) -> Iterator[Fact]:
    """ "وشارك في الحفل مدير عام الاتحاد الدولي X، والأمين العام للاتحاد Y", "بمشاركة
    ممثلي البنك Z والشركة W": a body whose official (a title right before its name, or
    before the body it is listed after) the sentence says takes part, after the word of
    taking part, took part in the event the sentence names nearest that word (else the
    article's event) — not a body named in what is said (after أن), nor the body of who
    chairs it ("ترأسها محافظ الهيئة X")."""
    events = c.events
    main = c.article.main_event
    if not events and main is None:
        return
    text, cues = c.article.text, c.article.cues
    officials = [end for _, end in cues.each(Cue.OFFICIAL, c.lo, c.hi)]
    for start, end in cues.each(Cue.TAKE_PART, c.lo, c.hi):
        if c.has(Cue.CHAIR) and cues.first(Cue.CHAIR, start, end) is not None:
            continue  # "ترأسها محافظ الهيئة X": who chairs, for the body he heads
        said = EVENT_CLAUSE_END.search(text, end, c.hi)
        hi = said.start() if said else c.hi
        clause = [o for o in c.organizations if end <= o.start < hi]
        titled = [
            o
            for o in clause
            if any(e <= o.start and OFFICIAL_OF.fullmatch(text, e, o.start) for e in officials)
        ]
        if not titled:
            continue
        # "ممثلو البنك X وشركة Y": the bodies listed after a titled one are represented too
        bodies = {o.start: o for t in titled for o in [t, *listed(text, t.end, clause)]}

        event = min(events, key=lambda e: abs(e.start - start)) if events else main
        assert event is not None
        for o in bodies.values():
            yield Fact(o, event)


# Between an event and who held it: "المؤتمر الصحفي الذي عقده X", "الندوة التي نظمتها X".
HELD_BY = re.compile(
    r"\s*[،,]?\s*(?:الذي|التي)\s+(?:عقد|عقدت|نظم|نظمت|اقام|اقامت|يعقد|تعقد|ينظم|تنظم|يقيم|"
    r"تقيم)(?:ه|ها)\s+"
)
# Between who held an event (or the verb, past a name no entity holds) and who helped:
# "عقده المركز X، بالتعاون مع سفارة Y".
TOGETHER_WITH = re.compile(r"[^.,،;؛:]{0,60}?[،,]?\s*و?بالتعاون مع\s+")


@rule(RelType.PARTICIPATED_IN, needs=(Label.EVENT, (Label.ORGANIZATION, Label.COUNTRY)))
def who_held_the_event(c: Clause) -> Iterator[Fact]:
    """ "المؤتمر الصحفي الذي عقده المركز X، بالتعاون مع سفارة Y", "الندوة التي نظمتها
    الوزارة": the body or state that held an event (the subject right after "الذي عقده"),
    and those it held it together with, took part in it."""
    if "الذي" not in c.text and "التي" not in c.text:
        return  # `HELD_BY` says one of them
    text = c.article.text
    parties = c.of(COUNTRY, ORGANIZATION)
    for e in c.events:
        held = HELD_BY.match(text, e.end, c.hi)
        if held is None:
            continue
        first = next((x for x in parties if x.start == held.end()), None)
        if first is not None and first.kind != ADJECTIVE:
            yield Fact(first, e)
        # past the holder's name, whether or not it is an entity of the graph
        together = TOGETHER_WITH.match(text, first.end if first else held.end(), c.hi)
        if together is not None:
            for x in listed(text, together.end(), parties):
                yield Fact(x, e)


# Between a place and the verb of hosting it is the subject of: "وكانت أوتاوا قد استضافت".
HOST_BEFORE = re.compile(r"\s+(?:(?:قد|التي|الذي|بدورها)\s+)?")


@rule(RelType.HELD_IN, cues=(Cue.HOST,), needs=(Label.EVENT, PLACES))
def place_that_hosted(c: Clause) -> Iterator[Fact]:
    """ "وكانت العاصمة الكندية أوتاوا قد استضافت الاجتماع السابق", "الرياض التي احتضنت
    القمة": the place right before a hosting verb held the first event after it."""
    text = c.article.text
    events = c.events
    for start, end in c.article.cues.each(Cue.HOST, c.lo, c.hi):
        place = next((p for p in reversed(venues(c)) if p.end <= start), None)
        if (
            place is None
            or place.kind == ADJECTIVE
            or not HOST_BEFORE.fullmatch(text, place.end, start)
        ):
            continue
        event = next((e for e in events if e.start >= end), None)
        if event is not None and not LOCATIVE_BREAK.search(text, end, event.start):
            yield Fact(event, place)


# From a verb of going to the place gone to ("وصل الرئيس X إلى Y"), at most.
DESTINATION_REACH = 60


@rule(RelType.HELD_IN, cues=(Cue.ARRIVE,), needs=(Label.EVENT, PLACES))
def where_one_went_for_it(c: Clause) -> Iterator[Fact]:
    """ "ووصل الرئيس إلى باريس للمشاركة في القمة", "زار الوزير هانوي، حيث شارك في
    الاجتماع", "يزور رئيس الوزراء المكسيك في زيارة رسمية": the place someone went to
    held the event he went there for (named after للمشاركة / لحضور / حيث) and the visit
    the clause names."""
    text, cues = c.article.text, c.article.cues
    for _, end in cues.each(Cue.ARRIVE, c.lo, c.hi):
        place = _destination(c, end)
        if place is None:
            continue
        stop = MEETING_CLAUSE_END.search(text, place.end, c.hi)
        hi = stop.start() if stop else c.hi
        for e in c.events:
            if e.kind == "visit" and place.end <= e.start < hi and not _owned_by_place(e):
                yield Fact(e, place)
        purpose = cues.first(Cue.PURPOSE, place.end, c.hi)
        if purpose is not None:
            after = next((e for e in c.events if e.start >= purpose[1]), None)
            if after is not None and not LOCATIVE_BREAK.search(text, purpose[1], after.start):
                yield Fact(after, place)


# "إلى طوكيو", "إلى العاصمة اليابانية طوكيو", "للعاصمة طوكيو", "لمدينة X": to a place.
TO_PLACE = re.compile(
    r"(?:^|\s)(?:(?:الي|نحو) (?:(?:مدينه|العاصمه) )?|(?:للعاصمه|لعاصمه|لمدينه) )(?:ال\w+ )?$"
)
# A comma between a visitor's name and where he went: "زيارة الملك X، للعاصمة طوكيو".
APPOSED_TO = re.compile(r"[،,] ?(?:(?:الي|نحو) |للعاصمه |لعاصمه |لمدينه )?(?:ال\w+ )?")


def _destination(c: Clause, verb_end: int) -> Span | None:
    """The place a verb of going names: after إلى, or its object right after the verb or
    its subject ("زار الرئيس الفيتنامي هانوي") — not a state a title names ("زار زعيم
    أوزبكستان دوشانبي": Dushanbe)."""
    text = c.article.text
    ends = sorted({verb_end, *(s.end for s in c.spans if s.end > verb_end)})
    for p in venues(c):
        if p.start < verb_end or p.kind == ADJECTIVE:
            continue
        if p.start - verb_end > DESTINATION_REACH or CLAUSE_STOP.search(text, verb_end, p.start):
            return None
        last = max(e for e in ends if e <= p.start)
        if not text[last : p.start].strip() or TO_PLACE.search(text, last, p.start):
            return p
    return None


# After a verb of handing over: the chair ("الرئاسة الدورية للاتحاد", "رئاسة المجموعة").
CHAIR_NEXT = re.compile(r"(?:ال)?رياسه(?: [^ ]+){0,3}? ")
# Between the chair and the other state: "إلى تركيا", "من الهند".
HANDED_TO = re.compile(r"(?:الي|من|ل) ?$")
HANDOVER_REACH = 50
ASIDE = re.compile(r"[-(][^-()]{1,40}[-)] ?")  # dashes are folded to "-"


@per_clause
def _handovers(c: Clause) -> list[tuple[int, Span]]:
    """(where the verb is, a state) for each state that hands over or receives a chair:
    listed right after the verb ("وستسلم إيران الرئاسة"), or after إلى / من / لـ
    following the chair ("الرئاسة الدورية إلى تركيا")."""
    if not c.has(Cue.HANDOVER):
        return []
    text = c.article.text
    countries = [x for x in c.countries if x.kind != ADJECTIVE]
    out: list[tuple[int, Span]] = []
    for start, end in c.article.cues.each(Cue.HANDOVER, c.lo, c.hi):
        subjects = listed(text, end, countries)
        after = subjects[-1].end + 1 if subjects else end
        aside = ASIDE.match(text, after)  # "وستسلم إيران -الرئيس الحالي للمنظمة- الرئاسة"
        chair = CHAIR_NEXT.match(text, aside.end() if aside else after)
        if chair is None:
            continue
        out += [(start, x) for x in subjects]
        other = next((x for x in countries if x.start >= chair.end()), None)
        if (
            other is not None
            and other.start - chair.end() <= HANDOVER_REACH
            and not CLAUSE_STOP.search(text, chair.end(), other.start)
            and (HANDED_TO.search(text, other.start - 5, other.start) or other.proclitics == "ل")
        ):
            out.append((start, other))
    return out


@rule(RelType.PARTICIPATED_IN, cues=(Cue.HANDOVER,), needs=(Label.COUNTRY,))
def chair_handed_over_at_an_event(c: Clause) -> Iterator[Fact]:
    """ "وستسلم إيران الرئاسة الدورية إلى تركيا في القمة", "وتسلمت البرازيل رئاسة
    المجموعة من الهند": the state that hands over the chair and the one that receives it
    took part in the event of the sentence (else the article's event)."""
    events = c.events
    main = c.article.main_event
    for start, x in _handovers(c):
        event = min(events, key=lambda e: abs(e.start - start)) if events else main
        if event is not None:
            yield Fact(x, event)


VISIT_REACH = 60  # from a visit to the place it is to ("زيارة الرئيس X الرسمية لليابان")
VISIT_GAP_WORDS = 4  # words that are no name between them, at most ("الرئيس", "الرسمية")


@rule(RelType.HELD_IN, needs=(Label.EVENT, PLACES))
def visit_to_a_place(c: Clause) -> Iterator[Fact]:
    """ "زيارة الرئيس الكيني X الرسمية لليابان", "في ختام زيارة العاهل المغربي لنيجيريا":
    a visit took place in the place or state after لـ / إلى that first follows it in its
    clause, past the visitor's title and name — not the state of a title."""
    text = c.article.text
    for e in c.events:
        if e.kind != "visit" or _owned_by_place(e):
            continue
        head = text.find(" ", e.start, e.end)  # the name may run over the visitor
        lo = e.end if head == -1 else head
        p = next((p for p in venues(c) if p.start >= lo and p.kind != ADJECTIVE), None)
        if p is None or p.start - lo > VISIT_REACH:
            continue
        stop = CLAUSE_STOP.search(text, lo, p.start)
        if stop is not None and not APPOSED_TO.fullmatch(text, stop.start(), p.start):
            continue
        to = "ل" in p.proclitics or TO_PLACE.search(text, max(lo, p.start - 24), p.start)
        between = [s for s in c.spans if lo <= s.start and s.end <= p.start]
        free = len(text[lo : p.start].split())
        free -= sum(len(text[s.start : s.end].split()) for s in between)
        people = all(s.label in (PERSON, COUNTRY) for s in between)
        if to and people and free <= VISIT_GAP_WORDS:
            yield Fact(e, p)
