"""People: found by the people gazetteer and by patterns, since no list holds tomorrow's
ministers.

Each way of finding a person is a named finder (`FINDERS`, strongest first):

- `listed_people`: names of the people gazetteer (`data/people.tsv`), found in the one
  automaton with every other listed name (`kg.extraction.known`);
- `after_title_chain`: a name after a title, possibly through a chain of appositive titles
  (`وزير المالية في غانا، رئيس الوفد المفاوض، كوفي …`);
- `after_honorific`: a name after `الدكتور`, `السيد`, `صاحب السمو الشيخ` …;
- `surname_pairs`: a given name and a transliterated surname (-وف, -ييف, -يان …);
- `city_opening_a_name`: a city's name that opens a person's (`نور سلطان نزار باييف`);
- `before_parenthesized_country`: `ستيفان فيسكونتي (فرنسا)`;
- `before_appositive_title`: `أكان راكمتولن، نائب وزير الخارجية`;
- `chinese_names`: a Chinese family name and given-name syllables (`تشن تشونغ`).

Overlapping finds are settled by one named policy, `merge_overlapping`: a listed person
keeps its identity, and the longer reading names the person. Later mentions of a surname
alone (`أردوغان`) name a person already found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from operator import attrgetter
from typing import NamedTuple, cast

from kg.extraction.document import Doc, Word
from kg.extraction.known import ADJECTIVE, SURNAME, listed_names
from kg.extraction.labels import COUNTRY, DOCUMENT, EVENT, ORGANIZATION, PERSON, PLACE, PROJECT
from kg.extraction.memo import MEMO_LIMIT, remembered
from kg.extraction.spans import Occupied, Span
from kg.extraction.titles import COUNTERPART, ENVOY, Title
from kg.lexicon.gazetteer import Term
from kg.lexicon.people import chinese_families, chinese_syllables, name_parts
from kg.lexicon.titles import portfolios, title_words, titles
from kg.lexicon.topics import topic_words
from kg.lexicon.triggers import triggers
from kg.lexicon.words import function_words, honorifics, name_words, not_name_words, ranks
from kg.text.clitics import candidates, is_proclitic_prefix
from kg.text.normalize import fold
from kg.text.person_names import edit_distance, person_key, same_person_keys
from kg.text.romanize import romanize_name

#: The kind of the span of a person the people gazetteer names.
LISTED = "listed"
MAX_NAME_WORDS = 3
MAX_SUBJECT_WORDS = 8  # words between a verb and its subject's name: titles, owners, honorifics
PUNCT_GAP = re.compile(r"[\s،,()\"-]*")  # folded: « » are "
NAME_OPENS = re.compile(r"(^|[،,.:\n\"] ?)$")  # what may stand right before a name
DEFINITE_AFTER_PROCLITIC = re.compile(r"^(?:[وفبك]?ال|[وف]?لل)")
CONJUNCTIONS = "وف"
# What a given name may also be the name of: "جورجيا", "إرنا" (an agency's acronym).
OPENERS = frozenset({COUNTRY, PLACE, ORGANIZATION})
# Short vowels, shadda, sukun and tatweel, dropped from a word as written (a translation
# table: it reads the original text, which no folded pattern may).
UNVOWELLED = dict.fromkeys([*range(0x064B, 0x0653), 0x0640])
TEXT = attrgetter("text")
START = attrgetter("start")  # a sort key read in C, not by a Python call per item
GOD = "الله"  # the second word of a given name ("عطا الله", "نصر الله", "عبد الله")


def is_surname(word: str) -> bool:
    """A transliterated surname of the Caucasus, Central Asia, Russia or Armenia.

    >>> is_surname("علييف"), is_surname("مدينة")
    (True, False)
    """
    return word.endswith(name_words().surname_endings)


def _particles() -> frozenset[str]:
    return name_words().particles


@cache
def _common_words() -> frozenset[str]:
    """Words of the language that a name never contains: function words, head nouns,
    words of titles, portfolios and topics, and the common words of `not_name_words.tsv`."""
    phrases = [t.ar for t in titles()] + [p.ar for p in portfolios()]
    phrases += [t.ar for label in (EVENT, DOCUMENT, ORGANIZATION, PROJECT)
                for t in triggers(label)]  # fmt: skip
    words = {fold(w) for phrase in phrases for w in phrase.split()}
    words |= {
        fold(prefix + w.ar) for w in topic_words() if " " not in w.ar for prefix in ("", "ال")
    }
    return frozenset(words) | function_words() | not_name_words()


@cache
def _stop_words() -> frozenset[str]:
    """Words that end a name wherever they stand: function words and common words."""
    return function_words() | not_name_words()


@cache
def _given_names() -> frozenset[str]:
    """Folded name words of `name_parts.tsv`: "وشوكت" is و + a name, not a name."""
    return frozenset(fold(w) for w in name_parts() if " " not in w)


@dataclass
class PersonFind:
    """A person's name span, the titles the text gives them, and their gazetteer entry."""

    start: int
    end: int
    name: str  # folded name words
    titles: list[Title] = field(default_factory=list)
    listed: Span | None = None  # the people gazetteer's match, when it names them
    finder: str = ""  # the finder that found the person first


class Candidate(NamedTuple):
    """One finder's reading of a name: where it stands and what the text says of it (a
    tuple: cheaper to build than a frozen dataclass, and a few are built per article)."""

    start: int
    end: int
    finder: str
    titles: tuple[Title, ...] = ()
    listed: Span | None = None


@dataclass
class Context:
    """What every finder reads: the article, its titles and owners, the listed people."""

    doc: Doc
    owners: list[Span]
    titles: list[Title]
    listed: dict[int, Span]  # gazetteer people by start
    occupied: Occupied  # owners, titles and listed people: no pattern reads into them
    known: dict[int, Span]  # owners by start
    marks: bytes  # the marks of each word of the article (`_marks_of`), by its position

    def has(self, bit: int) -> bool:
        """Whether a word of the article is marked with `bit` (a C-level byte search)."""
        return self.marks.translate(_only(bit)).find(1) != -1

    def marked(self, bit: int) -> Iterator[Word]:
        """The words marked with `bit`, in order. Found by C-level byte searches, not a
        Python step per word: the finders that start from an honorific, a surname's ending
        or a Chinese family name start from a few words of hundreds."""
        flags = self.marks.translate(_only(bit))
        i = flags.find(1)
        while i != -1:
            yield self.doc.words[i]
            i = flags.find(1, i + 1)


