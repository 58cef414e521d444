"""People, found by pattern: no list of names can hold tomorrow's ministers.

A person is a run of name-like words that
- follows a title (`وزير النقل الأوزبكي إلهام ماخكاموف`), possibly through a chain of
  appositive titles (`وزير الطاقة في كازاخستان، الرئيس المشارك للجنة …، كانات …`), or
- follows an honorific (`الدكتور`, `السيد`), or
- ends in a transliterated surname suffix (-وف, -يف, -ييف, -وفا, -يان, …), or
- is followed by a title in apposition (`أكان راكمتولن، نائب وزير الخارجية`).
Later mentions of a known surname alone (`أردوغان`) name the same person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from kg.extract.document import Doc, Word
from kg.extract.spans import Occupied, Span
from kg.extract.titles import COUNTERPART, Title
from kg.lexicon.titles import portfolios, titles
from kg.lexicon.topics import topic_words
from kg.lexicon.triggers import triggers
from kg.lexicon.words import function_words, honorifics
from kg.schema import Label
from kg.text.clitics import is_proclitic_prefix
from kg.text.normalize import fold
from kg.text.romanize import romanize

# Given names that fold like a function word (علي / على); inside a name they are names.
GIVEN_NAMES = frozenset(fold(w) for w in ("علي",))
NAME_PARTICLES = frozenset(fold(w) for w in ("بن", "ابن", "آل", "عبد", "أبو", "ابو", "بنت"))
# Transliterated surnames of the Caucasus, Central Asia, Russia and Armenia.
SURNAME_ENDINGS = ("وف", "يف", "وفا", "يفا", "وفيتش", "يتش", "ينكو", "سكي", "يان", "وفنا")


def is_surname(word: str) -> bool:
    """A transliterated surname of the Caucasus, Central Asia, Russia or Armenia."""
    return word.endswith(SURNAME_ENDINGS)


MAX_NAME_WORDS = 3
PUNCT_GAP = re.compile(r"[\s،,()\"-]*")  # folded: « » are "
NAME_OPENS = re.compile(r"(^|[،,.:\n\"] ?)$")  # what may stand right before a name
DEFINITE_AFTER_PROCLITIC = re.compile(r"^(?:[وفبك]?ال|[وف]?لل)")


@cache
def _common_words() -> frozenset[str]:
    """Words of the language that a name never contains: function words, head nouns,
    words of titles, portfolios and topics."""
    phrases = [t.ar for t in titles()] + [p.ar for p in portfolios()]
    phrases += [t.ar for label in (Label.EVENT, Label.DOCUMENT, Label.ORGANIZATION, Label.PROJECT)
                for t in triggers(label)]  # fmt: skip
    words = {fold(w) for phrase in phrases for w in phrase.split()}
    words |= {
        fold(prefix + w.ar) for w in topic_words() if " " not in w.ar for prefix in ("", "ال")
    }
    return frozenset(words) | function_words()


@dataclass
class PersonFind:
    """A person's name span and the titles the text gives them."""

    start: int
    end: int
    name: str  # folded name words
    titles: list[Title] = field(default_factory=list)


def _name_like(doc: Doc, word: Word, occupied: Occupied, position: int) -> bool:
    w = word.text
    if len(w) < 2 or w.isdigit() or not w.isalpha() or w.isascii():
        return False
    common = _common_words()
    # "إمام علي رحمان", "علي الكواري": the name, written with ي, not the preposition على
    name_word = w in GIVEN_NAMES and doc.original(word.start, word.end).endswith("ي")
    if not name_word and (w in common or (w[0] in "وف" and w[1:] in common)):
        return False
    if occupied.taken(word.start, word.end):
        return False
    if DEFINITE_AFTER_PROCLITIC.match(w) and not w.startswith("ال"):
        return False  # "للجنة", "بالتعاون": a preposition or conjunction on a definite noun
    # A family name may carry the article (الزياني) but a first name never does; a name that
    # only folds to ال… ("إلهام") does not carry it.
    article = w.startswith("ال") and doc.text[doc.folded.offsets[word.start]] == "ا"
    return not (article and position == 0)


