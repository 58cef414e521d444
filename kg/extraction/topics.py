"""Topics of cooperation: fields named after a cue, and the lists that follow it.

"التعاون في مجال الطاقة", "قطاع المحروقات", "تنمية الطاقة والزراعة والصناعة",
"التعاون الاقتصادي والتجاري", "في حقل الزراعة، والعمل، والعمالة …". A field word counts
only after such a cue (or inside a list that started with one): "وزير الطاقة" is a title,
not a topic.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extraction.document import Doc
from kg.extraction.labels import TOPIC
from kg.extraction.matcher import Match, PhraseMatcher
from kg.extraction.scan import SHARED
from kg.extraction.spans import Occupied, Span
from kg.lexicon.topics import TopicWord, topic_words
from kg.text.normalize import fold


def _window_cue(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of `words` (after proclitics and the article) at the end of a window, but for
    a space: what a field right after the window follows."""
    return re.compile(r"(?:^|\s)[وفبلك]*(?:ال)?(?:" + "|".join(words) + r") ?$")


# folded: فى is في
NOUN_CUE_WORDS = ("مجال", "مجالات", "قطاع", "قطاعات", "حقل", "حقول", "ميدان", "ميادين", "تنميه",
                  "تطوير", "تعاون في", "تعاونهما في", "الاهتمام ب", "تتعاونان في")  # fmt: skip
NOUN_CUE = _window_cue(NOUN_CUE_WORDS)
ADJECTIVE_CUE_WORDS = ("تعاون", "علاقات", "شراكه", "تبادل", "مجال", "مجالات", "قطاع", "قطاعات",
                       "خطط", "مشاريع", "مشروعات")  # fmt: skip
ADJECTIVE_CUE = _window_cue(ADJECTIVE_CUE_WORDS)
SHORT = 3  # letters
# A sentence about cooperation or talks: the fields it names are its topics.
SENTENCE_CUE = re.compile(r"تعاون|ناقش|نوقش|بحث|تطرق|تناول|استعرض|مباحثات|محادثات|فرص|تبادل")
# What talks or plans are said to serve ("بما يدعم الاقتصاد", "بما يخدم التنمية"): an aim,
# not a field they are about (the guidelines: what the plans support is no topic).
AIM = re.compile(r"(?:^|\s)بما (?:يدعم|يخدم|يعزز|يحقق|يسهم في|يساهم في) $")
BETWEEN = " بين "
# "التعاون البناء" (constructive cooperation): a field noun right after "التعاون", with no
# "في" between, is an adjective of it ("بنّاء"), not a field (those follow "التعاون في").
AFTER_COOPERATION = re.compile(r"(?:^|\s)[وفبلك]*(?:ال|لل)تعاون $")
COOPERATION = "تعاون "  # what AFTER_COOPERATION ends with: most windows do not
# "الطاقة", "بالكهرباء", "للشباب": the article (or لل), after any proclitics.
DEFINITE = re.compile(r"[وفبك]{0,2}(?:ال|لل)")
AIM_WORD = "بما "  # what AIM opens with: most windows lack it
LIST_GAP = re.compile(r" ?[،,]? ?")
ADJ = "adj"
NISBA = "ي"
NISBA_ENDS = ("ي", "يه")  # folded ends of a nisba adjective ("الاقتصادي", "الاقتصادية")
PLURAL_NISBA = ("ين", "ان")  # "الإقليميين", "الإقليميان": a nisba over two fields
# "التنمية الاقتصادية والاجتماعية": a nisba coordinated after a field's nisba shares its head
# noun ("التنمية الاجتماعية"); group 1 is the mention, group 2 the masculine nisba.
NEXT_NISBA = re.compile(r" ?[،,]? ?(و(?:ال)?(\w+?ي)(?:ه|ين|ان)?)(?!\w)")


def definite_forms(phrase: str) -> list[str]:
    """A field's phrase with and without the article on each word: "حماية بيئة" →
    "حماية البيئة", "الحماية البيئة"…, "الحماية الاجتماعية", so every printed form matches."""
    forms = [""]
    for n, word in enumerate(phrase.split()):
        # "صغيرة ومتوسطة": a coordinated word takes the article after its و ("والمتوسطة").
        conj = "و" if n and word.startswith("و") and len(word) > 3 else ""
        bare = word.removeprefix(conj).removeprefix("ال")
        forms = [f"{f} {conj}{w}".strip() for f in forms for w in (bare, "ال" + bare)]
    return forms


