"""`kg lookup`, `kg neighbors`, `kg path`, `kg stats`: asking the built graph from a terminal.

Thin: each command resolves names with `kg.lookup.names`, calls one `kg.lookup` function
and prints its records as rich tables (`--format table`) or JSON (`--format json`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from kg.cli.application import app
from kg.cli.display import Bidi, Format, emit_json, emit_records
from kg.cli.graphfile import DEFAULT_GRAPH, GraphOption, open_graph, records_checked
from kg.cli.output import err, fail
from kg.graph.io import is_tables
from kg.lookup.names import AmbiguousName, Match, UnknownName, find, resolve
from kg.lookup.nearby import as_neighbors, first_of_each_hop, neighbors
from kg.lookup.records import ArticleRef, Link, Ref, articles_of, ref, type_of
from kg.lookup.store import GraphStore, is_store
from kg.models import Evidence
from kg.schema import RelType

if TYPE_CHECKING:  # what one command needs is imported by that command
    import networkx as nx

    from kg.lookup.card import Card
    from kg.lookup.paths import Connection

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table or json.")]
BidiOption = Annotated[
    bool,
    typer.Option(
        "--bidi/--no-bidi",
        envvar="KG_BIDI",
        help="Shape Arabic and put it in visual order, for terminals without bidi support.",
    ),
]
#: Relationships of each type, and articles, that a card on the terminal lists (`--all`: every one).
SHOWN = 20
out = Console(highlight=False, markup=False)  # names and sentences are text, never markup


def _store(path: Path) -> GraphStore | None:
    """The saved graph's lookup index, when `path` has one (else the graph is loaded whole)."""
    if not is_store(path):
        return None
    try:
        return GraphStore(path)
    except (OSError, ValueError, sqlite3.Error) as e:
        fail(f"cannot read the graph in {path}: {e}")


def _entity(graph: nx.MultiDiGraph | GraphStore, name: str) -> str:
    """The key `name` stands for; a fuzzy guess is said on stderr, a miss ends the command."""
    forms = None
    if isinstance(graph, GraphStore):
        graph, forms = graph.named(name)
    try:
        match = resolve(graph, name, forms=forms)
    except UnknownName as e:
        fail(str(e))
    except AmbiguousName as e:
        fail(f"{e} — give a fuller name or the key")
    if match.how != "exact":
        err.print(f"note: no exact match for {name!r}; using {match.name} ({match.form})")
    return match.key


def _name(bidi: Bidi, name: str, name_ar: str | None) -> str:
    return f"{name} — {bidi(name_ar)}" if name_ar and name_ar != name else name


def _arrow(link: Link, start: str) -> str:
    """The relationship read from `start`: —TYPE→ when it points away, ←TYPE— otherwise."""
    return f"—{link.type}→" if link.source.key == start else f"←{link.type}—"


def _evidence(bidi: Bidi, link: Link, articles: dict[str, ArticleRef]) -> Group:
    """Each sentence that states `link`, then the article it is from."""
    blocks = []
    for ev in link.evidence:
        article = articles.get(ev.article)
        where = (article.url or article.title or ev.article) if article else ev.article
        blocks.append(bidi.block(ev.text, f"  ({where})"))
    return Group(*blocks)


