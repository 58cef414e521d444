"""Typed relations from sentence-level evidence, one small rule per predicate.

Each rule reads one sentence (or one title, one phrase) and states a predicate only
between entities whose labels the schema allows; `Relations.add` enforces that, so no
rule can break the schema. What a sentence says (met, signed, discussed …) is read from
its cue words (`CUES`), found for the whole article in one pass; patterns that must sit at
a given place (`BETWEEN` after a document, `LOCATIVE` before a place) are folded regexes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from itertools import combinations, pairwise

from kg.extract.cues import CueFinder
from kg.extract.document import Doc
from kg.extract.known import ADJECTIVE
from kg.extract.people import PersonFind
from kg.extract.spans import Span
from kg.extract.titles import Title
from kg.models import Relation
from kg.schema import Label, RelType, allows

CO_CHAIR = "Co-chair"
IMPLIED = frozenset({"head", "minister", "official"})  # title kinds whose country goes unsaid
MAX_MEETING = 3  # more people than this in one sentence is a summit, not a meeting
BOTH = re.compile(r"البلد(?:ين|ان)|بلداننا|الجانب(?:ين|ان)|الطرف(?:ين|ان)|الدولت(?:ين|ان)")
# "في أستانا", "بمدينة غابالا", "في العاصمة التركمانية عشق آباد", "إلى طشقند"
LOCATIVE = re.compile(r"(?:في|ب|الي)(?: ?مدينه| ?العاصمه| ?عاصمه)?(?: ال\w+)? ?$")
CAPITAL_OF = re.compile(r"^ ?[،,]? ?عاصمه (?:جمهوريه |دوله |مملكه )?$")
BOTH_SIGN = re.compile(
    r"وقع (?:علي )?(?:البلد(?:ان|ين)|الجانب(?:ان|ين)|الطرف(?:ان|ين))|وقعت الدولتان"
)
LIST_GAP = re.compile(r"[ ،,]*(?:الموقعه )?(?:بين )?(?:(?:الطرفين|البلدين|الجانبين|الدولتين) )?")
SUMMIT = "summit"
JOINT = frozenset({"Commission", "Council"})  # bodies whose names list their member states
THE_BODY = re.compile(r"المنظمه|الرابطه|الاتحاد|المجلس")
OBSERVER = re.compile(r"[^.،]{0,60}بصفه (?:مراقب|عضو مراقب)")
BODIES = frozenset({"international", "Commission", "Council", "Organization"})
ON_BEHALF = re.compile(r"(?:^|\s)عن ?$")
BETWEEN = re.compile(r" ?(?:الموقعه )?بين ")
WITHIN = re.compile(r"علي هامش|في اطار|خلال|ضمن")


class Cue(StrEnum):
    """What a sentence says, by its cue words (see `CUES`)."""

    MEET = "meet"
    SIGN = "sign"
    ATTEND = "attend"
    HOST = "host"
    CHAIR = "chair"
    DISCUSS = "discuss"
    COOPERATE = "cooperate"
    MEMBERSHIP = "membership"
    PRESENCE = "presence"


CUES: dict[Cue, tuple[str, ...]] = {
    Cue.MEET: ("التقى", "التقاء", "استقبل", "استقبال", "اجتمع", "لقاء", "محادثات", "مباحثات",
               "نظير", "شهد", " مع "),
    Cue.SIGN: ("وقع", "توقيع", "التوقيع", "يوقع", "توقع", "وقعت", "اعتمد", "تبنى", "يتبنى",
               "أقر", "صادق", "إبرام"),
    Cue.ATTEND: ("شارك", "حضر", "التقى", "اجتمع", "ترأس", "بحضور", "بمشاركة", "استقبل",
                 "وصل", "ألقى كلمة", "عقد"),
    Cue.HOST: ("استضاف", "تستضيف", "يستضيف", "احتضن", "تحتضن"),
    Cue.CHAIR: ("ترأس", "يرأس", "برئاسة", "رئاسة"),
    Cue.DISCUSS: ("ناقش", "نوقش", "بحث", "تطرق", "تناول", "استعرض", "تبادل الآراء",
                  "تبادل وجهات", "تبودل", "ركز", "النظر في"),
    Cue.COOPERATE: ("تعاون", "شراكة", "تتعاون", "علاقات"),
    Cue.MEMBERSHIP: ("عضو", "الأعضاء", "أعضاء", "انضمام", "انضمت", "انضم"),
    # " ": the cue starts a word
    Cue.PRESENCE: (" بمشاركة", " بحضور", " شارك", " شاركت", " يشارك", " حضر", " حضور"),
}  # fmt: skip


@cache
def _cue_finder() -> CueFinder[Cue]:
    return CueFinder(CUES)


@dataclass
class Relations:
    """Collects relations between resolved entities; drops what the schema forbids."""

    doc: Doc
    keys: dict[str, str]  # span ref -> entity key
    labels: dict[str, Label]  # entity key -> label
    out: dict[tuple[str, RelType, str], Relation] = field(default_factory=dict)

    def add(self, s: Span, type_: RelType, o: Span, sentence: int, role: str | None = None) -> None:
        src, dst = self.keys.get(s.ref), self.keys.get(o.ref)
        if src is None or dst is None:
            return  # a span a longer name absorbed ("نور سلطان" in a person's name)
        if src == dst or not allows(type_, self.labels[src], self.labels[dst]):
            return
        if type_ == RelType.MET_WITH and (dst, type_, src) in self.out:
            return
        key = (src, type_, dst)
        if key not in self.out:
            self.out[key] = Relation(
                source=src, type=type_, target=dst, role=role, evidence=self.doc.evidence(sentence)
            )


def _by_label(spans: list[Span]) -> defaultdict[Label, list[Span]]:
    """The spans of each label, in their order."""
    out: defaultdict[Label, list[Span]] = defaultdict(list)
    for s in spans:
        out[s.label].append(s)
    return out


def main_countries(spans: list[Span]) -> list[Span]:
    """The two countries the article is about: the most often mentioned."""
    counts = Counter(s.ref for s in spans if s.label == Label.COUNTRY)
    first: dict[str, Span] = {}
    for s in spans:
        if s.label == Label.COUNTRY:
            first.setdefault(s.ref, s)
    return [first[r] for r, _ in counts.most_common(2)]


def find_relations(
    doc: Doc, spans: list[Span], people: list[PersonFind], rel: Relations
) -> list[Relation]:
    text = doc.ftext
    person_span = {(s.start, s.end): s for s in spans if s.label == Label.PERSON}
    in_sentence: dict[int, list[Span]] = {}
    for s in spans:
        in_sentence.setdefault(doc.sentence_of(s.start), []).append(s)
    both = main_countries(spans)
    _titles(doc, people, person_span, [s for s in spans if s.label == Label.COUNTRY], both, rel)
    owner_starts = {t.of.start for p in people for t in p.titles if t.of is not None}
    owner_of = {
        s.ref: owner
        for s in spans
        if s.label == Label.EVENT and isinstance(owner := s.attrs.get("owner"), Span)
    }
    main_event = _most_named([s for s in spans if s.label == Label.EVENT], rel)
    main_body = _most_named(
        [s for s in spans if s.label == Label.ORGANIZATION and s.kind in BODIES], rel
    )
    cues = _cue_finder().find(text)
    for i in range(len(doc.sentences)):
        here = in_sentence.get(i)
        if not here:
            continue  # a sentence that names nothing states no relation
        bounds = doc.sentence_fspan(i)
        sent = text[bounds[0] : bounds[1]]
        by_label = _by_label(here)
        persons = by_label[Label.PERSON]
        events = by_label[Label.EVENT]
        documents = by_label[Label.DOCUMENT]
        topics = by_label[Label.TOPIC]
        projects = by_label[Label.PROJECT]
        countries = by_label[Label.COUNTRY]
        places = [s for s in here if s.label in (Label.PLACE, Label.COUNTRY)]
        orgs = by_label[Label.ORGANIZATION]
        venues = [p for p in places if p.start not in owner_starts]
        # Cues are read only where a rule could use them: most sentences need few.
        meeting = (len(persons) > 1 or main_event is not None) and cues.has(Cue.MEET, *bounds)
        signing = bool(documents or events or topics) and cues.has(Cue.SIGN, *bounds)
        met = _distinct(persons, rel)
        if meeting and len(met) <= MAX_MEETING:
            for a, b in combinations(met, 2):
                rel.add(a, RelType.MET_WITH, b, i)
        if not events and main_event is not None and cues.has(Cue.ATTEND, *bounds):
            for p in persons:
                rel.add(p, RelType.PARTICIPATED_IN, main_event, i)
            if meeting:  # "التقى … في موسكو": where the meeting the article is about was
                _held_in(doc, [main_event], venues, rel, i)
        host = cues.first(Cue.HOST, *bounds) if events and places else None
        for e in events:
            for p in persons:
                rel.add(p, RelType.PARTICIPATED_IN, e, i)
            if host is not None:
                for pl in places:
                    if pl.start >= host[1] and pl.kind != ADJECTIVE:
                        rel.add(e, RelType.HELD_IN, pl, i)
                        break
            owner = owner_of.get(e.ref)  # "ترأس الاجتماع": the session named before
            if owner is not None and owner.kind == "Commission" and cues.has(Cue.CHAIR, *bounds):
                for p in persons:
                    rel.add(p, RelType.CO_CHAIRS, owner, i)
            if between := BETWEEN.match(text, e.end):
                parties = (
                    both if BOTH.match(text, between.end()) else _listed(text, e.end, countries)
                )
                for c in parties:
                    rel.add(c, RelType.PARTICIPATED_IN, e, i)
        parties = countries + orgs
        presence = cues.first(Cue.PRESENCE, *bounds) if events and parties else None
        _attended(text, presence, events, parties, rel, i)
        _held_in(doc, events, venues, rel, i)
        _part_of(doc, events, orgs, main_body, rel, i)
        if signing:
            signers = both if BOTH_SIGN.search(sent) else []
            for d in documents:
                for c in signers:
                    rel.add(c, RelType.SIGNED, d, i)
                for p in persons:
                    rel.add(p, RelType.SIGNED, d, i)
                for o in orgs:
                    if ON_BEHALF.search(text[max(0, o.start - 4) : o.start]):
                        rel.add(o, RelType.SIGNED, d, i)
                if BETWEEN.match(text, d.end):
                    for c in _listed(text, d.end, countries + orgs):
                        rel.add(c, RelType.SIGNED, d, i)
                for e in events or ([main_event] if main_event else []):
                    rel.add(e, RelType.PRODUCED, d, i)
        for d in documents:
            for e in events:
                if d.start <= e.start < d.end:
                    rel.add(e, RelType.PRODUCED, d, i)
        about = documents if signing else events + documents
        if (
            not about
            and main_event is not None
            and (topics or projects)
            and cues.has(Cue.DISCUSS, *bounds)
        ):
            about = [main_event]
        for a in about:
            for t in topics + projects:
                rel.add(a, RelType.DISCUSSED, t, i)
        if topics and not signing and cues.has(Cue.COOPERATE, *bounds):
            partners = [c for c in countries if c.start not in owner_starts]
            if BOTH.search(sent):
                partners = partners + both
            for c in partners:
                for t in topics:
                    rel.add(c, RelType.COOPERATES_IN, t, i)
        if countries and (orgs or main_body) and cues.has(Cue.MEMBERSHIP, *bounds):
            bodies = [o for o in orgs if o.kind in BODIES]
            if not bodies and main_body is not None and THE_BODY.search(sent):
                bodies = [main_body]  # "عدد أعضاء المنظمة": the organization the article is about
            for o in bodies:
                for c in countries:
                    observer = OBSERVER.match(text, c.end) is not None
                    rel.add(c, RelType.MEMBER_OF, o, i, role="observer" if observer else None)
        for o in orgs:  # "اللجنة الحكومية الدولية الأذربيجانية - كازاخستان": its members
            for c in countries:
                if o.start <= c.start < o.end and (c.kind == ADJECTIVE or o.kind in JOINT):
                    rel.add(c, RelType.MEMBER_OF, o, i)
        _located_in(text, places, rel, i)
        for pr in projects:
            for stop in pr.attrs.get("through", []):  # type: ignore[attr-defined]
                rel.add(pr, RelType.PASSES_THROUGH, stop, i)
    return list(rel.out.values())


def _most_named(candidates: list[Span], rel: Relations) -> Span | None:
    """The one the article names most often (the first named on ties): the event or body it
    is about."""
    if not candidates:
        return None
    counts = Counter(rel.keys[s.ref] for s in candidates)
    return max(candidates, key=lambda s: (counts[rel.keys[s.ref]], -s.start))


def _attended(
    text: str,
    cue: tuple[int, int] | None,
    events: list[Span],
    parties: list[Span],
    rel: Relations,
    i: int,
) -> None:
    """ "لقاء … بحضور X وY": who was present at the event named just before the cue."""
    if cue is None:
        return
    at = cue[0]
    before = [e for e in events if e.start < at]
    if not before:
        return
    for x in parties:
        locative = LOCATIVE.search(text[max(0, x.start - 6) : x.start]) is not None
        if x.start > at and x.kind != ADJECTIVE and not locative:
            rel.add(x, RelType.PARTICIPATED_IN, before[-1], i)


def _listed(text: str, pos: int, spans: list[Span]) -> list[Span]:
    """The spans listed from `pos` on, joined by و or commas ("بين تركيا وأذربيجان وقرغيزستان")."""
    out = []
    for s in sorted((s for s in spans if s.start >= pos), key=lambda s: s.start):
        if LIST_GAP.fullmatch(text[pos : s.start]) is None:
            break
        out.append(s)
        pos = s.end
    return out


def _distinct(spans: list[Span], rel: Relations) -> list[Span]:
    seen: dict[str, Span] = {}
    for s in spans:
        seen.setdefault(rel.keys[s.ref], s)
    return list(seen.values())


def _titles(
    doc: Doc,
    people: list[PersonFind],
    person_span: dict[tuple[int, int], Span],
    countries: list[Span],
    main: list[Span],
    rel: Relations,
) -> None:
    taken = {t.of.ref for p in people for t in p.titles if t.of is not None}
    for p in people:
        s = person_span.get((p.start, p.end))
        if s is None:
            continue
        for t in p.titles:
            owner = t.of or _implied_country(doc, t, countries, main, taken)
            if owner is None or not t.role:
                continue
            sentence = doc.sentence_of(t.start)
            if t.role == CO_CHAIR:
                rel.add(s, RelType.CO_CHAIRS, owner, sentence)
            else:
                rel.add(s, RelType.HOLDS_POSITION, owner, sentence, role=t.role)


def _implied_country(
    doc: Doc, t: Title, countries: list[Span], main: list[Span], taken: set[str]
) -> Span | None:
    """Whose office an unattached title is: the last country named before it in its
    sentence, else one of the article's `main` countries — unless a counterpart already
    holds it."""
    if t.kind not in IMPLIED:
        return None  # an ambassador serves one country and sits in another
    lo, _ = doc.sentence_fspan(doc.sentence_of(t.start))
    before = [s for s in countries if lo <= s.start < t.start]
    if before:
        return before[-1]
    free = [c for c in main if c.ref not in taken]
    return free[0] if free and t.role != CO_CHAIR else None


def _held_in(doc: Doc, events: list[Span], places: list[Span], rel: Relations, i: int) -> None:
    if not events:
        return
    text = doc.ftext
    located = [
        p
        for p in places
        if p.kind != ADJECTIVE
        and (
            LOCATIVE.search(text[max(0, p.start - 40) : p.start]) is not None
            or ("ب" in p.proclitics and p.label == Label.PLACE)
        )
    ]
    cities = [p for p in located if p.label == Label.PLACE] or located
    for e in events:
        owner = e.attrs.get("owner")
        if isinstance(owner, Span) and owner.label in (Label.PLACE, Label.COUNTRY):
            rel.add(e, RelType.HELD_IN, owner, i)
            continue
        if cities:
            nearest = min(cities, key=lambda p: abs(p.start - e.start))
            rel.add(e, RelType.HELD_IN, nearest, i)


def _part_of(
    doc: Doc, events: list[Span], bodies: list[Span], main_body: Span | None, rel: Relations, i: int
) -> None:
    for e in events:
        owner = e.attrs.get("owner")
        if isinstance(owner, Span) and owner.label == Label.ORGANIZATION:
            rel.add(e, RelType.PART_OF, owner, i)
        elif e.kind == SUMMIT:  # a summit belongs to the organization named with it
            body = next((o for o in bodies if o.kind in BODIES), main_body)
            if body is not None:
                rel.add(e, RelType.PART_OF, body, i)
    for a, b in pairwise(events):
        if WITHIN.search(doc.ftext[a.end : b.start]):
            rel.add(a, RelType.PART_OF, b, i)


def _located_in(text: str, places: list[Span], rel: Relations, i: int) -> None:
    for a, b in pairwise(places):
        if a.label != Label.PLACE or b.label != Label.COUNTRY:
            continue
        gap = text[a.end : b.start]
        if (b.kind == ADJECTIVE and gap.strip() == "") or CAPITAL_OF.match(gap) or gap == " في ":
            rel.add(a, RelType.LOCATED_IN, b, i)
