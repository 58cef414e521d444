"""Feeding a Bolt server (Neo4j) as the news comes: `kg build INPUTS --push URI`.

An archive of millions of articles never has to fit in one process: articles are read,
extracted (in `jobs` worker processes) and merged into the server a batch at a time, and
the server is the graph. Per batch:

1. Articles the server holds already are skipped before extraction (`seeds.known_articles`),
   so feeding the same files twice changes nothing, and a feed that failed half-way
   resumes where it stopped.
2. The batch is merged with the graph's own rules (`kg.graph.builder.add_articles`) into
   *seeds*: the server's nodes it may touch, read without their evidence — by key (QID,
   folded name: the keys are deterministic), by QID, and, for the people no key finds, the
   server's people who share a first name or surname with them (`kg.store.person_keys`),
   so the one same-person rule (`kg.graph.merge.Index`) sees them; then the server's
   relationships between the nodes the batch touches.
3. What the batch adds is written (`kg.store.delta`): merged properties set, evidence and
   article ids appended (and checked: FalkorDB 4.16 now and then cuts a string short),
   support counted — each node and relationship once per batch, whatever happens; and
   the names of what it touches merged into the name index (`kg.store.names`).

The server does the merging by key; workers only extract. Every step is a few small
queries, so the process holds one batch and its seeds, never the archive.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

import networkx as nx

from kg.batch import BatchReport, BuildSummary, Extracted, Watch, extract_all
from kg.graph.builder import add_articles
from kg.graph.merge import DATED, Index, node_key
from kg.graph.names import name_key, person_key
from kg.models import ArticleGraph
from kg.read import Article, read_or_skip
from kg.schema import Label, Prop, RelType
from kg.store import seeds
from kg.store.delta import Group, node_groups, rel_groups
from kg.store.names import name_rows
from kg.store.neo4j import Bolt, PushError
from kg.store.person_keys import needles
from kg.store.rows import node_rows, rel_rows
from kg.store.statements import MAX_ROWS, name_statements, node_statements, rel_statements

#: Articles merged into the server per batch.
BATCH = 500
#: Attribute of what the server holds already, in a batch's graph.
SEED = "seed"
Attrs = dict[str, Any]
EdgeKey = tuple[str, str, str]


def feed(
    bolt: Bolt,
    paths: Sequence[Path],
    jobs: int = 1,
    batch: int = BATCH,
    watch: Watch | None = None,
    whole: bool | None = None,
) -> BuildSummary:
    """Extract the article files `paths` and merge them into the server of `bolt`, `batch`
    articles at a time; `watch` wraps the stream of outcomes (a progress bar). Lists grow
    on the server (`write_batch`), or, `whole` (the default for servers that paste
    parameters: FalkorDB), are read, extended and written whole (`write_whole`)."""
    whole = bolt.escaped if whole is None else whole
    fresh = _unknown(bolt, paths)
    report = BatchReport()
    seen: set[str] = set()
    added: list[str] = []
    pending: list[ArticleGraph] = []
    duplicates = 0
    outcomes: Iterable[Any] = extract_all(fresh, jobs=jobs)
    for outcome in watch(iter(outcomes), len(fresh)) if watch else outcomes:
        report = report.add(outcome)
        if not isinstance(outcome, Extracted):
            continue
        aid = outcome.graph.article.id
        if aid in seen:
            duplicates += 1
            continue
        seen.add(aid)
        pending.append(outcome.graph)
        if len(pending) >= batch:
            added += push_batch(bolt, pending, whole)
            pending = []
    if pending:
        added += push_batch(bolt, pending, whole)
    return BuildSummary(tuple(added), len(paths) - len(fresh), duplicates, report)


def _unknown(bolt: Bolt, paths: Sequence[Path]) -> list[Path]:
    """The paths whose article the server does not hold (unreadable ones included: their
    extraction reports why)."""
    ids: dict[Path, str] = {}
    for path in paths:
        article = read_or_skip(path)
        if isinstance(article, Article):
            ids[path] = f"{Label.ARTICLE}:{article.meta.id}"
    known = seeds.known_articles(bolt, ids.values())
    return [p for p in paths if ids.get(p) not in known]


def push_batch(bolt: Bolt, articles: list[ArticleGraph], whole: bool | None = None) -> list[str]:
    """Merge `articles` into the server; the ids of the articles added (`whole`: `feed`)."""
    if bolt.escaped if whole is None else whole:
        write_whole(bolt, batch_graph(bolt, articles, whole=True))
    else:
        write_batch(bolt, batch_graph(bolt, articles))
    return [a.article.id for a in articles]


def batch_graph(bolt: Bolt, articles: list[ArticleGraph], whole: bool = False) -> nx.MultiDiGraph:
    """The server's nodes and relationships that `articles` touch, merged with them: their
    properties final, their evidence and articles only the batch's (module steps 2) — or,
    `whole`, the stored ones with the batch's appended."""
    keys, qids = candidates(articles)
    nodes = seeds.nodes(bolt, keys | seeds.by_wikidata(bolt, qids))
    index = Index.of(_graph(nodes, {}))
    unresolved = {
        person_key(e.name_ar)
        for a, dates in _dated(articles)
        for e in a.entities
        if e.label == Label.PERSON and index.find(e, dates.get(e.key)) is None
    }
    people = seeds.people_with(bolt, (n for k in unresolved for n in needles(k)))
    nodes |= seeds.nodes(bolt, people - nodes.keys())
    trial = _graph(nodes, {})
    add_articles(trial, articles)
    created = [n for n, label in trial.nodes(data=Prop.LABEL) if n not in nodes]
    nodes |= seeds.nodes(bolt, [n for n in created if not n.startswith(f"{Label.ARTICLE}:")])
    labels = {n: Label(label) for n, label in trial.nodes(data=Prop.LABEL)}
    between = [
        (u, v, k, RelType(t))
        for u, v, k, t in trial.edges(keys=True, data=Prop.TYPE)
        if u in nodes and v in nodes
    ]
    graph = _graph(nodes, seeds.relationships(bolt, between, labels))
    add_articles(graph, articles)
    if whole:
        _stored_first(bolt, graph, labels)
    return graph


