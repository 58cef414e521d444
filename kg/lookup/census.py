"""`kg.lookup.summary.stats` of a saved graph, counted on its tables without loading it.

The counts by label and type, the relationships per entity and the entities per article are
group-bys over three columns (Arrow does them in milliseconds); only the few nodes shown —
the most connected entities, the articles that mention the most — are read as attributes.
The result equals `stats(load(folder))`: ties broken the same way (first seen, then key).

>>> import tempfile, networkx as nx
>>> from kg.graph.tables import write_tables
>>> g = nx.MultiDiGraph()
>>> g.add_node("k", label="Country", name="Kazakhstan", articles=["a"])
>>> folder = Path(tempfile.mkdtemp()) / "g"
>>> write_tables(g, folder)
>>> stats_of_tables(folder).labels
{'Country': 1}
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from kg.graph.tables import node_attrs
from kg.lookup.records import articles_of, ref
from kg.lookup.summary import ArticleCount, Ranked, Stats
from kg.schema import ENTITY_LABELS, Label, Prop, RelType


def _most_common(values: pa.ChunkedArray) -> dict[str, int]:
    """`Counter(values).most_common()` as a dict: by count, ties in order of first sight."""
    table = pa.table({"v": values, "i": pa.array(range(len(values)), pa.int64())})
    groups = table.group_by("v").aggregate([("i", "count"), ("i", "min")])
    ordered = groups.sort_by([("i_count", "descending"), ("i_min", "ascending")])
    return dict(zip(ordered["v"].to_pylist(), ordered["i_count"].to_pylist(), strict=True))


def _counts(keys: pa.ChunkedArray | pa.Array) -> dict[str, int]:
    """How often each key occurs."""
    groups = pa.table({"k": keys}).group_by("k").aggregate([([], "count_all")])
    return dict(zip(groups["k"].to_pylist(), groups["count_all"].to_pylist(), strict=True))


def stats_of_tables(folder: Path, *, top: int = 10) -> Stats:
    """The `Stats` of the graph saved as tables in `folder` (see the module docstring)."""
    nodes = pq.read_table(folder / "nodes.parquet", columns=["key", Prop.LABEL])
    edges = pq.read_table(folder / "edges.parquet", columns=["source", "target", "key", Prop.TYPE])
    keys = nodes.column("key")
    labels = nodes.column(Prop.LABEL).cast(pa.string())
    types = pc.coalesce(edges.column(Prop.TYPE).cast(pa.string()), edges.column("key"))
    mentioned = pc.equal(types, str(RelType.MENTIONED_IN))
    facts = _counts(
        pa.concat_arrays(
            [
                pc.filter(edges.column(end), pc.invert(mentioned))
                .combine_chunks()
                .cast(pa.string())
                for end in ("source", "target")
            ]
        )
    )
    mentions = _counts(pc.filter(edges.column("target"), mentioned).cast(pa.string()))
    entity = pc.is_in(labels, value_set=pa.array([str(label) for label in ENTITY_LABELS]))
    ranked = sorted(pc.filter(keys, entity).to_pylist(), key=lambda key: (-facts.get(key, 0), key))[
        :top
    ]
    article_rows = pc.indices_nonzero(pc.equal(labels, str(Label.ARTICLE))).to_pylist()
    row_of = {key: i for i, key in enumerate(keys.to_pylist())}
    wanted = [row_of[key] for key in ranked] + article_rows
    shown = nx.MultiDiGraph()  # the nodes shown, for `ref` and `articles_of`
    found = node_attrs(folder, wanted)
    shown.add_nodes_from(zip(pc.take(keys, wanted).to_pylist(), found, strict=True))
    articles = articles_of(shown)
    counted = sorted(
        (ArticleCount(article=a, entities=mentions.get(a.key, 0)) for a in articles.values()),
        key=lambda c: (-c.entities, c.article.key),
    )
    return Stats(
        nodes=nodes.num_rows,
        edges=edges.num_rows,
        labels=_most_common(labels),
        types=_most_common(types),
        top=tuple(
            Ranked(
                entity=ref(shown, key),
                relationships=facts.get(key, 0),
                articles=len(shown.nodes[key].get(Prop.ARTICLES, ())),
            )
            for key in ranked
        ),
        articles=tuple(counted[:top]),
        article_count=len(articles),
    )