@cache
def _only(bit: int) -> bytes:
    """The `bytes.translate` table that maps marks to 1 when they have `bit`, else to 0."""
    return bytes(1 if marks & bit else 0 for marks in range(256))


# --- what a word alone says (remembered per word: `kg.extraction.memo`) ----------------

# Marks: the words some finder starts from. Every word of an article is marked (`_marks`),
# so a mark must be cheap to compute.
SURNAME_END = 1  # ends like a transliterated surname (`is_surname`)
HONORIFIC = 2  # "الدكتور", "السيد": opens a name
CHINESE_FAMILY = 4  # a Chinese family name ("تشن")
_MARKS: dict[str, int] = {}

# Shapes: what `_name_like` reads of a word; computed for the words a finder asks about.
NEVER = 1  # never a name word: no letters, a word of the language, a clitic on one
COMMON = 2  # a common word, unless written as the given name it folds like ("علي", not "على")
NOT_FIRST = 4  # a proclitic on a definite noun ("للجنة"): opens no name
ARTICLE = 8  # starts with ال: a family name may carry the article, a first name never
_SHAPES: dict[str, int] = {}
_NAMESAKE_HEADS: dict[str, bool] = {}
_SPELLED_LIKE: dict[str, Term | None] = {}  # a name -> the listed person it spells
_KEYS: dict[str, str] = {}  # a name -> its `person_key`


def name_key(name: str) -> str:
    """`person_key(name)`, remembered per name: the finders ask it of a name (the listed
    person it spells), and `entities.person_aliases` of the same name again.

    >>> names = ("سيرغي شويغو", "عبد الله بن زايد", "سيرغي شويغو")  # the last one remembered
    >>> [name_key(n) == person_key(n) for n in names]
    [True, True, True]
    """
    return remembered(_KEYS, name, person_key)


def _marks_of(words: set[str]) -> dict[str, int]:
    """The marks of each of a set of words (the rule; `_marks` remembers them per word):
    a surname's ending, an honorific, a Chinese family name."""
    marks = dict.fromkeys(words, 0)
    endings = name_words().surname_endings  # `is_surname`
    for w in words:
        if w.endswith(endings):
            marks[w] = SURNAME_END
    for w in words & honorifics():
        marks[w] |= HONORIFIC
    for w in words & _chinese_parts()[0]:
        marks[w] |= CHINESE_FAMILY
    return marks


def _marks(words: list[Word]) -> bytes:
    """The marks of each word, looked up by C-level maps. The words the memo lacks (a few
    an article: its new names) are marked first, all together, so the look-up never falls
    back to a Python call per word. The memo starts afresh when it would outgrow
    `MEMO_LIMIT`."""
    texts = list(map(TEXT, words))
    new = set(texts).difference(_MARKS)
    if len(_MARKS) + len(new) > MEMO_LIMIT:
        _MARKS.clear()
        new = set(texts)
    if new:  # in a long run, most articles: every word met before
        _MARKS.update(_marks_of(new))
    return bytes(cast("Iterator[int]", map(_MARKS.get, texts)))


def _word_shape(w: str) -> int:
    return remembered(_SHAPES, w, _name_shape)


def _name_shape(w: str) -> int:
    if len(w) < 2 or w.isdigit() or not w.isalpha() or w.isascii():
        return NEVER
    if _clitic_on_function_word(w) or (_suffixed_common_word(w) and w not in _given_names()):
        return NEVER  # "ترحيبه" (his welcome), not "أمينة" (a given name that folds alike)
    common = _common_words()
    shape = 0
    if w in common or (len(w) > 2 and w[0] in CONJUNCTIONS and w[1:] in common):
        # "إمام علي رحمان", "علي الكواري": the name, written with ي, not the preposition على
        shape = COMMON if w in name_words().given_like_function else NEVER
    if DEFINITE_AFTER_PROCLITIC.match(w) and not w.startswith("ال"):
        # "للجنة", "بالتعاون": a preposition or conjunction on a definite noun; inside a
        # name, a word that only reads so ("هاميش فالكونر") when what follows it is no word
        # of the language
        rest = w[1:]
        shape |= NEVER if w.startswith("لل") or rest in common or rest[2:] in common else NOT_FIRST
    if w.startswith("ال"):
        shape |= ARTICLE
    return shape


def _name_like(ctx: Context, word: Word, position: int) -> bool:
    shape = _SHAPES.get(word.text)  # `_word_shape`, its memo read inline: most words
    if shape is None:
        shape = _word_shape(word.text)
    if shape & NEVER:
        return False
    doc = ctx.doc
    if shape & COMMON and (
        doc.original(word.start, word.end).translate(UNVOWELLED) not in name_words().given_spellings
    ):
        return False
    if ctx.occupied.taken(word.start, word.end):
        return False
    if position == 0 and shape & NOT_FIRST:
        return False
    # A name that only folds to ال… ("إلهام") does not carry the article.
    return not (
        position == 0 and shape & ARTICLE and doc.text[doc.folded.offsets[word.start]] == "ا"
    )


def _clitic_on_function_word(word: str) -> bool:
    """ "بأن", "لأن", "وإذ": a proclitic on a function word.

    >>> _clitic_on_function_word("بان"), _clitic_on_function_word("بولس")
    (True, False)
    """
    return len(word) > 2 and word[0] in "وفبلك" and word[1:] in function_words()


def _suffixed_common_word(word: str) -> bool:
    """ "ترحيبه", "موقفها": a common word with a possessive pronoun.

    >>> _suffixed_common_word("ترحيبه"), _suffixed_common_word("حمزه")
    (True, False)
    """
    common = _common_words()
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: -len(suffix)] in common
        for suffix in ("ه", "ها", "هم", "هما")
    )


def _past_rank(doc: Doc, i: int) -> int:
    """The index of the word after a military rank of one or two words that opens at word
    `i` ("الفريق أول", "اللواء"), else `i`.

    >>> from kg.models import ArticleMeta
    >>> doc = Doc("الفريق أول عبد الفتاح", ArticleMeta(id="x"))
    >>> _past_rank(doc, 0), _past_rank(doc, 2)
    (2, 2)
    """
    words, rank_words = doc.words, ranks()
    if i < len(words) and words[i].text in _rank_openers():
        pair = f"{words[i].text} {words[i + 1].text}" if i + 1 < len(words) else ""
        if pair in rank_words:
            return i + 2
        if words[i].text in rank_words:
            return i + 1
    return i


