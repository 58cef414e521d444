"""The benchmark corpus: deterministic, readable, and as untidy as real feeds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from kg.read import read_article

N = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus"), N, seed=7)


def test_same_seed_same_bytes_other_seed_other_text(corpus: list[Path], tmp_path: Path) -> None:
    again = write_corpus(tmp_path / "again", N, seed=7)
    assert [p.name for p in again] == [p.name for p in corpus]
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in corpus]
    other = write_corpus(tmp_path / "other", 3, seed=8)
    assert other[0].read_bytes() != corpus[0].read_bytes()


def test_every_article_reads_cleanly_with_its_sidecar(corpus: list[Path]) -> None:
    assert len(corpus) == N
    for path in corpus:
        article = read_article(path)
        assert article.warnings == ()
        assert article.meta.id == path.name.removesuffix(".ar.txt")
        assert article.meta.title == article.text.splitlines()[0]
        assert article.meta.published is not None
        sidecar = json.loads(path.with_name(f"{article.meta.id}.meta.json").read_text("utf-8"))
        assert sidecar["language"] == "ar"


def test_articles_are_news_sized(corpus: list[Path]) -> None:
    sizes = [p.stat().st_size for p in corpus]
    assert min(sizes) >= 1000
    assert max(sizes) <= 2600


def test_text_is_untidy_like_real_feeds(corpus: list[Path]) -> None:
    text = "\n".join(p.read_text("utf-8") for p in corpus)
    assert re.search("[0-9]", text)  # Western digits
    assert re.search("[٠-٩]", text)  # Arabic-Indic digits
    assert re.search(r"\.[^\s\d.]", text)  # no space after a full stop
    assert re.search("،[^\\s]", text)  # no space after a comma
    assert re.search(r"\sاجتماع|\sاللجنة", text)
    assert re.search(r"\sو\S", text)  # attached conjunction
