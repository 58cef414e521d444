"""Reading article files: every kind of broken input is named, nothing raises a traceback."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.models import content_id
from kg.read import (
    _NON_TEXT,
    MAX_BYTES,
    Article,
    InputError,
    Skipped,
    _non_text,
    collect_inputs,
    file_base,
    read_article,
    read_or_skip,
    sidecar_path,
)

ARABIC = "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة لبحث التعاون في مجال الطاقة.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_plain_article_with_sidecar(tmp_path: Path) -> None:
    path = write(tmp_path / "site-12.ar.txt", ARABIC)
    sidecar = {
        "id": "site-12",
        "url": "https://example.org/12",
        "title": "عنوان",
        "published": "2019-03-04",
        "source": "Example",
        "language": "ar",
        "notes": "unknown fields are ignored",
    }
    write(tmp_path / "site-12.meta.json", json.dumps(sidecar, ensure_ascii=False))
    article = read_article(path)
    assert article.text == ARABIC
    assert article.warnings == ()
    assert article.meta.id == "site-12"
    assert article.meta.url == "https://example.org/12"
    assert article.meta.title == "عنوان"
    assert article.meta.published == dt.date(2019, 3, 4)
    assert article.meta.source == "Example"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("azvision-5524.ar.txt", "azvision-5524"),
        ("news-1.txt", "news-1"),
        ("news-1.ar-AE.txt", "news-1"),
        ("report.v2.txt", "report.v2"),
        ("page.html", "page"),
    ],
)
def test_file_base_drops_txt_and_language_tag(name: str, expected: str) -> None:
    assert file_base(Path(name)) == expected


def test_sidecar_sits_beside_the_file_under_its_base_name() -> None:
    assert sidecar_path(Path("seeds/x-1.ar.txt")) == Path("seeds/x-1.meta.json")


def test_without_sidecar_the_id_comes_from_the_text(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "feed-7.ar.txt", ARABIC))
    assert article.meta.id == content_id(ARABIC)
    assert article.meta.file == "feed-7"
    assert article.meta.url is None
    assert article.warnings == ()


def test_same_name_different_texts_are_two_articles(tmp_path: Path) -> None:
    first = read_article(write(tmp_path / "a" / "news.txt", ARABIC))
    second = read_article(write(tmp_path / "b" / "news.txt", ARABIC + "وقال الوزير.\n"))
    assert first.meta.id != second.meta.id
    assert first.meta.file == second.meta.file == "news"


def test_same_text_under_two_names_is_one_article(tmp_path: Path) -> None:
    first = read_article(write(tmp_path / "one.txt", ARABIC))
    second = read_article(write(tmp_path / "two.txt", ARABIC.replace("\n", "\r\n")))
    assert first.meta.id == second.meta.id


def test_sidecar_url_identifies_an_article_without_id(tmp_path: Path) -> None:
    path = write(tmp_path / "n-8.txt", ARABIC)
    write(tmp_path / "n-8.meta.json", json.dumps({"url": "https://example.org/8"}))
    assert read_article(path).meta.id == "https://example.org/8"


def test_bom_is_dropped_and_line_endings_become_lf(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + "سطر أول\r\nسطر ثان\rسطر ثالث".encode()
    article = read_article(write(tmp_path / "a.txt", data))
    assert article.text == "سطر أول\nسطر ثان\nسطر ثالث"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \r\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
        (bytes(range(1, 32)) * 20 + "نص".encode(), "binary file (too many control characters)"),
        (b"Plain English news about a summit.\n", "no Arabic letters"),
        ("Déjà vu à Genève, très bien.".encode("latin-1"), "not UTF-8, and not Arabic"),
        (b"<html><body><script>var x = 1;</script></body></html>", "HTML without text"),
        (b"<p>Only English here.</p>", "no Arabic letters"),
    ],
)
def test_bad_inputs_are_skipped_with_a_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path / "bad.txt", data)
    with pytest.raises(InputError, match=re.escape(reason)):
        read_article(path)


def test_too_big_is_skipped_with_the_limit(tmp_path: Path) -> None:
    line = ARABIC.encode()
    path = write(tmp_path / "huge.txt", line * (MAX_BYTES // len(line) + 1))
    with pytest.raises(InputError, match=r"too big.*2 MiB"):
        read_article(path)


def test_just_under_the_limit_is_read(tmp_path: Path) -> None:
    line = ARABIC.encode()
    path = write(tmp_path / "big.txt", line * (MAX_BYTES // len(line)))
    assert read_article(path).text.startswith(ARABIC)


def test_windows_1256_arabic_is_decoded_with_a_warning(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "old.txt", ARABIC.encode("cp1256")))
    assert article.text == ARABIC
    assert article.warnings == ("not UTF-8: decoded as Windows-1256 (Arabic)",)


def test_damaged_utf8_keeps_its_text_with_a_warning(tmp_path: Path) -> None:
    data = (ARABIC * 3).encode()
    article = read_article(write(tmp_path / "cut.txt", data[:-2] + b"\xd8"))
    assert article.text == (ARABIC * 3)[:-2] + "\ufffd"
    assert article.warnings == ("1 invalid UTF-8 sequence(s) replaced by U+FFFD",)


def test_utf16_with_bom_is_decoded_with_a_warning(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "u16.txt", ARABIC.encode("utf-16")))
    assert article.text == ARABIC
    assert article.warnings == ("decoded as UTF-16 (byte-order mark)",)


def test_html_is_reduced_to_its_text(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><style>p {color: red}</style>"
        "<script>alert('x')</script></head><body>"
        "<h1>قمة&nbsp;الطاقة</h1><p>اتفق البلدان على خط أنابيب &amp; ممر بري.</p>"
        "<!-- إعلان --><div>الفقرة <b>الثانية</b></div></body></html>"
    )
    article = read_article(write(tmp_path / "page.txt", page))
    assert article.text == "قمة الطاقة\nاتفق البلدان على خط أنابيب & ممر بري.\nالفقرة الثانية"
    assert article.warnings == ("HTML: tags, scripts and styles stripped, entities decoded",)


def test_malformed_sidecar_is_a_warning_not_a_loss(tmp_path: Path) -> None:
    path = write(tmp_path / "n-3.ar.txt", ARABIC)
    write(tmp_path / "n-3.meta.json", '{"id": "n-3", "url": ')
    article = read_article(path)
    assert article.text == ARABIC
    assert article.meta.id == content_id(ARABIC)
    assert article.meta.url is None
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith("n-3.meta.json: malformed JSON")


@pytest.mark.parametrize("content", [b"[1, 2]", b'"id"', b"\xff\xfe{}"])
def test_sidecar_that_is_not_an_object_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "n-4.txt", ARABIC)
    write(tmp_path / "n-4.meta.json", content)
    article = read_article(path)
    assert article.meta.id == content_id(ARABIC)
    assert len(article.warnings) == 1
    assert "n-4.meta.json" in article.warnings[0]


def test_sidecar_id_is_the_identity_whatever_the_file_name(tmp_path: Path) -> None:
    path = write(tmp_path / "n-5.txt", ARABIC)
    write(tmp_path / "n-5.meta.json", json.dumps({"id": "other-9", "url": "u", "title": "t"}))
    article = read_article(path)
    assert article.meta.id == "other-9"
    assert article.meta.file == "n-5"
    assert article.meta.title == "t"
    assert article.warnings == ()


def test_bad_sidecar_fields_are_dropped_one_by_one(tmp_path: Path) -> None:
    path = write(tmp_path / "n-6.txt", ARABIC)
    fields = {"id": "n-6", "url": 42, "title": "عنوان", "published": "yesterday"}
    write(tmp_path / "n-6.meta.json", json.dumps(fields, ensure_ascii=False))
    article = read_article(path)
    assert article.meta.url is None
    assert article.meta.published is None
    assert article.meta.title == "عنوان"
    assert len(article.warnings) == 2
    assert any("'url'" in w for w in article.warnings)
    assert any("'published'" in w for w in article.warnings)


def test_published_datetime_keeps_its_date(tmp_path: Path) -> None:
    path = write(tmp_path / "n-7.txt", ARABIC)
    write(tmp_path / "n-7.meta.json", json.dumps({"published": "2020-12-31T23:30:00-05:00"}))
    article = read_article(path)
    assert article.meta.published == dt.date(2020, 12, 31)
    assert article.meta.id == content_id(ARABIC)
    assert article.warnings == ()


def test_missing_file_and_directory_are_reasons(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_article(tmp_path / "nowhere.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path / "folder.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_reason(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", ARABIC)
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_article(path)


def test_collect_inputs_keeps_order_and_expands_folders(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    b = write(folder / "b.txt", ARABIC)
    a = write(folder / "a.ar.txt", ARABIC)
    deep = write(folder / "sub" / "c.txt", ARABIC)
    write(folder / "a.meta.json", "{}")
    write(folder / "notes.md", "x")
    first = write(tmp_path / "z.txt", ARABIC)
    missing = tmp_path / "missing.txt"
    assert collect_inputs([first, folder, missing]) == [first, a, b, deep, missing]


def test_each_broken_file_is_skipped_with_its_reason(tmp_path: Path) -> None:
    good1 = write(tmp_path / "1.txt", ARABIC)
    empty = write(tmp_path / "2.txt", b"")
    binary = write(tmp_path / "3.txt", b"\x00\x01\x02")
    good2 = write(tmp_path / "4.txt", ARABIC)
    missing = tmp_path / "5.txt"
    results = [read_or_skip(p) for p in (good1, empty, binary, good2, missing)]
    assert [r.path for r in results] == [good1, empty, binary, good2, missing]
    assert [type(r) for r in results] == [Article, Skipped, Skipped, Article, Skipped]
    assert [r.reason for r in results if isinstance(r, Skipped)] == [
        "empty file",
        "binary file (contains NUL bytes)",
        "file not found",
    ]


# Arabic letters among the characters that trip readers: tags, entities, controls, BOMs.
HOSTILE = list("سلام على  <p></p>&amp;&#1589;<script>\r\n\t\x00\x1b\ufeff\ufffd")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("arbitrary")


@settings(max_examples=300, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=200).map(str.encode),
        st.text(alphabet=st.sampled_from(HOSTILE), max_size=200).map(str.encode),
    ),
    meta=st.one_of(st.none(), st.binary(max_size=80), st.text(max_size=80).map(str.encode)),
)
def test_arbitrary_bytes_give_an_article_or_an_input_error(
    scratch: Path, data: bytes, meta: bytes | None
) -> None:
    path = write(scratch / "x.txt", data)
    sidecar = scratch / "x.meta.json"
    sidecar.unlink(missing_ok=True)
    if meta is not None:
        write(sidecar, meta)
    try:
        article = read_article(path)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert "\r" not in article.text
    assert article.text.strip()
    assert article.meta.id


@settings(max_examples=300)
@given(st.text())
def test_non_text_counts_what_the_pattern_finds_in_any_text(text: str) -> None:
    assert _non_text(text) == len(_NON_TEXT.findall(text))


def test_non_text_counts_what_the_pattern_finds() -> None:
    texts = ["", "نص عربي\nسليم", "\r\n\t\x0b\x0c", "\u200f\u200cنص", "\xa0\u2028"]
    texts += [f"نص{chr(c)}آخر" for c in (0, 8, 0x0E, 0x1F, 0x7F, 0x85, 0x9F, 0xFFFD)]
    for text in texts:
        assert _non_text(text) == len(_NON_TEXT.findall(text)), repr(text)
