"""Projects named by a head noun: `مشروع` + a project, a facility and its name, a vision.

- `مشروع أنبوب الغاز العابر للصحراء`, `مشروع خط سكة الحديد الكهربائية`, `مشروع ميناء
  مبارك الكبير`: "project" before another project or facility head names that project.
- `سد روغون`, `محطة براكة`, `جسر الملك فهد`: a dam, plant, bridge, refinery or zone
  followed by a name (a known place, or words that are not ordinary adjectives). A port
  named so, outside a project, is a Place.
- `الرؤية السعودية – اليابانية 2030`, `رؤية 2040`: a vision is named by its year.

>>> from kg import extract
>>> g = extract("وزار الوزير موقع سد روغون في طاجيكستان.")
>>> [e.name for e in g.entities if e.label.value == "Project"]
['Rogun Dam']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from kg.extraction.document import Doc
from kg.extraction.headed import Head
from kg.extraction.known import ADJECTIVE
from kg.extraction.phrases import extend, skip
from kg.extraction.spans import Occupied, Span
from kg.lexicon.words import function_words
from kg.schema import Label
from kg.text.normalize import fold
from kg.text.romanize import romanize

PROJECT = "project"
PORT = "port"
ZONE = "zone"
VISION = "vision"
FACILITIES = frozenset({"plant", "dam", "bridge", "refinery", "zone", PORT})
# Words after a facility's head that describe it rather than name it.
GENERIC = frozenset(
    fold(w)
    for w in (
        "جديد", "جديدة", "كبير", "كبيرة", "عملاق", "عملاقة", "ضخم", "ضخمة", "كهرباء", "توليد",
        "لتوليد", "بحري", "بحرية", "جاف", "جافة", "رئيسي", "رئيسية", "تجاري", "تجارية", "حرة",
        "اقتصادية", "صناعية", "نووية", "مشترك", "مشتركة", "آخر", "أخرى", "واحد", "واحدة", "عدد",
        "كهرومائية", "شمسية", "رياح", "غاز", "نفط", "تحلية", "معالجة", "حاويات", "متعدد",
        "خاصة", "خاص", "دولية", "دولي", "لوجستية", "حديثة",
    )
)  # fmt: skip
YEAR = re.compile(r"(?:19|20)\d\d")
# Facilities that a known place names outside a project too: "مصفاة الدقم", "سد الموصل".
NAMED_BY_PLACE = frozenset({"refinery", "dam", ZONE})
FEMININE = "ه"  # folded ة
IN_PLACE = re.compile(r" (?:في |ب)")
DEFINITE_WORD = re.compile(r" ال\w+")
ROYAL = {fold(ar): en for ar, en in (("الملك", "King"), ("الأمير", "Prince"), ("الشيخ", "Sheikh"),
                                    ("السلطان", "Sultan"))}  # fmt: skip
START = attrgetter("start")
PROJECT_NAME_WORDS = 6  # words after the inner head of "مشروع …"


def find_named_projects(
    doc: Doc, heads: tuple[Head, ...], known: list[Span], occupied: Occupied
) -> list[Span]:
    """Project spans of `مشروع` phrases, named facilities and visions; Place spans of
    ports named outside a project."""
    if not heads:
        return []  # most articles
    at = {s.start: s for s in known}
    by_start = {h.start: h for h in heads}
    names = frozenset(at)
    out: list[Span] = []
    for h in heads:
        if occupied.taken(h.start, h.end):
            continue
        span: Span | None = None
        if h.kind == PROJECT:
            span = _project(doc, h, at, by_start, names, known)
        elif h.kind in FACILITIES:
            span = _facility(doc, h, at, in_project=False)
        elif h.kind == VISION:
            span = _vision(doc, h, known)
        if span is not None:
            out.append(span)
            occupied.add(span.start, span.end)
    return out


def _inner(
    text: str, h: Head, by_start: dict[int, Head], at: dict[int, Span]
) -> Head | Span | None:
    """The project or facility that `مشروع` at `h` introduces: a head or a known project,
    right after it or after `خط` ("مشروع خط سكة الحديد")."""
    pos = skip(text, h.end)
    for start in (pos, pos + 3 if text.startswith("خط ", pos) else -1):
        known = at.get(start)
        if known is not None and known.label == Label.PROJECT:
            return known
        head = by_start.get(start)
        if head is not None and head.kind not in (PROJECT, VISION):
            return head
    return None


def _project(
    doc: Doc,
    h: Head,
    at: dict[int, Span],
    by_start: dict[int, Head],
    names: frozenset[int],
    known: list[Span],
) -> Span | None:
    inner = _inner(doc.ftext, h, by_start, at)
    if inner is None:
        return None
    if isinstance(inner, Span):  # "مشروع خط تابي": the listed project
        return Span(Label.PROJECT, h.start, inner.end, inner.ref, inner.name, inner.qid,
                    inner.country, kind=inner.kind)  # fmt: skip
    end = extend(doc, inner.end, names=names, allow_li=_li, max_words=PROJECT_NAME_WORDS)
    if inner.kind in FACILITIES:
        facility = _facility(doc, inner, at, in_project=True)
        if facility is not None:
            facility.start, facility.label = h.start, Label.PROJECT
            facility.end = max(facility.end, end)
            return facility
    span = Span(Label.PROJECT, h.start, end, "", "", kind=inner.kind)
    listed = [s for s in known if s.label == Label.PROJECT and s.kind == inner.kind]
    if len({s.ref for s in listed}) == 1:  # "مشروع أنبوب الغاز" of the one listed pipeline
        span.ref, span.name, span.qid = listed[0].ref, listed[0].name, listed[0].qid
    return span


def _li(word: str) -> bool:
    """`للصحراء`, `لمدينة`: what a project crosses or serves belongs to its name."""
    return word.startswith("ل") and len(word) > 4


def _facility(doc: Doc, h: Head, at: dict[int, Span], in_project: bool) -> Span | None:
    """A facility head followed by its name: a known place, or name words. A port named
    by a known place outside a project is that place's business, not a new one."""
    text = doc.ftext
    pos = skip(text, h.end, ' "')
    place = at.get(pos)
    kind = h.kind
    if place is not None and place.kind == ADJECTIVE and kind == ZONE:
        # "المنطقة الصناعية الروسية بقناة السويس": a zone named by the state that runs it
        end = place.end
        where = at.get(end + 1)
        if where is not None and where.label == Label.PLACE and where.kind != ADJECTIVE:
            end = where.end
        name = f"{place.name} {kind}"
        return Span(Label.PROJECT, h.start, end, "Project:" + name, name, kind=kind)
    if place is not None:
        if place.kind == ADJECTIVE or place.label not in (Label.PLACE, Label.COUNTRY):
            return None
        if not in_project and kind not in NAMED_BY_PLACE:
            return None  # "محطة صانغاتشال": the place is named; the facility may be no project
        name, end = f"{place.name} {kind}", place.end
    elif kind == ZONE and (where := _zone_place(doc, h.end, at)) is not None:
        name, end = f"{where.name} {kind}", where.end  # "المنطقة الحرة الدولية في جيبوتي"
    else:
        end = _name_end(doc, pos, at)
        if end == pos:
            return None
        name = f"{_readable(doc, pos, end)} {kind}"
    if kind == PORT:  # a port is a place; "مشروع ميناء …" makes it a project
        name = f"Port of {name.removesuffix(' ' + PORT)}"
        return Span(Label.PLACE, h.start, end, "Place:" + name, name, kind=PORT)
    return Span(Label.PROJECT, h.start, end, "Project:" + name, name, kind=kind)