@app.command("lookup")
def lookup_command(
    name: Annotated[str, typer.Argument(help="Arabic or English name, any spelling.")],
    graph_file: GraphOption = DEFAULT_GRAPH,
    format: FormatOption = Format.TABLE,
    bidi: BidiOption = False,
    every: Annotated[
        bool,
        typer.Option(
            "--all", help=f"List every relationship and article, not the first {SHOWN} of each."
        ),
    ] = False,
) -> None:
    """Who or what NAME is, and every relationship the graph holds for it, with evidence
    (a table lists the first 20 of each type and says how many more there are)."""
    store = _store(graph_file)
    if store is None:
        graph = open_graph(graph_file)
        matches = find(graph, name)
    else:
        named, forms = store.named(name)
        matches = find(named, name, forms=forms)
    if not matches:
        fail(f"no entity is named {name!r}")
    exact = [m for m in matches if m.how == "exact"]
    keys = [m.key for m in (exact or matches[:1])]
    limit = None if every or format == Format.JSON else SHOWN
    articles: dict[str, ArticleRef] = {}
    with records_checked(graph_file):
        if store is not None:  # read from the index: no networkx graph is made
            cards = []
            for key in keys:
                card, cited = store.card_record(key, limit=limit)
                cards.append(card)
                articles |= cited
            counts = {key: store.link_counts(key) for key in keys}
        else:
            from kg.lookup.card import describe

            cards = [describe(graph, key) for key in keys]
            articles = articles_of(graph)
            counts = {key: _link_counts(graph, key) for key in keys}
    if format == Format.JSON:
        emit_json(cards if exact else [*cards, *matches])
        return
    show = Bidi(bidi)
    if not exact:
        out.print(_candidates(show, name, matches))
    for card in cards:
        out.print(_card(show, card, articles, counts[card.entity.key], limit))


def _link_counts(graph: nx.MultiDiGraph, key: str) -> dict[str, int]:
    """How many relationships of each type `key` has in `graph`."""
    edges = [*graph.out_edges(key, keys=True, data=True)]
    edges += [(u, v, k, a) for u, v, k, a in graph.in_edges(key, keys=True, data=True) if u != key]
    return dict(Counter(type_of(k, a) for _, _, k, a in edges))


def _candidates(bidi: Bidi, query: str, matches: list[Match]) -> Table:
    table = Table(title=f"No exact match for {bidi(query)}; closest first", title_justify="left")
    for column in ("score", "how", "name", "label", "matched spelling", "key"):
        table.add_column(column)
    for m in sorted(matches, key=lambda m: -m.score):  # stable: equal scores keep their order
        table.add_row(
            f"{m.score:g}", m.how, _name(bidi, m.name, m.name_ar), m.label, bidi(m.form), m.key
        )
    return table


def _more(count: int, what: str) -> str:
    return f"… and {count} more {what} (--all lists them)"


def _card(
    bidi: Bidi,
    card: Card,
    articles: dict[str, ArticleRef],
    counts: dict[str, int],
    limit: int | None,
) -> Group:
    """The card as a terminal shows it: at most `limit` relationships of each type and
    articles, and how many more `counts` says there are."""
    e = card.entity
    head = Text.assemble((_name(bidi, e.name, e.name_ar), "bold"), f"  [{e.label}]")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim")
    facts.add_column()
    facts.add_row("key", e.key)
    for field, value in (("wikidata", card.wikidata), ("date", card.date)):
        if value:
            facts.add_row(field, value)
    if card.aliases:
        facts.add_row("spellings", bidi.block("، ".join(card.aliases)))
    for a in card.articles[:limit]:
        facts.add_row("article", bidi.block(a.title or "", a.url or a.key))
    if limit is not None and len(card.articles) > limit:
        facts.add_row("", _more(len(card.articles) - limit, "articles"))
    parts: list[Text | Table] = [head, facts]
    for type_, every in card.links.items():
        links = every[:limit]
        table = Table(title=type_, title_justify="left", show_lines=True)
        for column in ("", "with", "role", "rule", "evidence"):
            table.add_column(column)
        for x in links:
            other = x.other(e.key)
            arrow = "→" if x.source.key == e.key else "←"
            table.add_row(
                arrow,
                f"{_name(bidi, other.name, other.name_ar)}\n[{other.label}]",
                x.role or "",
                (x.rule or "").replace("|", "\n"),
                _evidence(bidi, x, articles),
            )
        parts.append(table)
        if limit is not None and counts.get(type_, 0) > limit:
            parts.append(Text(_more(counts[type_] - limit, f"{type_} relationships")))
    return Group(*parts)


