"""Documents: who signed them and at which event they were produced."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from kg.extraction.known import ADJECTIVE
from kg.extraction.labels import (
    COUNTRY,
    DOCUMENT,
    EVENT,
    HOLDS_POSITION,
    ORGANIZATION,
    PERSON,
    SIGNED,
)
from kg.extraction.relations.context import SIGNINGS, Clause, per_clause, signings
from kg.extraction.relations.events import (
    BETWEEN,
    clause_breaks,
    coordinated,
    documents_before,
    listed,
)
from kg.extraction.relations.registry import Cue, Fact, rule
from kg.extraction.spans import Span
from kg.schema import Label, RelType

BOTH_SIGN = re.compile(
    r"وقع\w* (?:علي )?(?:حكومتا |حكومات )?(?:البلد(?:ان|ين)|الجانب(?:ان|ين)|الطرف(?:ان|ين))"
    r"|وقعت الدولتان"
)
WITH = re.compile(r" ?(?:\w+ )?مع ")  # "وقع التكتل اتفاقا جديدا مع أذربيجان"
COOPERATION_BETWEEN = re.compile(r"تعاون$")
# A document's name that ends "… بين الطرفين": the sides' nisbas follow ("المصري والأردني").
SIDES_BETWEEN = re.compile(r"بين (?:الطرفين|الجانبين)$")
AFTER = re.compile(r"(?:عقب|بعد|قبل) ?$")  # "وعقب الجلسة، وقع البلدان …"
BEFORE_OR_AFTER = re.compile(r"(?:^|\s)(?:بعد|قبل) $")  # "بعد توقيع": dates by a signing
# Who is present or patron ("بحضور X", "برعاية X") up to the next signing word did not sign.
# who was present, sponsored, or invited ("تلبية لدعوة من الرئيس X"): no signer (folded)
PRESENT = re.compile(r"بحضور|برعايه|رعايته|رعايه|لدعوه|بدعوه")
PRESENT_REACH = 80
ON_BEHALF = re.compile(r"(?:^|\s)عن ?$")
# Two signers named by office only: "وقع الرئيسان", "وقع رئيسا مصر والأردن", "الوزيران".
LEADERS = re.compile(
    r" (?:علي )?(?:(الرييس(?:ان|ين)|الزعيم(?:ان|ين)|القايد(?:ان|ين))"
    r"|(الوزير(?:ان|ين))|(رييسا|زعيما|قايدا) |(وزيرا) )"
)
HEAD_ROLES = frozenset({"President", "King", "Emir", "Sultan"})
NAMED_REACH = 40  # a name this close after the office names the signers itself
PARTY_NOUN_REACH = 8  # "وقعت على شركتا": the plural noun starts this close to the verb
# Between a side cue and the party it names: "عن الجانب المصري", "نيابة عن جمهورية مصر".
SIDE_GAP = re.compile(r" ?(?:(?:حكومه|جمهوريه|دوله|مملكه|سلطنه|اماره) )?")
# After a party's nationality, the next party: "وشركة", "و".
NEXT_PARTY = re.compile(r" ?[،,]? ?و(?:(?:شركه|مجموعه|موسسه) )?")
NEXT_BODY = re.compile(r" ?[،,]? ?و(?:شركه|مجموعه|موسسه) ")  # "أرامكو السعودية ومجموعة سينوبك"
# A word for the body an article is about, as a signing verb's subject: "وقع التكتل".
THE_BODY = re.compile(r" ?(?:علي )?(?:التكتل|الاتحاد|المنظمه|الرابطه|المجموعه)(?=[\s.,،])")


@rule(RelType.SIGNED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT,))
def both_sides_signed(c: Clause) -> Iterator[Fact]:
    """ "ووقع البلدان اتفاقية": the two countries the article is about signed it."""
    if BOTH_SIGN.search(c.text):
        for d in c.documents:
            for country in c.article.both:
                yield Fact(country, d)


@rule(RelType.SIGNED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT, Label.PERSON))
def signers_of_a_signing_sentence(c: Clause) -> Iterator[Fact]:
    """ "ووقع الوزيران A وB مذكرة تفاهم": the people named in the clause of a signing word
    signed the sentence's documents — not those present (بحضور X), nor who reported it
    ("وذكر X أنه سيتم التوقيع")."""
    signers = clause_signers(c, [start for start, _ in signings(c)])
    for d in c.documents:
        for p in signers:
            yield Fact(p, d)


def clause_signers(c: Clause, cues: list[int]) -> list[Span]:
    """The people named in the clause of each signing word starting at `cues`, but not
    those present (بحضور X), nor those who witnessed the signing ("وشهد الرئيسان A وB
    توقيع اتفاقية": only who the clause names after the signing word signed), nor who is
    named inside an event's words ("وقعت A وB مذكرات خلال زيارة السلطان X": the visitor)."""
    text = c.article.text
    clauses = clause_breaks(c)
    signers: list[Span] = []
    for start in cues:
        lo = max((b for b in clauses if b <= start), default=c.lo)
        hi = min((b for b in clauses if b > start), default=c.hi)
        if c.has(Cue.WITNESS) and c.article.cues.first(Cue.WITNESS, lo, start) is not None:
            lo = start
        signers += [p for p in c.persons if lo <= p.start < hi and p not in signers]
    present = [
        (m.start(), min([x for x in cues if x > m.start()] + [m.start() + PRESENT_REACH]))
        for m in PRESENT.finditer(text, c.lo, c.hi)
    ]
    present += [(e.start, e.end) for e in c.events if e.kind not in SIGNINGS]
    return [p for p in signers if not any(a <= p.start < b for a, b in present)]


def sides(c: Clause) -> list[Span]:
    """The countries and bodies a sentence names as the side a signer signed for: "عن
    الجانب المصري", "نيابة عن حكومة مصر", "ممثلا عن الأردن"."""
    text = c.article.text
    parties = c.of(COUNTRY, ORGANIZATION)
    out: list[Span] = []
    for _, end in c.article.cues.each(Cue.SIDE, c.lo, c.hi):
        x = next((p for p in parties if p.start >= end), None)
        if x is not None and x not in out and SIDE_GAP.fullmatch(text, end, x.start):
            out.append(x)
    return out


@rule(RelType.SIGNED, cues=(Cue.SIGN, Cue.SIDE), needs=(Label.DOCUMENT,))
def signed_for_a_side(c: Clause) -> Iterator[Fact]:
    """ "ووقع الاتفاقية عن الجانب المصري وزير الخارجية": the side a signer signed for
    signed the document too."""
    if not signings(c):
        return
    for x in sides(c):
        for d in c.documents:
            yield Fact(x, d)


@rule(
    RelType.SIGNED,
    cues=(Cue.SIGN_VERB,),
    needs=((Label.PERSON, Label.COUNTRY, Label.ORGANIZATION),),
)
def signers_after_the_document(c: Clause) -> Iterator[Fact]:
    """ "وقعت مصر والأردن مذكرة تفاهم." then "ووقعها عن الجانب المصري وزير النقل X": who
    a signing verb's clause names, and the sides they signed for, in a sentence that names
    no document, signed the documents of the sentence before (or the one before that) —
    not who witnessed it ("وشهد التوقيع X")."""
    if c.documents or c.has(Cue.WITNESS):
        return
    named_sides = sides(c)
    # "ووقع عن الجانب X الوزير A": a sentence naming the sides is a signing's report, however
    # far the document was named before
    documents = documents_before(c, far=bool(named_sides))
    if not documents:
        return
    verbs = [start for start, _ in c.article.cues.each(Cue.SIGN_VERB, c.lo, c.hi)]
    for x in clause_signers(c, verbs) + named_sides:
        for d in documents:
            yield Fact(x, d)


@rule(
    RelType.SIGNED,
    cues=(Cue.SIGN_VERB,),
    needs=(Label.DOCUMENT, (Label.COUNTRY, Label.ORGANIZATION)),
)
def parties_that_signed(c: Clause) -> Iterator[Fact]:
    """ "وقعت السعودية واليابان ثلاث مذكرات", "وقعت شركتا X وY اتفاقية": the countries or
    bodies listed right after a signing verb (and a plural noun for them) signed the
    documents that follow it; "اتفاقا مع أذربيجان": so did the party the document is made
    with; "وقع التكتل اتفاقا": the body the article is about, named by a word for it."""
    text = c.article.text
    parties = [x for x in c.of(COUNTRY, ORGANIZATION) if x.kind != ADJECTIVE]
    for _, end in c.article.cues.each(Cue.SIGN_VERB, c.lo, c.hi):
        documents = [d for d in c.documents if d.start >= end]
        pos = _past_party_noun(c, end)
        subjects = _parties_listed(c, pos, parties)
        body = c.article.main_body
        if not subjects and body is not None and body.start < c.hi:
            subjects = [body] if THE_BODY.match(text, pos) else []
        for d in documents[:1]:
            if with_ := WITH.match(text, d.end):
                subjects += listed(text, with_.end(), parties)
        for x in subjects:
            for d in documents:
                yield Fact(x, d)


def _parties_listed(c: Clause, pos: int, parties: list[Span]) -> list[Span]:
    """The parties listed from `pos` on, each maybe followed by its nationality and the next
    one by its kind of body ("شركة توتال الفرنسية وشركة سوناطراك الجزائرية")."""
    text = c.article.text
    out = listed(text, pos, parties)
    nisbas = {x.start: x for x in c.countries if x.kind == ADJECTIVE}
    while out:
        nisba = nisbas.get(out[-1].end + 1)
        # after a nationality, "و" (and the kind of body) goes on; with none, only "وشركة"
        joiner = (
            NEXT_PARTY.match(text, nisba.end)
            if nisba is not None
            else NEXT_BODY.match(text, out[-1].end)
        )
        more = listed(text, joiner.end(), parties) if joiner else []
        if not more:
            break
        out += more
    return out


def _past_party_noun(c: Clause, end: int) -> int:
    """Where the parties of a signing verb ending at `end` start: after a plural noun for
    them ("وقعت شركتا", "وقعت حكومتا"), else at `end`."""
    if not c.has(Cue.PARTIES):
        return end
    hit = c.article.cues.first(Cue.PARTIES, end, min(c.hi, end + PARTY_NOUN_REACH))
    if hit is None or c.article.text[end : hit[0]].strip() not in ("", "علي"):
        return end
    return hit[1]


@rule(RelType.SIGNED, cues=(Cue.SIGN_VERB,), needs=(Label.DOCUMENT,))
def leaders_who_signed(c: Clause) -> Iterator[Fact]:
    """ "وقع رئيسا مصر والأردن على إعلان", "ووقع الرئيسان اتفاقية": two leaders named only by
    their office signed the documents that follow: the first person the article gives a
    head of state's office (a minister's, for "الوزيران") in each country listed (in each of
    the article's two countries, for "الرئيسان")."""
    text = c.article.text
    for _, end in c.article.cues.each(Cue.SIGN_VERB, c.lo, c.hi):
        m = LEADERS.match(text, end, c.hi)
        if m is None or any(m.end() <= p.start < m.end() + NAMED_REACH for p in c.persons):
            continue
        dual_heads, dual_ministers, heads_of = m[1], m[2], m[3]
        if dual_heads or dual_ministers:
            countries = c.article.both
        else:
            countries = listed(text, m.end(), c.countries)
        heads = bool(dual_heads or heads_of)
        signers: list[Span] = []
        for x in countries:
            p = office_holder(c, x, heads, {c.article.key(s) for s in signers})
            signers += [p] if p is not None else []
        for d in (d for d in c.documents if d.start >= end):
            for p in signers:
                yield Fact(p, d)


def office_holder(c: Clause, country: Span, head: bool, taken: set[str]) -> Span | None:
    """The first person (not `taken`) the article so far gives a head of state's office in
    `country` (`head`), else a minister's."""
    a = c.article
    key = a.key(country)
    for r in a.rel.out.values():
        if r.type != HOLDS_POSITION or r.target != key or r.role is None:
            continue
        if r.source in taken:
            continue
        if r.role in HEAD_ROLES if head else "Minister" in r.role and "Prime" not in r.role:
            return next((s for s in a.spans if a.key(s) == r.source), None)
    return None


@rule(RelType.SIGNED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT,))
def signers_carried_over(c: Clause) -> Iterator[Fact]:
    """ "وقعت مصر والأردن ثلاث مذكرات …" then "كما جرى توقيع مذكرة في مجال النقل": a
    document signed in a sentence that names no signer was signed by the countries and
    bodies the article's first signing sentence named (the rules before this one found no
    signer here) — not when the sentence says who witnessed it ("شهد الجانبان توقيع")."""
    if not signings(c) or c.has(Cue.WITNESS):
        return
    stated = [r for r in c.article.rel.out.values() if r.type == SIGNED]
    if not stated or any(r.evidence.sentence >= c.index for r in stated):
        return
    first = min(r.evidence.sentence for r in stated)
    labels = c.article.rel.labels
    signers = {
        r.source
        for r in stated
        if r.evidence.sentence == first and labels[r.source] in (COUNTRY, ORGANIZATION)
    }
    if not signers:
        return  # the first signing sentence named people only
    key = c.article.key
    spans = {k: s for s in reversed(c.article.spans) if (k := key(s)) in signers}
    for d in c.documents:
        for p in spans.values():
            yield Fact(p, d)