def _zone_place(doc: Doc, end: int, at: dict[int, Span]) -> Span | None:
    """The known place a zone is in (`المنطقة الحرة الدولية في جيبوتي`, `المنطقة الصناعية
    بمومباسا`): after at most two adjectives, `في` or `ب` and the place."""
    text = doc.ftext
    for _ in range(3):
        m = IN_PLACE.match(text, end)
        if m is not None:
            place = at.get(m.end())
            ok = place is not None and place.label == Label.PLACE and place.kind != ADJECTIVE
            return place if ok else None
        adjective = DEFINITE_WORD.match(text, end)
        if adjective is None:
            return None
        end = adjective.end()
    return None


def _name_end(doc: Doc, pos: int, at: dict[int, Span]) -> int:
    """End of a facility's name starting at `pos`: a word that is neither definite nor
    ordinary (or a royal title and a name: "الملك حمد"), then a second such word where the
    name plainly ends after it ("جوليوس نيريري على", "كوم أمبو للطاقة"), then up to two
    definite words ("مبارك الكبير")."""
    words = doc.words
    i = doc.word_at(pos)
    if i >= len(words) or words[i].start != pos:
        return pos
    first = words[i].text
    if first in ROYAL and i + 1 < len(words) and _plain(words[i + 1].text):
        return words[i + 1].end  # "جسر الملك حمد"
    if (
        first.startswith("ال")
        or first in function_words()
        or first in GENERIC
        or not first.isalpha()
        or first.startswith(("بال", "وال", "لل", "فال", "كال"))
    ):
        return pos
    end = words[i].end
    second = words[i + 1].text if i + 1 < len(words) else ""
    # "قادمة من": a feminine participle after the name describes, it does not name.
    if _plain(second) and not second.endswith(FEMININE) and _ends_name(doc, i + 2):
        i, end = i + 1, words[i + 1].end
    for w in words[i + 1 : i + 3]:
        if doc.ftext[end : w.start] != " " or not w.text.startswith("ال"):
            break
        if w.text in function_words() or w.start in at:
            break  # "ميناء جوادر الباكستاني": the country's adjective is not the name
        end = w.end
    return end


