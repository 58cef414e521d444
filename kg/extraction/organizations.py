"""Organizations the gazetteer does not list, found by their head noun.

`اللجنة الحكومية الدولية الأذربيجانية - كازاخستان المعنية بالتعاون …`, `شركة سوكار للتجارة`,
`وزارة الطاقة والمناجم`: a head (لجنة, مجلس, شركة, وزارة …) and its qualifiers. A bare
head ("اللجنة") is an anaphor, not a name, and is left out. Shorter mentions whose words
open a longer one ("اللجنة الحكومية الدولية") name the same body.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extraction.document import Doc
from kg.extraction.headed import Head, find_heads
from kg.extraction.known import ADJECTIVE
from kg.extraction.labels import COUNTRY, ORGANIZATION
from kg.extraction.matcher import PhraseMatcher
from kg.extraction.phrases import extend, skip
from kg.extraction.scan import SHARED
from kg.extraction.spans import Occupied, Span
from kg.extraction.state_bodies import find_state_bodies
from kg.lexicon.files import read_tsv, values
from kg.lexicon.titles import portfolios
from kg.lexicon.topics import topic_words
from kg.lexicon.triggers import head_words
from kg.lexicon.words import function_words
from kg.text.clitics import bare
from kg.text.normalize import fold
from kg.text.romanize import romanize

QUOTED = ' "'  # the next word may stand in quotes: شركة "سوكار"
DASH_AFTER = re.compile(r"- ")
MINISTRY = "Ministry"  # a dash glued to the head word
CHAMBER = "Chamber"
CENTRE = "Centre"
# "سلطة النقد", "سلطة ضبط المحروقات" name a body; "السلطة التنفيذية" is a branch of power.
POWER = "سلطه"
NISBA_ENDS = ("ي", "يه")  # folded ends of a nisba adjective: "الثقافي", "الوطنية"
NEXT_WORD = re.compile(r" (ال\w+)")
TRADE = re.compile(r"تجار|صناع|زراع")  # a chamber of commerce, industry or agriculture
FEMININE = "ه"  # folded ة
WORD = re.compile(r"\S+")
FIELD_WORDS = 4  # the most words a field of topics.tsv takes
AND_THE = re.compile(r" وال(\w+)")
AND_PORTFOLIO = re.compile(r" و(ال\w+(?: ال\w+)?)")
CONSTRUCT = re.compile(r" ((?![وبلفك]?ال)[^\W\d]{3,})(?= ال\w)")
PURPOSE = re.compile(r" لت\w{3,}")  # ل + a masdar of the تفعيل pattern: لتطوير، لتنمية
_QUALIFIERS = {
    "حكوميه": "Intergovernmental",
    "دوليه": "",
    "مشتركه": "Joint",
    "اقتصاديه": "Economic",
    "تجاريه": "Trade",
    "وزاري": "Ministerial",
    "اعلي": "Supreme",
}
#: Their English words: a kind with only these before it names no one ("Joint Commission"),
#: so the graph keeps it inside its article (`kg.graph.merge.is_generic`).
QUALIFIER_NAMES = frozenset(v for v in _QUALIFIERS.values() if v)


@cache
def _li_words() -> frozenset[str]:
    """`للتعاون`, `للتجارة`, `للتنمية`: ل + a field still belongs to a body's name."""
    words = {"ل" + bare(w.ar) for w in topic_words() if " " not in w.ar}
    words |= {"لل" + bare(w.ar) for w in topic_words() if " " not in w.ar}
    # "اللجنة التوجيهية لمشروع …": a body set up for a project is named by it.
    projects = {"لمشروع", "لمشاريع", "لمشروعات"}
    return frozenset(words | projects | {"للتعاون", "للتنميه", "لتنميه", "للتجاره", "للاستثمار"})


@SHARED.load_first  # its table joins the first automaton
@cache
def _ministries() -> PhraseMatcher[str]:
    phrases = []
    for p in portfolios():
        stem = p.ar[2:] if p.ar.startswith("ال") else p.ar
        phrases += [(f"وزارة {p.ar}", p.en), (f"وزارة {stem}", p.en)]
    return PhraseMatcher(phrases)


@cache
def _portfolio_names() -> dict[str, str]:
    """Folded portfolios with the article ("الطاقه") -> English name."""
    return {fold(p.ar): p.en for p in portfolios() if p.ar.startswith("ال")}


def _and_portfolio(text: str, end: int, en: str) -> tuple[int, str]:
    """A second listed portfolio coordinated with the first (`وزارة المناجم والطاقة`):
    the ministry holds both."""
    m = AND_PORTFOLIO.match(text, end)
    if m is None:
        return end, en
    for words in (m.group(1), m.group(1).rsplit(" ", 1)[0]):
        other = _portfolio_names().get(words)
        if other is not None:
            return m.start(1) + len(words), f"{en} and {other}"
    return end, en