@rule(RelType.SIGNED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT, Label.ORGANIZATION))
def signed_on_behalf_of(c: Clause) -> Iterator[Fact]:
    """ "وقع الاتفاقية عن شركة X مديرها": the body a signer signed for — not the body of
    those present ("بحضور ممثلين عن المجموعة X")."""
    text = c.article.text
    for o in c.organizations:
        if ON_BEHALF.search(text[max(0, o.start - 4) : o.start]) and not PRESENT.search(
            text, max(c.lo, o.start - PRESENT_REACH), o.start
        ):
            for d in c.documents:
                yield Fact(o, d)


@rule(RelType.SIGNED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT, (Label.COUNTRY, Label.ORGANIZATION)))
def parties_between_signed(c: Clause) -> Iterator[Fact]:
    """ "وقعت اتفاقية بين مصر والأردن", "الاتفاقية الموقعة بين الطرفين المصري والأردني": the
    parties listed after بين signed the document (not after "برنامج للتعاون بين …", where
    بين says whose cooperation it is; nor the bodies between which it is when the sentence
    says the two countries signed it: "وقع البلدان برنامجا بين الهيئة X ووكالة Y"). A
    party's nationality after it ("شركة توتال الفرنسية") is no party of its own."""
    text = c.article.text
    kinds = (COUNTRY,) if BOTH_SIGN.search(c.text) else (COUNTRY, ORGANIZATION)
    parties = c.of(*kinds)
    for d in c.documents:
        between = BETWEEN.match(text, d.end) or SIDES_BETWEEN.search(text, d.start, d.end)
        if between and not COOPERATION_BETWEEN.search(text, d.start, d.end):
            found = listed(text, d.end, parties)
            if found and found[0].kind != ADJECTIVE:  # "بين شركة X الفرنسية وشركة Y"
                named = [x for x in parties if x.kind != ADJECTIVE]
                found = _parties_listed(c, d.end, named)
            for x in found:
                yield Fact(x, d)