def _readable(doc: Doc, pos: int, end: int) -> str:
    """A facility's name in Latin letters, a royal title in English: "King Hamad"."""
    first, _, rest = doc.ftext[pos:end].partition(" ")
    if first in ROYAL:
        return f"{ROYAL[first]} {romanize(doc.original(end - len(rest), end))}"
    return romanize(doc.original(pos, end))


def _plain(word: str) -> bool:
    """A word that may be part of a name: not definite, not a function or ordinary word."""
    return (
        word.isalpha()
        and not word.startswith(("ال", "بال", "وال", "لل", "فال", "كال"))
        and word not in function_words()
        and word not in GENERIC
    )


def _ends_name(doc: Doc, i: int) -> bool:
    """Word `i` plainly follows a name: a preposition or function word, or `لل`."""
    if i >= len(doc.words):
        return True
    w = doc.words[i]
    before = doc.ftext[doc.words[i - 1].end : w.start]
    return before != " " or w.text in function_words() or w.text.startswith("لل")


def _vision(doc: Doc, h: Head, known: list[Span]) -> Span | None:
    """`الرؤية السعودية – اليابانية 2030`, `رؤية مصر 2030`: a vision ends at its year."""
    words = doc.words
    i = doc.word_at(h.end)
    countries = known[bisect_left(known, h.end, key=START) :]
    covered = {w.n for s in countries[:6] for w in words[i : i + 6] if s.start <= w.start < s.end}
    definite, end = 0, h.end
    for w in words[i : i + 6]:
        if doc.ftext[end : w.start].strip(" -"):
            return None  # punctuation: the vision's name ended without a year
        end = w.end
        if YEAR.fullmatch(w.text):
            names = [s for s in countries if s.end <= w.end and s.label == Label.COUNTRY]
            who = "–".join(dict.fromkeys(s.name for s in names))
            name = " ".join(x for x in (who, "Vision", w.text) if x)
            return Span(Label.PROJECT, h.start, w.end, "Project:" + name, name, kind=VISION)
        if w.n in covered:
            continue
        if w.text.startswith("ال") and definite < 2:
            definite += 1
            continue
        return None
    return None