@SHARED.load_first  # its table joins the first automaton
@cache
def _metonyms() -> PhraseMatcher[str]:
    """Portfolios that name their ministry alone: "الخارجية", "الدفاع", "الداخلية"."""
    wanted = {fold(w) for w in ("الخارجية", "الدفاع", "الداخلية")}
    return PhraseMatcher((p.ar, p.en) for p in portfolios() if fold(p.ar) in wanted)


def _english(span_text: str, kind: str, inside: list[Span]) -> str | None:
    """The name of a commission, council or the like by its states and qualifiers; None
    for other kinds."""
    countries = [s.name for s in inside if s.label == COUNTRY]
    words = [bare(w) for w in span_text.split()[1:4]]
    quals = [_QUALIFIERS[w] for w in words if _QUALIFIERS.get(w)]
    if kind in ("Commission", "Council", "Working Group", "Secretariat General", "Chamber"):
        prefix = "–".join(dict.fromkeys(countries))
        return " ".join(x for x in (prefix, *quals, kind) if x)
    return None


@cache
def _body_words() -> dict[str, tuple[str, str]]:
    """Folded words of body_qualifiers.tsv without the article, both genders of each ->
    (English, kind: adj or purpose)."""
    out: dict[str, tuple[str, str]] = {}
    for row in read_tsv("body_qualifiers.tsv"):
        for ar in values(row["ar"]):
            word = bare(fold(ar))
            for form in (word, word.removesuffix(FEMININE), word + FEMININE):
                out.setdefault(form, (row["en"], row["kind"]))
    return out


@cache
def _field_names() -> dict[tuple[str, ...], str]:
    """Fields of topics.tsv as folded words without the article -> English in title case."""
    return {_words_key(fold(t.ar).split()): _title(t.en) for t in topic_words() if t.kind == "noun"}


def _field_key(words: list[tuple[int, str]]) -> tuple[str, ...]:
    return _words_key([w for _, w in words])


def _words_key(words: list[str]) -> tuple[str, ...]:
    """Words compared without the article, and without و on all but the first ("صغيرة
    ومتوسطة" and "الصغيرة والمتوسطة" alike)."""
    plain = [bare(w) for w in words]
    return tuple(plain[:1] + [w[1:] if w.startswith("و") and len(w) > 3 else w for w in plain[1:]])


def _title(words: str) -> str:
    """Title case for an English field, "and" kept lower-case.

    >>> _title("small and medium enterprises")
    'Small and Medium Enterprises'
    """
    return " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in words.split())


def _translated(text: str, head: Head, end: int, inside: list[Span]) -> str | None:
    """An English name for a body whose every word after its head is understood: a
    state's adjective, a word of body_qualifiers.tsv or a field of topics.tsv, put before
    the kind in that order (adjectives, fields, purposes): "الشركة الجيبوتية للسكك
    الحديدية" -> "Djibouti Rail Transport Company", "الهيئة العامة للاستثمار" -> "General
    Investment Authority". None when a word is not (the name is then romanized)."""
    found: dict[str, list[str]] = {"state": [], "adj": [], "field": [], "purpose": []}
    words = [(head.end + m.start(), m.group()) for m in WORD.finditer(text[head.end : end])]
    k = 0
    while k < len(words):
        start, word = words[k]
        span = next((s for s in inside if s.start <= start < s.end), None)
        if span is not None:
            if span.label != COUNTRY or span.kind != ADJECTIVE:
                return None
            found["state"].append(span.name)
            while k < len(words) and words[k][0] < span.end:
                k += 1
            continue
        plain = bare(word)
        if plain in _body_words():
            en, kind = _body_words()[plain]
            found[kind].append(en)
            k += 1
            continue
        field = next(
            (
                n
                for n in range(FIELD_WORDS, 0, -1)
                if _field_key(words[k : k + n]) in _field_names()
            ),
            0,
        )
        if not field:
            return None
        found["field"].append(_field_names()[_field_key(words[k : k + field])])
        k += field
    if not any(found.values()):
        return None
    fields = " and ".join(dict.fromkeys(found["field"]))
    parts = (*dict.fromkeys(found["state"] + found["adj"]), fields, *found["purpose"], head.kind)
    return " ".join(p for p in parts if p)


