"""Events and documents: head noun, ordinal, the body or place they belong to, anaphora.

`الاجتماع الرابع عشر للجنة الحكومية الدولية` is the 14th meeting *of* that commission
(PART_OF); `قمة باكو` is a summit *in* Baku (HELD_IN); `اتفاقية نخجوان` is the Nakhchivan
agreement. A bare definite head (`الاجتماع`, `القمة`, `اجتماع اليوم`, `البروتوكول`) points
back to the last one of its kind, or — in a headline — forward to the next.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.document import Doc
from kg.extract.headed import Head, find_heads
from kg.extract.known import ADJECTIVE
from kg.extract.phrases import extend
from kg.extract.spans import Span
from kg.schema import Label
from kg.text.normalize import fold
from kg.text.numbers import ordinal_at

TODAY = fold("اليوم")
ABOUT = (fold("بشأن"), fold("حول"))
ANY_DOCUMENT = "document"


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass
class _Found:
    head: Head
    span: Span
    qualified: bool


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def find_events(doc: Doc, label: Label, owners: list[Span]) -> list[Span]:
    """Spans of events (`label` EVENT) or documents (DOCUMENT) with their owners."""
    text = doc.ftext
    at = {s.start: s for s in owners}
    names = frozenset(at)
    found: list[_Found] = []
    for head in find_heads(doc, label):
        if any(s.start <= head.start < s.end for s in owners if s.label != Label.COUNTRY):
            continue  # "منتدى الدول المصدرة للغاز" is a body, not a forum event
        end, attrs = head.end, {}
        ordinal = ordinal_at(text, end)
        if ordinal is not None:
            end, attrs["ordinal"] = ordinal
        nxt = at.get(_skip(text, end))
        if nxt is not None and nxt.kind != ADJECTIVE:
            attrs["owner"] = nxt
            end = nxt.end
        elif text.startswith(TODAY, _skip(text, end)):
            attrs["today"] = True
            end = _skip(text, end) + len(TODAY)
        else:
            about = _skip(text, end)
            if label == Label.DOCUMENT and any(text.startswith(a + " ", about) for a in ABOUT):
                end = extend(doc, text.index(" ", about), names=names, max_words=4)
            else:
                end = extend(doc, end, names=names, max_words=4)
        qualified = end != head.end and not attrs.get("today")
        name = _name(head, attrs)
        span = Span(label, head.start, end, ref="", name=name, kind=head.kind, attrs=attrs)
        found.append(_Found(head, span, qualified))
    _corefer(found, label)
    return [f.span for f in found if f.span.ref]


def _name(head: Head, attrs: dict[str, object]) -> str:
    kind = head.kind
    ordinal = attrs.get("ordinal")
    owner = attrs.get("owner")
    words = [ordinal_en(ordinal) if isinstance(ordinal, int) else "", kind]
    if isinstance(owner, Span):
        words.append(("of " if owner.label == Label.ORGANIZATION else "in ") + owner.name)
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:]


def _corefer(found: list[_Found], label: Label) -> None:
    """Qualified mentions name events; bare definite ones point back (or forward)."""
    refs: dict[str, str] = {}
    for i, f in enumerate(found):
        s = f.span
        owner = s.attrs.get("owner")
        if f.qualified:
            key = f"{s.kind}|{s.name}"
            if s.attrs.get("ordinal") is None and isinstance(owner, Span):
                earlier = [g.span for g in found[:i] if g.span.attrs.get("owner") is owner]
                if earlier and earlier[-1].ref:
                    s.ref, s.name = earlier[-1].ref, earlier[-1].name
                    continue
            s.ref = refs.setdefault(key, s.ref or f"{label}:{key}:{s.start}")
        elif f.head.definite or s.attrs.get("today"):
            same = [
                g.span
                for g in found
                if g.span is not s and (s.kind == ANY_DOCUMENT or g.span.kind == s.kind)
            ]
            before = [g for g in same if g.start < s.start and g.ref]
            after = [g for g in same if g.start > s.start]
            target = before[-1] if before else (after[0] if after else None)
            if target is not None:
                if not target.ref:
                    _name_new(target, label)
                s.ref, s.name = target.ref, target.name
            elif label == Label.EVENT:
                _name_new(s, label)
        elif label == Label.DOCUMENT or s.kind not in ("talks", "consultations"):
            _name_new(s, label)


def _name_new(s: Span, label: Label) -> None:
    s.ref = f"{label}:{s.kind}:{s.start}"
