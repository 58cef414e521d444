"""`Span`: a stretch of folded text that names something, before entities are resolved.

Stages produce spans; `entities.resolve` groups spans that name the same thing (same
`ref`) into one `Entity`. Positions are folded-text offsets (see `document.Doc`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.schema import Label


# slots: spans are many, and their fields are read everywhere. `__init__` is written out:
# mypyc compiles it, where a dataclass's generated one stays interpreted (a fifth of the
# cost of a span in the compiled build); it is the one the dataclass would generate.
@dataclass(slots=True, init=False)
class Span:
    label: Label
    start: int
    end: int
    ref: str  # identity inside the article: spans with one ref are one entity
    name: str  # canonical English name
    qid: str | None = None
    country: str | None = None  # ISO code of the country a nisba or place points to
    kind: str = ""  # finer kind: "adjective", "capital", "meeting", "protocol", …
    proclitics: str = ""  # what the word carries before the name: "و", "ب", "لل" …
    name_ar: str | None = None  # the Arabic name to show when the text's words are not one
    attrs: dict[str, object] = field(default_factory=dict)

    def __init__(
        self,
        label: Label,
        start: int,
        end: int,
        ref: str,
        name: str,
        qid: str | None = None,
        country: str | None = None,
        kind: str = "",
        proclitics: str = "",
        name_ar: str | None = None,
        attrs: dict[str, object] | None = None,
    ) -> None:
        self.label = label
        self.start = start
        self.end = end
        self.ref = ref
        self.name = name
        self.qid = qid
        self.country = country
        self.kind = kind
        self.proclitics = proclitics
        self.name_ar = name_ar
        self.attrs = {} if attrs is None else attrs


class Occupied:
    """Folded ranges already claimed by a span; later, weaker patterns keep out of them.

    A byte per character: claiming and asking are C-speed slice operations.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._mask = bytearray()
        self.claim(spans)

    def claim(self, spans: Iterable[Span]) -> None:
        """Claim the ranges of more spans (a later stage's, without building anew)."""
        claimed = list(spans)
        mask = self._mask
        end = max([s.end for s in claimed], default=0)
        if end > len(mask):
            mask.extend(bytes(end - len(mask)))
        for s in claimed:
            mask[s.start : s.end] = b"\x01" * (s.end - s.start)

    def add(self, start: int, end: int) -> None:
        if end > len(self._mask):
            self._mask.extend(bytes(end - len(self._mask)))
        self._mask[start:end] = b"\x01" * (end - start)

    def taken(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) != -1

    def free(self, spans: Iterable[Span]) -> list[Span]:
        """The spans none of whose range is taken (`taken`, without a call per span).

        >>> a, b, c = (Span(Label.PLACE, lo, hi, ref, ref) for lo, hi, ref in
        ...            ((0, 4, "a"), (3, 6, "b"), (4, 6, "c")))
        >>> [s.ref for s in Occupied([a]).free([b, c])]
        ['c']
        """
        find = self._mask.find
        return [s for s in spans if find(1, s.start, s.end) == -1]
