"""Phrases opened by a head noun of one label: "الاجتماع الرابع عشر للجنة …", "شركة …"."""

from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache
from typing import NamedTuple

from kg.extraction.document import Doc
from kg.extraction.matcher import PhraseMatcher
from kg.extraction.records import maker
from kg.extraction.scan import SHARED
from kg.lexicon.triggers import Trigger, triggers
from kg.schema import Label

POSSESSIVES = ("ه", "ها", "هما", "هم")
HEADED = (Label.ORGANIZATION, Label.PROJECT, Label.EVENT, Label.DOCUMENT)  # asked for heads


class Head(NamedTuple):
    """A head noun found in the text (a tuple: built for every head of every article, and
    cheaper to build than a frozen dataclass)."""

    start: int  # word start, proclitics included
    end: int
    kind: str
    definite: bool  # "الاجتماع" (may point back) rather than "اجتماع" (a new one)
    phrase: str  # the head as matched, without proclitics: "مذكرة تفاهم" has two words


@cache
def _matcher(label: Label) -> PhraseMatcher[Trigger]:
    phrases = [(t.ar, t) for t in triggers(label)]
    if label == Label.EVENT:  # "اجتماعها الثامن عشر", "زيارته": a head with its owner's pronoun
        phrases += [
            (stem + suffix, replace(t, possessive=True))
            for t in triggers(label)
            if " " not in t.ar and not t.ar.startswith("ال")
            for stem in possessed(t.ar)
            for suffix in POSSESSIVES
        ]
    return PhraseMatcher(phrases)


def possessed(noun: str) -> tuple[str, ...]:
    """The stems a possessive pronoun attaches to: the ة of "زيارة", "قمة" is written ت
    before it ("زيارته", "قمتهم"); the final hamza of "لقاء" sits on a ya or a waw
    ("لقائهما", "لقاؤه").

    >>> possessed("زيارة"), possessed("اجتماع"), possessed("لقاء")
    (('زيارت',), ('اجتماع',), ('لقائ', 'لقاؤ'))
    """
    if noun.endswith("ة"):
        return (noun[:-1] + "ت",)
    if noun.endswith("اء"):
        return (noun[:-1] + "ئ", noun[:-1] + "ؤ")
    return (noun,)


@SHARED.load_first  # their tables join the first automaton
def _matchers() -> list[PhraseMatcher[Trigger]]:
    return [_matcher(label) for label in HEADED]


_new_head = maker(Head)  # `Head(...)` in one C call (`kg.extraction.records`)


@lru_cache(maxsize=8)  # events, documents and signings ask for the same heads
def find_heads(doc: Doc, label: Label) -> tuple[Head, ...]:
    text = doc.ftext
    out = []
    for m in _matcher(label).find(text):
        prefix, phrase = text[m.word_start : m.start], text[m.start : m.end]
        definite = (
            phrase.startswith("ال")
            or prefix.endswith("ال")
            or (prefix.endswith("ل") and phrase.startswith("ل"))
            or prefix.endswith("لل")  # ل + ال: "للاجتماع"
            or " ال" in phrase  # a construct with a definite genitive: "جلسة المباحثات"
            or m.value.possessive  # "زيارته": his visit, one the text has in mind
        )
        out.append(_new_head((m.word_start, m.end, m.value.kind, definite, phrase)))
    return tuple(out)
