"""The rule registry: each relation rule is a small named function with what it needs as data.

A rule declares its predicate, the cue kinds a sentence must say (`Cue`; a tuple of them: one
of these) and the labels it must name (`needs`); `find_relations` asks a rule only about
sentences that have them, and the rule yields `Fact`s. Every relation keeps the id of the
rule that made it (the function's name), so a reader can ask why an edge is there:

>>> from kg import extract
>>> g = extract("ووقع وزير الطاقة المصري طارق الملا مذكرة تفاهم.")
>>> sorted({(r.type.value, r.rule) for r in g.relations if r.type == "SIGNED"})
[('SIGNED', 'signers_of_a_signing_sentence')]

Adding a rule: write a function over a `Clause` in the module of its predicate and
decorate it with `@rule(...)`; add an example sentence to its predicate's test file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from kg.extraction.cues import CueFinder
from kg.extraction.document import Doc
from kg.extraction.records import maker
from kg.extraction.scan import SHARED
from kg.extraction.spans import Span
from kg.lexicon.cues import cue_phrases
from kg.models import DateSource, Evidence, Relation
from kg.schema import PREDICATES, Label, RelType, allows

if TYPE_CHECKING:
    from kg.extraction.relations.context import Clause


class Cue(StrEnum):
    """What a sentence says, by its cue words (`kg/lexicon/data/cues.tsv`)."""

    MEET = "meet"
    SIGN = "sign"
    NOT_SIGN = "notsign"  # holds a sign cue but signs nothing: "الموقعة", "موقع", "المتوقع"
    WITNESS = "witness"  # "شهد الجانبان توقيع": who witnessed a signing
    SIGN_VERB = "signverb"  # a finite "signed" whose subject follows: "وقعت مصر والأردن"
    PARTIES = "parties"  # "وقعت شركتا X وY": a plural noun before the signing parties
    SIDE = "side"  # "عن الجانب المصري", "نيابة عن": the party a signer signs for
    SITUATION = "situation"  # "تطورات الأوضاع في السودان": a matter of talks, not a partner
    COMPRISE = "comprise"  # "منظمة X التي تضم A وB": the members a body is made of
    ATTEND = "attend"
    HOST = "host"
    CHAIR = "chair"
    DISCUSS = "discuss"
    COOPERATE = "cooperate"
    NOT_COOPERATE = "notcooperate"  # "بالتعاون مع": together with, no field of cooperation
    OPPORTUNITY = "opportunity"  # "فرص التعاون": a chance of cooperation, not cooperation
    MEMBERSHIP = "membership"
    PRESENCE = "presence"
    ATTEND_VERB = "attendverb"  # "وحضر اللقاء A وB": who attended, not who met
    OPERATE = "operate"
    NOT_OPERATE = "notoperate"  # "الرئيس التنفيذي", "مجلس الإدارة": an office, not who runs it
    ROUTE = "route"  # a verb of a route: "يمتد من … إلى", "يربط بين", "مرورا بـ"
    LINE = "line"  # a word for a line a route follows: "الخط", "الكابل", "الوصلة"
    AMONG = "among"  # "التقى عددا من القادة، بينهم A وB": those listed after it
    ACCOMPANY = "accompany"  # "يرافقه", "على رأس وفد": members of a delegation
    HEADS = "heads"  # "بين الرئيسين", "بين الجانبين": the two sides' leaders
    MINISTERS = "ministers"  # "بين الوزيرين": the two sides' ministers
    HELD = "held"  # "أقيم", "عقد", "جرت": a verb of an event taking place
    CONDUCT = "conduct"  # "أجرى X محادثات": a bare event word the text says took place
    JOINT = "joint"  # "اللجنة المشتركة": a body of the two sides
    CHAIRMAN = "chairman"  # "رئيس", "رئيسة": the title of who chairs (a session, a body)
    ACCESSION = "accession"  # "دعم انضمامها": joining, not yet a member
    INAUGURATE = "inaugurate"  # "افتتحت X وY الخط", "دشن الرئيس X": who opens a project
    RECEIVE = "receive"  # "التقى X Y وZ", "استقبل X": a host who met each guest in turn
    SPEECH = "speech"  # "وقال X في كلمته": who speaks at the event
    MESSAGE = "message"  # "بعث برسالة إلى القمة": who only sent a message did not attend
    PRODUCE = "produce"  # "أسفرت عن", "صدر عن": what an event came out with
    LEADERS = "leaders"  # "لقادة الدول", "لرؤساء الدول": whose meeting is a summit
    CONTAIN = "contain"  # "وشملت المذكرات …": what a set of documents covers
    OTHER_TIME = "othertime"  # "القمة السابقة", "الاجتماع المقبل": an event of another time
    SECTION = "section"  # "القسم القرغيزي": the part of a line in one country
    TAKE_PART = "takepart"  # "وتشارك مصر والسودان في", "بمشاركة وفود من": parties follow
    GROUP = "group"  # "وفود من", "قادة", "ممثلو كل من": who represents the states listed
    ARRIVE = "arrive"  # "وصل X إلى Y", "زار X Y": a place someone went to
    PURPOSE = "purpose"  # "للمشاركة في", "حيث شارك في": what he went there for
    HANDOVER = "handover"  # "وستسلم إيران الرئاسة إلى تركيا": a chair handed over
    FOUND = "found"  # "تأسست المنظمة", "أسست مصر والعراق الجامعة": who founded a body
    ADOPT = "adopt"  # "يعتمد القادة", "واعتماد خطة العمل": a document an event adopts
    REMOTE = "remote"  # "بحث هاتفيا مع", "في اتصال هاتفي": talks where no one met
    OFFICIAL = "official"  # "مدير عام الاتحاد X", "ممثلو البنك Y": who acts for a body
    EXCHANGE = "exchange"  # "تبادل X وY المذكرات", "تم تبادل المذكرة من قبل X"
    JOINTLY = "jointly"  # "رعى X وY الحفل", "بحث X وY سبل": subjects who act together met


@SHARED.load_first  # its table joins the first automaton
@cache
def cue_finder() -> CueFinder[Cue]:
    """One automaton over every cue of `cues.tsv`; a kind the enum lacks is an error."""
    phrases = cue_phrases()
    unknown = set(phrases) - set(Cue)
    if unknown:
        raise ValueError(f"cues.tsv: unknown cue kinds {sorted(unknown)}")
    return CueFinder({Cue(kind): words for kind, words in phrases.items()})


class Fact(NamedTuple):
    """What a rule states: `subject -[its predicate]-> object`, with an optional role."""

    subject: Span
    object: Span
    role: str | None = None


Reader = Callable[["Clause"], Iterable[Fact]]


@dataclass(frozen=True)
class Rule:
    """A named rule: its predicate, the cues and labels a sentence needs, and its reader."""

    id: str
    predicate: RelType
    cues: frozenset[Cue]  # every one must occur in the sentence
    needs: tuple[frozenset[Label], ...]  # for each, a span of one of these labels
    read: Reader
    doc: str
    either: tuple[frozenset[Cue], ...] = ()  # for each, a cue of one of these kinds
    # The labels the schema lets the predicate join (`PREDICATES`), read for every fact.
    subjects: frozenset[Label] = field(init=False)
    objects: frozenset[Label] = field(init=False)
    symmetric: bool = field(init=False)

    def __post_init__(self) -> None:
        p = PREDICATES[self.predicate]
        object.__setattr__(self, "subjects", p.subjects)
        object.__setattr__(self, "objects", p.objects)
        object.__setattr__(self, "symmetric", p.symmetric)

    def reads(self, kinds: frozenset[Cue], labels: frozenset[Label]) -> bool:
        """Whether a sentence that says these kinds of cue and names these labels has
        what the rule needs.

        >>> r = Rule("r", RelType.MET_WITH, frozenset({Cue.MEET}), (frozenset({Label.PERSON}),),
        ...          print, "", (frozenset({Cue.HEADS, Cue.MINISTERS}),))
        >>> persons = frozenset({Label.PERSON})
        >>> r.reads(frozenset({Cue.MEET, Cue.HEADS}), persons)
        True
        >>> r.reads(frozenset({Cue.MEET}), persons), r.reads(frozenset({Cue.HEADS}), persons)
        (False, False)
        """
        # Loops, not `all(...)` over generators: asked of every rule for each new combination
        # of cues and labels (a few a hundred articles), it was a tenth of the relation stage
        # on the first articles of a process.
        if not self.cues <= kinds:
            return False
        for e in self.either:
            if e.isdisjoint(kinds):
                return False
        for n in self.needs:  # noqa: SIM110 (a loop, not a generator: see above)
            if n.isdisjoint(labels):
                return False
        return True


RULES: list[Rule] = []


def rule(
    predicate: RelType,
    *,
    cues: tuple[Cue | tuple[Cue, ...], ...] = (),
    needs: tuple[Label | tuple[Label, ...], ...] = (),
) -> Callable[[Reader], Reader]:
    """Register the decorated function as a rule named after it.

    `cues` lists kinds of cue the sentence must say, `needs` labels it must name; a tuple
    inside either means "one of these".
    """

    def register(read: Reader) -> Reader:
        sets = tuple(frozenset((n,) if isinstance(n, Label) else n) for n in needs)
        every = frozenset(k for k in cues if isinstance(k, Cue))
        either = tuple(frozenset(k) for k in cues if not isinstance(k, Cue))
        name = read.__name__
        if any(r.id == name for r in RULES):
            raise ValueError(f"two rules are named {name}")
        doc = (read.__doc__ or "").strip()
        RULES.append(Rule(name, predicate, every, sets, read, doc, either))
        return read

    return register


def rules_for(predicate: RelType) -> list[Rule]:
    """The registered rules that state `predicate`, in registration order."""
    return [r for r in RULES if r.predicate == predicate]


@dataclass
class Relations:
    """Collects relations between resolved entities; drops what the schema forbids.

    The first rule to state a triple names it; a later rule stating it again adds nothing.
    """

    doc: Doc
    keys: dict[str, str]  # span ref -> entity key
    labels: dict[str, Label]  # entity key -> label
    out: dict[tuple[str, RelType, str], Stated] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)  # event key -> the event it is

    def add(
        self,
        s: Span,
        type_: RelType,
        o: Span,
        sentence: int,
        rule: str,
        role: str | None = None,
    ) -> None:
        src, dst = self.keys.get(s.ref), self.keys.get(o.ref)
        if src is None or dst is None:
            return  # a span a longer name absorbed ("نور سلطان" in a person's name)
        self.add_keys(src, type_, dst, sentence, rule, role)

    def add_keys(
        self, src: str, type_: RelType, dst: str, sentence: int, rule: str, role: str | None = None
    ) -> None:
        """Add a relation between two entity keys (what a frame rule states)."""
        if src == dst or not allows(type_, self.labels[src], self.labels[dst]):
            return
        if PREDICATES[type_].symmetric and (dst, type_, src) in self.out:
            return  # "A met B" after "B met A"
        key = (src, type_, dst)
        if key not in self.out:
            self.out[key] = new_stated((src, type_, dst, role, rule, self.doc.evidence(sentence)))

    def add_read(self, rules: Iterable[Rule], clause: Clause, sentence: int) -> None:
        """Add what each of `rules` states about one sentence: `add` for each fact, written
        out here (the rules state dozens of facts per article, many of them twice, and most
        rules state nothing about most sentences: one call a sentence, not one a rule)."""
        keys, labels, out = self.keys, self.labels, self.out
        evidence = None  # the sentence's, looked up for its first new relation
        for r in rules:
            for f in r.read(clause):
                src, dst = keys.get(f.subject.ref), keys.get(f.object.ref)
                if src is None or dst is None or src == dst:
                    continue  # absorbed by a longer name (see `add`), or the same entity
                type_ = r.predicate
                key = (src, type_, dst)
                if key in out:
                    continue  # stated already (a third of the facts): nothing more to ask
                if labels[src] not in r.subjects or labels[dst] not in r.objects:
                    continue  # the schema forbids it
                if r.symmetric and (dst, type_, src) in out:
                    continue  # "A met B" after "B met A"
                if evidence is None:
                    evidence = self.doc.evidence(sentence)
                out[key] = new_stated((src, type_, dst, f.role, r.id, evidence))


class Stated(NamedTuple):
    """A relation as a rule stated it, before it is dated: the `Relation` model is built
    once, with its date (`dated`), when the article's dates are known."""

    source: str
    type: RelType
    target: str
    role: str | None
    rule: str
    evidence: Evidence

    def dated(self, date: str | None, date_source: DateSource | None) -> Relation:
        """The relation, dated.

        >>> ev = Evidence(article="a", sentence=0, start=0, end=4, text="باكو")
        >>> r = Stated("k1", RelType.LOCATED_IN, "k2", None, "rule", ev).dated("2024", None)
        >>> (r.source, r.type.value, r.target, r.date)
        ('k1', 'LOCATED_IN', 'k2', '2024')
        """
        return Relation(
            source=self.source,
            type=self.type,
            target=self.target,
            role=self.role,
            rule=self.rule,
            evidence=self.evidence,
            date=date,
            date_source=date_source,
        )


# A `Stated` from the tuple of its fields (`kg.extraction.records`), for each of the relations
# of an article; tests/extraction/test_relation_stage.py checks that both build the same.
new_stated = maker(Stated)


def distinct(spans: Iterable[Span], keys: dict[str, str]) -> Iterator[Span]:
    """The first span of each entity, in order."""
    seen: set[str] = set()
    for s in spans:
        k = keys.get(s.ref, s.ref)
        if k not in seen:
            seen.add(k)
            yield s
