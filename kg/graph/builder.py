"""Many `ArticleGraph`s merged into one networkx `MultiDiGraph`.

Nodes are keyed by a stable id (`kg.graph.merge.node_key`): `Country:Q227` for an entity
with a Wikidata QID, `Person:<folded name>` otherwise, `Article:<id>` for articles. Every
node and relationship carries `evidence` (a list of `{article, sentence, start, end,
text}` records: the sentence that said it, or for a bare mention the words that named
it), `articles` (the ids of the articles that support it) and `support` (their number).

Relationships carry `rule`: the ids of the extraction rules that stated them (see
`kg.extraction.relations`), `|`-separated, so a reader can ask why an edge is there.
Relationships are keyed by their type, plus the role when there is one
(`HOLDS_POSITION:Prime Minister`), so one person's successive roles stay apart with their
own evidence; the `type` attribute always holds the plain type. `MET_WITH` is symmetric
and stored once, from the smaller node key to the larger.

Quantities are nodes (label `Quantity`) with `MEASURES` edges to each subject, not
properties of the subjects: one figure often measures two subjects at once (the trade
between two countries), a subject has many figures over the years, and each figure needs
its own metric, value, unit, period and evidence — a node holds all of that once, and
Cypher can ask "figures between A and B over time" as a plain pattern. Equal figures
(same metric, value, unit, period and subjects) from two articles are one node.

Dates: events and documents carry `date` and `date_source` — their own date when an
article gives one ("event"/"document", the first seen), else their article's publication
date ("article"), which a later own date replaces; relationships and figures carry the date
their article gave them (`kg.extraction.dating`), an own date again beating an article's.
Events and documents also carry their PLOVER `category`.

A node's Arabic name (`name_ar`) is the one most of its articles gave (each article's own
is canonical already: the gazetteer's, or the printed form without proclitics), ties going
to the longer, then the alphabetically first: it does not depend on the order of articles.
The tally is kept in `name_ar_counts`.

Adding an article whose id is already in `graph.graph["articles"]` changes nothing, so
building incrementally is safe to repeat.
"""

from __future__ import annotations

import gc
import hashlib
import sys
from collections.abc import Iterable
from itertools import chain
from typing import TYPE_CHECKING, Any

from kg.graph.merge import Index, node_key
from kg.models import (
    ArticleGraph,
    ArticleMeta,
    DateFact,
    DateSource,
    Entity,
    Evidence,
    Quantity,
    Relation,
)
from kg.schema import PREDICATES, Label, Prop, RelType

if TYPE_CHECKING:  # networkx takes 0.1 s to import: only what builds or reads a graph loads it
    import networkx as nx

Record = dict[str, Any]
FREEZE_EVERY = 500  # articles between two freezes of the cyclic collector
NAME_AR_COUNTS = "name_ar_counts"  # node attribute: how many articles gave each Arabic name