def find_organizations(doc: Doc, known: list[Span], occupied: Occupied) -> list[Span]:
    """Spans of bodies named by a head noun and qualifiers, and of ministries."""
    text = doc.ftext
    # where known names start, that may follow a head as its genitive — not one that "و"
    # joins to it ("المؤسسة الوطنية للبترول والمكتب الوطني للهيدروكاربورات": two bodies)
    names = frozenset(s.start for s in known if not s.proclitics.startswith("و"))
    ministries = find_state_bodies(doc, known, occupied)
    for m in _ministries().find(text):
        if occupied.taken(m.word_start, m.end):
            continue
        end, portfolio = _and_portfolio(text, m.end, m.value)  # "المناجم والطاقة"
        after = skip(text, end, QUOTED)  # where the owner would start
        owner = next((s for s in known if s.start == after), None)
        name = f"Ministry of {portfolio}"
        if owner is not None and owner.label == COUNTRY:
            name += f" of {owner.name}"
            end = owner.end
        ministries.append(Span(ORGANIZATION, m.word_start, end, ref="Org:" + name, name=name))
        occupied.add(m.word_start, end)
    for m in _metonyms().find(text):  # "الخارجية التركية": the ministry, by its adjective
        nisba = next((s for s in known if s.start == m.end + 1 and s.kind == ADJECTIVE), None)
        if nisba is not None and not occupied.taken(m.word_start, m.end):
            name = f"Ministry of {m.value} of {nisba.name}"
            span = Span(ORGANIZATION, m.word_start, nisba.end, "Org:" + name, name)
            ministries.append(span)
            occupied.add(m.word_start, nisba.end)
    out: list[Span] = []
    for head in find_heads(doc, ORGANIZATION):
        if occupied.taken(head.start, head.end):
            continue
        if DASH_AFTER.match(text, head.end):
            continue  # "للمنظمة- الرئاسة الدورية": a bare head, then another phrase
        end = extend(doc, head.end, names=names, allow_li=_li_words().__contains__)
        if end == head.end and not head.definite and (noun := CONSTRUCT.match(text, end)):
            # "مجلس وزراء الخارجية العرب", "وكالة تطوير الأعمال": an indefinite head in
            # construct with a noun that a definite word completes
            end = extend(doc, noun.end(1), names=names, allow_li=_li_words().__contains__)
        end = _coordinated(doc, end, names)  # "الاقتصادية والتجارية المشتركة"
        if end > head.end and (purpose := PURPOSE.match(text, end)) is not None:
            # "الوكالة الوطنية لتثمين موارد المحروقات": a qualified body, then what it is for
            end = extend(doc, purpose.end(), names=names, construct=2, max_words=4)
        if head.kind == CHAMBER and not TRADE.search(text, head.start, end):
            continue  # "غرفة العمليات": a room, not a chamber of commerce
        if head.kind == CENTRE and not _adjective_next(text, head.end, names):
            continue  # "مركز المدينة", "مركز الثقل": a place or a figure of speech
        if head.definite and head.phrase.endswith(POWER):
            continue  # "السلطة التنفيذية": a branch of power, not a body
        if end == head.end and head.kind != "Company":
            continue  # a bare "اللجنة" points back; it does not name
        if head.kind == "Company":
            # "شركة سوكار للتجارة" is named by the words after it; "الشركة" is named only by
            # its adjectives ("الشركة الوطنية"): "الشركة إنشاء مصفاة" is its verb's object.
            if not head.definite:
                end = _company_end(doc, head.end, occupied)
            else:  # "الشركة الجيبوتية للسكك الحديدية": what it does, after لل, too
                end = extend(doc, head.end, names=names, allow_li=_of_the)
            if end == head.end:
                continue
        inside = [s for s in known if head.start <= s.start and s.end <= end]
        orgs_inside = [s for s in inside if s.label == ORGANIZATION]
        if any(not _organ_of(text, head, s) for s in orgs_inside) or (
            inside
            and all(s.kind != ADJECTIVE for s in inside)
            and inside[0].start == skip(text, head.end, QUOTED)
        ):
            continue  # "منظمة الأمم المتحدة", "وكالة الأنباء الصينية شينخوا": already named
        phrase = text[head.start : end]
        words = _without_preposition(text, head, end)
        name = (
            _english(words, head.kind, inside)
            or _translated(text, head, end, inside)
            or _named_company(text, head, end)
            or romanize(words)
        )
        if head.kind == MINISTRY:  # a portfolio portfolios.tsv lacks: "وزارة الانتقال الطاقي"
            name = _ministry(doc, head.end, end, inside)
        span = Span(ORGANIZATION, head.start, end, ref="", name=name, kind=head.kind)
        # "للجنه" drops one lam of ل + اللجنه: compare words without a leading ل.
        span.attrs["words"] = " ".join(bare(w).removeprefix("ل") for w in phrase.split())
        span.attrs["countries"] = frozenset(s.ref for s in inside if s.label == COUNTRY)
        out.append(span)
        occupied.add(head.start, end)
    _corefer(out)
    return ministries + out


