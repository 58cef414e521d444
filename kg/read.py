"""Reading article files: the I/O edge where broken input is caught and named.

News feeds deliver files that are empty, binary, in Windows-1256 instead of UTF-8, HTML
pages instead of text, or far too big. Each such file either becomes an `Article` (with a
warning saying what was repaired) or a `Skipped` with a one-line reason — never a
traceback, and never a silent loss.

What happens to the text, so that offsets stay meaningful: a UTF-8 BOM is dropped, line
endings (CRLF, CR) become LF, and HTML is reduced to its text. Every offset the extractor
reports refers to `Article.text` as returned here, not to the bytes on disk.

A sidecar `<base>.meta.json` beside the file gives the metadata (`base` is the file name
without `.txt` and a language tag: `a/x-1.ar.txt` ↔ `a/x-1.meta.json`). A sidecar that is
malformed or unreadable never costs the article: the article is read, the bad part of the
sidecar is ignored, and a warning says so.

An article is identified by its sidecar's `id`, else its `url`, else its text
(`kg.models.content_id`) — never by its file name: `a/news.txt` and `b/news.txt` holding
different texts are two articles, and one text saved under two names is one.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kg.models import ArticleMeta, content_id

#: Largest article accepted, in bytes: far above any news article, well below trouble.
MAX_BYTES = 2 * 1024 * 1024

# Letters of the Arabic script (Arabic, its supplements and presentation forms), not digits.
_ARABIC_LETTER = re.compile(
    "[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9"
    "\ufb50-\ufdfb\ufe70-\ufefc]"
)
# Control characters other than whitespace, and the replacement character: not text.
_NON_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_NON_TEXT_SHARE = 0.05
# Windows-1256 Arabic read as UTF-8 is nearly all invalid; real UTF-8 that was cut off or
# damaged in transit has a few bad bytes, and is better kept than guessed at.
_MAX_BAD_UTF8_SHARE = 0.01
# A few unmistakable tags: plain text does not contain them.
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|/?(?:html|head|body|p|div|span|br|script|style|meta|a|h[1-6]|"
    r"article|section|ul|ol|li|table|tr|td|b|i|strong|em|img)\b[^<>]*>)",
    re.IGNORECASE,
)
_LANGUAGE_TAG = re.compile(r"\.[a-z]{2}(?:[-_][A-Za-z]{2})?$")


@dataclass(frozen=True)
class Article:
    """An article ready for extraction; `warnings` say what was repaired on the way in."""

    path: Path
    meta: ArticleMeta
    text: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (one line, for people and reports)."""

    path: Path
    reason: str


class InputError(Exception):
    """A file that cannot be read as an article; `str(error)` is the one-line reason."""


