"""What the graph says about two entities, and about one over time: dyads and timelines.

`between(graph, a, b)` gathers, in date order, everything that joins two entities —
most often two countries: events both took part in, documents both signed (and documents
produced at a shared event), meetings of their officials, bodies both belong to and the
meetings of those bodies, figures about both, and paths of two steps through a third
party. Each entity acts through its *side*: itself and the people who hold a position in
it ("Egypt" acts through its foreign minister too). `timeline(graph, x)` counts the dated
events and documents of one entity by month and PLOVER category.

Dates are ISO prefixes (`2024`, `2024-03`, `2024-03-12`, or a range `start/end`); a filter
bound compares at its own precision, so `until="2016"` keeps `2016-09-22`. Undated rows
come last, and are left out when a bound is given.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

import networkx as nx

from kg.lookup.records import Record, Ref, articles_of, display_name, ref, type_of
from kg.schema import Label, Prop, RelType

Attrs = dict[str, Any]
#: Relationship types a third party may join the two entities by (articles excluded).
_VIA_SKIP = frozenset({RelType.MENTIONED_IN.value})
MEETING_CATEGORY = "CONSULT"  # officials meeting: PLOVER's CONSULT


class Row(Record):
    """One thing the graph says about a pair: what, when, of what kind, and who said so."""

    date: str | None
    date_source: str | None
    kind: str  # event, document, officials met, body, figure, via
    category: str | None
    what: Ref
    how: str  # how each side is involved
    evidence: str | None
    article: str | None
    url: str | None


class Month(Record):
    """One month of an entity's timeline: events and documents per PLOVER category."""

    month: str  # YYYY-MM, YYYY when only the year is known, or "undated"
    total: int
    categories: dict[str, int]
    names: list[str]


def sides(graph: nx.MultiDiGraph, key: str) -> dict[str, str]:
    """`key` and the people who hold a position in it, with how each stands for it.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("C", label="Country", name="Egypt")
    >>> g.add_node("P", label="Person", name="Sameh Shoukry")
    >>> _ = g.add_edge("P", "C", key="HOLDS_POSITION", type="HOLDS_POSITION", role="Minister")
    >>> sides(g, "C")
    {'C': 'Egypt', 'P': 'Sameh Shoukry (Minister)'}
    """
    found = {key: display_name(graph.nodes[key], key)}
    for person, _, attrs in graph.in_edges(key, data=True):
        if attrs.get(Prop.TYPE) == RelType.HOLDS_POSITION:
            role = attrs.get(Prop.ROLE)
            name = display_name(graph.nodes[person], person)
            found.setdefault(person, f"{name} ({role})" if role else name)
    return found


def _reach(
    graph: nx.MultiDiGraph, side: dict[str, str], type_: RelType
) -> dict[str, list[tuple[str, Attrs]]]:
    """Targets of `type_` edges from any member of `side`: target → [(member, edge attrs)]."""
    found: dict[str, list[tuple[str, Attrs]]] = defaultdict(list)
    for member in side:
        for _, target, attrs in graph.out_edges(member, data=True):
            if attrs.get(Prop.TYPE) == type_:
                found[target].append((member, attrs))
    return found


def _how(side: dict[str, str], hits: list[tuple[str, Attrs]]) -> str:
    return ", ".join(dict.fromkeys(side[member] for member, _ in hits))


def _first_evidence(*edges: Attrs) -> Attrs | None:
    """The evidence sentence two edges share, else the first one's."""
    records: list[list[Attrs]] = [e.get(Prop.EVIDENCE) or [] for e in edges]
    if len(records) > 1:
        seconds = {(r["article"], r["sentence"]) for r in records[1]}
        for r in records[0]:
            if (r["article"], r["sentence"]) in seconds:
                return r
    return next((r for rs in records for r in rs), None)


def _node_date(attrs: Attrs) -> tuple[str | None, str | None]:
    return attrs.get(Prop.DATE), attrs.get(Prop.DATE_SOURCE)


