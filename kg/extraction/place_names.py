"""Places named by a word for a place: islands, provinces, districts; a capital by its state.

- `جزيرة بوبيان`, `مقاطعة دانقارا`, `محافظة ظفار`: an administrative or island head
  followed by a name the gazetteer lacks is a Place of that kind.
- `منطقة جلال أباد`, `ولاية كسلا` after a listed city: the province named after the city
  is a Place of its own; after a listed region (`إقليم شينجيانغ`) it is that region.
- `جيبوتي العاصمة`, `الكويت العاصمة`: a state's name followed by "the capital" is its
  capital city.

>>> from kg import extract
>>> g = extract("ووصل الوفد إلى جيبوتي العاصمة قادما من جزيرة بيمبا.")
>>> sorted(e.name for e in g.entities if e.label.value == "Place")
['Bimba Island', 'Djibouti City']
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from kg.extraction.document import Doc, Word
from kg.extraction.matcher import PhraseMatcher
from kg.extraction.scan import SHARED
from kg.extraction.spans import Span
from kg.lexicon.gazetteer import Term, gazetteer
from kg.lexicon.words import function_words
from kg.schema import Label
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


@SHARED.load_first  # its table joins the first automaton
@cache
def _heads() -> PhraseMatcher[str]:
    phrases = []
    for ar, en in _HEADS.items():
        phrases += [(ar, en), ("ال" + ar, en)]
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
        if s.label == Label.COUNTRY and s.kind != "adjective" and text.startswith(CAPITAL, s.end):
            capital = _capitals().get(s.country or "")
            if capital is not None:
                end = s.end + len(CAPITAL)
                replaced[s.start] = Span(Label.PLACE, s.start, end, capital.key, capital.name_en,
                                         capital.qid, capital.country, "capital",
                                         s.proclitics)  # fmt: skip
    taken = bytearray(len(text) + 1)
    for s in known:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    for m in _heads().find(text):
        if taken.find(1, m.word_start, m.end) != -1:
            continue
        pos = m.end + 1
        place = at.get(pos)
        if place is not None and place.start not in replaced:
            span = _with_head(place, m.word_start, m.value, text[m.word_start : m.start])
            if span is not None:
                replaced[place.start] = span
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
            kind = "building" if m.value in BUILDINGS else "region"
            added.append(Span(Label.PLACE, m.word_start, end, "Place:" + name, name,
                              kind=kind, proclitics=text[m.word_start : m.start]))  # fmt: skip
    out = [replaced.get(s.start, s) for s in known] + added
    return sorted(out, key=lambda s: s.start)


def _with_head(place: Span, start: int, kind: str, proclitics: str) -> Span | None:
    """`إقليم شينجيانغ`: the region itself; `منطقة جلال أباد`: the province of a city."""
    if place.label != Label.PLACE:
        return None
    if place.kind in CITY_KINDS:
        if kind in ("Island", "Islands", "Town", "Village"):
            return None
        name = f"{place.name} {kind}"
        return Span(Label.PLACE, start, place.end, "Place:" + name, name,
                    country=place.country, kind="region", proclitics=proclitics)  # fmt: skip
    return Span(Label.PLACE, start, place.end, place.ref, place.name, place.qid, place.country,
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
