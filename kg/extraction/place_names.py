"""Places named by a word for a place: islands, provinces, districts; a capital by its state.

- `جزيرة بوبيان`, `مقاطعة دانقارا`, `محافظة ظفار`: an administrative or island head
  followed by a name the gazetteer lacks is a Place of that kind.
- `منطقة جلال أباد`, `ولاية كسلا` after a listed city: the province named after the city
  is a Place of its own; after a listed region (`إقليم شينجيانغ`) it is that region.
- `جيبوتي العاصمة`, `الكويت العاصمة`: a state's name followed by "the capital" is its
  capital city.
- `مركز المؤتمرات بمدينة X`, `مجمع معارض …`, `مركز X الدولي للمعارض`, `مقر رئاسة الحكومة`:
  a building where events are held (heads in `venues.tsv`) is a Place of kind building.

>>> from kg import extract
>>> g = extract("ووصل الوفد إلى جيبوتي العاصمة قادما من جزيرة بيمبا.")
>>> sorted(e.name for e in g.entities if e.label.value == "Place")
['Bimba Island', 'Djibouti City']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from kg.extraction.document import Doc, Word
from kg.extraction.labels import COUNTRY, PLACE
from kg.extraction.matcher import PhraseMatcher
from kg.extraction.scan import SHARED
from kg.extraction.spans import Span
from kg.lexicon.files import read_tsv, values
from kg.lexicon.gazetteer import Term, gazetteer
from kg.lexicon.words import function_words
from kg.text.normalize import fold
from kg.text.romanize import romanize

CAPITAL = fold(" العاصمة")
# Heads that name a place by the word after them, with the English word for the kind.
_HEADS = {
    "جزيرة": "Island",
    "جزر": "Islands",
    "مقاطعة": "District",
    "محافظة": "Governorate",
    "ولاية": "State",
    "إقليم": "Region",
    "منطقة": "Region",
    "مديرية": "District",
    "ناحية": "District",
    "بلدة": "Town",
    "قرية": "Village",
    "قصر": "Palace",
    "مطار": "Airport",
}
BUILDINGS = frozenset({"Palace", "Airport"})
INTERNATIONAL = fold("الدولي")
# Heads whose next word is too often an ordinary noun: they name only a listed place.
ONLY_KNOWN = frozenset({fold("منطقة")})
CITY_KINDS = frozenset({"city", "capital", "port"})
# A nisba after a (feminine) head ends in ية; only after masculine إقليم in ي.
NISBA_ENDINGS = ("يه", "يين", "يون")
MASCULINE = frozenset({fold("إقليم")})
# Adjectives and directions that follow a head without naming a place ("منطقة عازلة",
# "جزيرة بيمبا شمالي البلاد" ends at the name).
ORDINARY = frozenset(
    fold(w)
    for w in (
        *("واحدة", "أخرى", "جديدة", "كبيرة", "صغيرة", "نائية", "حدودية", "عازلة", "حرة"),
        *("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"),
        *("المدة", "الفترة", "الوقت", "النظر", "المسافة"),  # "قصر المدة": shortness
    )
)


BUILDING = "building"
WHOLE, WORDS, PURPOSE, FOR = "whole", "words", "purpose", "for"  # venues.tsv's name column
VENUE_WORDS = 4  # name words of a venue, at most ("مجمع معارض الاستيراد والتصدير")
PURPOSE_WORDS = 3  # name words before a venue's purpose ("مركز X الدولي للمؤتمرات")
CITY_WITHIN = 40  # from a venue named by its head alone to the city that says which it is
CITY_BREAK = re.compile(r"[.;:؛]")


@dataclass(frozen=True)
class Venue:
    """A head of the name of a building where events are held (`venues.tsv`)."""

    en: str
    name: str  # WHOLE, WORDS or PURPOSE: what the name holds after the head


@cache
def _purposes() -> dict[str, str]:
    """Folded purpose (`للمؤتمرات`) -> the English kind of the building it makes."""
    rows = (r for r in read_tsv("venues.tsv") if r["name"] == FOR)
    found = {fold(ar): r["en"] for r in rows for ar in values(r["ar"])}
    return dict(sorted(found.items(), key=lambda kv: -len(kv[0])))  # longest first


@SHARED.load_first  # its table joins the first automaton
@cache
def _heads() -> PhraseMatcher[str | Venue]:
    phrases: list[tuple[str, str | Venue]] = []
    for ar, en in _HEADS.items():
        phrases += [(ar, en), ("ال" + ar, en)]
    for row in read_tsv("venues.tsv"):
        if row["name"] != FOR:
            phrases += [(ar, Venue(row["en"], row["name"])) for ar in values(row["ar"])]
    return PhraseMatcher(phrases)


@cache
def _capitals() -> dict[str, Term]:
    return {t.country: t for t in gazetteer() if t.kind == "capital" and t.country}


def name_places(doc: Doc, known: list[Span]) -> list[Span]:
    """`known` with capitals named by their state and places named by their head noun;
    still in text order and without overlaps."""
    text = doc.ftext
    at = {s.start: s for s in known}
    replaced: dict[int, Span] = {}  # start of a known span -> what stands for it
    added: list[Span] = []
    for s in known:
        if s.label == COUNTRY and s.kind != "adjective" and text.startswith(CAPITAL, s.end):
            capital = _capitals().get(s.country or "")
            if capital is not None:
                end = s.end + len(CAPITAL)
                replaced[s.start] = Span(PLACE, s.start, end, capital.key, capital.name_en,
                                         capital.qid, capital.country, "capital",
                                         s.proclitics)  # fmt: skip
    taken = bytearray(len(text) + 1)
    for s in known:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    for m in _heads().find(text):
        if taken.find(1, m.word_start, m.end) != -1:
            continue
        if isinstance(m.value, Venue):
            city = at.get(m.end + 1)  # "مركز X الدولي للمعارض" named after a listed city
            if m.value.name == PURPOSE and city is not None and city.label == PLACE:
                venue = _named_after(doc, m.word_start, m.start, city)
                if venue is not None and city.start not in replaced:
                    replaced[city.start] = venue
                continue
            venue = _venue(doc, m.word_start, m.start, m.end, m.value, taken, known)
            if venue is not None:
                added.append(venue)
            continue
        pos = m.end + 1
        place = at.get(pos)
        if place is not None and place.start not in replaced:
            span = _with_head(place, m.word_start, m.value, text[m.word_start : m.start])
            if span is not None:
                replaced[place.start] = span
            continue
        quoted = _quoted(doc, pos, taken)  # 'ناحية "X"': the quoted name names it
        if quoted is not None:
            name = f"{romanize(doc.original(pos + 1, quoted))} {m.value}"
            kind = BUILDING if m.value in BUILDINGS else "region"
            added.append(Span(PLACE, pos + 1, quoted, "Place:" + name, name, kind=kind))
            continue
        if text[m.start : m.end].removeprefix("ال") in ONLY_KNOWN:
            continue
        masculine = text[m.start : m.end].removeprefix("ال") in MASCULINE
        if m.value in BUILDINGS:  # "قصر الاتحادية", "مطار الملكة علياء الدولي"
            end = _building_end(doc, pos, taken)
        else:
            end = _name_end(doc, pos, taken, masculine)
        if end > pos:
            name = f"{romanize(doc.original(pos, end))} {m.value}"
            kind = BUILDING if m.value in BUILDINGS else "region"
            added.append(Span(PLACE, m.word_start, end, "Place:" + name, name,
                              kind=kind, proclitics=text[m.word_start : m.start]))  # fmt: skip
    added += _crossings(doc, taken)
    out = [replaced.get(s.start, s) for s in known] + added
    return sorted(out, key=attrgetter("start"))


# A border crossing: "معبر" or "منفذ", one to three name words, then "الحدودي" (folded;
# the word for "border" says it, since both heads are ordinary nouns elsewhere: "منفذ
# الهجوم", "معبر عن").
CROSSING = re.compile(
    r"(?<![^\s])([وبل]?)(?:ال)?(?:معبر|منفذ) ((?:[^\s.,،؛:]+ ){1,3}?)الحدودي(?![^\s])"
)


def _crossings(doc: Doc, taken: bytearray) -> list[Span]:
    """Places of kind crossing ("معبر جابر الحدودي" -> "Jaber border crossing"), where no
    other name was found; the name words hold no function word."""
    text, out = doc.ftext, []
    stops = function_words()
    for m in CROSSING.finditer(text):
        words = m.group(2).split()
        if any(w in stops for w in words) or taken.find(1, m.start(), m.end()) != -1:
            continue
        start, end = m.start(2), m.end(2) - 1
        name = f"{romanize(doc.original(start, end))} border crossing"
        out.append(Span(PLACE, m.start(), m.end(), "Place:" + name, name, kind="crossing",
                        proclitics=m.group(1)))  # fmt: skip
    return out


def _venue(
    doc: Doc,
    word_start: int,
    start: int,
    end: int,
    venue: Venue,
    taken: bytearray,
    known: list[Span],
) -> Span | None:
    """The building a venue head opens: the head alone, named after the city that follows
    it ("مركز المؤتمرات بمدينة X": "Congress Center (X)"); the head and its name words; or
    the head, its name words and its purpose ("مركز X الدولي للمؤتمرات") — not a head of
    the purpose kind without its purpose ("مركز تجاري")."""
    text, en = doc.ftext, venue.en
    if venue.name == WHOLE:
        after = (p for p in known if p.start >= end and p.label == PLACE)
        city = next((p for p in after if p.kind != BUILDING), None)
        near = city is not None and city.start - end <= CITY_WITHIN
        if city is not None and near and not CITY_BREAK.search(text, end, city.start):
            name = f"{en} ({city.name})"
        else:
            name = en
    else:
        limit = VENUE_WORDS if venue.name == WORDS else PURPOSE_WORDS
        words = [w for _, w in _plain_words(doc, end + 1, taken, limit)]
        if venue.name == PURPOSE:
            words, en = _before_purpose(text, words, end)
        if not words:
            return None
        name = f"{romanize(doc.original(words[0].start, words[-1].end))} {en}"
        end = words[-1].end if venue.name == WORDS else _purpose_end(text, words[-1].end)
    return Span(PLACE, word_start, end, "Place:" + name, name, kind=BUILDING,
                proclitics=text[word_start:start])  # fmt: skip


def _named_after(doc: Doc, word_start: int, start: int, city: Span) -> Span | None:
    """ "مركز X الدولي للمعارض": a venue named after a listed city, when its purpose follows."""
    at = _purpose_at(doc.ftext, city.end + 1)
    if at is None:
        return None
    name = f"{city.name} {at[1]}"
    return Span(PLACE, word_start, at[0], "Place:" + name, name, kind=BUILDING,
                country=city.country, proclitics=doc.ftext[word_start:start])  # fmt: skip


def _before_purpose(text: str, words: list[Word], head_end: int) -> tuple[list[Word], str]:
    """The name words before the first purpose after a head, and the English kind that
    purpose gives the building; no words when no purpose follows."""
    for n, w in enumerate(words):
        if (at := _purpose_at(text, w.start)) is not None:
            return words[:n], at[1]
    at = _purpose_at(text, (words[-1].end if words else head_end) + 1)
    return (words, at[1]) if at is not None else ([], "")


def _purpose_at(text: str, pos: int) -> tuple[int, str] | None:
    """Where the longest purpose at `pos` ends, and the English kind it gives a building."""
    for purpose, kind in _purposes().items():  # longest first
        end = pos + len(purpose)
        if text.startswith(purpose, pos) and (end == len(text) or not text[end].isalnum()):
            return end, kind
    return None


def _purpose_end(text: str, name_end: int) -> int:
    """Where the purpose after a venue's name words ends."""
    at = _purpose_at(text, name_end + 1)
    return at[0] if at is not None else name_end