@SHARED.load_first  # its table joins the first automaton
@cache
def _matcher() -> PhraseMatcher[TopicWord]:
    phrases: list[tuple[str, TopicWord]] = []
    for w in topic_words():
        if w.kind == ADJ:
            phrases += [(f, w) for form in (w.ar, w.ar + "ة") for f in definite_forms(form)]
        else:
            phrases += [(f, w) for form in _with_plural_nisba(w.ar) for f in definite_forms(form)]
    return PhraseMatcher(phrases)


@cache
def _headed() -> dict[str, TopicWord]:
    """Fields of a head noun and a nisba, by their folded words with the nisba masculine:
    "تنميه اجتماعي" → social development."""
    out: dict[str, TopicWord] = {}
    for w in topic_words():
        *head, last = fold(w.ar).split()
        if w.kind != ADJ and head and last.endswith(NISBA_ENDS):
            out.setdefault(" ".join(head) + " " + last.removesuffix("ه"), w)
    return out


@cache
def _nisba_head(phrase: str) -> str | None:
    """The folded head words and a space of a field's phrase that a nisba ends ("تنميه "),
    or None. (Keyed by the phrase: a string hashes in C, a TopicWord in Python.)"""
    *head, last = fold(phrase).split()
    if not head or not last.endswith(NISBA_ENDS):
        return None
    return " ".join(head) + " "


def _shared_head(
    text: str, word: TopicWord, end: int, occupied: Occupied
) -> list[tuple[int, int, TopicWord]]:
    """The fields that the nisbas coordinated after a field's own share its head noun with
    ("التنمية الاقتصادية والاجتماعية والثقافية"): each one's span and word."""
    head = _nisba_head(word.ar) if word.kind != ADJ else None
    if head is None:
        return []
    found: list[tuple[int, int, TopicWord]] = []
    while (m := NEXT_NISBA.match(text, end)) is not None:
        shared = _headed().get(head + m.group(2))
        if shared is None or occupied.taken(m.start(1), m.end(1)):
            break
        found.append((m.start(1), m.end(1), shared))
        end = m.end(1)
    return found


def _regional(text: str, prev: TopicWord, prev_end: int, match: Match[TopicWord]) -> str | None:
    """A field before "و" + a field with a dual or plural nisba takes that nisba too:
    "السلام والأمن الإقليميين" → regional peace, when the head noun's field is listed."""
    if text[prev_end : match.word_start] != " " or not text.endswith(
        PLURAL_NISBA, match.start, match.end
    ):
        return None
    nisba = fold(match.value.ar).split()[-1]
    shared = _headed().get(fold(prev.ar) + " " + nisba) if nisba.endswith(NISBA) else None
    return shared.en if shared is not None else None


def _with_plural_nisba(phrase: str) -> list[str]:
    """A field's phrase, and — when a nisba ends it — that nisba in the dual or plural that
    qualifies two coordinated fields: "السلام والأمن الإقليميين" (regional peace and security).

    >>> _with_plural_nisba("أمن إقليمي")
    ['أمن إقليمي', 'أمن إقليميين', 'أمن إقليميان']
    """
    words = phrase.split()
    if len(words) < 2 or not words[-1].endswith(NISBA):
        return [phrase]
    return [phrase, *(f"{phrase}{ending}" for ending in PLURAL_NISBA)]


def _cued_sentence(doc: Doc, start: int, end: int) -> bool:
    """The sentence of the field at `start:end` speaks of cooperation or talks, in words
    other than the field's own (`تكاليف التبادل التجاري`: the field's word `تبادل` is no
    cue for itself), or the field is said to be between parties (`حجم التبادل التجاري بين
    جيبوتي وإثيوبيا`)."""
    text = doc.ftext
    if text.startswith(BETWEEN, end):  # "التبادل التجاري بين البلدين": between the parties
        return True
    lo, hi = doc.sentence_fspan(doc.sentence_of(start))
    return bool(SENTENCE_CUE.search(text, lo, start) or SENTENCE_CUE.search(text, end, hi))