@rule(RelType.PRODUCED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT, Label.EVENT))
def signed_at_the_event(c: Clause) -> Iterator[Fact]:
    """ "وفي ختام الاجتماع وقع الجانبان بروتوكولا": a document signed in a sentence that names
    an event was produced there — not at one it was signed after ("وعقب الجلسة، وقع …")."""
    if not signings(c):
        return
    text = c.article.text
    events = [e for e in c.events if not AFTER.search(text, max(0, e.start - 8), e.start)]
    for d in c.documents:
        for e in events:
            yield Fact(e, d)


@rule(RelType.PRODUCED, cues=(Cue.SIGN,), needs=(Label.DOCUMENT,))
def signed_at_the_article_event(c: Clause) -> Iterator[Fact]:
    """ "ووقع الجانبان مذكرة تفاهم" in a sentence that names no event: the document was
    produced at the article's signing ceremony, else its one visit, else its main event,
    when the article has named it by then — unless the sentence only says it was signed
    before ("الاتفاقية الموقعة عام 2007") or the article names the document after another
    event ("بروتوكول الاجتماع الثالث"). An event it was signed after ("وعقب الجلسة، وقع …")
    does not count as named; nor does a signing the sentence only dates something by
    ("تأسست المنظمة عام 2009 بعد توقيع اتفاقية X": a signing of the past)."""
    text = c.article.text
    hits = [start for start, _ in signings(c)]
    if not hits or any(not AFTER.search(text, max(0, e.start - 8), e.start) for e in c.events):
        return
    if all(BEFORE_OR_AFTER.search(text, max(0, h - 5), h) for h in hits):
        return
    article = c.article
    event = article.signing or article.visit or article.main_event
    if event is None or event.start >= c.hi:
        return  # an event the article names only later is another one ("وفي سياق متصل")
    named_after = _named_after_an_event(article.spans, article.rel.keys)
    for d in c.documents:
        if article.key(d) not in named_after:
            yield Fact(event, d)


