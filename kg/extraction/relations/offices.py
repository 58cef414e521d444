"""Who holds which office, co-chairs which commission, and which countries belong to a body."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extraction.known import ADJECTIVE, listed_names
from kg.extraction.people import LISTED
from kg.extraction.relations.context import BODIES, Article, Clause, about_two
from kg.extraction.relations.events import listed
from kg.extraction.relations.registry import Cue, Fact, rule
from kg.extraction.spans import Span
from kg.extraction.titles import ENVOY, Title
from kg.schema import Label, RelType

CO_CHAIR = "Co-chair"
IMPLIED = frozenset({"head", "minister", "official"})
POSTED = re.compile(r"[ ،,]*(?:(في|لدي) )?")  # folded لدى  # title kinds whose country goes unsaid
# Bodies whose names list their member states.
JOINT = frozenset({"Commission", "Council", "Working Group"})
THE_BODY = re.compile(r"المنظمه|الرابطه|الاتحاد|المجلس")
OBSERVER = re.compile(r"[^.،]{0,60}بصفه (?:مراقب|عضو مراقب)")
COMPRISE_REACH = 60  # folded characters from a body to its verb, and to its first member
MEMBER_BREAK = re.compile(r"[.;:؛]|\b(?:و?قال|و?اكد|و?اضاف)\b")  # where a list of members ends


@rule(RelType.HOLDS_POSITION, needs=(Label.PERSON,))
def holder_of_a_title(c: Clause) -> Iterator[Fact]:
    """ "وزير الخارجية المصري سامح شكري": a person holds the office of the title the text
    gives him, in the country or body it names (or, for a minister, the one implied)."""
    titled = c.article.titled.get(c.index)
    if titled is None:
        return  # the sentence names no titled person
    # A title that names its owner says the office best: its role is the edge's when an
    # unowned one ("الأمير" before a prince's name) serves the same state.
    for person, t in sorted(titled, key=lambda pt: pt[1].of is None):
        owner = t.of or own_country(titled, person)
        if owner is None:
            known, home = home_state(c.article, person, t)
            owner = home if known else implied_country(c.article, c, t)
        if owner is None:
            owner = other_side(c.article, t, person)
        if owner is not None and t.role and t.role != CO_CHAIR:
            yield Fact(person, owner, t.role)


def own_country(titled: Sequence[tuple[Span, Title]], person: Span) -> Span | None:
    """ "ولي العهد نائب رئيس مجلس الوزراء الكويتي X": a title that names no owner serves
    the country another title of the same person names (a person serves one state)."""
    return next(
        (
            t.of
            for p, t in titled
            if p is person and t.of is not None and t.of.label == Label.COUNTRY
        ),
        None,
    )


def home_state(a: Article, person: Span, t: Title) -> tuple[bool, Span | None]:
    """The state a title that names no owner serves, when something other than the article
    says it: the title's own words ("سفير خادم الحرمين الشريفين": Saudi Arabia's), or the
    people gazetteer, which knows the listed person in that office ("الرئيس فلاديمير بوتين"
    in an article about Iran: Russia's, never the article's main country). The article's
    mention of that state, or None when it does not name it; (False, None) when nothing
    but the article could say."""
    if t.state is not None:
        state = t.state
    elif person.kind == LISTED and person.country and listed_names().held(person.ref, t.role):
        state = person.country
    else:
        return False, None
    return True, next((s for s in a.countries if s.country == state), None)


@rule(RelType.CO_CHAIRS, needs=(Label.PERSON,))
def co_chair_by_title(c: Clause) -> Iterator[Fact]:
    """ "الرئيس المشارك للجنة X": a co-chair's title names the commission he co-chairs."""
    for person, t in c.article.titled.get(c.index, ()):
        if t.role == CO_CHAIR and t.of is not None:
            yield Fact(person, t.of)