@app.command("neighbors")
def neighbors_command(
    name: Annotated[str, typer.Argument(help="Arabic or English name, any spelling.")],
    types: Annotated[
        list[RelType] | None, typer.Option("--type", "-t", help="Follow only these types.")
    ] = None,
    hops: Annotated[int, typer.Option(min=1, help="How far to walk.")] = 1,
    limit: Annotated[
        int | None,
        typer.Option(
            min=0,
            help=f"List the first N of each hop; 0 lists every one (default: {SHOWN} in a table,"
            " every one in JSON).",
        ),
    ] = None,
    graph_file: GraphOption = DEFAULT_GRAPH,
    format: FormatOption = Format.TABLE,
    bidi: BidiOption = False,
) -> None:
    """What NAME is connected to, up to N hops away (articles are not walked through).

    A table lists the first 20 of each hop and says how many more there are (two hops
    from a country can reach a seventh of the graph: 16,000 rows); JSON lists every one.
    --limit sets the number either way."""
    if limit is None:
        limit = SHOWN if format == Format.TABLE else 0
    cut = limit or None
    walked = [str(t) for t in types or ()]
    store = _store(graph_file)
    graph = open_graph(graph_file) if store is None else None
    key = _entity(graph or store, name)
    with records_checked(graph_file):
        if store is not None:  # records straight from the index: no networkx graph
            records, counts = store.neighbors_listed(key, hops=hops, types=walked, limit=cut)
        else:
            assert graph is not None
            every = neighbors(graph, key, types=walked, hops=hops)
            counts = dict(Counter(n.hops for n in every))
            found = every if cut is None else first_of_each_hop(every, cut, lambda n: n.hops)
    if format == Format.JSON:
        if store is not None:
            emit_records(records, (Ref, Link, Evidence))
        else:
            emit_json(found)
        if cut is not None and max(counts.values(), default=0) > cut:
            err.print(_left_out(counts, cut))
        return
    if store is not None:
        found = as_neighbors(records)
    show = Bidi(bidi)
    start = _start_ref(store, graph, key)
    table = Table(
        title=f"Neighbours of {_name(show, start.name, start.name_ar)}: {_per_hop(counts)}",
        title_justify="left",
    )
    for column in ("hops", "name", "label", "via", "relationships"):
        table.add_column(column)
    for n in found:
        rels = "\n".join(_arrow(x, n.via.key) for x in n.links)
        table.add_row(str(n.hops), _name(show, n.name, n.name_ar), n.label, show(n.via.name), rels)
    out.print(table)
    if cut is not None and max(counts.values(), default=0) > cut:
        out.print(_left_out(counts, cut))


def _start_ref(store: GraphStore | None, graph: nx.MultiDiGraph | None, key: str) -> Ref:
    """The `Ref` of the node a walk starts from."""
    if graph is not None:
        return ref(graph, key)
    assert store is not None
    return store.ref(key)


def _per_hop(counts: dict[int, int]) -> str:
    """How many neighbours each hop has: "3 at 1 hop, 1,204 at 2 hops".

    >>> _per_hop({1: 3, 2: 1204}), _per_hop({})
    ('3 at 1 hop, 1,204 at 2 hops', 'none')
    """
    parts = [f"{n:,} at {hop} hop{'s' if hop > 1 else ''}" for hop, n in sorted(counts.items())]
    return ", ".join(parts) or "none"


def _left_out(counts: dict[int, int], limit: int) -> str:
    """What a listing of the first `limit` of each hop leaves out, and how to see it.

    >>> _left_out({1: 3, 2: 1204, 3: 21}, 20)
    '… and 1,184 more at 2 hops, 1 more at 3 hops (--limit 0 lists them all)'
    """
    more = [
        f"{n - limit:,} more at {hop} hop{'s' if hop > 1 else ''}"
        for hop, n in sorted(counts.items())
        if n > limit
    ]
    return f"… and {', '.join(more)} (--limit 0 lists them all)"