def _named_after_an_event(spans: list[Span], keys: dict[str, str]) -> set[str]:
    """The documents (entity keys) some mention of which holds an event's name."""
    events = [e for e in spans if e.label == EVENT]
    return {
        keys.get(d.ref, d.ref)
        for d in spans
        if d.label == DOCUMENT and any(d.start <= e.start < d.end for e in events)
    }


@rule(RelType.PRODUCED, cues=(Cue.SIGN,), needs=(Label.EVENT,))
def documents_of_the_ceremony(c: Clause) -> Iterator[Fact]:
    """ "وقعت A وB خمس اتفاقيات." then "وجرت مراسم التوقيع بقصر X": a signing ceremony that
    a sentence names without a document produced the documents of the sentence before."""
    if c.documents:
        return
    ceremonies = [e for e in c.events if e.kind in SIGNINGS]
    for d in documents_before(c) if ceremonies else ():
        for e in ceremonies:
            yield Fact(e, d)


@rule(RelType.PRODUCED, needs=(Label.EVENT, Label.DOCUMENT))
def event_named_in_the_document(c: Clause) -> Iterator[Fact]:
    """ "بروتوكول الاجتماع الخامس": a document named after an event is its product."""
    for d in c.documents:
        for e in c.events:
            if d.start <= e.start < d.end:
                yield Fact(e, d)


