"""Batches: one outcome per input, in order, whatever breaks and however many processes."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import kg.batch
from kg import extract
from kg.batch import BatchReport, Extracted, extract_all
from kg.models import ArticleGraph, ArticleMeta
from kg.read import Skipped

SENTENCES = [
    "استقبل الرئيس المصري في القاهرة وزير الخارجية الأردني وبحثا التعاون في مجال الطاقة.",
    "وقعت تركيا وأذربيجان مذكرة تفاهم بشأن خط أنابيب الغاز خلال اجتماع اللجنة الحكومية.",
    "بلغ حجم التبادل التجاري بين البلدين 250 مليون دولار في الأشهر التسعة الأولى من العام.",
    "زار رئيس الوزراء الكازاخستاني باكو لحضور منتدى الأعمال المشترك يوم ١٢ مارس ٢٠١٩.",
]


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"a{i:02d}.ar.txt"
        lines = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3)]
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def mixed(tmp_path: Path) -> list[Path]:
    """Good articles with broken files between them."""
    good = write_articles(tmp_path, 6)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00")
    english = tmp_path / "english.txt"
    english.write_text("Nothing Arabic in here.", encoding="utf-8")
    old = tmp_path / "old.txt"
    old.write_bytes(SENTENCES[0].encode("cp1256"))
    return [
        good[0],
        empty,
        good[1],
        binary,
        good[2],
        tmp_path / "gone.txt",
        english,
        *good[3:],
        old,
    ]


def test_batch_goes_on_after_broken_files(mixed: list[Path]) -> None:
    outcomes = list(extract_all(mixed))
    assert [o.path if isinstance(o, Skipped) else o.article.path for o in outcomes] == mixed
    skipped = {o.path.name: o.reason for o in outcomes if isinstance(o, Skipped)}
    assert skipped == {
        "empty.txt": "empty file",
        "binary.txt": "binary file (contains NUL bytes)",
        "gone.txt": "file not found",
        "english.txt": "no Arabic letters",
    }
    extracted = [o for o in outcomes if isinstance(o, Extracted)]
    assert len(extracted) == 7
    for outcome in extracted:
        assert isinstance(outcome.graph, ArticleGraph)
        assert outcome.graph.article == outcome.article.meta


def test_two_processes_give_the_same_outcomes_as_one(mixed: list[Path], tmp_path: Path) -> None:
    paths = mixed + write_articles(tmp_path / "more", 20)
    assert list(extract_all(paths, jobs=2)) == list(extract_all(paths, jobs=1))


def test_a_failing_extraction_becomes_a_skip(
    mixed: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fragile(text: str, meta: ArticleMeta | None = None) -> ArticleGraph:
        if "مذكرة تفاهم" in text:
            raise RuntimeError("cannot cope\nwith this")
        return extract(text, meta)

    monkeypatch.setattr(kg.batch, "extract_checked", fragile)
    for jobs in (1, 2):  # workers are forked, so they see the patched function too
        outcomes = list(extract_all(mixed, jobs=jobs))
        failed = [o for o in outcomes if isinstance(o, Skipped) and "extraction" in o.reason]
        assert failed
        assert {o.reason for o in failed} == {"extraction failed: RuntimeError: cannot cope"}
        assert all("مذكرة تفاهم" in o.path.read_text(encoding="utf-8") for o in failed)
        assert len(outcomes) == len(mixed)


def test_jobs_must_be_positive(mixed: list[Path]) -> None:
    with pytest.raises(ValueError, match="jobs"):
        next(extract_all(mixed, jobs=0))


def test_stopping_early_does_not_hang(mixed: list[Path], tmp_path: Path) -> None:
    # The abandoned iterator is collected at once and must shut its workers down.
    first = next(extract_all(mixed + write_articles(tmp_path / "more", 40), jobs=2))
    assert isinstance(first, Extracted)


def test_report_counts_skips_and_warnings(mixed: list[Path]) -> None:
    report = BatchReport()
    for outcome in extract_all(mixed):
        report = report.add(outcome)
    assert report.processed == 7
    assert [s.path.name for s in report.skipped] == [
        "empty.txt",
        "binary.txt",
        "gone.txt",
        "english.txt",
    ]
    assert report.warnings == ((mixed[-1], "not UTF-8: decoded as Windows-1256 (Arabic)"),)
    data = report.to_json()
    assert data["processed"] == 7
    assert data["skipped"][0] == {"path": str(mixed[1]), "reason": "empty file"}
    assert data["warnings"] == [
        {"path": str(mixed[-1]), "warning": "not UTF-8: decoded as Windows-1256 (Arabic)"}
    ]


def test_one_process_freezes_the_lexicons_after_the_first_article_and_unfreezes_at_the_end(
    tmp_path: Path,
) -> None:
    frozen = []
    assert gc.get_freeze_count() == 0
    for _ in extract_all(write_articles(tmp_path, 3)):
        frozen.append(gc.get_freeze_count())
    assert frozen[0] == 0  # the first article is yielded before the freeze
    assert frozen[1] > 0
    assert gc.get_freeze_count() == 0


def test_one_process_keeps_a_freeze_the_process_made_itself(tmp_path: Path) -> None:
    gc.freeze()
    try:
        list(extract_all(write_articles(tmp_path, 2)))
        assert gc.get_freeze_count() > 0  # not unfrozen behind the process's back
    finally:
        gc.unfreeze()