def _stored_first(bolt: Bolt, graph: nx.MultiDiGraph, labels: dict[str, Label]) -> None:
    """Put the stored lists of the seeds a batch touched before the batch's (read with
    `seeds.fill_lists`), leaving out what the server has of the batch's articles already
    (a batch written again after a failure), and count support again."""
    stored: dict[str, Attrs] = {}
    by_label: dict[Label, dict[str, tuple[Attrs, Attrs]]] = {}
    for key, attrs in graph.nodes(data=True):
        if attrs.get(SEED) and attrs[Prop.ARTICLES]:
            stored[key] = {}
            by_label.setdefault(labels[key], {})[key] = ({"key": key}, stored[key])
    for label, group in by_label.items():
        seeds.fill_lists(bolt, f"MATCH (n:{label} {{key: row.key}})", group)
    by_ends: dict[tuple[str, Label, Label], dict[str, tuple[Attrs, Attrs]]] = {}
    for u, v, k, attrs in graph.edges(keys=True, data=True):
        if attrs.get(SEED) and attrs[Prop.ARTICLES]:
            ids = {"source": u, "target": v, "key": f"{u}|{k}|{v}"}
            stored[ids["key"]] = {}
            ends = (attrs[Prop.TYPE], labels[u], labels[v])
            by_ends.setdefault(ends, {})[ids["key"]] = (ids, stored[ids["key"]])
    for (type_, a, b), group in by_ends.items():
        match = (
            f"MATCH (a:{a} {{key: row.source}})-[n:{type_} {{key: row.key}}]->"
            f"(b:{b} {{key: row.target}})"
        )
        seeds.fill_lists(bolt, match, group)
    items = chain(
        graph.nodes(data=True), (((u, k, v), a) for u, v, k, a in graph.edges(keys=True, data=True))
    )
    for key, attrs in items:
        old = stored.get(key if isinstance(key, str) else "|".join(key))
        if old is None:
            continue
        had = set(old.get(Prop.ARTICLES, []))
        evidence = [r for r in attrs[Prop.EVIDENCE] if r["article"] not in had]
        attrs[Prop.EVIDENCE] = old.get(Prop.EVIDENCE, []) + evidence
        attrs[Prop.ARTICLES] = old.get(Prop.ARTICLES, []) + [
            a for a in attrs[Prop.ARTICLES] if a not in had
        ]
        attrs[Prop.SUPPORT] = len(attrs[Prop.ARTICLES])


def candidates(articles: Iterable[ArticleGraph]) -> tuple[set[str], set[tuple[Label, str]]]:
    """The node keys the entities of `articles` may have on a server (by QID, by the key a
    new node of theirs would get, by each of their names), and their (label, QID)s."""
    keys: set[str] = set()
    qids: set[tuple[Label, str]] = set()
    for article, dates in _dated(articles):
        for entity in article.entities:
            label, date = entity.label, dates.get(entity.key)
            keys.add(node_key(entity, date, article.article.id))
            if entity.wikidata:
                qids.add((label, entity.wikidata))
                keys.add(f"{label}:{entity.wikidata}")
            for name in (entity.name, entity.title, entity.name_ar):
                folded = name_key(name or "")
                if folded and label not in DATED:
                    keys.add(f"{label}:{folded}")
                elif folded and date:
                    keys.add(f"{label}:{folded}@{date}")
    return keys, qids


