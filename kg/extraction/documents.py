"""How far a document's name reaches, and lists of documents named by their subjects.

A document is named by its head and what follows it: who signed it (`الموقعة بين
البلدين`), what it is for (`لتنظيم خدمات النقل الجوي`), its field (`في مجال النقل
البحري`), its subject (`بشأن تسوية المعاملات بالعملات المحلية`) and its period (`للفترة
2023-2025`). A plural or dual head followed by subjects (`اتفاقيات بشأن A، وB، وC`,
`مذكرتين للتعاون في مجال A، وبشأن B`) names one document per subject.

>>> tail_words("اتفاقية الصيد الموقعة بين البلدين لتطوير الموانئ والأساطيل في المياه .", 13)
['الموقعه', 'بين', 'البلدين', 'لتطوير', 'المواني', 'والاساطيل']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extraction.document import Doc
from kg.lexicon.words import function_words
from kg.text.normalize import fold

# The continuations of a document's name, tried in turn at its current end. SIGNED,
# PERIOD and BETWEEN are whole; after any other opener come up to OPENER_WORDS plain words.
SIGNED = re.compile(r" (?:الموقعه|الموقع|المبرمه|المبرم|المتفق عليها|المتفق عليه)\b")
PERIOD = re.compile(r" (?:للفتره|لعامي|لعام|للاعوام|للسنوات) (?:من )?\d{4}(?: ?[-/و] ?\d{4})?")
# "بين" opens only the two sides as a whole ("بين البلدين", "بين وزارتي العدل"): a list
# of named parties is who signed, not part of the name.
BETWEEN = re.compile(r" بين (?:(?:ال|ب|في |ل)?(?:بلدين|جانبين|طرفين|دولتين)|(?:وزارتي|حكومتي) \w+)")
OPENER = re.compile(
    r" (?:في مجالات|في مجالي|في مجال|بمجالات|بمجال|بشان|حول|حيال) "
    r"| (?=ل\w{4,})"  # "لتنظيم", "للتعاون": ل + a masdar says what it is for
)
OPENS_PERIOD = frozenset(fold(w) for w in ("للفترة", "لعامي", "لعام", "للأعوام", "للسنوات"))
DASH = re.compile(r" ?- ?")
WORD = re.compile(r"\w+")
MAX_WORDS = 14
OPENER_WORDS = 5
MAX_PIECE_WORDS = 12
# Words after which a document's name never goes on.
STOP = frozenset(fold(w) for w in ("التي", "الذي", "والتي", "والذي", "اليوم", "أمس", "الى", "إلى"))
BOTH_PARTIES = frozenset(fold(w) for w in ("البلدين", "الجانبين", "الطرفين", "الدولتين"))
PLURAL_ENDINGS = ("ات",)
DUAL_ENDINGS = ("تين", "تي", "تان", "تا")
# What opens the subjects of a plural or dual head.
SUBJECTS = re.compile(r" (?:بشان|حول|في مجالات|في مجال|تتعلق ب|تشمل|تتناول) | (?=ل\w{4,})")
FIELDS = re.compile(r" في (?:مجالات|مجالي) ")
COORDINATED = re.compile(r" (?=وال)")  # where the next of coordinated fields starts
PIECE_END = re.compile(r"[،,.:;؛\n]")
NEXT_SUBJECT = re.compile(r"(?:،|,)? ?و(?:بشان |حول |في مجال )?")


def _plain_words(text: str, pos: int, limit: int) -> int:
    """End of up to `limit` words from `pos` (where a word starts) joined by single spaces
    (or a dash before an adjective), none of them (after the first) a function word."""
    end = pos
    words = 0
    for m in WORD.finditer(text, pos, min(len(text), pos + 240)):
        w = m.group()
        gap = text[end : m.start()]
        if words and not (gap == " " or (DASH.fullmatch(gap) and w.startswith("ال"))):
            break  # "السعودية – اليابانية": two adjectives joined by a dash go on
        if not words and m.start() != pos:
            break  # punctuation where the first word should be
        if w in STOP or (words and w in function_words()):
            break
        if words and (w in OPENS_PERIOD or (w.startswith("و") and not w.startswith("وال"))):
            break  # "وستدعو": a new clause, not a coordinated field ("والطاقة")
        end, words = m.end(), words + 1
        if words >= limit:
            break
    return end


def tail(text: str, end: int) -> int:
    """End of the continuations of a document's name that ends at `end` (folded text)."""
    budget = MAX_WORDS
    while budget > 0:
        m = SIGNED.match(text, end) or PERIOD.match(text, end) or BETWEEN.match(text, end)
        if m is not None:
            new_end = m.end()
        else:
            m = OPENER.match(text, end)
            if m is None:
                break
            new_end = _plain_words(text, m.end(), min(budget, OPENER_WORDS))
            if new_end <= m.end():
                break
        budget -= len(text[end:new_end].split())
        end = _and_parties(text, new_end)
    return end


