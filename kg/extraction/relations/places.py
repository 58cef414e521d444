"""Where places are, which places a project passes through, and who operates it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from kg.extraction.known import ADJECTIVE
from kg.extraction.labels import COUNTRY, PLACE
from kg.extraction.relations.context import Clause, per_clause
from kg.extraction.relations.events import listed, stops_or_words
from kg.extraction.relations.registry import Cue, Fact, rule
from kg.extraction.spans import Span
from kg.schema import Label, RelType

CAPITAL_OF = re.compile(r"^ ?[،,]? ?عاصمه (?:جمهوريه |دوله |مملكه )?$")
FIRST_STOP = 90  # folded characters from a route verb to its first stop, at most
NEXT_STOP = 35  # … and from one stop to the next
CLAUSE_BREAK = stops_or_words(".;:؛", "كما فيما بينما حيث الذي التي قال وقال اكد واكد اضاف واضاف")
CITY_OF = re.compile(r"(?:العاصمه|عاصمه|مدينه) ?$")
NISBA_GAP = re.compile(r"[ \"،,]*")  # "محطة "X" الأذربيجانية", "بالعاصمة اليابانية، طوكيو"
SIDE = r"(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|ي)?"
IN_COUNTRY = re.compile(rf" (?:في |ب)?(?:{SIDE} )?")  # "X في Y", "X شمالي Y", "X في جنوب Y"
# "مدينة X في إقليم Y", "مركز المؤتمرات بمدينة Y", "مقر الحكومة بالعاصمة اليابانية، Y"
IN_PLACE = re.compile(
    r" ?(?:\(\w+\) )?(?:في|ب) ?(?:اقليم|منطقه|مدينه|ولايه|محافظه|العاصمه)? ?(?:ال\w+يه?[،,]? ?)?"
)
CAPITAL = "العاصمه"
COMPANY = frozenset({"Company", "Corporation", "company"})
# After a word for a line: up to three words ("الجديد", "الحديدي"), then بين.
LINE_BETWEEN = re.compile(r"(?: [^\s.,،:؛]+){0,3}? (?:الرابطه? )?بين ")
THE_TWO = re.compile(r"(?:البلدين|الدولتين)(?!\w)")  # the article's two states


@rule(RelType.LOCATED_IN, needs=(Label.PLACE, Label.COUNTRY))
def place_then_its_country(c: Clause) -> Iterator[Fact]:
    """ "سمرقند الأوزبكية", "طشقند عاصمة أوزبكستان", "X في Y", "جزيرة X شمالي Y": a place
    followed by the country it is in; "العاصمة اليابانية، طوكيو": a capital or city after
    its nisba."""
    for place, country in located_pairs(c):
        yield Fact(place, country)


@rule(RelType.LOCATED_IN, needs=(Label.PLACE, Label.COUNTRY))
def place_within_a_located_place(c: Clause) -> Iterator[Fact]:
    """ "مدينة كاشغر في إقليم شينجيانغ الصيني": a place in a place the text puts in a
    country (named in the sentence) is in that country too."""
    if len(c.places) < 2:
        return  # a place in a place
    text = c.article.text
    country_of = {place.start: country for place, country in located_pairs(c)}
    places = c.places
    for a, b in pairwise(places):
        country = country_of.get(b.start)
        if country is not None and IN_PLACE.fullmatch(text, a.end, b.start):
            yield Fact(a, country)


@rule(RelType.LOCATED_IN, needs=(Label.PLACE,))
def capital_named_after_its_country(c: Clause) -> Iterator[Fact]:
    """ "الجزائر العاصمة", "جيبوتي العاصمة": a capital called by its country's name and
    العاصمة is in that country (the country named anywhere in the article)."""
    text = c.article.text
    if text.find(CAPITAL, c.lo, c.hi + 1 + len(CAPITAL)) == -1:
        return  # either way of naming it says العاصمة, in the sentence or right after it
    for p in c.places:
        named = text[p.start : p.end].endswith(CAPITAL) or text.startswith(" " + CAPITAL, p.end)
        if p.country and named:
            country = next((x for x in c.article.countries if x.country == p.country), None)
            if country is not None:
                yield Fact(p, country)


@per_clause
def located_pairs(c: Clause) -> list[tuple[Span, Span]]:
    """(place, country) pairs a sentence states by word order."""
    return list(_located_pairs(c))


def _located_pairs(c: Clause) -> Iterator[tuple[Span, Span]]:
    text = c.article.text
    spans = c.of(PLACE, COUNTRY)
    for a, b in pairwise(spans):
        if a.label != PLACE or b.label != COUNTRY:
            continue
        gap = text[a.end : b.start]
        nisba = b.kind == ADJECTIVE and NISBA_GAP.fullmatch(gap) is not None
        if nisba or CAPITAL_OF.match(gap) or IN_COUNTRY.fullmatch(gap):
            yield a, b
    for b, a in pairwise(spans):
        if b.label != COUNTRY or b.kind != ADJECTIVE or a.label != PLACE:
            continue  # a nisba, then a place
        capital = CITY_OF.search(text, max(0, b.start - 12), b.start)
        if capital and NISBA_GAP.fullmatch(text, b.end, a.start):
            yield a, b


@rule(RelType.PASSES_THROUGH, needs=(Label.PROJECT,))
def stops_of_a_route(c: Clause) -> Iterator[Fact]:
    """ "خط أنابيب باكو - تبليسي - جيهان": the places a project's name or route joins."""
    for pr in c.projects:
        stops = pr.attrs.get("through", [])
        assert isinstance(stops, list)
        for stop in stops:
            assert isinstance(stop, Span)
            yield Fact(pr, stop)