@rule(RelType.MEMBER_OF, cues=(Cue.MEMBERSHIP,), needs=(Label.COUNTRY,))
def members_of_a_body(c: Clause) -> Iterator[Fact]:
    """ "الدول الأعضاء في منظمة X: A وB": countries said to be members of a body (or of
    the body the article is about, "أعضاء المنظمة"); "بصفة مراقب" makes one an observer.
    A sentence that speaks only of joining ("دعم انضمامهما إلى المنظمة") names no member."""
    cues = c.article.cues
    joining = cues.each(Cue.ACCESSION, c.lo, c.hi)
    said = cues.each(Cue.MEMBERSHIP, c.lo, c.hi)
    if joining and all(any(a <= s < b for a, b in joining) for s, _ in said):
        return
    bodies = [o for o in c.organizations if o.kind in BODIES]
    main = c.article.main_body
    if not bodies and main is not None and THE_BODY.search(c.text):
        bodies = [main]
    text = c.article.text
    for o in bodies:
        for country in c.countries:
            if own_body(c, country, o):
                continue
            observer = OBSERVER.match(text, country.end) is not None
            yield Fact(country, o, "observer" if observer else None)


def own_body(c: Clause, country: Span, body: Span) -> bool:
    """Whether `body` is one of `country`'s own ("مجلس النواب الأردني" for Jordan): its name
    holds that country and no other."""
    key = c.article.key
    inside = {key(x) for x in c.countries if body.start <= x.start < body.end}
    return inside == {key(country)}


@rule(RelType.MEMBER_OF, cues=(Cue.COMPRISE,), needs=(Label.ORGANIZATION, Label.COUNTRY))
def members_a_body_comprises(c: Clause) -> Iterator[Fact]:
    """ "رابطة X التي تضم إندونيسيا وماليزيا", "ويضم الاتحاد 55 دولة، من بينها مصر والمغرب":
    the countries listed after a body's verb for what it is made of are its members."""
    text = c.article.text
    bodies = [o for o in c.organizations if o.kind in BODIES]
    countries = [x for x in c.countries if x.kind != ADJECTIVE]
    for start, end in c.article.cues.each(Cue.COMPRISE, c.lo, c.hi):
        body = _body_of_the_verb(text, bodies, start, end)
        if body is None:
            continue
        pos = max(end, body.end)
        first = next((x for x in countries if x.start >= pos), None)
        if first is None or first.start - pos > COMPRISE_REACH:
            continue
        if MEMBER_BREAK.search(text, pos, first.start) is None:
            for x in listed(text, first.start, countries):
                yield Fact(x, body)


def _body_of_the_verb(text: str, bodies: list[Span], start: int, end: int) -> Span | None:
    """The body a verb of comprising ("تضم", "يضم") is said of: the one named right after
    it ("ويضم الاتحاد"), else the last one named shortly before it ("المنظمة التي تضم")."""
    after = next((o for o in bodies if o.start >= end), None)
    if after is not None and not text[end : after.start].strip():
        return after
    last = max((o for o in bodies if o.end <= start), key=lambda o: o.end, default=None)
    if last is None or start - last.end > COMPRISE_REACH:
        return None
    return last if MEMBER_BREAK.search(text, last.end, start) is None else None


BETWEEN_WORD = re.compile(r"(?:^|\s)بين ")


@rule(RelType.MEMBER_OF, cues=(Cue.FOUND,), needs=(Label.ORGANIZATION, Label.COUNTRY))
def founders_of_a_body(c: Clause) -> Iterator[Fact]:
    """ "وتأسست رابطة X عام 1967 بعد توقيع إعلان بين إندونيسيا وماليزيا والفلبين", "أسست
    مصر والعراق جامعة الدول العربية": the countries a body was founded by (listed right
    after the verb, or after بين in its clause) are its members."""
    text = c.article.text
    bodies = [o for o in c.organizations if o.kind in BODIES]
    countries = [x for x in c.countries if x.kind != ADJECTIVE]
    for start, end in c.article.cues.each(Cue.FOUND, c.lo, c.hi):
        founders = listed(text, end, countries)
        body = _body_of_the_verb(text, bodies, start, end)
        if founders:
            after = next((o for o in bodies if o.start >= founders[-1].end), None)
            if after is not None and not text[founders[-1].end : after.start].strip():
                body = after
        elif body is not None:
            stop = MEMBER_BREAK.search(text, end, c.hi)
            between = BETWEEN_WORD.search(text, max(end, body.end), stop.start() if stop else c.hi)
            founders = listed(text, between.end(), countries) if between else []
        if body is None or len(founders) < 2:
            continue
        for x in founders:
            if not own_body(c, x, body):
                yield Fact(x, body)


