"""Who holds which office, co-chairs which commission, and which countries belong to a body."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from kg.extraction.known import ADJECTIVE, listed_names
from kg.extraction.people import LISTED
from kg.extraction.relations.context import BODIES, Article, Clause
from kg.extraction.relations.events import listed
from kg.extraction.relations.registry import Cue, Fact, rule
from kg.extraction.spans import Span
from kg.extraction.titles import Title
from kg.schema import Label, RelType

CO_CHAIR = "Co-chair"
IMPLIED = frozenset({"head", "minister", "official"})  # title kinds whose country goes unsaid
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
    titled = c.article.titled.get(c.index, ())
    # A title that names its owner says the office best: its role is the edge's when an
    # unowned one ("الأمير" before a prince's name) serves the same state.
    for person, t in sorted(titled, key=lambda pt: pt[1].of is None):
        owner = t.of or own_country(titled, person)
        if owner is None:
            known, home = home_state(c.article, person, t)
            owner = home if known else implied_country(c.article, c, t)
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
    bodies = [o for o in c.of(Label.ORGANIZATION) if o.kind in BODIES]
    main = c.article.main_body
    if not bodies and main is not None and THE_BODY.search(c.text):
        bodies = [main]
    text = c.article.text
    for o in bodies:
        for country in c.of(Label.COUNTRY):
            if own_body(c, country, o):
                continue
            observer = OBSERVER.match(text, country.end) is not None
            yield Fact(country, o, "observer" if observer else None)


def own_body(c: Clause, country: Span, body: Span) -> bool:
    """Whether `body` is one of `country`'s own ("مجلس النواب الأردني" for Jordan): its name
    holds that country and no other."""
    key = c.article.key
    inside = {key(x) for x in c.of(Label.COUNTRY) if body.start <= x.start < body.end}
    return inside == {key(country)}


@rule(RelType.MEMBER_OF, cues=(Cue.COMPRISE,), needs=(Label.ORGANIZATION, Label.COUNTRY))
def members_a_body_comprises(c: Clause) -> Iterator[Fact]:
    """ "رابطة X التي تضم إندونيسيا وماليزيا", "ويضم الاتحاد 55 دولة، من بينها مصر والمغرب":
    the countries listed after a body's verb for what it is made of are its members."""
    text = c.article.text
    bodies = [o for o in c.of(Label.ORGANIZATION) if o.kind in BODIES]
    countries = [x for x in c.of(Label.COUNTRY) if x.kind != ADJECTIVE]
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


@rule(RelType.MEMBER_OF, needs=(Label.ORGANIZATION, Label.COUNTRY))
def members_named_in_a_body(c: Clause) -> Iterator[Fact]:
    """ "اللجنة الحكومية الدولية الأذربيجانية - الكازاخستانية": a joint body's name lists
    its member countries (a company's or a ministry's nisba is its nationality, and a
    council whose name holds one country is that country's own: "مجلس النواب الأردني")."""
    for o in c.of(Label.ORGANIZATION):
        if o.kind not in JOINT:
            continue
        for country in c.of(Label.COUNTRY):
            if o.start <= country.start < o.end and not own_body(c, country, o):
                yield Fact(country, o)


@rule(RelType.MEMBER_OF, cues=(Cue.JOINT,), needs=(Label.ORGANIZATION,))
def both_sides_of_a_joint_body(c: Clause) -> Iterator[Fact]:
    """ "مجموعة العمل المشتركة" in an article about two countries: a joint commission,
    council or working group whose name lists no country has the two as its members (not
    in an article about many countries, where "المجلس الوزاري المشترك" joins groups)."""
    a = c.article
    if not bilateral(a):
        return
    for o in c.of(Label.ORGANIZATION):
        joint = o.kind in JOINT and a.cues.first(Cue.JOINT, o.start, o.end) is not None
        if joint and not any(o.start <= s.start < o.end for s in c.of(Label.COUNTRY)):
            for country in a.both:
                yield Fact(country, o)


@rule(RelType.MEMBER_OF, cues=(Cue.CHAIR,), needs=(Label.COUNTRY, Label.ORGANIZATION))
def chair_of_a_body(c: Clause) -> Iterator[Fact]:
    """ "رئاسة روسيا للاتحاد الاقتصادي الأوراسي": a country that chairs a body is one of
    its members."""
    text = c.article.text
    for _, end in c.article.cues.each(Cue.CHAIR, c.lo, c.hi):
        country = next((s for s in c.of(Label.COUNTRY) if s.start >= end), None)
        if country is None or text[end : country.start].strip():
            continue
        body = next((o for o in c.of(Label.ORGANIZATION) if o.start >= country.end), None)
        if body is not None and body.kind in BODIES and not text[country.end : body.start].strip():
            yield Fact(country, body)


def bilateral(a: Article) -> bool:
    """Whether the article is about two countries: each of them is named more often than
    any third one."""
    counts = Counter(a.key(s) for s in a.countries).most_common(3)
    return len(counts) >= 2 and (len(counts) == 2 or counts[1][1] > counts[2][1])


def implied_country(a: Article, c: Clause, t: Title) -> Span | None:
    """Whose office an unattached title is: the last country named before it in its
    sentence, else one of the article's two main countries — unless a counterpart already
    holds it, or a place follows the title ("ولي عهد أبوظبي", "محافظ الإسكندرية": an
    office of that place, not of a state)."""
    if t.kind not in IMPLIED:
        return None  # an ambassador serves one country and sits in another
    if any(s.start == t.end + 1 for s in c.of(Label.PLACE)):
        return None
    lo, _ = a.doc.sentence_fspan(a.doc.sentence_of(t.start))
    before = [s for s in a.countries if lo <= s.start < t.start]
    if before:
        return before[-1]
    free = [c for c in a.both if c.ref not in a.taken]
    return free[0] if free and t.role != CO_CHAIR else None