@rule(RelType.PASSES_THROUGH, cues=(Cue.ROUTE,), needs=((Label.PLACE, Label.COUNTRY),))
def stops_named_after_a_route_verb(c: Clause) -> Iterator[Fact]:
    """ "ويمتد الخط من أوزين إلى جرجان في إيران مرورا بتركمانستان": the chain of places and
    countries that follows a route verb closely are stops of the project the sentence
    names (or of the article's one project)."""
    projects = _route_projects(c)
    if not projects:
        return
    stops: dict[int, Span] = {}  # the chains of two route verbs may hold one stop
    for _, end in c.article.cues.each(Cue.ROUTE, c.lo, c.hi):
        for stop in _chain(c, end):
            stops.setdefault(id(stop), stop)
    for stop in stops.values():
        for pr in projects:
            yield Fact(pr, stop)


def _chain(c: Clause, pos: int) -> Iterator[Span]:
    """The places and countries that follow `pos` closely, one after the other (not a
    nisba, nor the state of a title)."""
    text = c.article.text
    starts = c.article.owner_starts
    reach = FIRST_STOP
    for stop in (p for p in c.of(PLACE, COUNTRY) if p.start >= pos):
        gap = text[pos : stop.start]
        if len(gap) > reach or CLAUSE_BREAK.search(gap):
            break
        pos, reach = stop.end, NEXT_STOP
        if stop.kind != ADJECTIVE and stop.start not in starts:
            yield stop


@rule(
    RelType.PASSES_THROUGH, cues=(Cue.LINE,), needs=((Label.PLACE, Label.COUNTRY, Label.PROJECT),)
)
def stops_between_of_a_line(c: Clause) -> Iterator[Fact]:
    """ "واكتمل مد الجزء الأخير من الخط الجديد بين جورجيا وتركيا": the places listed after
    بين that follows a word for a line are stops of the project that holds the word, else
    of the project the sentence names (or of the article's one project)."""
    if "بين " not in c.text:
        return  # `LINE_BETWEEN` says it
    projects = _route_projects(c)
    if not projects:
        return
    text = c.article.text
    starts = c.article.owner_starts
    places = [p for p in c.of(PLACE, COUNTRY) if p.kind != ADJECTIVE and p.start not in starts]
    for start, end in c.article.cues.each(Cue.LINE, c.lo, c.hi):
        between = LINE_BETWEEN.match(text, end, c.hi)
        if between is not None and not _another_line(c, start, end):
            holding = [p for p in c.projects if p.start <= start < p.end]
            stops = listed(text, between.end(), places)
            if not stops and THE_TWO.match(text, between.end()):
                stops = list(c.article.both)  # "خط أنابيب الغاز بين البلدين"
            for stop in stops:
                for pr in holding or projects:  # the line's own project, if named
                    yield Fact(pr, stop)