# "دول مجلس التعاون الست، السعودية والإمارات …": between a body's states and their list.
STATES_OF = re.compile(r"(?:^|\s)[وبل]?دول $")
STATES_LIST = re.compile(r"(?: [^\s.,،؛:]+)? ?(?:[،,:] ?|(?:وهي|هي) )(?! ?و)")


@rule(RelType.MEMBER_OF, needs=(Label.ORGANIZATION, Label.COUNTRY))
def states_of_a_body_listed(c: Clause) -> Iterator[Fact]:
    """ "وشاركت دول مجلس التعاون الخليجي الست، السعودية والإمارات والكويت": the countries
    listed after "دول" + a body, set off by a comma, a colon or "وهي", are its members (not
    "دول الاتحاد الأوروبي والصين", where the country joins the list of parties)."""
    text = c.article.text
    countries = [x for x in c.countries if x.kind != ADJECTIVE]
    for o in c.organizations:
        if o.kind not in BODIES or not STATES_OF.search(text, max(c.lo, o.start - 5), o.start):
            continue
        gap = STATES_LIST.match(text, o.end)
        members = listed(text, gap.end(), countries) if gap else []
        if len(members) >= 2:
            for x in members:
                yield Fact(x, o)


# Between a word for leaders and the body they lead: "لقادة مجلس التعاون", "لرؤساء الدول
# الأعضاء في منظمة X", "قادة دول المنظمة".
LEADERS_OF = re.compile(r" (?:(?:ال)?دول (?:الاعضاء (?:في |ب)?)?)?")


@rule(
    RelType.MEMBER_OF,
    cues=(Cue.LEADERS,),
    needs=(Label.EVENT, Label.ORGANIZATION, (Label.PERSON, Label.COUNTRY)),
)
def members_at_their_leaders_meeting(c: Clause) -> Iterator[Fact]:
    """ "انعقدت القمة لقادة الاتحاد الأفريقي برئاسة الرئيس السنغالي X وحضور الرئيس الغاني
    Y": a meeting named as one of a body's leaders is attended by its members — the
    countries whose leaders (people holding an office of theirs) took part in it; a country
    only named in the sentence ("أعلنت البرازيل دعمها للاجتماع") is none."""
    a = c.article
    bodies = [o for o in c.organizations if o.kind in BODIES]
    for e in c.events:
        body = _body_of_its_leaders(c, e, bodies)
        if body is None:
            continue
        for country in _taking_part(a, a.key(e)):
            if not own_body(c, country, body):
                yield Fact(country, body)


def _body_of_its_leaders(c: Clause, event: Span, bodies: list[Span]) -> Span | None:
    """The body whose leaders an event's name says meet ("اللقاء التشاوري لقادة مجلس
    التعاون"): named right after a word for leaders inside or just after the event's name."""
    text = c.article.text
    for _, end in c.article.cues.each(Cue.LEADERS, event.start, event.end + 1):
        for o in bodies:
            if o.start >= end and LEADERS_OF.fullmatch(text, end, o.start):
                return o
    return None


def _taking_part(a: Article, event: str) -> list[Span]:
    """The countries of the people the relations so far say took part in `event` (those
    they hold an office of); one span of each, in the order first named."""
    out = a.rel.out
    people = {s for (s, t, o) in out if t == RelType.PARTICIPATED_IN and o == event}
    countries = {
        o
        for (s, t, o) in out
        if t == RelType.HOLDS_POSITION and s in people and a.rel.labels[o] == Label.COUNTRY
    }
    first: dict[str, Span] = {}
    for x in a.countries:
        k = a.key(x)
        if k in countries:
            first.setdefault(k, x)
    return list(first.values())


