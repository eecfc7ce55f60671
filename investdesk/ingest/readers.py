"""Turn an uploaded or fetched document (.txt, .html, .docx) into plain Russian text."""

from __future__ import annotations

import io
import re
import zipfile
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

DEFAULT_MAX_CHARS = 1_000_000
MIN_CYRILLIC_SHARE = 0.3
SUPPORTED = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".docx")
# Formats we recognise by name and refuse; any other name (a URL, '.php') is sniffed.
REFUSED = (
    ".pdf",
    ".doc",
    ".rtf",
    ".odt",
    ".xls",
    ".xlsx",
    ".ppt",
    ".pptx",
    ".zip",
    ".rar",
    ".7z",
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".mp3",
    ".mp4",
    ".exe",
)
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class DocumentError(ValueError):
    """A document that cannot be ingested; the message names the document and why."""

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        self.problem = problem
        super().__init__(f"{name}: {problem}")


class EmptyDocumentError(DocumentError):
    pass


class BinaryDocumentError(DocumentError):
    pass


class UnsupportedFormatError(DocumentError):
    pass


class NotRussianError(DocumentError):
    pass


class DocumentTooLargeError(DocumentError):
    pass


class BrokenDocumentError(DocumentError):
    pass


def read_document(
    source: str | Path | bytes,
    name: str | None = None,
    *,
    content_type: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> str:
    """Plain text of a document given as a path or as bytes plus its name (or URL).

    The format comes from the name's suffix, else from ``content_type`` (an HTTP
    Content-Type), else from the bytes. Raises a ``DocumentError`` subclass for an
    unsupported format, a binary file, empty or non-Russian text, or text longer than
    ``max_chars``.
    """
    if isinstance(source, bytes):
        data = source
        name = name or "document"
    else:
        path = Path(source)
        name = name or path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BrokenDocumentError(name, f"cannot be read ({exc.strerror})") from exc
    kind = _format(name, content_type, data)
    if not data.strip():
        raise EmptyDocumentError(name, "the file is empty")
    if kind == "docx":
        text = _docx_text(data, name)
    else:
        raw = _decode(data, name)
        text = _html_text(raw) if kind == "html" else raw
    text = _normalize(text)
    if not text:
        raise EmptyDocumentError(name, "no text found in the document")
    if len(text) > max_chars:
        raise DocumentTooLargeError(
            name, f"{len(text):,} characters of text, more than the limit of {max_chars:,}"
        )
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if not letters or cyrillic / len(letters) < MIN_CYRILLIC_SHARE:
        share = cyrillic / len(letters) if letters else 0.0
        raise NotRussianError(name, f"the text is not in Russian ({share:.0%} Cyrillic letters)")
    return text


def _format(name: str, content_type: str | None, data: bytes) -> str:
    suffix = Path(name.split("?")[0]).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix == ".docx":
        return "docx"
    if suffix in SUPPORTED:
        return "text"
    if suffix in REFUSED:
        raise UnsupportedFormatError(name, f"unsupported format '{suffix}'")
    mime = (content_type or "").split(";")[0].strip().lower()
    if "html" in mime:
        return "html"
    if mime == DOCX_MIME:
        return "docx"
    if mime.startswith("text/"):
        return "text"
    if mime and mime not in ("application/octet-stream",):
        raise UnsupportedFormatError(name, f"unsupported content type '{mime}'")
    head = data[:2048].lstrip().lower()
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return "text"


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:4096]
    if b"\x00" in sample or _control_share(sample) > 0.1:
        raise BinaryDocumentError(name, "looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Russian legacy encodings: pick the one that yields more Cyrillic letters.
    best, best_score = None, -1
    for encoding in ("cp1251", "koi8_r"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = sum(1 for ch in text[:4000] if "а" <= ch <= "я")
        if score > best_score:
            best, best_score = text, score
    if best is None:
        raise BinaryDocumentError(name, "the text encoding is not UTF-8, CP1251 or KOI8-R")
    return best


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return controls / len(sample)


class _TextParser(HTMLParser):
    """Fallback for HTML trafilatura cannot handle: visible text, one block per line."""

    SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg"})
    BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "tr",
            "section",
            "article",
            "blockquote",
            "title",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _html_text(raw: str) -> str:
    text = ""
    try:
        import trafilatura  # slow to import (its models): only when HTML arrives

        text = trafilatura.extract(raw, include_comments=False, include_tables=False) or ""
    except Exception:  # noqa: BLE001 - trafilatura fails in many ways on broken markup
        text = ""
    if len(text.strip()) >= 50:
        return text
    parser = _TextParser()
    try:
        parser.feed(raw)
        parser.close()
    except Exception:  # noqa: BLE001
        return unescape(re.sub(r"<[^>]+>", " ", raw))
    return "".join(parser.parts)


def check_archive(data: bytes, name: str) -> None:
    """Refuse a zip archive (.docx) that would unpack into too much, before unpacking it.

    Checked from the archive's directory: its own size, the number of members, the total
    unpacked size and the unpacked/packed ratio (a zip bomb). Python's zipfile never
    inflates a member beyond the size the directory declares, so the check holds.
    """
    limits = _archive_limits()
    if len(data) > limits["bytes"]:
        raise DocumentTooLargeError(
            name, f"the file is {len(data):,} bytes, more than the limit of {limits['bytes']:,}"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise BrokenDocumentError(name, "is not a valid .docx file") from exc
    if len(members) > limits["members"]:
        raise DocumentTooLargeError(name, f"the archive has {len(members):,} files")
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits["bytes"]:
        raise DocumentTooLargeError(
            name, f"unpacks to {unpacked:,} bytes, more than the limit of {limits['bytes']:,}"
        )
    if unpacked > limits["ratio"] * max(len(data), 1):
        raise DocumentTooLargeError(
            name, f"unpacks to {unpacked // max(len(data), 1):,} times its size (a zip bomb?)"
        )


def _archive_limits() -> dict[str, int]:
    return {
        "bytes": getattr(settings, "INGEST_MAX_ARCHIVE_BYTES", 50 * 1024 * 1024),
        "ratio": getattr(settings, "INGEST_MAX_ARCHIVE_RATIO", 100),
        "members": getattr(settings, "INGEST_MAX_ARCHIVE_MEMBERS", 2000),
    }


def _docx_text(data: bytes, name: str) -> str:
    import docx  # python-docx loads lxml: imported only when a .docx arrives

    check_archive(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BrokenDocumentError(name, "is not a valid .docx file") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