def collect_inputs(paths: Sequence[Path]) -> list[Path]:
    """The files to read: files as given, in order; folders replaced by their `*.txt` files.

    Folders are searched recursively and their files sorted by path. A path that does not
    exist is kept, so that `read_article` reports it instead of it vanishing.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if not p.is_dir()))
        else:
            files.append(path)
    return files


def read_or_skip(path: Path) -> Article | Skipped:
    """The path as an `Article`, or as a `Skipped` with the reason; never raises `InputError`."""
    try:
        return read_article(path)
    except InputError as error:
        return Skipped(path, str(error))


def read_article(path: Path) -> Article:
    """Read, decode and check one article file; raise `InputError` with the reason if unusable."""
    warnings: list[str] = []
    text = _decode(_read_bytes(path), warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("only whitespace")
    if _HTML_TAG.search(text):
        text = html_to_text(text)
        warnings.append("HTML: tags, scripts and styles stripped, entities decoded")
        if not text.strip():
            raise InputError("HTML without text")
    if not _ARABIC_LETTER.search(text):
        raise InputError("no Arabic letters")
    meta = _read_meta(path, text, warnings)
    return Article(path=path, meta=meta, text=text, warnings=tuple(warnings))


def file_base(path: Path) -> str:
    """The file name without `.txt` and a trailing language tag like `.ar`.

    >>> file_base(Path("news/x-1.ar.txt"))
    'x-1'
    """
    name = path.name[: -len(".txt")] if path.name.lower().endswith(".txt") else path.stem
    return _LANGUAGE_TAG.sub("", name) or name


def sidecar_path(path: Path) -> Path:
    """Where the `.meta.json` of an article file lives."""
    return path.with_name(f"{file_base(path)}.meta.json")


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            # Ask for what the file holds, plus a byte to see whether it grew: asking for
            # the limit itself would allocate 2 MiB for every article.
            size = min(os.fstat(f.fileno()).st_size, MAX_BYTES)
            data = f.read(size + 1)
            if len(data) > size:
                data += f.read(MAX_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise InputError("file not found") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"too big: over {MAX_BYTES // 1024**2} MiB (the limit per article)")
    if not data:
        raise InputError("empty file")
    return data


def _decode(data: bytes, warnings: list[str]) -> str:
    """Text of the bytes: UTF-8 (BOM dropped, a few bad bytes replaced), UTF-16 with a BOM,
    or Windows-1256 Arabic."""
    guessed = False
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 despite its byte-order mark") from None
        warnings.append("decoded as UTF-16 (byte-order mark)")
    elif b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("utf-8-sig", errors="replace")
            bad = text.count("\ufffd")
            if bad <= _MAX_BAD_UTF8_SHARE * len(text):  # a cut-off or damaged UTF-8 file
                warnings.append(f"{bad} invalid UTF-8 sequence(s) replaced by U+FFFD")
            else:
                text = data.decode("cp1256")  # defines all 256 bytes: never fails
                guessed = True
    if _non_text(text) > _MAX_NON_TEXT_SHARE * len(text):
        raise InputError("binary file (too many control characters)")
    if guessed:
        # The guess is right only if Arabic makes up most of the letters it produces.
        letters = sum(c.isalpha() for c in text)
        if 2 * len(_ARABIC_LETTER.findall(text)) < max(letters, 1):
            raise InputError("not UTF-8, and not Arabic in Windows-1256 either")
        warnings.append("not UTF-8: decoded as Windows-1256 (Arabic)")
    return text


def _non_text(text: str) -> int:
    r"""How many characters of `text` are no text (`_NON_TEXT`). Most texts have none: every
    character printable but the line breaks, and no replacement character, which
    `str.isprintable` and `in` tell in C loops four times cheaper than the regex's class.

    >>> _non_text("نص\nسليم"), _non_text("نص\x07\ufffd"), _non_text("نص\u200f\tآخر")
    (0, 2, 0)
    """
    if "\ufffd" not in text and text.replace("\n", "").isprintable():
        return 0  # a control character is not printable
    return len(_NON_TEXT.findall(text))


class _TextOfHtml(HTMLParser):
    """Collects the text of a page, skipping scripts and styles; blocks become lines."""

    _HIDDEN = frozenset({"script", "style", "noscript", "template"})
    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "tr", "title", "article", "section", "header", "footer",
         "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(self._hidden - 1, 0)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page: one line per block, blank lines collapsed."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _read_meta(path: Path, text: str, warnings: list[str]) -> ArticleMeta:
    """Metadata from the sidecar; whatever is wrong with it becomes a warning, not a loss."""
    file = file_base(path)
    sidecar = path.with_name(f"{file}.meta.json")  # `sidecar_path`, its base known
    try:
        raw = sidecar.read_bytes()
    except FileNotFoundError:
        return ArticleMeta(id=content_id(text), file=file)
    except OSError as error:
        warnings.append(f"{sidecar.name}: cannot read ({error.strerror or error}); ignored")
        return ArticleMeta(id=content_id(text), file=file)
    try:
        fields = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        warnings.append(f"{sidecar.name}: malformed JSON ({_first_line(error)}); ignored")
        return ArticleMeta(id=content_id(text), file=file)
    if not isinstance(fields, dict):
        warnings.append(f"{sidecar.name}: not a JSON object; ignored")
        return ArticleMeta(id=content_id(text), file=file)
    return _meta_from_fields(fields, text, file, sidecar.name, warnings)


def _meta_from_fields(
    fields: dict[str, Any], text: str, file: str, name: str, warnings: list[str]
) -> ArticleMeta:
    """Each known field checked on its own: one bad field does not spoil the others. The id
    is the sidecar's, else its url, else the digest of the text (`content_id`)."""
    strings: dict[str, str | None] = {}
    for key in ("id", "url", "title", "source"):
        value = fields.get(key)
        if value is None or (isinstance(value, str) and value.strip()):
            strings[key] = value.strip() if isinstance(value, str) else None
        else:
            warnings.append(f"{name}: {key!r} is not a non-empty string ({value!r:.40}); ignored")
            strings[key] = None
    return ArticleMeta(
        id=strings.pop("id") or strings["url"] or content_id(text),
        file=file,
        url=strings["url"],
        title=strings["title"],
        published=_published(fields.get("published"), name, warnings),
        source=strings["source"],
    )


def _published(value: object, name: str, warnings: list[str]) -> dt.date | None:
    """An ISO date, or the date part of an ISO date-time (as written, no time-zone shift)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    warnings.append(f"{name}: 'published' is not an ISO date ({value!r:.40}); ignored")
    return None


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
