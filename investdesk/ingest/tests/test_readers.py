"""Reading .txt / .html / .docx documents into plain text, and the refusals."""

from __future__ import annotations

import io

import pytest

from investdesk.ingest.readers import (
    BinaryDocumentError,
    BrokenDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    NotRussianError,
    UnsupportedFormatError,
    read_document,
)

RUSSIAN = "Делегация инвесторов посетила технопарк и обсудила новые проекты в регионе."


def test_utf8_text_from_path(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(RUSSIAN + "\r\n\r\n\r\nВторой абзац.", encoding="utf-8")
    assert read_document(path) == RUSSIAN + "\n\nВторой абзац."


def test_cp1251_bytes_are_detected():
    assert read_document(RUSSIAN.encode("cp1251"), "release.txt") == RUSSIAN


def test_utf8_with_bom():
    assert read_document(b"\xef\xbb\xbf" + RUSSIAN.encode(), "a.txt") == RUSSIAN


def test_html_main_text():
    html = (
        "<html><head><title>Новости</title><script>var x = 1;</script></head><body>"
        "<nav>Меню сайта</nav><article><h1>Инвесторы в регионе</h1>"
        f"<p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>"
    )
    text = read_document(html.encode("utf-8"), "news.html")
    assert RUSSIAN in text
    assert "var x" not in text


def test_format_from_content_type_or_bytes():
    html = f"<html><body><p>{RUSSIAN}</p><p>{RUSSIAN}</p></body></html>".encode()
    assert RUSSIAN in read_document(html, "https://example.ru/news/1", content_type="text/html")
    assert RUSSIAN in read_document(html, "https://example.ru/news.php")
    assert "<p>" not in read_document(html, "https://example.ru/news.php")
    with pytest.raises(UnsupportedFormatError, match="application/pdf"):
        read_document(b"%PDF-1.4", "https://example.ru/a", content_type="application/pdf")


def test_broken_html_falls_back():
    html = f"<div><p>{RUSSIAN}<b>важно</p></span><script>alert(1)"
    text = read_document(html.encode("utf-8"), "broken.htm")
    assert "Делегация инвесторов" in text
    assert "alert" not in text


def test_docx_paragraphs_and_tables():
    import docx

    document = docx.Document()
    document.add_paragraph("Пресс-релиз")
    document.add_paragraph(RUSSIAN)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Инвестиции"
    table.rows[0].cells[1].text = "1,2 млрд рублей"
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_document(buffer.getvalue(), "release.docx")
    assert text.splitlines()[:2] == ["Пресс-релиз", RUSSIAN]
    assert "Инвестиции | 1,2 млрд рублей" in text


@pytest.mark.parametrize(
    ("data", "name", "error", "fragment"),
    [
        (b"", "empty.txt", EmptyDocumentError, "empty"),
        (b"   \n\t ", "blank.txt", EmptyDocumentError, "empty"),
        (b"<html><body><script>1</script></body></html>", "x.html", EmptyDocumentError, "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "image.txt", BinaryDocumentError, "binary"),
        (b"This press release is written in English only.", "en.txt", NotRussianError, "Russian"),
        (b"PK\x03\x04 not really a zip", "bad.docx", BrokenDocumentError, ".docx"),
        (RUSSIAN.encode(), "release.pdf", UnsupportedFormatError, ".pdf"),
    ],
)
def test_refusals_name_the_document(data, name, error, fragment):
    with pytest.raises(error) as info:
        read_document(data, name)
    assert isinstance(info.value, DocumentError)
    assert str(info.value).startswith(f"{name}: ")
    assert fragment in str(info.value)


def test_size_limit():
    with pytest.raises(DocumentTooLargeError, match="more than the limit of 100"):
        read_document((RUSSIAN * 5).encode(), "long.txt", max_chars=100)


def test_missing_file(tmp_path):
    with pytest.raises(BrokenDocumentError, match="missing.txt: cannot be read"):
        read_document(tmp_path / "missing.txt")


def _zip(members: dict[str, bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    import docx

    opened = []
    monkeypatch.setattr(docx, "Document", lambda *a, **k: opened.append(a))
    bomb = _zip({"word/document.xml": b"\0" * 20_000_000})  # 20 MB of zeros, ~20 KB packed
    for name in ("bomb.docx", "https://example.org/news/42"):  # by suffix, and sniffed (PK)
        with pytest.raises(DocumentTooLargeError, match="times its size"):
            read_document(bomb, name)
    assert opened == []  # python-docx never saw the archive


def test_an_archive_unpacking_past_the_size_limit_is_refused(settings):
    import os

    settings.INGEST_MAX_ARCHIVE_BYTES = 100_000
    noise = _zip({"word/document.xml": os.urandom(150_000)})  # incompressible: ratio ~1
    with pytest.raises(DocumentTooLargeError, match="more than the limit"):
        read_document(noise, "big.docx")


def test_an_archive_with_too_many_members_is_refused(settings):
    settings.INGEST_MAX_ARCHIVE_MEMBERS = 10
    many = _zip({f"word/part{i}.xml": b"<a/>" for i in range(11)})
    with pytest.raises(DocumentTooLargeError, match="11 files"):
        read_document(many, "many.docx")