def _and_parties(text: str, end: int) -> int:
    """`بين وزارتي العدل بالبلدين`, `بين الجانبين`: a trailing `بالبلدين` belongs too."""
    for both in BOTH_PARTIES:
        for lead in (" ", " ب", " في ", " ل"):
            if text.startswith(lead + both, end):
                return end + len(lead + both)
    return end


def tail_words(ftext_or_text: str, end: int) -> list[str]:
    """The words of the tail after a head ending at `end` (for reading and for tests)."""
    text = fold(ftext_or_text)
    return text[end : tail(text, end)].split()


def is_plural(phrase: str) -> bool:
    """`اتفاقيات`, `مذكرات تفاهم`: the head is a plural noun."""
    first = phrase.split()[0]
    first = first[2:] if first.startswith("ال") else first
    return first.endswith(PLURAL_ENDINGS)


def is_dual(phrase: str) -> bool:
    """`مذكرتين`, `مذكرتي تفاهم`, `اتفاقيتان`: the head is a dual noun."""
    first = phrase.split()[0]
    first = first[2:] if first.startswith("ال") else first
    return first.endswith(DUAL_ENDINGS) and not first.endswith("يات")


@dataclass(frozen=True)
class Subject:
    """One document of a list: where its mention starts and ends (folded offsets)."""

    start: int
    end: int


def subjects(doc: Doc, head_start: int, head_end: int, dual: bool) -> list[Subject]:
    """The documents a plural or dual head lists by subject, each with its mention: the
    first one's runs from the head, each further one's from its `و`. Empty when the head
    is not followed by subjects, or (a dual) by other than two."""
    text = doc.ftext
    opener = SUBJECTS.match(text, head_end)
    if opener is None:
        return []
    _, sentence_end = doc.sentence_fspan(doc.sentence_of(head_start))
    out: list[Subject] = []
    start, pos = head_start, opener.end()
    while pos < sentence_end:
        end = max(tail(text, _plain_words(text, pos, MAX_PIECE_WORDS)),
                  _to_comma(text, pos, sentence_end))  # fmt: skip
        if end <= pos:
            break
        out.append(Subject(start, end))
        nxt = NEXT_SUBJECT.match(text, end)
        if nxt is None or (dual and len(out) == 2):
            break
        start, pos = _after_comma(text, end), nxt.end()
        if text.startswith(_OTHER_HEADS, pos):
            break  # "، وبرنامج تعاون": the next document has a head of its own
        space = text.find(" ", pos)
        if (text[pos:space] if space != -1 else text[pos:]) in function_words():
            break  # "، وذلك خلال زيارة …", "، وقد …": the sentence goes on, no subject
    if len(out) == 1 and FIELDS.fullmatch(opener.group()):
        out = _fields(text, out[0], opener.end())  # "ثلاث اتفاقيات في مجالات الطاقة والنقل"
    if dual and len(out) != 2:
        return []
    return out if len(out) >= 2 or dual else []


def _fields(text: str, only: Subject, pos: int) -> list[Subject]:
    """One subject per field of `في مجالات الطاقة والنقل والتعليم`: each from its `و`."""
    cuts = [m.start() + 1 for m in COORDINATED.finditer(text, pos, only.end)]
    if not cuts:
        return [only]
    ends = [c - 1 for c in cuts] + [only.end]
    starts = [only.start, *cuts]
    return [Subject(a, b) for a, b in zip(starts, ends, strict=True)]


_OTHER_HEADS = tuple(
    fold(w) for w in ("برنامج", "مذكرة", "مذكرات", "اتفاقية", "اتفاقيات", "بروتوكول", "خطة")
)


def _to_comma(text: str, pos: int, sentence_end: int) -> int:
    """The end of a listed subject that runs to the next comma or the sentence's end
    (`وتبادل الخبرات في مجال الصيد البحري`), if it is short enough to be one."""
    stop = PIECE_END.search(text, pos, sentence_end)
    end = stop.start() if stop else sentence_end
    while end > pos and not text[end - 1].isalnum():
        end -= 1
    return end if len(text[pos:end].split()) <= MAX_PIECE_WORDS else pos


def _after_comma(text: str, end: int) -> int:
    """Where the next subject's mention starts: at its `و`, after any comma and space."""
    pos = end
    while pos < len(text) and text[pos] in "،, ":
        pos += 1
    return pos