def _named_company(text: str, head: Head, end: int) -> str | None:
    """ "شركة ألبيراق" -> "Albiraq Company": a company's own name in letters, its kind in
    English (not "Shrkh …"); None for other kinds."""
    if head.kind != "Company" or head.definite:
        return None
    return f"{romanize(text[head.end : end].strip())} Company"


def _adjective_next(text: str, end: int, names: frozenset[int]) -> bool:
    """The head is followed by an adjective: a nisba ("المركز الثقافي") or a state's name
    or adjective ("المركز الصيني للتجارة")."""
    m = NEXT_WORD.match(text, end)
    return m is not None and (m.group(1).endswith(NISBA_ENDS) or m.start(1) in names)


def _without_preposition(text: str, head: Head, end: int) -> str:
    """The body's words without a preposition its head carries: "لمنظمة X" is named
    "منظمة X" (a definite head keeps its article: "للجنة" is "اللجنة")."""
    start = head.end - len(head.phrase)
    if head.definite and not head.phrase.startswith("ال"):
        return "ال" + text[start:end]
    return text[start:end]


def _coordinated(doc: Doc, end: int, names: frozenset[int]) -> int:
    """A body's qualifiers go on over a coordinated field or adjective: `غرفة التجارة
    والصناعة الأفريقية`, `اللجنة الاقتصادية والتجارية المشتركة`."""
    text = doc.ftext
    while (m := AND_THE.match(text, end)) is not None:
        word = m.group(1)
        # "الصغيرة والمتوسطة": a feminine adjective after a feminine one, not a new head
        agrees = text[end - 1] == word[-1] == FEMININE and word not in head_words()
        if not (word.endswith("يه") or "ال" + word in _fields() or agrees):
            break
        end = extend(doc, m.end(), names=names, allow_li=_li_words().__contains__)
    return end


@cache
def _fields() -> frozenset[str]:
    """Field words with the article, folded: "التجاره", "الصناعه"."""
    return frozenset(fold("ال" + w.ar) for w in topic_words() if " " not in w.ar)


def _of_the(word: str) -> bool:
    """`للسكك`, `للنفط`: ل + the article names what a company does."""
    return word.startswith("لل") or word in _li_words()


def _organ_of(text: str, head: Head, org: Span) -> bool:
    """`الجمعية البرلمانية لمنظمة التعاون الإسلامي`: a body named with qualifiers, then ل and
    a known organization, is an organ of it; `منظمة الأمم المتحدة` is that organization."""
    return (
        org.proclitics.endswith("ل")
        and org.start > skip(text, head.end)
        and (text[head.end : org.start].strip().startswith("ال"))
    )


def _ministry(doc: Doc, start: int, end: int, inside: list[Span]) -> str:
    """`Ministry of <portfolio, romanized> of <country>`, the country from a name inside."""
    country = next((s for s in inside if s.label == COUNTRY), None)
    field_end = country.start if country is not None else end
    name = f"Ministry of {romanize(doc.original(skip(doc.ftext, start), field_end).strip())}"
    return f"{name} of {country.name}" if country is not None else name


def _company_end(doc: Doc, end: int, occupied: Occupied) -> int:
    """`شركة X Y للتجارة`: up to three words that are not function words or punctuation,
    nor a name another stage found; a nisba ends the name ("شركة ألبيراق التركية ميناء
    مقديشو": the port is what the company runs)."""
    words = doc.words
    i = doc.word_at(end)
    for w in words[i : i + 3]:
        if doc.ftext[end : w.start] not in (" ", ' "', '"'):
            break
        if w.text in function_words() or w.text.isdigit() or occupied.taken(w.start, w.end):
            break
        end = w.end
        if w.text.startswith("ال") and w.text.endswith(NISBA_ENDS):
            break
    return end


def _same_body(a: Span, b: Span) -> bool:
    """One body when the words of one open the other, or both name the same member states."""
    countries = a.attrs["countries"]
    if countries and countries == b.attrs["countries"]:
        return True
    return str(a.attrs["words"]).startswith(str(b.attrs["words"]))


def _corefer(spans: list[Span]) -> None:
    """One ref for spans of one kind when they name the same body (longest name first)."""
    longest_first = sorted(spans, key=lambda s: -len(str(s.attrs["words"])))
    for s in longest_first:
        owner = next(
            (o for o in longest_first if o.kind == s.kind and o.ref and _same_body(o, s)), None
        )
        if owner is None:
            s.ref = f"Org:{s.name}:{s.attrs['words']}"
        else:
            s.ref, s.name = owner.ref, owner.name
