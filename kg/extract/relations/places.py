"""Where places are, which places a project passes through, and who operates it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from kg.extract.known import ADJECTIVE
from kg.extract.relations.context import Clause
from kg.extract.relations.registry import Cue, Fact, rule
from kg.extract.spans import Span
from kg.schema import Label, RelType

CAPITAL_OF = re.compile(r"^ ?[،,]? ?عاصمه (?:جمهوريه |دوله |مملكه )?$")
COMPANY = frozenset({"Company", "Corporation", "company"})


@rule(RelType.LOCATED_IN, needs=(Label.PLACE, Label.COUNTRY))
def place_then_its_country(c: Clause) -> Iterator[Fact]:
    """ "سمرقند الأوزبكية", "طشقند عاصمة أوزبكستان", "X في Y": a place followed by the
    country it is in."""
    text = c.article.text
    for a, b in pairwise(c.of(Label.PLACE, Label.COUNTRY)):
        if a.label != Label.PLACE or b.label != Label.COUNTRY:
            continue
        gap = text[a.end : b.start]
        if (b.kind == ADJECTIVE and gap.strip() == "") or CAPITAL_OF.match(gap) or gap == " في ":
            yield Fact(a, b)


@rule(RelType.PASSES_THROUGH, needs=(Label.PROJECT,))
def stops_of_a_route(c: Clause) -> Iterator[Fact]:
    """ "خط أنابيب باكو - تبليسي - جيهان": the places a project's name or route joins."""
    for pr in c.of(Label.PROJECT):
        stops = pr.attrs.get("through", [])
        assert isinstance(stops, list)
        for stop in stops:
            assert isinstance(stop, Span)
            yield Fact(pr, stop)


@rule(RelType.OPERATED_BY, cues=(Cue.OPERATE,), needs=(Label.PROJECT, Label.ORGANIZATION))
def operator_of_a_project(c: Clause) -> Iterator[Fact]:
    """ "ويدير الخط شركة X": the company a sentence says operates or builds a project."""
    companies = [o for o in c.of(Label.ORGANIZATION) if o.kind in COMPANY]
    for pr in c.of(Label.PROJECT):
        for o in companies:
            yield Fact(pr, o)