def _after_cue(before: str, adjective: bool) -> bool:
    """The window before a field ends with a cue of fields ("في مجال", "قطاع"), or of
    adjectives ("العلاقات"). The pattern, open at its start, is tried at every position of
    the window: it runs only where one of its words ends the window, which most do not.

    >>> _after_cue(fold("وتعزيز التعاون في مجال "), adjective=False)
    True
    >>> _after_cue(fold("وزير "), adjective=False), _after_cue(fold("العلاقات "), adjective=True)
    (False, True)
    """
    words, cue = (ADJECTIVE_CUE_WORDS, ADJECTIVE_CUE) if adjective else (NOUN_CUE_WORDS, NOUN_CUE)
    return before.rstrip(" \n").endswith(words) and cue.search(before) is not None


def _loose(word: TopicWord) -> bool:
    """A field that a cue elsewhere in its sentence may introduce; a short common noun
    ("عمل", "أمن", "عدل") is a field only right after a cue."""
    return word.kind != ADJ and _folded_length(word.ar) > SHORT


def _bare_head(text: str, match: Match[TopicWord]) -> bool:
    """A one-word field without the article that governs a definite word: away from a cue
    it is a verbal noun with its object ("وبناء المزيد من الاستراتيجيات", "تربط بين موانئ
    البلدين"), not a field ("تأشيرات زيارة" stays one)."""
    return (
        text.startswith(" ال", match.end)
        and " " not in match.value.ar
        and DEFINITE.match(text, match.word_start) is None
    )


# After "بطاقة": a figure or the verb that gives one ("بطاقة 1200 ميغاواط", "بطاقة تصل إلى").
MEASURED = re.compile(r" (?:[0-9]|(?:تصل|تبلغ|تقدر|اجماليه|انتاجيه|سنويه)(?!\w))")


def _measure(text: str, match: Match[TopicWord]) -> bool:
    """A field word with ب and no article before a figure is a measure, not a field:
    "خط الكهرباء بطاقة 1200 ميغاواط" (with a capacity of), "بطاقة تصل إلى"."""
    return (
        text.startswith("ب", match.word_start)
        and DEFINITE.match(text, match.word_start) is None
        and MEASURED.match(text, match.end) is not None
    )


@cache
def _folded_length(phrase: str) -> int:
    return len(fold(phrase))


def find_topics(doc: Doc, occupied: Occupied) -> list[Span]:
    text = doc.ftext
    out: list[Span] = []
    last_end, last_kind, last_nisba = -10, "", False
    last_word: TopicWord | None = None
    for m in _matcher().find(text):
        if m.word_start < last_end or occupied.taken(m.word_start, m.end):
            continue
        before = text[max(0, m.word_start - 30) : m.word_start]
        if AIM_WORD in before and AIM.search(
            before
        ):  # "بما يدعم الاقتصاد": what the talks serve, not their field
            last_end, last_kind = m.end, AIM.pattern
            continue
        if (
            before.endswith(COOPERATION)
            and m.value.kind != ADJ
            and AFTER_COOPERATION.search(before)
        ):
            continue  # "التعاون البناء": constructive cooperation
        if (
            _after_cue(before, adjective=m.value.kind == ADJ)
            or (  # chained: the next of a list ("الزراعة، والصحة")
                LIST_GAP.fullmatch(text[last_end : m.word_start]) is not None
                and (last_kind == m.value.kind or (m.value.kind == ADJ and last_nisba))
                and (text[m.word_start] == "و" or "،" in text[last_end : m.word_start])
            )
            or (
                _loose(m.value)
                and not _bare_head(text, m)
                and not _measure(text, m)
                and _cued_sentence(doc, m.start, m.end)
            )
        ):
            if text[m.word_start] == "و" and last_word is not None and last_end == out[-1].end:
                regional = _regional(text, last_word, last_end, m)
                if regional is not None:  # "السلام والأمن الإقليميين": regional peace
                    out[-1].name, out[-1].ref = regional, "Topic:" + regional
            word = m.value
            out.append(Span(TOPIC, m.word_start, m.end, ref="Topic:" + word.en, name=word.en))
            last_end, last_kind, last_word = m.end, word.kind, word
            if word.kind != ADJ and _nisba_head(word.ar) is not None:  # "… الاقتصادية والاجتماعية"
                for start, end, shared in _shared_head(text, word, m.end, occupied):
                    out.append(_span(start, end, shared))
                    last_end = end
            # "العلاقات الاقتصادية" + "والتجارية": an adjective may join one that ends a field
            last_nisba = text[last_end - 2 : last_end].endswith(NISBA_ENDS)
    return out


def _span(start: int, end: int, word: TopicWord) -> Span:
    return Span(TOPIC, start, end, ref="Topic:" + word.en, name=word.en)