def build(articles: Iterable[ArticleGraph]) -> nx.MultiDiGraph:
    """One graph for all `articles`.

    >>> from kg.models import ArticleGraph, ArticleMeta
    >>> empty = ArticleGraph(article=ArticleMeta(id="a1"), entities=(), relations=(),
    ...                      quantities=(), dates=())
    >>> build([empty, empty]).graph["articles"]
    ['a1']
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    add_articles(graph, articles)
    return graph


def add_articles(graph: nx.MultiDiGraph, articles: Iterable[ArticleGraph]) -> list[str]:
    """Merge `articles` into `graph` in place; return the ids added (known ones are skipped).

    The graph grows for the whole build and holds no garbage, yet the cyclic collector
    would rescan all of it again and again (a fifth of a 10k-article build). So what exists
    is frozen every `FREEZE_EVERY` articles and unfrozen at the end — unless the process
    froze objects of its own: then it manages the collector itself.
    """
    known: list[str] = graph.graph.setdefault(Prop.ARTICLES.value, [])
    seen = set(known)
    index = Index.of(graph)
    added: list[str] = []
    freezing = gc.get_freeze_count() == 0
    try:
        for article in articles:
            if article.article.id in seen:
                continue
            _add_article(graph, index, article)
            seen.add(article.article.id)
            known.append(article.article.id)
            added.append(article.article.id)
            if freezing and len(added) % FREEZE_EVERY == 0:
                gc.freeze()
    finally:
        if freezing:
            gc.unfreeze()
    return added


def node_keys(article: ArticleGraph) -> dict[str, str]:
    """The key of each entity's node (entity key -> node key) when `article` is built alone.

    In a bigger graph the same keys hold, except where an entity merges into a node an
    earlier article made under another key (a surname alone, another spelling).

    >>> from kg.models import Mention
    >>> m = Mention(text="باكو", start=0, end=4, sentence=0)
    >>> baku = Entity(key="Q9248", label=Label.PLACE, name="Baku", name_ar="باكو",
    ...               wikidata="Q9248", mentions=(m,))
    >>> node_keys(ArticleGraph(article=ArticleMeta(id="a1"), entities=(baku,), relations=(),
    ...                        quantities=(), dates=()))
    {'Q9248': 'Place:Q9248'}
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    return _add_article(graph, Index.of(graph), article)


def record(evidence: Evidence) -> Record:
    """An evidence record as stored on nodes and relationships."""
    return evidence.model_dump()


def _add_article(graph: nx.MultiDiGraph, index: Index, article: ArticleGraph) -> dict[str, str]:
    """Merge one article into `graph`; return the node of each of its entities, by key."""
    aid = article.article.id
    article_node = _add_article_node(graph, article.article)
    dates: dict[str, str] = {}  # own dates, which merging relies on
    for fact in article.dates:
        dates.setdefault(fact.subject, fact.date)
    records = _Records()
    sentences = _sentences(article, records)
    nodes: dict[str, str] = {}
    for entity in article.entities:
        node = nodes[entity.key] = _add_entity(graph, index, entity, dates.get(entity.key), aid)
        mentions = [
            sentences.get(m.sentence) or _mention_record(aid, m.sentence, m.start, m.text)
            for m in entity.mentions
        ]
        _extend(graph.nodes[node], mentions, aid)
        _add_edge(graph, node, article_node, RelType.MENTIONED_IN, None, mentions, aid)
    for relation in article.relations:
        source, target = nodes[relation.source], nodes[relation.target]
        if relation.type in _SYMMETRIC and target < source:
            source, target = target, source
        evidence = [records.of(relation.evidence)]
        edge = _add_edge(
            graph, source, target, relation.type, relation.role, evidence, aid, relation.rule
        )
        _date(edge, relation.date, relation.date_source)
    for quantity in article.quantities:
        subjects = sorted({nodes[s] for s in quantity.subject})
        figure = _add_quantity(graph, quantity.model_dump(), subjects)
        evidence = [records.of(quantity.evidence)]
        _extend(graph.nodes[figure], evidence, aid)
        _date(graph.nodes[figure], quantity.date, quantity.date_source)
        for subject in subjects:
            edge = _add_edge(graph, figure, subject, RelType.MEASURES, None, evidence, aid)
            _date(edge, quantity.date, quantity.date_source)
    for fact in article.dates:
        attrs = graph.nodes[nodes[fact.subject]]
        _extend(attrs, [records.of(fact.evidence)], aid)
    return nodes


def _date(attrs: dict[str, Any], date: str | None, source: str | None) -> None:
    """Date a node or edge: the first date seen, unless it was an article's and this one is
    a fact's own."""
    if date is None:
        return
    known = attrs.get(Prop.DATE_SOURCE, DateSource.ARTICLE if Prop.DATE not in attrs else None)
    if Prop.DATE not in attrs or (known == DateSource.ARTICLE and source != DateSource.ARTICLE):
        attrs[Prop.DATE] = sys.intern(date)  # a few thousand dates for millions of edges
        attrs[Prop.DATE_SOURCE] = None if source is None else sys.intern(str(source))