def _another_line(c: Clause, start: int, end: int) -> bool:
    """An indefinite word for a line that no project of the sentence holds ("فضلا عن مشروع
    خط السكة الحديدية بين أسوان ووادي حلفا" after a dam): a line of its own, which the text
    does not name as a project; it does not point back to one ("الخط" does)."""
    text = c.article.text
    indefinite = "ال" not in text[start:end] or INDEFINITE_HEAD.search(
        text, max(0, start - 9), start
    )
    return bool(indefinite) and not any(p.start <= start < p.end for p in c.projects)


# An indefinite head right before a definite word for a line: "خط السكة الحديدية" is "a line"
INDEFINITE_HEAD = re.compile(r"(?<![^\s])[وف]?(?:خط|مشروع) $")


# After a word for a line: up to two words ("الممتد", "الجديد"), then من.
LINE_FROM = re.compile(r"(?: [^\s.,،:؛]+){0,2}? من ")


@rule(RelType.PASSES_THROUGH, cues=(Cue.LINE,), needs=((Label.PLACE, Label.COUNTRY),))
def stops_from_a_line(c: Clause) -> Iterator[Fact]:
    """ "وينطلق الخط من حقل X في الجزائر ويصل إلى صقلية", "طول الخط الممتد من X إلى Y":
    the chain of places from من after a word for a line are stops of the project the
    sentence names (or of the article's one project)."""
    projects = _route_projects(c)
    if not projects:
        return
    text = c.article.text
    for _, end in c.article.cues.each(Cue.LINE, c.lo, c.hi):
        start = LINE_FROM.match(text, end, c.hi) if text.startswith(" ", end) else None
        for stop in _chain(c, start.end()) if start is not None else ():
            for pr in projects:
                yield Fact(pr, stop)


@per_clause
def _route_projects(c: Clause) -> list[Span]:
    """The projects a sentence names, else the article's one project."""
    projects = c.article.projects
    return c.projects or (projects[:1] if len(projects) == 1 else [])


@rule(RelType.OPERATED_BY, cues=(Cue.OPERATE,), needs=(Label.PROJECT, Label.ORGANIZATION))
def operator_of_a_project(c: Clause) -> Iterator[Fact]:
    """ "ويدير الخط شركة X": the company a sentence says operates or builds a project —
    not "الرئيس التنفيذي لشركة X" (the office's word holds the cue)."""
    if c.has(Cue.NOT_OPERATE):
        cues = c.article.cues
        offices = cues.each(Cue.NOT_OPERATE, c.lo, c.hi)
        hits = cues.each(Cue.OPERATE, c.lo, c.hi)
        if all(any(x <= a and b <= y for x, y in offices) for a, b in hits):
            return
    companies = [o for o in c.organizations if o.kind in COMPANY]
    for pr in c.projects:
        for o in companies:
            yield Fact(pr, o)


# "يقع منها 100 كيلومتر في جيبوتي", "و305 كلم داخل أراضي قرغيزستان": a length in a country.
LENGTH_IN = re.compile(r"(?:كيلومتر|كيلو متر|كلم|كم)\w* (?:منها )?(?:في|داخل) (?:اراضي )?$")
# A match of LENGTH_IN opens with one of this, anywhere in its sentence (no anchor).
LENGTH_SAID = re.compile(r"(?:كيلومتر|كيلو متر|كلم|كم)\w* (?:منها )?(?:في|داخل) ")


@rule(RelType.PASSES_THROUGH, needs=(Label.COUNTRY,))
def sections_in_a_country(c: Clause) -> Iterator[Fact]:
    """ "بينما سيكون القسم القرغيزي الأطول", "حفل تدشين الجزء الإثيوبي من الخط", "يقع منها
    100 كيلومتر في جيبوتي": a section of a line named by a country's nisba, or a length
    of it in a country, puts the project the sentence names (else the article's one
    project) through that country."""
    if not c.has(Cue.SECTION) and not LENGTH_SAID.search(c.text):
        return  # names neither a section nor a length
    projects = _route_projects(c)
    if not projects:
        return
    text, cues = c.article.text, c.article.cues
    sections = (
        {end for _, end in cues.each(Cue.SECTION, c.lo, c.hi)} if c.has(Cue.SECTION) else set()
    )
    for x in c.countries:
        nisba = x.kind == ADJECTIVE and x.start - 1 in sections
        length = x.kind != ADJECTIVE and LENGTH_IN.search(text, max(c.lo, x.start - 30), x.start)
        if nisba or length:
            for pr in projects:
                yield Fact(pr, x)