@rule(RelType.MEMBER_OF, needs=(Label.ORGANIZATION, Label.COUNTRY))
def members_named_in_a_body(c: Clause) -> Iterator[Fact]:
    """ "اللجنة الحكومية الدولية الأذربيجانية - الكازاخستانية": a joint body's name lists
    its member countries (a company's or a ministry's nisba is its nationality, and a
    council whose name holds one country is that country's own: "مجلس النواب الأردني")."""
    for o in c.organizations:
        if o.kind not in JOINT:
            continue
        for country in c.countries:
            if o.start <= country.start < o.end and not own_body(c, country, o):
                yield Fact(country, o)


@rule(RelType.MEMBER_OF, cues=(Cue.JOINT,), needs=(Label.ORGANIZATION,))
def both_sides_of_a_joint_body(c: Clause) -> Iterator[Fact]:
    """ "مجموعة العمل المشتركة" in an article about two countries: a joint commission,
    council or working group whose name lists no country has the two as its members (not
    in an article about many countries, where "المجلس الوزاري المشترك" joins groups)."""
    a = c.article
    if not about_two(a.countries, a.rel.keys):
        return
    for o in c.organizations:
        joint = o.kind in JOINT and a.cues.first(Cue.JOINT, o.start, o.end) is not None
        if joint and not any(o.start <= s.start < o.end for s in c.countries):
            for country in a.both:
                yield Fact(country, o)


@rule(RelType.MEMBER_OF, cues=(Cue.CHAIR,), needs=(Label.COUNTRY, Label.ORGANIZATION))
def chair_of_a_body(c: Clause) -> Iterator[Fact]:
    """ "رئاسة روسيا للاتحاد الاقتصادي الأوراسي": a country that chairs a body is one of
    its members."""
    text = c.article.text
    for _, end in c.article.cues.each(Cue.CHAIR, c.lo, c.hi):
        country = next((s for s in c.countries if s.start >= end), None)
        if country is None or text[end : country.start].strip():
            continue
        body = next((o for o in c.organizations if o.start >= country.end), None)
        if body is not None and body.kind in BODIES and not text[country.end : body.start].strip():
            yield Fact(country, body)


def other_side(a: Article, t: Title, person: Span) -> Span | None:
    """ "السفير X في القاهرة" in an article about Egypt and Armenia: an envoy whose title
    names no state, posted in one of the article's two countries (a place or state after
    في, لدى or ب, right after his name or his title), serves the other."""
    if t.kind != ENVOY or len(a.both) != 2:
        return None
    post = next((p for p in (_posted_in(a, person.end), _posted_in(a, t.stop)) if p), None)
    if post is None:
        return None
    sides = [s for s in a.both if s.country and s.country != post]
    return sides[0] if len(sides) == 1 else None


def _posted_in(a: Article, pos: int) -> str | None:
    """The state (ISO2) of the place or country that `pos` is followed by after في or لدى,
    or that follows with ب on it ("بالقاهرة")."""
    text = a.text
    m = POSTED.match(text, pos)
    if m is None:
        return None
    span = next((s for s in a.spans if s.start == m.end()), None)
    if span is None or span.label not in (Label.PLACE, Label.COUNTRY) or not span.country:
        return None
    if m.group(1) is None and "ب" not in span.proclitics:
        return None
    return span.country


def implied_country(a: Article, c: Clause, t: Title) -> Span | None:
    """Whose office an unattached title is: the last country named before it in its
    sentence, else one of the article's two main countries — unless a counterpart already
    holds it, or a place follows the title ("ولي عهد أبوظبي", "محافظ الإسكندرية": an
    office of that place, not of a state)."""
    if t.kind not in IMPLIED:
        return None  # an ambassador serves one country and sits in another
    if any(s.start == t.end + 1 for s in c.places):
        return None
    lo, _ = a.doc.sentence_fspan(a.doc.sentence_of(t.start))
    before = [s for s in a.countries if lo <= s.start < t.start]
    if before:
        return before[-1]
    free = [c for c in a.both if c.ref not in a.taken]
    return free[0] if free and t.role != CO_CHAIR else None