QUOTE = '"'  # every quotation mark folds to it
QUOTED_WORDS = 3  # words of a quoted name after a head, at most


def _quoted(doc: Doc, pos: int, taken: bytearray) -> int | None:
    """Where a quoted name of one to three plain words at `pos` ends, before its closing
    quote ('ناحية "نجاد"', 'بلدة "X Y"'), if one stands there."""
    text = doc.ftext
    if not text.startswith(QUOTE, pos):
        return None
    words = [w for _, w in _plain_words(doc, pos + 1, taken, QUOTED_WORDS)]
    if words and text.startswith(QUOTE, words[-1].end):
        return words[-1].end
    return None


def _with_head(place: Span, start: int, kind: str, proclitics: str) -> Span | None:
    """`إقليم شينجيانغ`: the region itself; `منطقة جلال أباد`: the province of a city."""
    if place.label != PLACE:
        return None
    if place.kind in CITY_KINDS:
        if kind in ("Island", "Islands", "Town", "Village"):
            return None
        name = f"{place.name} {kind}"
        return Span(PLACE, start, place.end, "Place:" + name, name,
                    country=place.country, kind="region", proclitics=proclitics)  # fmt: skip
    return Span(PLACE, start, place.end, place.ref, place.name, place.qid, place.country,
                place.kind, proclitics)  # fmt: skip