# Between an exchange verb (or its last subject) and the document exchanged: a word at most
# ("تبادل X وY ثلاث مذكرات", "تبادل هذه المذكرة").
EXCHANGED_GAP = re.compile(r"[\s،,]*(?:[^\s.،,]+\s+)?")
# "تم تبادل المذكرة من قبل محافظ البنك المركزي": who exchanged it follows.
BY = re.compile(r"\bمن قبل\b")
# A word for documents that are exchanged, named or not: "ثلاث مذكرات تفاهم", "الوثائق".
PAPERS = re.compile(r"[\s،,]*(?:[^\s.،,]+\s+)?(?:ال)?(?:مذكر|اتفاق|وثيق|وثاي|بروتوكول)")


class Exchange(NamedTuple):
    """A verb of exchanging documents: the documents, who exchanged them, and the event."""

    documents: list[Span]
    actors: list[Span]
    event: Span | None


@per_clause
def exchanges(c: Clause) -> list[Exchange]:
    """Each exchange of documents the sentence states: "تبادل X وY مذكرات التفاهم" (its
    joint subjects), "وتم تبادل هذه المذكرة من قبل محافظ البنك X" (the people and bodies
    after من قبل), with the signing event the sentence names, else the article's one."""
    text, out = c.article.text, []
    event = next((e for e in c.events if e.kind in SIGNINGS), c.article.signing)
    breaks = clause_breaks(c)
    for _, end in c.article.cues.each(Cue.EXCHANGE, c.lo, c.hi):
        hi = min((b for b in breaks if b > end), default=c.hi)
        actors = coordinated(c, text, end)
        at = actors[-1].end if actors else end
        documents = [d for d in c.documents if at <= d.start < hi]
        if documents and EXCHANGED_GAP.fullmatch(text, at, documents[0].start):
            after = documents[0].start
        elif actors and PAPERS.match(text, at, hi):
            documents, after = [], at  # "ثلاث مذكرات تفاهم": papers no entity names
        else:
            continue
        by = BY.search(text, after, hi)
        if by is not None:
            actors = actors + [s for s in c.of(PERSON, ORGANIZATION) if by.end() <= s.start < hi]
        out.append(Exchange(documents, actors, event))
    return out