# "على أراضي أرمينيا", "عبر الأراضي التركية", "داخل أراضي X": the land of a state.
ON_LAND = re.compile(r"(?:علي|عبر|في|داخل) (?:ال)?اراضي $")
ON_LAND_NISBA = re.compile(r"(?:علي|عبر|في|داخل) الاراضي $")


@rule(RelType.PASSES_THROUGH, needs=(Label.PROJECT, Label.COUNTRY))
def project_on_a_state_land(c: Clause) -> Iterator[Fact]:
    """ "سيجري تطوير المشروع ضمن مسارات العبور على أراضي أرمينيا", "يمر الخط عبر الأراضي
    التركية": a project the sentence names runs on the land of the state named after
    أراضي (or its nisba after الأراضي)."""
    text = c.article.text
    for x in c.countries:
        before = text[max(c.lo, x.start - 16) : x.start]
        land = ON_LAND_NISBA if x.kind == ADJECTIVE else ON_LAND
        if land.search(before) and not _broken_before(text, c.projects, x):
            for pr in c.projects:
                if pr.end <= x.start:
                    yield Fact(pr, x)


def _broken_before(text: str, projects: list[Span], x: Span) -> bool:
    """Whether a clause break stands between every project before `x` and `x`."""
    before = [pr for pr in projects if pr.end <= x.start]
    return not before or all(CLAUSE_BREAK.search(text, pr.end, x.start) for pr in before)


# After a route verb: "بينها", "بينهما" (the states just named), "بين البلدين" (the article's two).
BETWEEN_THEM = re.compile(r" ?بين(?:ها|هما| (?:عاصمتي )?(?:البلدين|الدولتين))(?!\w)")
THEM_REACH = 30  # from a project to the route verb after it ("مشروع أنبوب الغاز "X" الرابط")


def _capitals_of(c: Clause, states: list[Span]) -> list[Span]:
    """The capitals of `states` the article names."""
    codes = {x.country for x in states if x.country}
    capitals = (s for s in c.article.spans if s.label == Label.PLACE and s.kind == "capital")
    return list({c.article.key(s): s for s in capitals if s.country in codes}.values())


def _between_near(c: Clause) -> bool:
    """Whether "بين" occurs where `BETWEEN_THEM` may match: in the sentence, or within
    THEM_REACH after it (a route cue ends at most that far after a project of the
    sentence, and "بين" opens the match at the cue's end, past a space at most)."""
    return c.article.text.find("بين", c.lo, c.hi + THEM_REACH + len(" بين")) != -1


@rule(RelType.PASSES_THROUGH, cues=(Cue.ROUTE,), needs=(Label.PROJECT,))
def project_between_the_states(c: Clause) -> Iterator[Fact]:
    """ "مشروع أنبوب الغاز "X" الرابط بينها": a project said to link "them" passes through
    the states the sentence named before it (two or more); "الرابط بين البلدين", through
    the article's two states ("بين عاصمتي البلدين": and their capitals)."""
    if not _between_near(c):
        return
    text, cues, route = c.article.text, c.article.cues, Cue.ROUTE
    for pr in c.projects:
        hit = cues.first(route, pr.start, pr.end + THEM_REACH)  # "… الرابط" within
        if hit is None or CLAUSE_BREAK.search(text, pr.end, hit[0]):
            continue
        them = BETWEEN_THEM.match(text, hit[1])
        if them is None:
            continue
        if them.group().endswith(("البلدين", "الدولتين")):
            states = list(c.article.both)
            if "عاصمتي" in them.group():  # "الرابط بين عاصمتي البلدين": and their capitals
                states += _capitals_of(c, states)
        else:
            states = list(
                {c.article.key(x): x for x in c.of(Label.COUNTRY) if x.end <= pr.start}.values()
            )
        if len(states) >= 2:
            for x in states:
                yield Fact(pr, x)
