"""Many articles, one outcome each, in input order — whatever the number of processes.

A feed of thousands of files holds a few broken ones; a batch must never stop or lose
count because of them. Every input path yields exactly one `Outcome`: the extracted graph,
or a `Skipped` with the reason (unreadable input, or an extractor that failed on it).
`extract_all` is an iterator so that a caller can print, save or wrap it in a progress bar
as results arrive, and `BatchReport` folds the outcomes into a summary.
"""

from __future__ import annotations

import gc
import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.extraction.pipeline import extract_checked
from kg.graph.builder import add_articles
from kg.models import ArticleGraph
from kg.read import Article, Skipped, read_or_skip

if TYPE_CHECKING:  # networkx takes 0.1 s to import: only what builds or reads a graph loads it
    import networkx as nx

# Paths per task sent to a worker: enough to amortize the round trip, small enough to
# keep all workers busy to the end and results flowing.
_MAX_CHUNK = 32


@dataclass(frozen=True)
class Extracted:
    """An article and what the extractor found in it."""

    article: Article
    graph: ArticleGraph


Outcome = Extracted | Skipped


def extract_all(paths: Sequence[Path], jobs: int = 1) -> Iterator[Outcome]:
    """One outcome per path, in input order; the same outcomes for any number of `jobs`.

    With `jobs > 1` the articles are read and extracted in that many worker processes,
    in chunks, with only a few chunks in flight so memory does not grow with the batch.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        yield from _in_process(paths)
    else:
        yield from _in_processes(paths, jobs)


def extract_one(path: Path) -> Outcome:
    """Read and extract one file; any failure becomes a `Skipped` with its reason."""
    article = read_or_skip(path)
    if isinstance(article, Skipped):
        return article
    try:
        graph = extract_checked(article.text, article.meta)
    except Exception as error:  # one article's bug must not stop the batch
        lines = str(error).splitlines()
        detail = f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__
        return Skipped(path, f"extraction failed: {detail}")
    return Extracted(article, graph)


def _in_process(paths: Sequence[Path]) -> Iterator[Outcome]:
    """`extract_one` of each path, with the lexicons frozen out of the cyclic collector.

    The first article loads the lexicons (hundreds of thousands of objects that live as long
    as the process), and the collector would rescan them all again and again: an eighth of
    the extraction time. So what exists after the first article is frozen (`gc.freeze`) and
    unfrozen at the end — unless the process froze objects of its own: then it manages the
    collector itself.
    """
    freezing = gc.get_freeze_count() == 0
    try:
        for n, path in enumerate(paths):
            yield extract_one(path)
            if freezing and n == 0:
                gc.freeze()
    finally:
        if freezing:
            gc.unfreeze()


def _extract_chunk(paths: Sequence[Path]) -> list[Outcome]:
    return [extract_one(path) for path in paths]


def _in_processes(paths: Sequence[Path], jobs: int) -> Iterator[Outcome]:
    size = max(1, min(_MAX_CHUNK, math.ceil(len(paths) / (4 * jobs))))
    pool = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[Future[list[Outcome]]] = deque()
    try:
        for start in range(0, len(paths), size):
            pending.append(pool.submit(_extract_chunk, paths[start : start + size]))
            if len(pending) > 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


@dataclass(frozen=True)
class BatchReport:
    """What a batch did: how many articles were processed, what was skipped and warned.

    Built by folding outcomes as they stream past: `report = report.add(outcome)`.
    """

    processed: int = 0
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[tuple[Path, str], ...] = ()

    def add(self, outcome: Outcome) -> BatchReport:
        """This report with one more outcome counted."""
        if isinstance(outcome, Skipped):
            return replace(self, skipped=(*self.skipped, outcome))
        path = outcome.article.path
        return replace(
            self,
            processed=self.processed + 1,
            warnings=self.warnings + tuple((path, w) for w in outcome.article.warnings),
        )

    def to_json(self) -> dict[str, Any]:
        """The machine-readable report: counts, and each skipped or warned path with why."""
        return {
            "processed": self.processed,
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in self.skipped],
            "warnings": [{"path": str(p), "warning": w} for p, w in self.warnings],
        }


@dataclass(frozen=True)
class BuildSummary:
    """What adding files to a graph did.

    `added` are the ids of the new articles; `known` counts inputs already in the graph
    (not read again); `duplicates` counts inputs whose id another input of the same batch
    already had (the same text under another name, or the same sidecar id or url).
    """

    added: tuple[str, ...]
    known: int
    duplicates: int
    report: BatchReport

    def describe(self) -> str:
        """One line for people.

        >>> BuildSummary(("a", "b"), 1, 2, BatchReport()).describe()
        '2 articles added (1 already in the graph, 2 duplicates of another input)'
        """
        notes = [f"{self.known} already in the graph"]
        if self.duplicates:
            notes.append(
                f"{self.duplicates} duplicate{'s' * (self.duplicates != 1)} of another input"
            )
        return f"{len(self.added)} article{'s' * (len(self.added) != 1)} added ({', '.join(notes)})"


Watch = Callable[[Iterator[Outcome], int], Iterable[Outcome]]


def add_files(
    graph: nx.MultiDiGraph, paths: Sequence[Path], jobs: int = 1, watch: Watch | None = None
) -> BuildSummary:
    """Read, extract and merge the article files `paths` into `graph` in place.

    Articles are identified by sidecar id, url or text (`kg.read`), so an input already in
    the graph is not extracted again, and a text given twice is added once. `watch` wraps
    the stream of outcomes (a progress bar) and is told how many there will be.
    """
    known = set(graph.graph.get("articles", ()))
    fresh: Sequence[Path] = paths
    if known:  # reading is cheap beside extracting: find what the graph already holds
        fresh = [p for p in paths if not _known(p, known)]
    report = BatchReport()
    extracted = 0

    def graphs() -> Iterator[ArticleGraph]:
        nonlocal report, extracted
        outcomes = extract_all(fresh, jobs=jobs)
        for outcome in watch(outcomes, len(fresh)) if watch else outcomes:
            report = report.add(outcome)
            if isinstance(outcome, Extracted):
                extracted += 1
                yield outcome.graph

    added = add_articles(graph, graphs())
    return BuildSummary(tuple(added), len(paths) - len(fresh), extracted - len(added), report)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _known(path: Path, known: set[str]) -> bool:
    article = read_or_skip(path)
    return isinstance(article, Article) and article.meta.id in known