@cache
def _rank_openers() -> frozenset[str]:
    """The first words of the ranks (folded)."""
    return frozenset(r.split()[0] for r in ranks())


def _read_name(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The name words starting at folded position `pos` (after spaces and honorifics); a
    listed person there is read whole, and a listed surname closes the name it ends."""
    doc = ctx.doc
    words = doc.words
    i = doc.word_at(pos)
    gap = doc.ftext[pos : words[i].start] if i < len(words) else ""
    if i >= len(words) or gap.strip(" ،,"):
        return None
    while i < len(words) and ctx.marks[i] & HONORIFIC and words[i].start not in ctx.listed:
        i += 1  # "الشيخة حسينة": a listed name may open with its honorific
    i = _past_rank(doc, i)  # "رئيس مجلس السيادة الفريق أول X"
    if i < len(words) and words[i].start in ctx.listed:
        return words[i].start, ctx.listed[words[i].start].end
    particles = _particles()
    taken: list[Word] = []
    while i < len(words) and len(taken) < MAX_NAME_WORDS + 2:
        w = words[i]
        if taken and doc.ftext[taken[-1].end : w.start].strip() != "":
            break
        if taken and _joins_another_name(w.text):
            break  # "أحمد سالم ومحمد فريد": و opens the next person's name
        surname = ctx.listed.get(w.start)
        if taken and surname is not None and surname.kind == SURNAME:
            return taken[0].start, surname.end  # "هايلي ماريام" + a listed "ديسالين"
        if w.text in particles and i + 1 < len(words):
            taken.append(w)
            i += 1
            continue
        after_particle = bool(taken) and taken[-1].text in particles
        if after_particle and w.text.isalpha() and not ctx.occupied.taken(w.start, w.end):
            taken.append(w)  # "آل ثاني", "بن سلطان": what a particle links is a name
            i += 1
            continue
        if not taken and _opens_surname_pair(ctx, w):
            taken.append(w)  # "خلف خلفوف": a given name that is also a function word
            i += 1
            continue
        if not _name_like(ctx, w, len(taken)):
            if _family_name(ctx, w, taken):
                taken.append(w)  # "سلطان بن عبدالرحمن المرشد"
            break
        taken.append(w)
        i += 1
        content = [t for t in taken if t.text not in particles]
        if len(content) > MAX_NAME_WORDS or (len(content) >= 2 and is_surname(w.text)):
            break
        if len(content) >= 2 and _family_closes(doc, w, particles):
            break  # "عبد الله الربيعة تقديم": a family name with the article ends the name
    while taken and taken[-1].text in particles:
        taken.pop()
    content = [t for t in taken if t.text not in particles]
    linked = len(taken) >= 2 and taken[-2].text in particles  # "آل ثاني" ends the name
    if len(content) > MAX_NAME_WORDS and not is_surname(taken[-1].text) and not linked:
        taken.pop()
    if len(content) == MAX_NAME_WORDS and not linked and not _closes_name(ctx, taken[-1]):
        taken.pop()  # "فلاديمير بوتين سيرأس": a verb glued on after two names
    if not taken:
        return None
    return taken[0].start, taken[-1].end


def _opens_surname_pair(ctx: Context, word: Word) -> bool:
    """A word of three letters or more that a transliterated surname follows ("خلف خلفوف")
    is a given name, even when it also reads as a function word."""
    doc = ctx.doc
    if word.n + 1 >= len(doc.words) or not ctx.marks[word.n + 1] & SURNAME_END:
        return False  # most words: no surname's ending on the next one
    if len(word.text) < 3 or not word.text.isalpha():
        return False
    after = doc.words[word.n + 1]
    return (
        doc.ftext[word.end : after.start] == " "
        and _name_like(ctx, after, 1)
        and not ctx.occupied.taken(word.start, word.end)
    )


def _family_closes(doc: Doc, word: Word, particles: frozenset[str]) -> bool:
    """A family name with the article ("الربيعة") ends a name unless a particle or another
    word with the article follows ("جابر العلي الصباح", "محمد الحسن ولد …")."""
    if not word.text.startswith("ال") or word.text == GOD or word.n + 1 >= len(doc.words):
        return False  # "عطا الله خيري": الله ends a given name, not the whole name
    after = doc.words[word.n + 1]
    if doc.ftext[word.end : after.start] != " ":
        return False
    return not (after.text in particles or after.text.startswith("ال"))


def _word_after(doc: Doc, pos: int) -> str:
    """The text of the word that starts after `pos` and a space, or ""."""
    i = doc.word_at(pos)
    if i < len(doc.words) and doc.words[i].start == pos + 1:
        return doc.words[i].text
    return ""


def _joins_another_name(word: str) -> bool:
    """ "ومحمد", "وعبد": a conjunction glued to a given name or a name particle."""
    rest = word[1:]
    return word[:1] in CONJUNCTIONS and (
        (len(rest) > 2 and rest in _given_names()) or rest in _particles()
    )


def _family_name(ctx: Context, word: Word, taken: list[Word]) -> bool:
    """A family name with the article that is also a word of a title or topic ("المرشد"),
    closing a name linked by a particle ("X بن Y المرشد"); never a function word."""
    return (
        any(t.text in _particles() for t in taken)
        and word.text.startswith("ال")
        and word.text not in _stop_words()
        and not ctx.occupied.taken(word.start, word.end)
    )


def _closes_name(ctx: Context, last: Word) -> bool:
    """A name's last word is a surname, or punctuation, a conjunction, a listed name or the
    end follows it."""
    doc = ctx.doc
    rest = doc.ftext[last.end : last.end + 3]
    nxt = doc.words[last.n + 1] if last.n + 1 < len(doc.words) else None
    following = nxt.text if nxt is not None else ""
    return (
        is_surname(last.text)
        or following in _common_words()  # "شي جين بينغ التقى"
        or _clitic_on_function_word(following)  # "كوفي أتا أمبونساه بأن"
        or (nxt is not None and ctx.occupied.taken(nxt.start, nxt.end))  # "… شرينغلا الرياض"
        or last.text.startswith("ال")
        or not rest.strip()
        or rest.lstrip()[:1] in '،,.()"«»؛:!؟-'
        or rest.lstrip().startswith("و")
    )


def _name_before(ctx: Context, pos: int) -> tuple[int, int] | None:
    """Two or three name words that end right before `pos` (a comma or dash between), after
    punctuation or a word that is no name ("أكد هان بينج - وزير مستشار …")."""
    doc = ctx.doc
    end = pos
    while end > 0 and doc.ftext[end - 1] in " ،,-":
        end -= 1
    k = doc.word_at(end) - 1
    taken: list[Word] = []
    while k >= 0 and len(taken) < MAX_NAME_WORDS:
        w = doc.words[k]
        after = taken[-1].start if taken else end
        if doc.ftext[w.end : after].strip() or not _name_like(ctx, w, 1):
            break
        taken.append(w)
        k -= 1
    if len(taken) < 2:
        return None
    before = doc.ftext[max(0, taken[-1].start - 2) : taken[-1].start]
    previous = doc.words[k].text if k >= 0 else ""
    stops = _stop_words()
    said = previous in stops or (previous[:1] in CONJUNCTIONS and previous[1:] in stops)
    if not NAME_OPENS.search(before) and not said:  # "وقالت X، رئيسة …"
        return None
    return taken[-1].start, taken[0].end


def _title_chain(titles: list[Title], first: int, text: str) -> tuple[list[Title], int]:
    """Titles in apposition from `titles[first]` on, and where the chain ends: not past a
    title of another state than one before it ("استقبل الرئيس الغاني رئيس وزراء الهند X":
    the president's name goes unsaid; a person serves one state)."""
    chain = [titles[first]]
    end = titles[first].stop
    states = {_state(titles[first])} - {None}
    for t in titles[first + 1 :]:
        if t.conj or PUNCT_GAP.fullmatch(text[end : t.start]) is None:
            break
        state = _state(t)
        if state is not None and states and state not in states:
            break
        chain.append(t)
        states.add(state)
        end = t.stop
    return chain, end


def _state(t: Title) -> str | None:
    """The country a title serves, when its owner is one."""
    return t.of.ref if t.of is not None and t.of.label == COUNTRY else None


def _is_name(ctx: Context, span: tuple[int, int]) -> bool:
    """Two words or more, a transliterated surname, or a listed person."""
    text = ctx.doc.ftext[span[0] : span[1]]
    return " " in text or is_surname(text) or span[0] in ctx.listed


# --- finders -------------------------------------------------------------------------


def listed_people(ctx: Context) -> Iterator[Candidate]:
    """Names of the people gazetteer: `فلاديمير بوتين`, `السيسي`."""
    for span in ctx.listed.values():
        if not _named_after(ctx.doc, span.start):
            yield Candidate(span.start, span.end, "listed_people", listed=span)


def _named_after(doc: Doc, pos: int) -> bool:
    """ "جامعة حمد بن خليفة", "لمؤسسة محمد بن راشد": the name at `pos` names a place,
    body or prize after the person (its head noun stands right before it)."""
    i = doc.word_at(pos) - 1
    if i < 0 or doc.ftext[doc.words[i].end : pos] != " ":
        return False
    return remembered(_NAMESAKE_HEADS, doc.words[i].text, _namesake_head)


def _namesake_head(word: str) -> bool:
    """ "جامعة", "لمؤسسة": a head noun of what is named after a person, proclitics aside."""
    heads = name_words().named_after
    return any(form in heads for form in candidates(word))


def after_title_chain(ctx: Context) -> Iterator[Candidate]:
    """ "وزير النقل الأوزبكي إلهام ماخكاموف"; after a plural title, "X وY" are both holders;
    a given name that is also a place's ("جورجيا ميلوني") opens the name too."""
    text, titles = ctx.doc.ftext, ctx.titles
    i = 0
    while i < len(titles):
        chain, end = _title_chain(titles, i, text)
        given = _title_as_given_name(ctx, chain)
        if given is not None:  # "المندوب الدائم لإيران … أمير سعيد إيرواني"
            chain = chain[: chain.index(given)]
            end = chain[-1].stop
        end = _past_qualifiers(ctx, end, chain[-1])
        span = (
            _read_name(ctx, end)
            or _place_opening_a_name(ctx, end, chain[-1])
            or _after_unknown_nisba(ctx, end)
        )
        if given is not None:
            rest = _read_name(ctx, given.end)
            span = (given.start, rest[1]) if rest is not None else None
        if span is not None and _named_after(ctx.doc, chain[0].start):
            span = None  # "مركز الملك سلمان للإغاثة"
        if span is not None and span[0] not in ctx.listed:
            listed = _listed_by_office(ctx, chain, span)  # "الملك سلمان": one given name
            if listed is not None:
                yield Candidate(*span, "after_title_chain", tuple(chain), listed)
                span = None
        if span is not None and _is_name(ctx, span):
            yield Candidate(*span, "after_title_chain", tuple(chain))
            if text.startswith(" و", span[1]) and (
                chain[0].plural or _joins_another_name(_word_after(ctx.doc, span[1]))
            ):
                second = _read_name(ctx, span[1])
                if second is not None and " " in text[second[0] : second[1]]:
                    yield Candidate(*second, "after_title_chain")
            if chain[0].plural:
                yield from _next_holders(ctx, chain[0], span[1])
        i += len(chain) + (given is not None)


def _title_as_given_name(ctx: Context, chain: list[Title]) -> Title | None:
    """ "أمير سعيد إيرواني" after a title group: an indefinite title word that serves no one
    and is a given name too (`name_parts.tsv`: "أمير" is Amir) opens the holder's name."""
    for t in chain[1:]:
        word = ctx.doc.ftext[t.start : t.end]
        if t.of is None and " " not in word and word in _given_names():
            return t
    return None


def _listed_by_office(ctx: Context, chain: list[Title], span: tuple[int, int]) -> Span | None:
    """ "الملك سلمان", "أمير قطر الشيخ تميم", "الرئيس الأذربيجاني علييف": a title and one
    name (a first name or a surname) name the one listed person with that name who held that
    office, of the title's country when the text gives it; of two who did (Heydar and Ilham
    Aliyev), the one who holds it still."""
    text = ctx.doc.ftext[span[0] : span[1]]
    if " " in text and not text.startswith("عبد "):
        return None  # most names: two words or more, no key to build
    word = person_key(text)
    if " " in word:
        return None
    names = listed_names()
    country = next((t.of.country for t in chain if t.of is not None and t.of.country), None)
    roles = {t.role for t in chain if t.kind != COUNTERPART}
    holders = [
        (person, term)
        for person, term in names.by_given_name.get(word, []) + names.by_surname.get(word, [])
        if (country is None or person.country == country)
        and any(r.startswith(role) for r in person.roles for role in roles)
    ]
    if len(holders) > 1:  # the one who holds the office still ("President 2003-")
        holders = [
            (person, term)
            for person, term in holders
            if any(r.startswith(role) and r.endswith("-") for r in person.roles for role in roles)
        ]
    if len(holders) != 1:
        return None
    term = holders[0][1]
    return Span(PERSON, *span, ref=term.key, name=term.name_en, qid=term.qid,
                country=term.country, kind=term.kind)  # fmt: skip


def _next_holders(ctx: Context, title: Title, pos: int) -> Iterator[Candidate]:
    """ "ونظيراه النيجري X، والنيجيري Y": after a plural title's first holder, each nisba
    and name that follows is another holder, of that nisba's country."""
    adjectives = {s.start: s for s in ctx.owners if s.kind == ADJECTIVE}
    text = ctx.doc.ftext
    while True:
        gap = PUNCT_GAP.match(text, pos)
        adjective = adjectives.get(gap.end()) if gap else None
        if adjective is None or not adjective.proclitics.startswith("و"):
            return
        span = _read_name(ctx, adjective.end)
        if span is None or " " not in text[span[0] : span[1]]:
            return
        own = replace(title, of=adjective, owners=(adjective,), plural=False)
        yield Candidate(*span, "after_title_chain", (own,))
        pos = span[1]


def _past_modifiers(doc: Doc, pos: int) -> int:
    """Past the words that qualify a title ("الأسبق", "بالوكالة") right after `pos`."""
    modifiers = name_words().title_modifiers
    i = doc.word_at(pos)
    while i < len(doc.words) and doc.words[i].text in modifiers:
        if doc.ftext[pos : doc.words[i].start].strip(" ،,"):
            break
        pos = doc.words[i].end
        i += 1
    return pos


def _past_qualifiers(ctx: Context, pos: int, title: Title) -> int:
    """Past what stands between a title group and its holder's name: modifiers ("الأسبق"),
    a host or field ("لدى واشنطن", "للشؤون القانونية والدولية", "إلى الشرق الأوسط", "في
    فيينا") and a nisba after them ("وزير الدولة للشؤون المالية الإماراتي").
    A field is read as the listed names and definite words after its link word (a name's
    first word never carries the article)."""
    doc, links = ctx.doc, name_words().title_links
    known = ctx.known
    owner = title.of is None and not doc.ftext.startswith("ال", title.start)
    while True:
        pos = _past_modifiers(doc, pos)
        i = doc.word_at(pos)
        if i >= len(doc.words) or doc.ftext[pos : doc.words[i].start] != " ":
            return pos
        if _special_envoy(title, known, doc.words[i]):
            pos = doc.words[i].end  # "المبعوث الصيني الخاص"
            continue
        nisba = known.get(doc.words[i].start)
        if nisba is not None and (nisba.kind == ADJECTIVE or (owner and nisba.label == PLACE)):
            pos = nisba.end  # "الإماراتي"; "عمدة تبليسي": the city whose mayor
            owner = False
            continue
        if nisba is not None and _destination(title, nisba):
            pos = nisba.end  # "المبعوث الأمريكي للقرن الأفريقي", "الممثل الخاص … لمنطقة الساحل"
            continue
        if _unknown_nisba(doc.words[i].text):
            pos = doc.words[i].end  # "المفوضة الأوروبية"
            continue
        if title.of is None and doc.words[i].text in _owner_anaphors():
            pos = doc.words[i].end  # "المديرة العامة للمكتب X": the body named before
            continue
        if doc.words[i].text not in links:
            return pos
        after = _field_end(ctx, known, doc.words[i].end)
        if after is None:
            return pos
        pos = after


@cache
def _owner_anaphors() -> frozenset[str]:
    return frozenset(title_words()["owner_anaphor"])


def _special_envoy(title: Title, known: dict[int, Span], word: Word) -> bool:
    """ "الخاص" right after an envoy's nisba belongs to his title ("المبعوث الصيني الخاص")."""
    if title.kind != ENVOY or word.text not in name_words().envoy_modifiers:
        return False
    return any(s.kind == ADJECTIVE and s.end + 1 == word.start for s in known.values())


def _destination(title: Title, span: Span) -> bool:
    """A place or state after an envoy's title with ل on it is where he is sent ("لليمن",
    "للقرن الأفريقي"), between his title and his name."""
    return (
        title.kind == ENVOY
        and "ل" in span.proclitics
        and span.label in (PLACE, COUNTRY)
        and span.kind != ADJECTIVE
    )


def _unknown_nisba(word: str) -> bool:
    """A definite adjective of belonging ("الأوروبية", "البرازيلي") that no list reads."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and word not in _stop_words()


def _field_end(ctx: Context, known: dict[int, Span], pos: int) -> int | None:
    """The end of the listed names and definite words ("القانونية والدولية") from `pos`."""
    doc, end = ctx.doc, None
    i = doc.word_at(pos)
    while i < len(doc.words) and doc.ftext[pos : doc.words[i].start] == " ":
        w = doc.words[i]
        span = known.get(w.start)
        if span is not None:
            pos = end = span.end
            i = doc.word_at(pos)
        elif w.text.startswith(("ال", "وال")) and w.text not in honorifics():
            pos = end = w.end
            i += 1
        else:
            break
    return end


def _after_unknown_nisba(ctx: Context, pos: int) -> tuple[int, int] | None:
    """ "رئيس الوزراء المالي شوغيل كوكالا مايغا": a nisba the gazetteer does not read as a
    country (an ال-word ending in ي or ية) between a title and a name of two words or more."""
    doc = ctx.doc
    i = doc.word_at(pos)
    if i >= len(doc.words) or doc.ftext[pos : doc.words[i].start] != " ":
        return None
    nisba = doc.words[i].text
    if not (nisba.startswith("ال") and nisba.endswith(("ي", "يه"))) or nisba in _stop_words():
        return None
    span = _read_name(ctx, doc.words[i].end)
    if span is None or " " not in doc.ftext[span[0] : span[1]]:
        return None
    return span


def _place_opening_a_name(ctx: Context, pos: int, title: Title) -> tuple[int, int] | None:
    """ "رئيسة الوزراء الإيطالية جورجيا ميلوني", "رئيسة وزراء النرويج إرنا سولبرغ": a
    one-word name of a place or a body right after a title, followed by a name word, is the
    person's given name; after an indefinite title that
    serves no one ("عمدة يريفان تيغران …") the place is whose office it is."""
    if (
        title.of is None
        and title.stop <= title.end
        and not ctx.doc.ftext.startswith("ال", title.start)
    ):
        return None
    if ctx.doc.ftext[pos : pos + 1] != " ":
        return None
    # the owners that may open a name, by start: made here, for the few titles whose
    # holder's name the other readings miss
    places = {s.start: s for s in ctx.owners if s.label in OPENERS}
    place = places.get(pos + 1)
    if place is None or place.proclitics or place.kind == ADJECTIVE:
        return None
    if " " in ctx.doc.ftext[place.start : place.end]:
        return None
    rest = _read_name(ctx, place.end)
    if rest is None or rest[0] != place.end + 1:
        return None
    return place.start, rest[1]


def after_honorific(ctx: Context) -> Iterator[Candidate]:
    """ "الدكتور نايف …", "صاحب السمو الشيخ …": two name words or more after an honorific."""
    for w in ctx.marked(HONORIFIC):
        if not _named_after(ctx.doc, w.start):
            span = _read_name(ctx, w.end)
            if span is not None and " " in ctx.doc.ftext[span[0] : span[1]]:
                yield Candidate(*span, "after_honorific")
                if _joins_another_name(_word_after(ctx.doc, span[1])):
                    second = _read_name(ctx, span[1])  # "الشيخ جابر العلي وعبد الله السالم"
                    if second is not None and " " in ctx.doc.ftext[second[0] : second[1]]:
                        yield Candidate(*second, "after_honorific")


def surname_pairs(ctx: Context) -> Iterator[Candidate]:
    """ "جيهون بيراموف": a name word and a transliterated surname."""
    words = ctx.doc.words
    for w in ctx.marked(SURNAME_END):
        if w.n > 0 and _name_like(ctx, w, 1):
            first = words[w.n - 1]
            if _name_like(ctx, first, 0) and ctx.doc.ftext[first.end : w.start] == " ":
                yield Candidate(first.start, w.end, "surname_pairs")


def city_opening_a_name(ctx: Context) -> Iterator[Candidate]:
    """ "نور سلطان نزار باييف": a city's name, then name words ending in a surname."""
    if not ctx.has(SURNAME_END):
        return  # most articles: no word ends like a surname
    for place in ctx.owners:
        if place.label == PLACE and not place.proclitics:
            last = _surname_after(ctx, place.end)
            if last is not None and _opens(ctx, place.start):
                yield Candidate(place.start, last, "city_opening_a_name")


def _opens(ctx: Context, pos: int) -> bool:
    """A name may open at `pos`: no preposition or title stands right before it ("في فيينا
    ميخائيل أوليانوف", "عمدة يريفان تيغران أفينيان": the city is where, or whose office)."""
    i = ctx.doc.word_at(pos) - 1
    if i < 0 or ctx.doc.ftext[ctx.doc.words[i].end : pos] != " ":
        return True
    before = ctx.doc.words[i]
    return before.text not in _stop_words() and not any(
        t.start <= before.start < t.end for t in ctx.titles
    )


def _surname_after(ctx: Context, pos: int) -> int | None:
    """The end of one or two name words after `pos` of which the last is a surname."""
    doc, end = ctx.doc, pos
    first = doc.word_at(pos)
    if not any(marks & SURNAME_END for marks in ctx.marks[first : first + 2]):
        return None  # most places: no surname's ending in the two words after
    for w in doc.words[first : first + 2]:
        if doc.ftext[end : w.start] != " " or not _name_like(ctx, w, 1):
            return None
        end = w.end
        if is_surname(w.text):
            return end
    return None


def before_parenthesized_country(ctx: Context) -> Iterator[Candidate]:
    """ "ستيفان فيسكونتي (فرنسا)": the name before a country in parentheses."""
    text = ctx.doc.ftext
    if "(" not in text:
        return  # most articles
    for country in ctx.owners:
        before = text[max(0, country.start - 2) : country.start]
        if country.label == COUNTRY and before.strip() == "(":
            span = _name_before(ctx, text.rindex("(", 0, country.start))
            if span is not None:
                yield Candidate(*span, "before_parenthesized_country")


def before_appositive_title(ctx: Context) -> Iterator[Candidate]:
    """ "أكان راكمتولن، نائب وزير الخارجية": the name before a title in apposition."""
    for t in ctx.titles:
        span = _name_before(ctx, t.start)
        if span is not None:
            yield Candidate(*span, "before_appositive_title")


def chinese_names(ctx: Context) -> Iterator[Candidate]:
    """ "تشن تشونغ", "لي تشيانغ": a Chinese family name and the syllables of a given name
    (two syllables when the family name is also an Arabic word: "هو", "ما")."""
    syllables = _chinese_parts()[1]
    words, text = ctx.doc.words, ctx.doc.ftext
    for w in ctx.marked(CHINESE_FAMILY):
        if ctx.occupied.taken(w.start, w.end):
            continue
        end, count = w.end, 0
        for nxt in words[w.n + 1 : w.n + 3]:
            if text[end : nxt.start] != " " or nxt.text not in syllables:
                break
            if ctx.occupied.taken(nxt.start, nxt.end):
                break
            end, count = nxt.end, count + 1
        if count >= (2 if w.text in _stop_words() else 1):
            yield Candidate(w.start, end, "chinese_names")


@cache
def _chinese_parts() -> tuple[frozenset[str], frozenset[str]]:
    """Folded Chinese family names and given-name syllables of `name_parts.tsv`."""
    families = frozenset(fold(w) for w in chinese_families())
    return families, frozenset(fold(w) for w in chinese_syllables())


Finder = Callable[[Context], Iterator[Candidate]]
FINDERS: tuple[Finder, ...] = (
    listed_people,
    after_title_chain,
    after_honorific,
    surname_pairs,
    city_opening_a_name,
    before_parenthesized_country,
    before_appositive_title,
    chinese_names,
)


# --- what is not a person, and how finds merge -----------------------------------------


def _without_conjunction(ctx: Context, cand: Candidate, found: list[PersonFind]) -> str:
    """The folded name; a conjunction glued to its first word is dropped when the rest is a
    known name word or the article lists people ("، وستيفان فيسكونتي", "وشوكت …")."""
    text = ctx.doc.ftext
    name = text[cand.start : cand.end]
    first = name.split(" ", 1)[0]
    if cand.listed is not None or first[:1] not in CONJUNCTIONS or len(first) < 4:
        return name
    listed = text[max(0, cand.start - 2) : cand.start] in ("، ", ", ") or any(
        p.end == cand.start - 1 for p in found
    )
    if listed or first[1:] in _given_names() or first[1:] in _first_words(found):
        return name[1:]
    return name


def _first_words(found: list[PersonFind]) -> set[str]:
    return {p.name.split(" ", 1)[0] for p in found}


def merge_overlapping(found: list[PersonFind], cand: Candidate, name: str) -> bool:
    """Merge policy: a candidate that overlaps a find joins it (its titles added). A listed
    person keeps its gazetteer identity, except a listed surname that the candidate gives
    another first name; otherwise the longer reading names the person.
    True when the candidate was merged, False when it is a person of its own."""
    for p in found:
        if p.start < cand.end and cand.start < p.end:
            p.titles += [t for t in cand.titles if t not in p.titles]
            if cand.start <= p.start and p.end <= cand.end:  # the longer reading
                if _another_first_name(p.listed, cand.start < p.start, name):
                    p.listed = None  # "ماريا شولتس": another person with the surname
                p.start, p.end = cand.start, cand.end
                if p.listed is None:
                    p.name = name
            return True
    return False


def _another_first_name(listed: Span | None, widened: bool, name: str) -> bool:
    """A listed surname widened to a first name that is not the listed person's."""
    if listed is None or listed.kind != SURNAME or not widened:
        return False
    return not _listed_first_name(listed, name)


def _listed_first_name(listed: Span, name: str) -> bool:
    """The name opens with the listed person's first name, or a spelling of it one letter
    away ("قاسم جومارت توكايف" is Tokayev; "ماريا شولتس" is not Olaf Scholz)."""
    first = name.split(" ", 1)[0]
    return any(
        edit_distance(first, known, cutoff=1) <= 1 and min(len(first), len(known)) >= 3
        for known in listed_names().first_names.get(listed.ref, ())
    )


def context(doc: Doc, owners: list[Span], titles: list[Title], listed: list[Span]) -> Context:
    """What the finders read of one article, each part built once."""
    occupied = Occupied(owners + listed)
    for t in titles:
        occupied.add(t.start, t.end)
    known = {s.start: s for s in owners}
    listed_at = {s.start: s for s in listed}
    return Context(doc, owners, titles, listed_at, occupied, known, _marks(doc.words))


def find_people(
    doc: Doc, owners: list[Span], titles: list[Title], listed: list[Span] | None = None
) -> list[PersonFind]:
    """People named in the article, with the titles the text attaches to each mention.

    `owners` are the countries, places and organizations found before; `listed` the matches
    of the people gazetteer."""
    ctx = context(doc, owners, titles, listed or [])
    found: list[PersonFind] = []
    for finder in FINDERS:
        for cand in finder(ctx):
            name = _without_conjunction(ctx, cand, found)
            if not merge_overlapping(found, cand, name):
                found.append(
                    PersonFind(
                        cand.start, cand.end, name, list(cand.titles), cand.listed, cand.finder
                    )
                )
    _spelled_like_listed(found)
    _apposed_titles(doc, found, titles)
    _share_plural_titles(doc, found, titles)
    _resolve_counterparts(found, titles)
    found += _surname_mentions(doc, found, ctx.occupied)
    return sorted(found, key=START)


def _spelled_like_listed(found: list[PersonFind]) -> None:
    """A name the gazetteer lists under another spelling ("شوكت ميرزيوييف" / "شوكت
    ميرزيويف") is that listed person: the same-person rule against the listed names that
    share its first word."""
    for p in found:
        if p.listed is not None or " " not in p.name:
            continue
        term = remembered(_SPELLED_LIKE, p.name, _listed_spelling)
        if term is not None:
            p.listed = Span(PERSON, p.start, p.end, ref=term.key, name=term.name_en,
                            qid=term.qid, country=term.country, kind=term.kind)  # fmt: skip


def _listed_spelling(name: str) -> Term | None:
    """The listed person a name of two words or more spells, if any: compared with every
    listed name of the same first word, so remembered per name (`_SPELLED_LIKE`)."""
    key = name_key(name)
    for listed_key, term in listed_names().by_first_word.get(key.split(" ", 1)[0], ()):
        if same_person_keys(key, listed_key):
            return term
    return None


def _apposed_titles(doc: Doc, found: list[PersonFind], titles: list[Title]) -> None:
    """ "X، نائب وزير الخارجية": the title right after a name is the person's, when
    `apposable` says it can be."""
    title_at = {t.start: t for t in titles}
    for p in found:
        gap = PUNCT_GAP.match(doc.ftext, p.end)
        apposed = title_at.get(gap.end() if gap else p.end)
        if apposed is None or apposed in p.titles:
            continue
        gap = PUNCT_GAP.match(doc.ftext, apposed.stop)
        then = title_at.get(gap.end() if gap else apposed.stop)
        if apposable(doc, found, p, apposed, then):
            p.titles.append(apposed)


def apposable(
    doc: Doc, found: list[PersonFind], p: PersonFind, t: Title, then: Title | None = None
) -> bool:
    """Apposition policy: the title `t` right after the name of `p` is his, unless
    - it opens another person's title ("ووزير …"), is a counterpart's ("التقى X نظيره")
      or a preposition's object ("قال X للسفير الياباني");
    - it is followed by a name of its own ("الملك X رئيسة وزراء إيطاليا Y": Y's title);
    - its gender is not that of his titles ("رئيسة X سفير أوكرانيا": another person's);
    - it serves another state than his titles do ("رئيس وزراء ماليزيا X سفير إندونيسيا");
    - he is the subject of a verb whose object is a person, and no comma sets the title
      off ("استقبل ولي العهد X رئيس وزراء الهند": the object, not an apposition) — unless
      the object follows the title, a counterpart (`then`: "التقى الأمير X وزير الخارجية
      السعودي نظيره البرازيلي"), or the title names no state but "the country" ("رئيس
      الدولة", "أمير البلاد": his own)."""
    if t.conj or t.preposition or t.kind == COUNTERPART:
        return False
    if any(q.start >= t.end and _holds(doc, q, t) for q in found):
        return False
    if any(_feminine(doc, u) != _feminine(doc, t) for u in p.titles if u.kind != COUNTERPART):
        return False
    states = {_state(u) for u in p.titles} - {None}
    if states and _state(t) is not None and _state(t) not in states:
        return False
    if then is not None and then.kind == COUNTERPART and not then.conj:
        return True
    if HOME_TITLE.search(doc.ftext, t.start, t.end):
        return True  # "استقبل الشيخ X رئيس الدولة الوفد": the office of his own state
    return not (doc.ftext[p.end : t.start] == " " and _subject_of_an_object_verb(doc, found, p))


# A title that names the state as "the country" ("رئيس الدولة", "أمير البلاد", "عاهل البلاد"):
# only the state the text is about has it, so after a subject's name it is his (folded).
HOME_TITLE = re.compile(r" (?:البلاد|الدوله)(?!\w)")


def _holds(doc: Doc, p: PersonFind, title: Title) -> bool:
    """The person was found with the title, or stands right after it (its owner between)."""
    gap = PUNCT_GAP.match(doc.ftext, title.stop)
    return title in p.titles or (gap is not None and gap.end() == p.start)


def _feminine(doc: Doc, t: Title) -> bool:
    """A title whose first word ends in ة (folded ه): "رئيسة الوزراء", "المستشارة"."""
    return doc.ftext[t.start : t.end].split(" ", 1)[0].endswith("ه")


def _subject_of_an_object_verb(doc: Doc, found: list[PersonFind], p: PersonFind) -> bool:
    """ "استقبل ولي عهد أبوظبي الشيخ X": a verb of `object_verb` (title_words.tsv) opens
    the clause of the person, only words between (titles, owners, honorifics)."""
    first = min([p.start] + [u.start for u in p.titles if u.start < p.start])
    i = doc.word_at(first) - 1
    verbs = _object_verbs()
    for _ in range(MAX_SUBJECT_WORDS):
        if i < 0 or doc.ftext[doc.words[i].end : doc.words[i + 1].start].strip():
            return False
        w = doc.words[i]
        if w.text in verbs or (w.text[:1] in CONJUNCTIONS and w.text[1:] in verbs):
            return not any(w.end <= q.start < first for q in found)
        i -= 1
    return False


@cache
def _object_verbs() -> frozenset[str]:
    return frozenset(title_words()["object_verb"])


def _share_plural_titles(doc: Doc, found: list[PersonFind], titles: list[Title]) -> None:
    """ "الرئيسان المشاركان للجنة - وزير … X ووزير … Y": each person after it holds it."""
    for t in titles:
        if not t.plural or t.kind == COUNTERPART:
            continue  # "ونظيراه النيجري X والنيجيري Y": each holder has a nisba of their own
        sentence = doc.sentence_of(t.start)
        after = [p for p in found if p.start > t.start]
        # The people follow in the same sentence, or (a statement's signers) in the next one.
        holders = [p for p in after if doc.sentence_of(p.start) == sentence] or [
            p for p in after if doc.sentence_of(p.start) == sentence + 1
        ]
        each = len(t.owners) == len(holders) > 1  # "رئيسا طاجيكستان وأوزبكستان X وY"
        if len(t.owners) > 1 and not each:
            continue  # "وزيرا خارجية أرمينيا وأذربيجان … X وY وZ": not whose is whose
        for k, p in enumerate(holders):
            if any(u.start == t.start and u is not t for u in p.titles):
                continue  # "وزيرا الخارجية المصري X والأرميني Y": Y's nisba names his own
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
    if not surnames:
        return []  # no name of two words or more: no surname that names one alone
    taken = Occupied()
    for p in found:
        taken.add(p.start, p.end)
    extra: list[PersonFind] = []
    for w in _ending_in(doc, surnames):
        cut = next((c for c in range(3) if w.text[c:] in surnames), None)
        if cut is None or not is_proclitic_prefix(w.text[:cut]):
            continue
        if not (taken.taken(w.start, w.end) or occupied.taken(w.start, w.end)):
            person = surnames[w.text[cut:]]
            extra.append(PersonFind(w.start, w.end, person.name, [], person.listed, "surname"))
    return extra


def _ending_in(doc: Doc, endings: Iterable[str]) -> list[Word]:
    """The words that end in one of `endings`, in text order: found by searching the text
    for each ending (a few per article), not by asking every word."""
    text, words = doc.ftext, doc.words
    found: set[int] = set()
    for ending in endings:
        at = text.find(ending)
        while at != -1:
            end = at + len(ending)
            i = doc.word_at(end) - 1
            if i >= 0 and words[i].end == end and words[i].text.endswith(ending):
                found.add(i)
            at = text.find(ending, at + 1)
    return [words[i] for i in sorted(found)]


def person_span(p: PersonFind, doc: Doc | None = None) -> Span:
    """The span of a find: a listed person under its gazetteer name and QID, anyone else
    under the English spelling `romanize_name` gives, in the style of the state they serve
    (read from the name as printed, when `doc` is given: folding drops the hamza that says
    "إلياس" opens with no article)."""
    if p.listed is not None:
        return Span(PERSON, p.start, p.end, ref=p.listed.ref, name=p.listed.name,
                    qid=p.listed.qid, country=p.listed.country, kind=LISTED)  # fmt: skip
    printed = p.name
    if doc is not None and "ال" in p.name:  # a hamza matters only before a lam
        printed = doc.text[slice(*doc.folded.span(p.start, p.end))]
        if fold(printed) != p.name:
            printed = p.name  # "وعبد الله": the span holds a proclitic the name does not
    name = romanize_name(printed, _served_state(p))
    return Span(PERSON, p.start, p.end, ref="Person:" + p.name, name=name)


def _served_state(p: PersonFind) -> str | None:
    """The state a person's first title names ("وزير الخارجية الإيراني", "المتحدث باسم
    الخارجية الإيرانية": IR), whose way of spelling names `romanize_name` follows."""
    for t in p.titles:
        if t.state:
            return t.state
        if t.of is not None and t.of.country:  # a country, or a state's ministry
            return t.of.country
    return None
