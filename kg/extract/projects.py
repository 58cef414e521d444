"""Projects: routes spelled as places joined by dashes, and oil and gas fields.

`خط أنابيب النفط في باكو - تبليسي - جيهان` is a pipeline through three places; the places
in the name become Place (or Country) spans — unknown ones too, by their position in the
route — and the project passes through each. A route needs a project head noun shortly
before it, or three stops of which two are known places, so that a bilateral body's name
(`الأذربيجانية - كازاخستان`) is not taken for a route.
"""

from __future__ import annotations

import re

from kg.extract.document import Doc, Word
from kg.extract.headed import Head, find_heads
from kg.extract.known import ADJECTIVE
from kg.extract.spans import Occupied, Span
from kg.lexicon.words import function_words
from kg.schema import Label
from kg.text.clitics import bare
from kg.text.romanize import romanize

DASH = re.compile(r" ?[-–—ـ] ?|  ")  # two spaces: a tatweel used as a dash, folded away
HEAD_WINDOW = 40  # folded characters between a head noun and the route it names
FIELD = "field"


def _routes(doc: Doc) -> list[list[Word]]:
    words, text = doc.words, doc.ftext
    chains: list[list[Word]] = []
    chain: list[Word] = []
    for prev, word in zip(words, words[1:], strict=False):
        if DASH.fullmatch(text[prev.end : word.start]):
            chain = chain or [prev]
            chain.append(word)
        else:
            if len(chain) >= 2:
                chains.append(chain)
            chain = []
    if len(chain) >= 2:
        chains.append(chain)
    return chains


def find_projects(doc: Doc, known: list[Span], occupied: Occupied) -> list[Span]:
    """Project spans (attrs["through"]: the stops) and the Place spans of unknown stops."""
    text = doc.ftext
    at = {s.start: s for s in known}
    heads = find_heads(doc, Label.PROJECT)
    out: list[Span] = []
    for chain in _routes(doc):
        stops = [at.get(w.start) for w in chain]
        if any(s is not None and (s.kind == ADJECTIVE or s.label not in (Label.PLACE, Label.COUNTRY))
               for s in stops):  # fmt: skip
            continue
        head = next(
            (h for h in heads if 0 <= chain[0].start - h.end <= HEAD_WINDOW), None
        )
        if head is None and (len(chain) < 3 or sum(s is not None for s in stops) < 2):
            continue
        places = []
        for w, s in zip(chain, stops, strict=True):
            if s is None:
                if w.text in function_words():
                    break
                s = Span(Label.PLACE, w.start, w.end, ref="Place:" + bare(w.text),
                         name=romanize(w.text))  # fmt: skip
                out.append(s)
            places.append(s)
        else:
            kind = head.kind if head else "route"
            name = "–".join(p.name for p in places) + f" {kind}"
            ref = f"Project:{name}"
            route = Span(Label.PROJECT, chain[0].start, chain[-1].end, ref, name, kind=kind)
            route.attrs["through"] = places
            out.append(route)
            if head is not None:
                out.append(Span(Label.PROJECT, head.start, chain[-1].end, ref, name, kind=kind))
            occupied.add(chain[0].start, chain[-1].end)
    out += _fields(doc, heads, occupied)
    return out


def _fields(doc: Doc, heads: list[Head], occupied: Occupied) -> list[Span]:
    """`حقل تنكيز`: a field head followed by a name that is not a word of the language."""
    out = []
    for h in heads:
        if h.kind != FIELD:
            continue
        i = doc.word_at(h.end)
        if i >= len(doc.words):
            continue
        w = doc.words[i]
        name_word = w.text.strip('"')
        if (
            doc.ftext[h.end : w.start].strip(' "') == ""
            and not name_word.startswith("ال")
            and name_word not in function_words()
            and not occupied.taken(w.start, w.end)
        ):
            name = romanize(name_word) + " field"
            out.append(Span(Label.PROJECT, h.start, w.end, "Project:" + name, name, kind=FIELD))
            out.append(Span(Label.PROJECT, w.start, w.end, "Project:" + name, name, kind=FIELD))
    return out