_SYMMETRIC = frozenset(t for t, p in PREDICATES.items() if p.symmetric)


def _add_article_node(graph: nx.MultiDiGraph, meta: ArticleMeta) -> str:
    node = f"{Label.ARTICLE}:{meta.id}"
    graph.add_node(
        node,
        **{
            Prop.LABEL: Label.ARTICLE.value,
            Prop.NAME: meta.title or meta.file or meta.id,
            Prop.TITLE: meta.title,
            Prop.URL: meta.url,
            Prop.PUBLISHED: meta.published.isoformat() if meta.published else None,
            Prop.SOURCE: meta.source,
            Prop.EVIDENCE: [],
            Prop.ARTICLES: [meta.id],
            Prop.SUPPORT: 1,
        },
    )
    return node


def _add_entity(
    graph: nx.MultiDiGraph, index: Index, entity: Entity, date: str | None, article: str
) -> str:
    """The node of `entity`: an existing one it merges into, or a new one."""
    node = index.find(entity, date)
    if node is None:
        node = node_key(entity, date, article)
        graph.add_node(
            node,
            **{
                Prop.LABEL: entity.label.value,
                Prop.NAME: entity.title or entity.name,
                Prop.NAME_AR: entity.name_ar,
                Prop.WIKIDATA: entity.wikidata,
                Prop.ALIASES: [],
                Prop.EVIDENCE: [],
                Prop.ARTICLES: [],
                Prop.SUPPORT: 0,
            },
        )
        if entity.category is not None:
            graph.nodes[node][Prop.CATEGORY] = entity.category
    attrs = graph.nodes[node]
    if entity.date_source is not None:
        _date(attrs, entity.date, entity.date_source)
    elif date is not None:  # an own date the entity itself does not carry
        _date(attrs, date, DateSource(entity.label.value.lower()))
    if attrs[Prop.WIKIDATA] is None:
        attrs[Prop.WIKIDATA] = entity.wikidata
    attrs[Prop.NAME_AR] = _vote(attrs.setdefault(NAME_AR_COUNTS, {}), entity.name_ar)
    aliases: list[str] = attrs[Prop.ALIASES]
    for form in (entity.name_ar, *(m.text for m in entity.mentions)):
        if form not in aliases:
            aliases.append(form)
    index.add(node, entity.label, attrs)
    return node


def _vote(counts: dict[str, int], name: str) -> str:
    """Count one article's `name`; the winning name (most articles, longer, then first).

    >>> counts = {}
    >>> _vote(counts, "ب"), _vote(counts, "أ"), _vote(counts, "أ")
    ('ب', 'أ', 'أ')
    """
    counts[name] = counts.get(name, 0) + 1
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


def _add_quantity(graph: nx.MultiDiGraph, q: dict[str, Any], subjects: list[str]) -> str:
    """The node of a figure; equal figures about the same subjects share one."""
    identity = "\x1f".join(map(str, (q["metric"], q["value"], q["unit"], q["period"], *subjects)))
    node = f"{Label.QUANTITY}:{hashlib.sha1(identity.encode()).hexdigest()[:16]}"
    if node not in graph:
        period = f" ({q['period']})" if q["period"] else ""
        graph.add_node(
            node,
            **{
                Prop.LABEL: Label.QUANTITY.value,
                Prop.NAME: f"{q['metric']} {q['value']:g} {q['unit']}{period}",
                Prop.METRIC: q["metric"],
                Prop.VALUE: q["value"],
                Prop.UNIT: q["unit"],
                Prop.PERIOD: q["period"],
                Prop.CHANGE_PCT: q["change_pct"],
                Prop.EVIDENCE: [],
                Prop.ARTICLES: [],
                Prop.SUPPORT: 0,
            },
        )
    return node