def _read_name(doc: Doc, pos: int, occupied: Occupied) -> tuple[int, int] | None:
    """The name words starting at folded position `pos` (after spaces and honorifics)."""
    words = doc.words
    i = doc.word_at(pos)
    gap = doc.ftext[pos : words[i].start] if i < len(words) else ""
    if i >= len(words) or gap.strip(" ،,"):
        return None
    while i < len(words) and words[i].text in honorifics():
        i += 1
    taken: list[Word] = []
    while i < len(words) and len(taken) < MAX_NAME_WORDS + 2:
        w = words[i]
        if taken and doc.ftext[taken[-1].end : w.start].strip() != "":
            break
        if w.text in NAME_PARTICLES and i + 1 < len(words):
            taken.append(w)
            i += 1
            continue
        if not _name_like(doc, w, occupied, len(taken)):
            break
        taken.append(w)
        i += 1
        content = [t for t in taken if t.text not in NAME_PARTICLES]
        if len(content) > MAX_NAME_WORDS or (len(content) >= 2 and is_surname(w.text)):
            break
    while taken and taken[-1].text in NAME_PARTICLES:
        taken.pop()
    content = [t for t in taken if t.text not in NAME_PARTICLES]
    if len(content) > MAX_NAME_WORDS and not is_surname(taken[-1].text):
        taken.pop()
    if len(content) == MAX_NAME_WORDS and not _closes_name(doc, taken[-1]):
        taken.pop()  # "فلاديمير بوتين سيرأس": a verb glued on after two names
    if not taken:
        return None
    return taken[0].start, taken[-1].end


def _surname_after(doc: Doc, pos: int, occupied: Occupied) -> int | None:
    """The end of one or two name words after `pos` of which the last is a surname."""
    end = pos
    first = doc.word_at(pos)
    for w in doc.words[first : first + 2]:
        if doc.ftext[end : w.start] != " " or not _name_like(doc, w, occupied, 1):
            return None
        end = w.end
        if is_surname(w.text):
            return end
    return None


def _name_before(doc: Doc, pos: int, occupied: Occupied) -> tuple[int, int] | None:
    """Two or three name words that end right before `pos` (a comma may stand between)."""
    end = pos
    while end > 0 and doc.ftext[end - 1] in " ،,":
        end -= 1
    k = doc.word_at(end) - 1
    taken: list[Word] = []
    while k >= 0 and len(taken) < MAX_NAME_WORDS:
        w = doc.words[k]
        after = taken[-1].start if taken else end
        if doc.ftext[w.end : after].strip() or not _name_like(doc, w, occupied, 1):
            break
        taken.append(w)
        k -= 1
    before = doc.ftext[max(0, taken[-1].start - 2) : taken[-1].start] if taken else ""
    if len(taken) < 2 or not NAME_OPENS.search(before):
        return None
    return taken[-1].start, taken[0].end


def _closes_name(doc: Doc, last: Word) -> bool:
    """A name's last word is a surname, or punctuation, a conjunction or the end follows it."""
    rest = doc.ftext[last.end : last.end + 3]
    following = doc.words[last.n + 1].text if last.n + 1 < len(doc.words) else ""
    return (
        is_surname(last.text)
        or following in _common_words()  # "شي جين بينغ التقى"
        or last.text.startswith("ال")
        or not rest.strip()
        or rest.lstrip()[:1] in '،,.()"«»؛:!؟-'
        or rest.lstrip().startswith("و")
    )


def _title_chain(titles: list[Title], first: int, text: str) -> tuple[list[Title], int]:
    """Titles in apposition from `titles[first]` on, and where the chain ends."""
    chain = [titles[first]]
    end = titles[first].stop
    for t in titles[first + 1 :]:
        if t.conj or PUNCT_GAP.fullmatch(text[end : t.start]) is None:
            break
        chain.append(t)
        end = t.stop
    return chain, end