def _plain_words(doc: Doc, pos: int, taken: bytearray, limit: int) -> Iterator[tuple[int, Word]]:
    """Up to `limit` words from `pos`, one space apart, while each is alphabetic, neither a
    function word nor an ordinary one, and not part of another name (`taken`)."""
    i = doc.word_at(pos)
    end = pos
    for n, w in enumerate(doc.words[i : i + limit]):
        t = w.text
        if (doc.ftext[end : w.start] != ("" if n == 0 else " ") or not t.isalpha()
                or t in function_words() or t in ORDINARY
                or taken.find(1, w.start, w.end) != -1):  # fmt: skip
            return
        yield n, w
        end = w.end


def _building_end(doc: Doc, pos: int, taken: bytearray) -> int:
    """End of a palace's or airport's name: one or two words, with or without the article
    (`قصر الاتحادية`, `مطار الملك خالد`), and an airport's `الدولي`."""
    end = pos
    for n, w in _plain_words(doc, pos, taken, 3):
        if n == 2 and w.text != INTERNATIONAL:
            break
        end = w.end
        if w.text == INTERNATIONAL:
            break
    return end


def _name_end(doc: Doc, pos: int, taken: bytearray, masculine: bool) -> int:
    """End of one or two name words at `pos`: not definite, not a function word, not a
    nisba or an ordinary adjective (`منطقة عازلة`, `جزيرة صناعية`)."""
    end = pos
    for n, w in _plain_words(doc, pos, taken, 2):
        t = w.text
        if (t.startswith("ال") or t.endswith(NISBA_ENDINGS) or (masculine and t.endswith("ي"))
                or t.startswith(("بال", "وال", "لل")) or (n and len(t) < 3)):  # fmt: skip
            break
        end = w.end
    return end
