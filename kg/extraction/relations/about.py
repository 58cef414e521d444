"""What events and documents are about (DISCUSSED) and what countries cooperate in."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extraction.known import ADJECTIVE
from kg.extraction.labels import PROJECT
from kg.extraction.relations.context import SIGNINGS, Clause, per_clause, signings
from kg.extraction.relations.events import (
    BOTH,
    documents_before,
    listed,
    stops_or_words,
    talked_about,
)
from kg.extraction.relations.registry import Cue, Fact, rule
from kg.extraction.spans import Span
from kg.schema import Label, RelType

SUBJECTS = (Label.TOPIC, Label.PROJECT)
# Where a clause ends: a stop, or a word that opens another clause ("كما ستدرس", "وقال").
CLAUSE_END = stops_or_words(
    ".;:؛", "كما فيما بينما حيث قال وقال اكد واكد اضاف واضاف اشار واشار اوضح واوضح اعرب واعرب"
)
ABOUT = (Label.EVENT, Label.DOCUMENT)
NAMES = (Label.ORGANIZATION, Label.EVENT, Label.DOCUMENT, Label.PROJECT)  # may hold "التعاون"
# "حرص بلديهما على تعزيز التعاون", "بين بلدينا": the two countries, with a pronoun.
THEIR_TWO = re.compile(r"بلدي(?:هما|نا)")
# "بلاده", "بلادنا": the country of who speaks (folded).
HIS_COUNTRY = re.compile(r"(?<![^\s])[وفل]?(?:بلاد|بلد)(?:ه|ها|نا)(?![^\s])")
BETWEEN_THE_TWO = re.compile(r" بين (?:البلدين|الجانبين|الدولتين|بلدينا|بلديهما)")
CHANCE_REACH = 4  # "فرص التعاون", "فرص للتعاون": the chance word right before cooperation


@rule(RelType.DISCUSSED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT, SUBJECTS))
def subjects_of_a_signed_document(c: Clause) -> Iterator[Fact]:
    """ "وقع الجانبان اتفاقية للتعاون في مجال الطاقة": a signed document is about the fields
    and projects named after it, up to the next document ("اتفاقيات بشأن الاستثمار،
    وللتعاون الجمركي": each its own field); fields named before every document belong to
    all of them — or, when an event is named between them and the word for signing
    ("تعزيز التعاون الاقتصادي من خلال الدورة الجديدة للجنة، مع توقيع اتفاقيات"), to that
    event (not to a signing ceremony, which is where the documents were signed)."""
    documents = c.documents
    subjects = c.of(*SUBJECTS)
    first = documents[0].start if documents else c.hi
    signed_at = min([start for start, _ in signings(c)] + [first])
    owned = []
    for t in subjects:
        event = next(
            (e for e in c.events if t.end <= e.start < signed_at and e.kind not in SIGNINGS),
            None,
        )
        if event is not None:
            yield Fact(event, t)
        else:
            owned.append(t)
    yield from _owned_subjects(documents, owned)


@rule(RelType.DISCUSSED, needs=(ABOUT, SUBJECTS))
def subjects_of_an_event(c: Clause) -> Iterator[Fact]:
    """ "ناقش الاجتماع التعاون في مجال النقل": an event is about the fields and projects its
    sentence names; a document not being signed, about those named after it."""
    if c.has(Cue.SIGN):
        return
    for e in c.events:
        for t in c.of(*SUBJECTS):
            yield Fact(e, t)
    for d in c.documents:  # a document is about the fields named after it
        for t in c.of(*SUBJECTS):
            if t.start >= d.start:
                yield Fact(d, t)


# A verb of containing, then a word for documents (folded): "وشملت المذكرات", "وتتضمن
# مذكرات التفاهم", "وتغطي الاتفاقيات".
DOCUMENTS_COVER = re.compile(
    r"(?<![^\s])[^\s]+ (?:هذه |تلك )?(?:ال)?(?:مذكر|اتفاق|وثاي?ق|بروتوكول|عقود)\w*(?![^\s])"
)


def documents_covered(c: Clause) -> tuple[int, list[Span]]:
    """Where the words of a sentence that points back to documents by a verb of containing
    end ("وشملت المذكرات"), and the documents of the sentence before that it means; none
    when the sentence names documents of its own."""
    if c.documents:
        return c.hi, []
    for start, _ in c.article.cues.each(Cue.CONTAIN, c.lo, c.hi):
        m = DOCUMENTS_COVER.match(c.article.text, start)
        if m is not None and m.start(0) == start:
            return m.end(), documents_before(c)
    return c.hi, []


@rule(RelType.DISCUSSED, cues=(Cue.CONTAIN,), needs=(SUBJECTS,))
def subjects_of_the_documents_before(c: Clause) -> Iterator[Fact]:
    """ "وقعت عمان وإيران أربع مذكرات تفاهم." then "وشملت المذكرات التعاون في مجالات النفط
    والنقل البحري": the documents of the sentence before are about the fields named after
    the words that point back to them."""
    after, documents = documents_covered(c)
    for d in documents:
        for t in c.of(*SUBJECTS):
            if t.start >= after:
                yield Fact(d, t)


@rule(RelType.COOPERATES_IN, cues=(Cue.CONTAIN, Cue.COOPERATE), needs=(Label.TOPIC,))
def fields_of_the_documents_before(c: Clause) -> Iterator[Fact]:
    """ "وشملت المذكرات التعاون في مجالات النفط والنقل البحري": the article's two countries
    cooperate in the fields the documents they signed cover (named after the word for
    cooperation), as when the documents name them themselves."""
    after, documents = documents_covered(c)
    if not documents or _partners(c):
        return
    for t in cooperation_fields(c):
        if t.start >= after:
            for x in c.article.both:
                yield Fact(x, t)


def _owned_subjects(documents: list[Span], subjects: list[Span]) -> Iterator[Fact]:
    """Each subject with the last document named before it (or with every document, when
    it comes first)."""
    for t in subjects:
        before = [d for d in documents if d.start <= t.start]
        for d in before[-1:] or documents:
            yield Fact(d, t)


@rule(RelType.DISCUSSED, cues=(Cue.DISCUSS,), needs=(SUBJECTS,))
def subjects_of_the_main_event(c: Clause) -> Iterator[Fact]:
    """ "وبحث الجانبان التعاون في مجال الزراعة": talks that name no event are about the event
    the article is about."""
    main = c.article.main_event
    if main is None or c.documents:
        return
    if c.events and not c.has(Cue.SIGN):
        return
    for t in c.of(*SUBJECTS):
        yield Fact(main, t)


# A word for a project that points back to the one the article names: "خريطة طريق المشروع".
THE_PROJECT = frozenset({"المشروع"})
PROCLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل)?(?=ال)|^(?:و|ف)?ل(?=ل)")


@rule(RelType.DISCUSSED, needs=(Label.DOCUMENT,))
def document_of_the_one_project(c: Clause) -> Iterator[Fact]:
    """ "خريطة طريق المشروع", "برنامج تعاون لإنجاز الرؤية" in an article that names one
    project ("الرؤية السعودية اليابانية 2030"): a document named with a word that points
    back to that project — "المشروع", or the definite head word of the project's own name
    — is about it."""
    projects = c.article.projects
    if len(projects) != 1:
        return
    (project,) = projects
    text = c.article.text
    words = _pointers(c, project)
    for d in c.documents:
        name = text[d.start : d.end]
        if not any(w in name for w in words):
            continue  # a word with its proclitics taken off is in the name
        named = {PROCLITIC.sub("", w) for w in name.split()[1:]}
        if not named.isdisjoint(words):
            yield Fact(d, project)


def _pointers(c: Clause, project: Span) -> frozenset[str]:
    """The words that point back to the article's one project: "المشروع", and the definite
    head word of each of its names ("الرؤية" of "الرؤية السعودية اليابانية")."""
    a, text = c.article, c.article.text
    key = a.key(project)
    heads = {
        PROCLITIC.sub("", text[s.start : s.end].split()[0])
        for s in a.spans
        if s.label == PROJECT and a.key(s) == key
    }
    return THE_PROJECT | {h for h in heads if h.startswith("ال") and len(h) > 3}


@rule(RelType.COOPERATES_IN, cues=(Cue.COOPERATE,), needs=(Label.TOPIC,))
def countries_that_cooperate(c: Clause) -> Iterator[Fact]:
    """ "يتطور التعاون في مجال الزراعة بين مصر والسودان": the countries of a sentence about
    cooperation cooperate in the fields it names after the word for cooperation, up to the
    end of that clause ("البلدين": the article's two countries)."""
    if c.has(Cue.SIGN):
        return
    fields = cooperation_fields(c)
    if not fields:
        return  # the partners are not looked for
    for x in _partners(c):
        for t in fields:
            yield Fact(x, t)


@rule(RelType.COOPERATES_IN, cues=(Cue.DISCUSS, Cue.COOPERATE), needs=(Label.TOPIC,))
def fields_the_sides_discussed_cooperating_in(c: Clause) -> Iterator[Fact]:
    """ "كما نوقشت قضايا التعاون في مجال الزراعة والسياحة": when talks that name no country
    turn to cooperation in some fields, the article's two countries cooperate in the fields
    named after the word for cooperation."""
    if c.has(Cue.SIGN) or _partners(c):
        return
    for t in cooperation_fields(c):
        for x in c.article.both:
            yield Fact(x, t)


@rule(RelType.COOPERATES_IN, cues=(Cue.DISCUSS,), needs=(Label.TOPIC,))
def fields_the_sides_discussed_between_them(c: Clause) -> Iterator[Fact]:
    """ "بحث الجانبان سبل تنفيذ الخطط الاستثمارية والتجارية بين البلدين": fields the talks
    turn to, said to be between the two countries, are fields they cooperate in (not when
    the sentence signs or speaks of a chance of it)."""
    if c.has(Cue.SIGN) or c.has(Cue.OPPORTUNITY) or c.has(Cue.COOPERATE):
        return
    text = c.article.text
    topics = c.topics
    for t in topics:
        last = listed(text, t.start, topics)[-1]
        if BETWEEN_THE_TWO.match(text, last.end):
            for x in c.article.both:
                yield Fact(x, t)


@per_clause
def cooperation_fields(c: Clause) -> list[Span]:
    """The topics in the scope of a word for cooperation: from it ("التعاون الاقتصادي"
    counts) to the end of its clause ("كما", "حيث", a reporting verb, a full stop)."""
    text = c.article.text
    scopes = []
    for start, end in cooperation_cues(c):
        stop = CLAUSE_END.search(text, end, c.hi)
        scopes.append((start, stop.start() if stop else c.hi))
    return [t for t in c.topics if any(a <= t.start < b for a, b in scopes)]


def cooperation_cues(c: Clause) -> list[tuple[int, int]]:
    """The sentence's words for cooperation that say the sides cooperate: not inside a
    name ("منتدى التعاون العربي الصيني", "مجلس التعاون"), not "بالتعاون مع" (together
    with), not a chance of it ("فرص التعاون")."""
    cues = c.article.cues
    hits = cues.each(Cue.COOPERATE, c.lo, c.hi)
    names = [(n.start, n.end) for n in c.of(*NAMES)]
    drop = names + (cues.each(Cue.NOT_COOPERATE, c.lo, c.hi) if c.has(Cue.NOT_COOPERATE) else [])
    chances = cues.each(Cue.OPPORTUNITY, c.lo, c.hi) if c.has(Cue.OPPORTUNITY) else []
    return [
        (a, b)
        for a, b in hits
        if not any(x <= a and b <= y for x, y in drop)
        and not any(0 <= a - y <= CHANCE_REACH for _, y in chances)
    ]


@per_clause
def _partners(c: Clause) -> list[Span]:
    """The countries a sentence says cooperate: those it names (not as a title's owner, nor
    as a matter of the talks, "الأوضاع في السودان"), and the article's two when it says
    "البلدين" or "بلديهما"."""
    starts = c.article.owner_starts | talked_about(c)
    partners = [x for x in c.countries if x.start not in starts and x.kind != ADJECTIVE]
    if BOTH.search(c.text) or THEIR_TWO.search(c.text):
        partners = partners + c.article.both
    elif len(partners) == 1 and HIS_COUNTRY.search(c.text):
        # "قال X إن بلاده تعتزم تعزيز الشراكة مع الجزائر": the speaker's country is the
        # other of the article's two
        key = c.article.key(partners[0])
        partners += [x for x in c.article.both if c.article.key(x) != key][:1]
    return partners