def between(
    graph: nx.MultiDiGraph, a: str, b: str, since: str | None = None, until: str | None = None
) -> list[Row]:
    """Everything joining nodes `a` and `b` (module rules), dated rows first in date order."""
    urls = {aid: x.url for aid, x in articles_of(graph).items()}
    side_a, side_b = sides(graph, a), sides(graph, b)
    for both in side_a.keys() & side_b.keys() - {a, b}:  # said to serve both: the better
        support_a, support_b = _serves(graph, both, a), _serves(graph, both, b)  # supported
        if support_a <= support_b:
            del side_a[both]
        if support_b <= support_a:
            del side_b[both]
    rows: list[Row] = []
    seen: set[str] = set()

    def add(
        kind: str,
        node: str,
        how: str,
        evidence: Attrs | None,
        date: tuple[str | None, str | None],
        category: str | None = None,
        what: Ref | None = None,
    ) -> None:
        seen.add(node)
        article = evidence["article"] if evidence else None
        rows.append(
            Row(
                date=date[0], date_source=date[1], kind=kind, category=category,
                what=what or ref(graph, node), how=how,
                evidence=evidence["text"] if evidence else None,
                article=article, url=urls.get(article) if article else None,
            )
        )  # fmt: skip

    for type_, kind in ((RelType.SIGNED, "document"), (RelType.PARTICIPATED_IN, "event")):
        reach_a, reach_b = _reach(graph, side_a, type_), _reach(graph, side_b, type_)
        for node in reach_a.keys() & reach_b.keys():
            attrs = graph.nodes[node]
            how = f"{_how(side_a, reach_a[node])}; {_how(side_b, reach_b[node])}"
            evidence = _first_evidence(reach_a[node][0][1], reach_b[node][0][1])
            add(kind, node, how, evidence, _node_date(attrs), attrs.get(Prop.CATEGORY))
            if kind == "event":
                for _, doc, e in graph.out_edges(node, data=True):
                    if e.get(Prop.TYPE) == RelType.PRODUCED and doc not in seen:
                        d = graph.nodes[doc]
                        how_doc = f"produced at {display_name(attrs, node)}"
                        add(
                            "document",
                            doc,
                            how_doc,
                            _first_evidence(e),
                            _node_date(d),
                            d.get(Prop.CATEGORY),
                        )
    published = _published(graph)
    for p in side_a:
        for q, attrs in _met(graph, p):
            pair = f"{min(p, q)}|{max(p, q)}"
            if q not in side_b or p == q or pair in seen:
                continue
            seen.add(pair)
            how = f"{side_a[p]}; {side_b[q]}"
            names = (display_name(graph.nodes[n], n) for n in (p, q))
            met = Ref(key=pair, label=RelType.MET_WITH.value, name=" met ".join(names))
            met_on = (attrs.get(Prop.DATE), attrs.get(Prop.DATE_SOURCE))
            for n, article in enumerate(attrs.get(Prop.ARTICLES) or []):  # each time they met
                evidence = next((r for r in attrs[Prop.EVIDENCE] if r["article"] == article), None)
                date = met_on if n == 0 else (published.get(article), "article")
                add("officials met", q, how, evidence, date, MEETING_CATEGORY, met)
    for type_ in (RelType.MEMBER_OF, RelType.CO_CHAIRS):
        reach_a, reach_b = _reach(graph, side_a, type_), _reach(graph, side_b, type_)
        for node in reach_a.keys() & reach_b.keys() - seen:
            edge = reach_a[node][0][1]
            how = f"{_how(side_a, reach_a[node])}; {_how(side_b, reach_b[node])}"
            date = (edge.get(Prop.DATE), edge.get(Prop.DATE_SOURCE))
            add("body", node, how, _first_evidence(edge, reach_b[node][0][1]), date)
            for event, _, part in graph.in_edges(node, data=True):  # the body's meetings
                if part.get(Prop.TYPE) == RelType.PART_OF and event not in seen:
                    e = graph.nodes[event]
                    body = f"part of {display_name(graph.nodes[node], node)}, which both belong to"
                    add(
                        "event",
                        event,
                        body,
                        _first_evidence(part),
                        _node_date(e),
                        e.get(Prop.CATEGORY),
                    )
    for figure in _figures(graph, a) & _figures(graph, b):
        attrs = graph.nodes[figure]
        add("figure", figure, "measures both", _first_evidence(attrs), _node_date(attrs))
    for node, step_a, step_b in _via(graph, a, b, seen | set(side_a) | set(side_b)):
        attrs = graph.edges[step_a]
        other = graph.edges[step_b]
        how = f"{_step(graph, a, step_a)}; {_step(graph, b, step_b)}"
        dates = sorted(d for d in (attrs.get(Prop.DATE), other.get(Prop.DATE)) if d)
        date = (dates[-1], attrs.get(Prop.DATE_SOURCE)) if dates else (None, None)
        add("via", node, how, _first_evidence(attrs, other), date)
    kept = [r for r in rows if _within(r.date, since, until)]
    return sorted(kept, key=lambda r: (_sort_key(r.date), r.kind, r.what.name))


def _serves(graph: nx.MultiDiGraph, person: str, key: str) -> int:
    """How many articles say `person` holds a position in `key`."""
    return sum(
        int(attrs.get(Prop.SUPPORT, 0))
        for attrs in graph.get_edge_data(person, key, default={}).values()
        if attrs.get(Prop.TYPE) == RelType.HOLDS_POSITION
    )


def _published(graph: nx.MultiDiGraph) -> dict[str, str | None]:
    """Publication date of every article, by article id."""
    return {aid: a.published for aid, a in articles_of(graph).items()}


