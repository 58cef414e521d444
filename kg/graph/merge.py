"""Which node of the graph an entity of a new article is: the cross-article merge.

An entity joins an existing node, in this order, when
1. both carry the same Wikidata QID;
2. a normalized name matches: the entity's English or Arabic name against the node's
   English name or any Arabic form it was seen under (`kg.graph.names.name_key`);
3. it is a person whose Arabic name is a spelling variant of one of the node's
   (`kg.graph.names.same_person`), or a surname alone that one person of the graph
   (and only one) has in full, or the full name of the one person the graph knows by
   that surname alone.
Never across labels, and never onto a node with a different QID. Events and documents
("the meeting", "a protocol") are named generically in every article, so they merge by
name only when both carry the same date of their own (not their article's); an undated one
stays its article's own node.
A body or project the text does not name — its English name is only its kind
("Commission", "Council", "railway"), maybe after qualifiers ("Joint Commission"), with no
owner to make it specific and no QID — is its article's own node too: two articles'
unnamed commissions are not one commission.

The index is rebuilt from node attributes alone (`Index.of`), so a graph built in one go
and the same graph built incrementally from its saved file merge the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from kg.graph.names import close_keys, name_key
from kg.graph.names import person_key as _person_key
from kg.lexicon.triggers import triggers
from kg.models import DateSource, Entity
from kg.schema import Label, Prop

if TYPE_CHECKING:  # networkx loads in 0.1 s: not before a graph is built
    import networkx as nx

#: `kg.graph.names.person_key`, remembered: a person node is indexed again under each of its
#: spellings every time an article names it.
person_key = lru_cache(maxsize=1 << 16)(_person_key)

#: Labels whose names are generic: they merge by name only together with a date.
DATED = frozenset({Label.EVENT, Label.DOCUMENT})


@cache
def _kinds() -> frozenset[str]:
    return frozenset(name_key(t.kind) for label in Label for t in triggers(label))


@cache
def _qualifiers() -> frozenset[str]:
    from kg.extraction.organizations import QUALIFIER_NAMES  # the words the extractor adds

    return frozenset(map(name_key, QUALIFIER_NAMES))


def is_generic(name: str | None, wikidata: str | None) -> bool:
    """True for a thing named only by its kind, with at most qualifiers that name no one:
    "Commission", "Joint Commission", "railway" (module rule).

    >>> is_generic("Commission", None), is_generic("Intergovernmental Joint Commission", None)
    (True, True)
    >>> is_generic("Caspian Commission", None), is_generic("Egypt–China Joint Commission", None)
    (False, False)
    """
    if wikidata is not None:
        return False
    words = name_key(name or "").split()
    qualifiers = _qualifiers()
    while len(words) > 1 and words[0] in qualifiers:
        del words[0]
    return " ".join(words) in _kinds()


def node_key(entity: Entity, date: str | None, article: str) -> str:
    """The stable id of a new node for `entity` (QID-based when it has one)."""
    if entity.wikidata:
        return f"{entity.label}:{entity.wikidata}"
    if is_generic(entity.name, entity.wikidata) and entity.label not in DATED:
        return f"{entity.label}:{article}/{entity.key}"
    if entity.label in DATED:
        if date is None:
            return f"{entity.label}:{article}/{entity.key}"
        return f"{entity.label}:{name_key(entity.name or entity.name_ar)}@{date}"
    return f"{entity.label}:{name_key(entity.name or entity.name_ar)}"


def _match_keys(label: Label, names: Iterable[str], date: str | None) -> list[str]:
    keys = [k for k in map(name_key, names) if k]
    if label in DATED:
        return [f"{k}@{date}" for k in keys] if date else []
    return keys


class Index:
    """Lookup of entity nodes by QID, by name, and of people by their first name."""

    def __init__(self) -> None:
        self._qid: dict[tuple[Label, str], str] = {}
        self._name: dict[tuple[Label, str], str] = {}
        # first word -> {(folded name, node)}: a dict, for order and fast membership
        self._people: dict[str, dict[tuple[str, str], None]] = defaultdict(dict)
        # a surname -> the person nodes with a full name ending in it / named by it alone
        self._by_surname: dict[str, dict[str, None]] = defaultdict(dict)
        self._lone: dict[str, dict[str, None]] = defaultdict(dict)
        self._qid_of: dict[str, str | None] = {}

    @classmethod
    def of(cls, graph: nx.MultiDiGraph) -> Index:
        """The index of every entity node already in `graph`."""
        index = cls()
        for node, attrs in graph.nodes(data=True):
            label = Label(attrs[Prop.LABEL])
            if label in (Label.ARTICLE, Label.QUANTITY):
                continue
            index.add(node, label, attrs)
        return index

    def add(self, node: str, label: Label, attrs: dict[str, Any]) -> None:
        """Index (or re-index, after a merge) `node` under its QID and every name."""
        qid = attrs.get(Prop.WIKIDATA)
        self._qid_of[node] = qid
        if qid:
            self._qid.setdefault((label, qid), node)
        if label not in DATED and is_generic(attrs.get(Prop.NAME), qid):
            return  # its article's own: nothing from another article merges into it
        arabic = attrs.get(Prop.ALIASES, [])
        names = [attrs.get(Prop.NAME) or "", *arabic]
        own = attrs.get(Prop.DATE_SOURCE) != DateSource.ARTICLE  # an article's date: no identity
        for key in _match_keys(label, names, attrs.get(Prop.DATE) if own else None):
            self._name.setdefault((label, key), node)
        if label == Label.PERSON:
            for form in map(person_key, arabic):
                first, _, rest = form.partition(" ")
                if rest:
                    self._people[first][(form, node)] = None
                    self._by_surname[form.rsplit(" ", 1)[1]][node] = None
                else:
                    self._lone[first][node] = None

    def find(self, entity: Entity, date: str | None) -> str | None:
        """The node `entity` merges into, or None when it is new (module rules)."""
        if entity.wikidata and (entity.label, entity.wikidata) in self._qid:
            return self._qid[(entity.label, entity.wikidata)]
        if entity.label not in DATED and is_generic(entity.name, entity.wikidata):
            return None
        names = (entity.name, entity.title or "", entity.name_ar)  # a node is named by title
        for key in _match_keys(entity.label, names, date):
            node = self._name.get((entity.label, key))
            if node is not None and self._compatible(node, entity):
                return node
        if entity.label == Label.PERSON:
            key = person_key(entity.name_ar)
            for form, node in self._people.get(key.split(" ", 1)[0], ()):
                if close_keys(form, key) and self._compatible(node, entity):
                    return node
            return self._by_surname_alone(entity, key)
        return None

    def _by_surname_alone(self, entity: Entity, key: str) -> str | None:
        """A person named by a surname alone and one named in full are one node when the
        graph has a single person of either kind with that surname (two Aliyevs in full:
        "علييف" alone stays its own)."""
        if not key:
            return None
        last = key.rsplit(" ", 1)[-1]
        full = list(self._by_surname.get(last, ()))
        if " " in key:
            lone = list(self._lone.get(last, ()))
            if len(lone) == 1 and not full and self._compatible(lone[0], entity):
                return lone[0]
            return None
        if len(full) == 1 and self._compatible(full[0], entity):
            return full[0]
        return None

    def _compatible(self, node: str, entity: Entity) -> bool:
        qid = self._qid_of[node]
        return qid is None or entity.wikidata is None or qid == entity.wikidata