def _add_edge(
    graph: nx.MultiDiGraph,
    source: str,
    target: str,
    type_: RelType,
    role: str | None,
    evidence: list[Record],
    article: str,
    rule: str | None = None,
) -> dict[str, Any]:
    """The attributes of the edge, added or found, with this article's evidence."""
    key = sys.intern(f"{type_}:{role}") if role else type_.value
    succ = graph._succ
    keyed = succ[source].get(target)  # the adjacency itself: no view made per edge
    attrs: dict[str, Any] | None = None if keyed is None else keyed.get(key)
    if attrs is None:
        attrs = {
            Prop.TYPE: type_.value,
            Prop.EVIDENCE: [],
            Prop.ARTICLES: [],
            Prop.SUPPORT: 0,
        }
        if role:
            attrs[Prop.ROLE] = sys.intern(role)
        if keyed is None and target in succ:  # both ends are nodes: laid out as add_edge does
            keyed = graph.edge_key_dict_factory()
            succ[source][target] = graph._pred[target][source] = keyed
        if keyed is None:
            graph.add_edge(source, target, key=key, **attrs)
            attrs = succ[source][target][key]
        else:
            keyed[key] = attrs
            graph.__networkx_cache__.clear()
    if rule:
        attrs[Prop.RULE] = sys.intern(add_rule(attrs.get(Prop.RULE), rule))
    _extend(attrs, evidence, article)
    return attrs


def add_rule(rules: str | None, rule: str) -> str:
    """The `|`-separated rule ids of an edge, with `rule` added once.

    >>> add_rule(add_rule(None, "signers_of_a_signing_sentence"), "both_sides_signed")
    'signers_of_a_signing_sentence|both_sides_signed'
    >>> add_rule("both_sides_signed", "both_sides_signed")
    'both_sides_signed'
    """
    if not rules:
        return rule
    return rules if rule in rules.split("|") else f"{rules}|{rule}"


def _extend(attrs: dict[str, Any], evidence: Iterable[Record], article: str) -> None:
    """Add one article's evidence to a node or edge, counting the article once.

    Articles are added one at a time, so this article's records are the tail of the list.
    """
    stored: list[Record] = attrs[Prop.EVIDENCE]
    here = set()
    if stored and stored[-1]["article"] == article:  # else none of the tail is this article's
        for r in reversed(stored):
            if r["article"] != article:
                break
            here.add(_where(r))
    for r in evidence:
        where = _where(r)
        if where not in here:
            here.add(where)
            stored.append(r)
    articles: list[str] = attrs[Prop.ARTICLES]
    if not articles or articles[-1] != article:
        articles.append(article)
        attrs[Prop.SUPPORT] = len(articles)


def _where(r: Record) -> tuple[str, int, int, int]:
    return r["article"], r["sentence"], r["start"], r["end"]


class _Records:
    """One article's evidence records, one dict per distinct record: facts stated by one
    sentence share its record, as nodes and relationships that cite it do (a third of the
    records a graph would otherwise hold: memory of a big build, not its content)."""

    def __init__(self) -> None:
        self.made: dict[tuple[str, int, int, int, str], Record] = {}

    def of(self, evidence: Evidence) -> Record:
        """The record of `evidence`, made once."""
        where = (evidence.article, evidence.sentence, evidence.start, evidence.end, evidence.text)
        found = self.made.get(where)
        if found is None:
            found = self.made[where] = record(evidence)
        return found


def _sentences(article: ArticleGraph, records: _Records) -> dict[int, Record]:
    """The sentence evidence the article's facts carry, by sentence index."""
    found: dict[int, Record] = {}
    facts: Iterable[Relation | Quantity | DateFact] = chain(
        article.relations, article.quantities, article.dates
    )
    for evidence in (fact.evidence for fact in facts):
        if evidence.sentence not in found:
            found[evidence.sentence] = records.of(evidence)
    return found


def _mention_record(article: str, sentence: int, start: int, text: str) -> Record:
    return {
        "article": article,
        "sentence": sentence,
        "start": start,
        "end": start + len(text),
        "text": text,
    }