def find_people(doc: Doc, known: list[Span], titles: list[Title]) -> list[PersonFind]:
    """People named in the article, with the titles the text attaches to each mention."""
    text = doc.ftext
    occupied = Occupied(known)
    for t in titles:
        occupied.add(t.start, t.end)
    found: list[PersonFind] = []

    def add(start: int, end: int, attached: list[Title]) -> None:
        for p in found:
            if p.start < end and start < p.end:
                p.titles += [t for t in attached if t not in p.titles]
                if start <= p.start and p.end <= end:  # the longer reading names the person
                    p.start, p.end, p.name = start, end, text[start:end]
                return
        name = text[start:end]
        listed = text[max(0, start - 2) : start] in ("، ", ", ") or any(
            p.end == start - 1 for p in found
        )
        if name.startswith("و") and listed:
            name = name[1:]  # "، وستيفان فيسكونتي": و joins the list; the mention keeps it
        found.append(PersonFind(start, end, name, list(attached)))

    # 1. Title (chain) followed by a name.
    i = 0
    while i < len(titles):
        chain, end = _title_chain(titles, i, text)
        span = _read_name(doc, end, occupied)
        if span is not None and (
            " " in text[span[0] : span[1]] or is_surname(text[span[0] : span[1]])
        ):
            add(*span, chain)
            if chain[0].plural and text.startswith(" و", span[1]):  # "… X وY": the second holder
                second = _read_name(doc, span[1], occupied)
                if second is not None and " " in text[second[0] : second[1]]:
                    add(*second, [])
        i += len(chain)
    # 2. Honorific + name, and transliterated surnames with the words before them.
    honorific = honorifics()
    for w in doc.words:
        if w.text in honorific:
            span = _read_name(doc, w.end, occupied)
            if span is not None and " " in text[span[0] : span[1]]:
                add(*span, [])
        elif is_surname(w.text) and _name_like(doc, w, occupied, 1):
            k = w.n
            first = doc.words[k - 1] if k > 0 else None
            if first and _name_like(doc, first, occupied, 0) and text[first.end : w.start] == " ":
                add(first.start, w.end, [])
    # 3. A city's name that opens a person's name: "نور سلطان نزار باييف".
    for place in known:
        if place.label == Label.PLACE and not place.proclitics:
            last = _surname_after(doc, place.end, occupied)
            if last is not None:
                add(place.start, last, [])
    # 4. A name followed by its country in parentheses: "ستيفان فيسكونتي (فرنسا)".
    for country in known:
        before = text[max(0, country.start - 2) : country.start]
        if country.label == Label.COUNTRY and before.strip() == "(":
            span = _name_before(doc, text.rindex("(", 0, country.start), occupied)
            if span is not None:
                add(*span, [])
    # 5. A title in apposition after the name: "أكان راكمتولن، نائب وزير الخارجية".
    for t in titles:
        span = _name_before(doc, t.start, occupied)
        if span is not None:
            add(*span, [])
    title_at = {t.start: t for t in titles}
    for p in found:
        gap = PUNCT_GAP.match(text, p.end)
        apposed = title_at.get(gap.end() if gap else p.end)
        if apposed is not None and apposed not in p.titles and not apposed.conj:
            p.titles.append(apposed)
    _share_plural_titles(doc, found, titles)
    _resolve_counterparts(found, titles)
    found += _surname_mentions(doc, found, occupied)
    return sorted(found, key=lambda p: p.start)


def _share_plural_titles(doc: Doc, found: list[PersonFind], titles: list[Title]) -> None:
    """ "الرئيسان المشاركان للجنة - وزير … X ووزير … Y": each person after it holds it."""
    for t in titles:
        if not t.plural:
            continue
        sentence = doc.sentence_of(t.start)
        after = [p for p in found if p.start > t.start]
        # The people follow in the same sentence, or (a statement's signers) in the next one.
        holders = [p for p in after if doc.sentence_of(p.start) == sentence] or [
            p for p in after if doc.sentence_of(p.start) == sentence + 1
        ]
        each = len(t.owners) == len(holders) > 1  # "رئيسا طاجيكستان وأوزبكستان X وY"
        for k, p in enumerate(holders):
            own = replace(t, of=t.owners[k], owners=(t.owners[k],)) if each else t
            if own not in p.titles:
                p.titles.append(own)


def _resolve_counterparts(found: list[PersonFind], titles: list[Title]) -> None:
    """ "ونظيره الأذربيجاني X": the counterpart holds the previous title's office."""
    for p in found:
        for k, t in enumerate(p.titles):
            if t.kind != COUNTERPART:
                continue
            before = [u for u in titles if u.end <= t.start and u.kind != COUNTERPART]
            if before:
                ref = before[-1]
                p.titles[k] = Title(t.start, t.end, ref.role, ref.kind, of=t.of, stop=t.stop)


def _surname_mentions(doc: Doc, found: list[PersonFind], occupied: Occupied) -> list[PersonFind]:
    """Later mentions of a surname alone ("أردوغان") name a person already found."""
    surnames = {p.name.split()[-1]: p for p in found if " " in p.name}
    taken = Occupied()
    for p in found:
        taken.add(p.start, p.end)
    extra: list[PersonFind] = []
    if not surnames:
        return extra
    endings = tuple(surnames)
    for w in doc.words:
        if not w.text.endswith(endings):
            continue  # most words: one C call instead of three slices
        cut = next((c for c in range(3) if w.text[c:] in surnames), None)
        if cut is None or not is_proclitic_prefix(w.text[:cut]):
            continue
        if not (taken.taken(w.start, w.end) or occupied.taken(w.start, w.end)):
            extra.append(PersonFind(w.start, w.end, surnames[w.text[cut:]].name, []))
    return extra


def person_span(p: PersonFind) -> Span:
    return Span(Label.PERSON, p.start, p.end, ref="Person:" + p.name, name=romanize(p.name))
