"""Extraction speed: articles per second, against the floor of reading and normalizing.

The floor is what no extractor can beat: read each file and fold its text
(`kg.text.normalize.fold_with_offsets`). Extraction is timed end to end through
`kg.batch.extract_all` — reading, checking, extracting — after one warm-up article, so the
one-off cost of loading the lexicons is reported apart (`warmup_s`) and not spread over
the throughput. With `jobs > 1` the workers are forked after the warm-up and share it.
"""

from __future__ import annotations

import time
from pathlib import Path

from kg.batch import Extracted, extract_all, extract_one
from kg.extraction import pipeline
from kg.text.normalize import fold_with_offsets


def articles(articles_dir: Path) -> list[Path]:
    """The corpus files, in name order."""
    return sorted(articles_dir.glob("*.txt"))


def floor(articles_dir: Path) -> dict[str, float]:
    """Plain read + fold of every article: the speed extraction is measured against."""
    paths = articles(articles_dir)
    start = time.perf_counter()
    for path in paths:
        fold_with_offsets(path.read_text(encoding="utf-8"))
    seconds = time.perf_counter() - start
    return {"articles": len(paths), "seconds": seconds, "articles_per_s": len(paths) / seconds}


def extraction(articles_dir: Path, jobs: int = 1) -> dict[str, float]:
    """Extraction over the corpus in `jobs` processes (one process: one core)."""
    paths = articles(articles_dir)
    start = time.perf_counter()
    extract_one(paths[0])
    warmup = time.perf_counter() - start
    start = time.perf_counter()
    extracted = sum(isinstance(o, Extracted) for o in extract_all(paths, jobs=jobs))
    seconds = time.perf_counter() - start
    return {
        "articles": len(paths),
        "extracted": extracted,
        "seconds": seconds,
        "articles_per_s": len(paths) / seconds,
        "warmup_s": warmup,
        "jobs": jobs,
        "compiled": pipeline.__file__.endswith(".so"),  # the mypyc build (`bench.compiled`)
    }