@app.command("path")
def path_command(
    source: Annotated[str, typer.Argument(help="Where the path starts.")],
    target: Annotated[str, typer.Argument(help="Where it ends.")],
    max_hops: Annotated[int, typer.Option(min=1, help="Longest path to look for.")] = 4,
    types: Annotated[
        list[RelType] | None, typer.Option("--type", "-t", help="Follow only these types.")
    ] = None,
    graph_file: GraphOption = DEFAULT_GRAPH,
    format: FormatOption = Format.TABLE,
    bidi: BidiOption = False,
) -> None:
    """The shortest connections between two entities, with the relationship types on the way."""
    from kg.lookup.paths import shortest_paths

    store = _store(graph_file)
    graph = open_graph(graph_file) if store is None else None
    a, b = _entity(graph or store, source), _entity(graph or store, target)
    if a == b:
        fail(f"{source!r} and {target!r} are the same entity ({a}): there is no path to show")
    if store is not None:
        graph = store.between(a, b, max_hops=max_hops, types=[str(t) for t in types or ()])
    assert graph is not None
    with records_checked(graph_file):
        paths = shortest_paths(graph, a, b, max_hops=max_hops, types=[str(t) for t in types or ()])
    if not paths:
        fail(f"no path of at most {max_hops} hops between {source!r} and {target!r}")
    if format == Format.JSON:
        emit_json(paths)
        return
    show = Bidi(bidi)
    articles = articles_of(graph)
    for number, p in enumerate(paths, start=1):
        out.print(_path(show, number, p, articles))


def _path(bidi: Bidi, number: int, path: Connection, articles: dict[str, ArticleRef]) -> Table:
    table = Table(title=f"Path {number}: {path.hops} hop(s)", title_justify="left", show_lines=True)
    for column in ("from", "relationship", "to", "evidence"):
        table.add_column(column)
    for step in path.steps:
        for x in step.links:
            table.add_row(
                _name(bidi, step.start.name, step.start.name_ar),
                _arrow(x, step.start.key) + (f"\n({x.role})" if x.role else ""),
                _name(bidi, step.end.name, step.end.name_ar),
                _evidence(bidi, x, articles),
            )
    return table


@app.command("stats")
def stats_command(
    top: Annotated[
        int, typer.Option(min=1, help="How many most connected entities, and articles.")
    ] = 10,
    graph_file: GraphOption = DEFAULT_GRAPH,
    format: FormatOption = Format.TABLE,
    bidi: BidiOption = False,
) -> None:
    """Counts by label and relationship type, the most connected entities, the articles."""
    from kg.lookup.summary import stats

    if is_tables(graph_file):  # counted on the saved tables, the graph left unloaded
        from kg.lookup.census import stats_of_tables  # pyarrow: for this command only

        try:
            s = stats_of_tables(graph_file, top=top)
        except (OSError, ValueError, KeyError) as e:
            fail(f"cannot read the graph in {graph_file}: {e}")
        if s.nodes == 0:
            fail(f"the graph in {graph_file} is empty")
    else:
        graph = open_graph(graph_file)
        with records_checked(graph_file):
            s = stats(graph, top=top)
    if format == Format.JSON:
        emit_json(s)
        return
    show = Bidi(bidi)
    out.print(f"{s.nodes} nodes, {s.edges} relationships, {s.article_count} articles")
    for title, counts in (("label", s.labels), ("relationship type", s.types)):
        table = Table(title_justify="left")
        table.add_column(title)
        table.add_column("count", justify="right")
        for name, count in counts.items():
            table.add_row(name, str(count))
        out.print(table)
    ranked = Table(title="Most connected", title_justify="left")
    for column in ("name", "label", "relationships", "articles"):
        ranked.add_column(column)
    for r in s.top:
        ranked.add_row(
            _name(show, r.entity.name, r.entity.name_ar),
            r.entity.label,
            str(r.relationships),
            str(r.articles),
        )
    out.print(ranked)
    shown = f"top {len(s.articles)} of {s.article_count}, most entities first"
    listing = Table(title=f"Articles ({shown})", title_justify="left")
    for column in ("article", "title", "published", "entities"):
        listing.add_column(column)
    for a in s.articles:
        listing.add_row(
            a.article.url or a.article.key,
            show(a.article.title),
            a.article.published or "",
            str(a.entities),
        )
    out.print(listing)