def _dated(articles: Iterable[ArticleGraph]) -> Iterator[tuple[ArticleGraph, dict[str, str]]]:
    """Each article with its entities' own dates (the first each is given), as the graph
    builder reads them."""
    for article in articles:
        dates: dict[str, str] = {}
        for fact in article.dates:
            dates.setdefault(fact.subject, fact.date)
        yield article, dates


def _graph(nodes: dict[str, Attrs], edges: dict[EdgeKey, Attrs]) -> nx.MultiDiGraph:
    """A graph of seeds, each with attributes of its own (add_articles extends lists)."""
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((k, {**copy.deepcopy(a), SEED: True}) for k, a in nodes.items())
    graph.add_edges_from(
        (u, v, k, {**copy.deepcopy(a), SEED: True}) for (u, v, k), a in edges.items()
    )
    return graph


#: Times a group's lists are built before the push gives up on a server that corrupts them.
ATTEMPTS = 5


def write_batch(bolt: Bolt, graph: nx.MultiDiGraph) -> None:
    """Write what `graph` (a batch on its seeds) adds, in the steps of `kg.store.delta`:
    every merge, then node lists, relationship lists, and Article lists last."""
    touched = [(n, a) for n, a in graph.nodes(data=True) if a.get(Prop.ARTICLES)]
    labels = {n: Label(a[Prop.LABEL]) for n, a in graph.nodes(data=True)}
    rels = [
        (u, v, k, a) for u, v, k, a in graph.edges(keys=True, data=True) if a.get(Prop.ARTICLES)
    ]
    known = {n for n, seed in graph.nodes(data=SEED) if seed}
    nodes = node_groups(touched, bolt.max_bytes, bolt.escaped, known)
    known = {f"{u}|{k}|{v}" for u, v, k, seed in graph.edges(keys=True, data=SEED) if seed}
    edges = rel_groups(rels, labels, bolt.max_bytes, bolt.escaped, known)
    for group in chain(nodes, edges):
        for statement in group.merges:
            bolt.write(statement)
    for statement in name_statements(name_rows(touched), bolt.max_bytes, MAX_ROWS, bolt.escaped):
        bolt.write(statement)
    articles = [g for g in nodes if g.article]
    for group in chain((g for g in nodes if not g.article), edges, articles):
        _lists(bolt, group)


def _lists(bolt: Bolt, group: Group) -> None:
    """Build a group's lists, check them, build again what came out wrong, commit."""
    only: set[str] | None = None
    wrong: set[str] = set()
    for attempt in range(ATTEMPTS):
        for statement in chain(group.pieces(only), group.builds(only, attempt)):
            bolt.write(statement)
        query, rows = group.check()
        wrong = {k for c in seeds.chunks(bolt, rows, query) for [k] in bolt.read(query, rows=c)}
        if not wrong:
            break
        only = wrong
    else:
        raise PushError(
            f"the server stored {len(wrong)} lists shorter than written, {ATTEMPTS} times "
            f"(such as that of {sorted(wrong)[0]!r})"
        )
    for statement in chain(group.commits(), group.cleanups()):
        bolt.write(statement)


def write_whole(bolt: Bolt, graph: nx.MultiDiGraph) -> None:
    """Write what `graph` (a batch on seeds with their stored lists) touches, every value
    whole, with the statements of `kg push`: other nodes, Article nodes without their own
    id, relationships, then Article nodes whole (the mark that the article is in).

    For servers that paste parameters (FalkorDB 4.16), whose string concatenation is not
    to be trusted with lists that grow on the server: a value that a SET computes from
    the property it sets, or a string copied from another property, now and then comes
    back cut short or empty. The cost is reading the stored lists of what a batch touches.
    """
    touched = [n for n, a in graph.nodes(data=Prop.ARTICLES) if a]
    articles = [n for n in touched if graph.nodes[n][Prop.LABEL] == Label.ARTICLE]
    others = graph.subgraph(n for n in touched if n not in set(articles))
    pending = nx.MultiDiGraph()
    pending.add_nodes_from((n, {**graph.nodes[n], Prop.ARTICLES: []}) for n in articles)
    rels = graph.edge_subgraph(
        (u, v, k) for u, v, k, a in graph.edges(keys=True, data=Prop.ARTICLES) if a
    )
    budget, escaped = bolt.max_bytes, bolt.escaped
    statements = chain(
        node_statements(node_rows(others), budget, MAX_ROWS, escaped),
        node_statements(node_rows(pending), budget, MAX_ROWS, escaped),
        rel_statements(rel_rows(rels), budget, MAX_ROWS, escaped),
        name_statements(name_rows((n, graph.nodes[n]) for n in touched), budget, MAX_ROWS, escaped),
        node_statements(node_rows(graph.subgraph(articles)), budget, MAX_ROWS, escaped),
    )
    for statement in statements:
        bolt.write(statement)