@rule(RelType.PARTICIPATED_IN, cues=(Cue.EXCHANGE,), needs=((Label.PERSON, Label.ORGANIZATION),))
def who_exchanged_the_documents(c: Clause) -> Iterator[Fact]:
    """ "تبادل الرئيس X ورئيس الوزراء Y مذكرات التفاهم", "وتم تبادل المذكرة من قبل محافظ
    البنك المركزي X": who exchanged the documents took part in the exchange (the signing
    event the sentence names, else the article's one) — not "تبادل وجهات النظر"."""
    for x in exchanges(c):
        if x.event is not None:
            for a in x.actors:
                yield Fact(a, x.event)


@rule(RelType.PRODUCED, cues=(Cue.EXCHANGE,), needs=(Label.DOCUMENT,))
def exchanged_at_the_event(c: Clause) -> Iterator[Fact]:
    """ "وجرى تبادل مذكرات التفاهم في القصر", "وتم تبادل هذه المذكرة من قبل …": the
    documents exchanged came out of the exchange (the signing event the sentence names,
    else the article's one)."""
    for x in exchanges(c):
        if x.event is not None:
            for d in x.documents:
                if not x.event.start <= d.start < x.event.end:
                    yield Fact(x.event, d)


# A document's participle of signing and the course of the event it was signed in:
# "الاتفاقيات الموقعة خلال أعمال الاجتماع", "المذكرة الموقعة على هامش القمة".
SIGNED_PARTICIPLE = re.compile(r"(?:^|\s)(?:ال)?موقعه?$")
DURING = re.compile(
    r"\s+(?:(?:ال)?موقعه?\s+)?(?:(?:في|علي)\s+)?(?:خلال|اثناء|ختام|هامش)\s+(?:اعمال\s+)?"
)


@rule(RelType.PRODUCED, cues=(Cue.NOT_SIGN,), needs=(Label.DOCUMENT, Label.EVENT))
def signed_during_the_event(c: Clause) -> Iterator[Fact]:
    """ "الاتفاقيات الموقعة خلال أعمال الاجتماع الوزاري", "مذكرة التفاهم الموقعة على هامش
    القمة": a document said to be signed during an event (its participle of signing, then
    خلال / أثناء / في ختام / على هامش and the event) came out of it — not "الموقعة عام
    2007", "الموقعة بين البلدين"."""
    text = c.article.text
    for d in c.documents:
        during = DURING.match(text, d.end, c.hi)
        if during is None:
            continue
        signed = during.group().lstrip().startswith(("الموقع", "موقع"))
        if not signed and not SIGNED_PARTICIPLE.search(text, d.start, d.end):
            continue  # "المذكرة خلال القمة": no participle of signing
        event = next((e for e in c.events if e.start == during.end()), None)
        if event is not None:
            yield Fact(event, d)