def _met(graph: nx.MultiDiGraph, person: str) -> Iterator[tuple[str, Attrs]]:
    for _, other, attrs in graph.out_edges(person, data=True):
        if attrs.get(Prop.TYPE) == RelType.MET_WITH:
            yield other, attrs
    for other, _, attrs in graph.in_edges(person, data=True):
        if attrs.get(Prop.TYPE) == RelType.MET_WITH:
            yield other, attrs


def _figures(graph: nx.MultiDiGraph, key: str) -> set[str]:
    return {
        figure
        for figure, _, attrs in graph.in_edges(key, data=True)
        if attrs.get(Prop.TYPE) == RelType.MEASURES
    }


Edge = tuple[str, str, str]


def _edges(graph: nx.MultiDiGraph, key: str) -> Iterator[tuple[str, Edge]]:
    """(neighbour, edge) of every relationship of `key` but mentions."""
    for _, other, k, attrs in graph.out_edges(key, keys=True, data=True):
        if type_of(k, attrs) not in _VIA_SKIP:
            yield other, (key, other, k)
    for other, _, k, attrs in graph.in_edges(key, keys=True, data=True):
        if type_of(k, attrs) not in _VIA_SKIP:
            yield other, (other, key, k)


def _via(
    graph: nx.MultiDiGraph, a: str, b: str, skip: set[str]
) -> Iterator[tuple[str, Edge, Edge]]:
    """Third parties with a relationship to both `a` and `b` (first relationship of each)."""
    from_a: dict[str, Edge] = {}
    for node, edge in _edges(graph, a):
        from_a.setdefault(node, edge)
    for node, edge in _edges(graph, b):
        if node in from_a and node not in skip and node not in (a, b):
            skip.add(node)
            yield node, from_a[node], edge


def _step(graph: nx.MultiDiGraph, end: str, edge: Edge) -> str:
    source, _, key = edge
    type_ = type_of(key, graph.edges[edge])
    name = display_name(graph.nodes[end], end)
    return f"{name} —{type_}→" if source == end else f"{name} ←{type_}—"


def _start(date: str | None) -> str | None:
    """The sortable start of a date, or None for no date or one without a year."""
    if not date:
        return None
    start = date.split("/", 1)[0]
    return None if start.startswith("-") else start


def _sort_key(date: str | None) -> tuple[int, str]:
    start = _start(date)
    return (0, start) if start else (1, "")


def _within(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether `date` lies inside the bounds, each compared at its own precision.

    >>> _within("2016-09-22", "2016", "2016"), _within("2015-01", "2016", None)
    (True, False)
    >>> _within(None, None, None), _within(None, "2016", None)
    (True, False)
    """
    if since is None and until is None:
        return True
    start = _start(date)
    if start is None:
        return False
    if since is not None and start[: len(since)] < since:
        return False
    return until is None or start[: len(until)] <= until


def timeline(
    graph: nx.MultiDiGraph, key: str, since: str | None = None, until: str | None = None
) -> list[Month]:
    """The events and documents of `key` (and its officials) by month, with PLOVER counts."""
    side = sides(graph, key)
    found: set[str] = set()
    for member in side:
        for _, target, attrs in graph.out_edges(member, data=True):
            if attrs.get(Prop.TYPE) in (RelType.PARTICIPATED_IN, RelType.SIGNED):
                found.add(target)
    for source, _, attrs in graph.in_edges(key, data=True):  # held in it, part of it
        if attrs.get(Prop.TYPE) in (RelType.HELD_IN, RelType.PART_OF):
            found.add(source)
    for event in list(found):  # and what its events produced
        for _, document, attrs in graph.out_edges(event, data=True):
            if attrs.get(Prop.TYPE) == RelType.PRODUCED:
                found.add(document)
    return months(graph, found, since, until)


def months(
    graph: nx.MultiDiGraph, nodes: set[str], since: str | None = None, until: str | None = None
) -> list[Month]:
    """`nodes` grouped by month of their date, with counts per category, months in order."""
    groups: dict[str, list[str]] = defaultdict(list)
    for node in nodes:
        date = graph.nodes[node].get(Prop.DATE)
        if not _within(date, since, until):
            continue
        start = _start(date)
        groups[start[:7] if start else "undated"].append(node)
    out = []
    for month in sorted(groups, key=lambda m: (m == "undated", m)):
        members = sorted(groups[month], key=lambda n: display_name(graph.nodes[n], n))
        counts = Counter(graph.nodes[n].get(Prop.CATEGORY) or "none" for n in members)
        out.append(
            Month(
                month=month,
                total=len(members),
                categories=dict(sorted(counts.items())),
                names=[display_name(graph.nodes[n], n) for n in members],
            )
        )
    return out


def dated_events(graph: nx.MultiDiGraph) -> set[str]:
    """Every event and document of the graph (`months` sorts out the undated)."""
    return {
        n for n, label in graph.nodes(data=Prop.LABEL) if label in (Label.EVENT, Label.DOCUMENT)
    }
