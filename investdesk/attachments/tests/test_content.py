"""The kind of a file comes from its bytes; names are cleaned for display and download."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError

from investdesk.attachments import content

from .samples import odf_bytes, ooxml_bytes, pdf_bytes, zip_bytes

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100


@pytest.mark.parametrize(
    ("data", "name", "media_type"),
    [
        (pdf_bytes(), "Меморандум.pdf", "application/pdf"),
        (PNG, "цех.PNG", "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 10, "photo.jpeg", "image/jpeg"),
        (b"GIF89a" + b"\x00" * 10, "a.gif", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a.webp", "image/webp"),
        (b"{\\rtf1\\ansi hello}", "letter.rtf", "application/rtf"),
        (ooxml_bytes("word/document.xml"), "memo.docx", content.DOCX.media_type),
        (ooxml_bytes("xl/workbook.xml"), "budget.xlsx", content.XLSX.media_type),
        (ooxml_bytes("ppt/presentation.xml"), "pitch.pptx", content.PPTX.media_type),
        (odf_bytes(), "memo.odt", content.ODT.media_type),
        (
            odf_bytes("application/vnd.oasis.opendocument.spreadsheet"),
            "t.ods",
            content.ODS.media_type,
        ),
        (OLE2, "old.doc", "application/msword"),
        (OLE2, "old.xls", "application/vnd.ms-excel"),
        ("Кварц; 12,5 МВт\n".encode(), "список.csv", "text/csv"),
        ("Кварц; 12,5 МВт\n".encode("cp1251"), "список.csv", "text/csv"),
        ("Позвонили, пришлют документы\n".encode(), "note.txt", "text/plain"),
        (zip_bytes(), "photos.zip", "application/zip"),
    ],
)
def test_accepted_kinds_are_recognised_by_content(data, name, media_type):
    upload = io.BytesIO(data)
    upload.read(3)  # the position does not matter
    assert content.detect(upload, name).media_type == media_type
    assert upload.tell() == 0


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"MZ\x90\x00\x03\x00\x00\x00", "setup.exe"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "memo.pdf"),  # an executable named as a PDF
        (b"\x7fELF\x02\x01\x01", "tool"),
        (b"<!DOCTYPE html><html><script>alert(1)</script>", "page.html"),
        (b"<html><script>alert(1)</script></html>", "notes.txt"),  # HTML named as text
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "logo.svg"),
        (b"<svg onload=alert(1)>", "logo.txt"),
        (b"#!/bin/sh\nrm -rf /\n", "run.sh"),
        (ooxml_bytes(macros=True), "memo.docm"),
        (ooxml_bytes(macros=True), "memo.docx"),  # macros behind an innocent name
        (OLE2, "thing.msi"),
        (b"PK\x03\x04broken", "a.zip"),
        (b"", "empty.pdf"),
        (pdf_bytes(), "memo.docx"),  # content and name disagree
        (b"plain text", "readme"),  # text without a text extension
    ],
)
def test_other_files_are_refused(data, name):
    with pytest.raises(ValidationError) as error:
        content.detect(io.BytesIO(data), name)
    assert error.value.code == "file_type"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Меморандум ZE.pdf", "Меморандум ZE.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\ivanova\\Desktop\\scan.PDF", "scan.pdf"),
        ('a<b>:"c|d?*.pdf', "a_b_c_d_.pdf"),
        ("...hidden.pdf", "hidden.pdf"),
        ("memo", "memo.pdf"),
        ("memo.exe", "memo.exe.pdf"),
        ("line\r\nbreak.pdf", "line_break.pdf"),
        ("", "file.pdf"),
        ("я" * 300 + ".pdf", "я" * 196 + ".pdf"),
    ],
)
def test_names_are_cleaned(name, expected):
    assert content.clean_name(name, kind=content.PDF) == expected


def _zip_with(name: str, data: bytes, *, flag_bits: int = 0, compress_type: int | None = None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
        archive.writestr("word/document.xml", b"<w:document/>")
    raw = bytearray(buffer.getvalue())
    if flag_bits or compress_type is not None:
        # Patch the member's flags / method in both its local header and directory entry.
        for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
            at = raw.find(signature)
            if flag_bits:
                raw[at + flag_at] |= flag_bits
            if compress_type is not None:
                raw[at + method_at : at + method_at + 2] = compress_type.to_bytes(2, "little")
    return bytes(raw)


BOMB_BYTES = 32 * 1024 * 1024


def test_a_zip_bomb_content_types_is_not_unpacked():
    """The part read to judge an Office file is read only so far: a small upload that
    unpacks to gigabytes must not fill the server's memory (here 32 MiB from ~32 KiB)."""
    bomb = _zip_with("[Content_Types].xml", b"\0" * BOMB_BYTES)
    assert len(bomb) < 100_000
    with pytest.raises(ValidationError) as error:
        content.detect(io.BytesIO(bomb), "bomb.docx")
    assert error.value.code == "file_type"


def test_a_zip_bomb_mimetype_is_not_unpacked(monkeypatch):
    bomb = _zip_with("mimetype", b"\0" * BOMB_BYTES)
    read = []
    real_read = zipfile.ZipExtFile.read

    def spy(self, n=-1):
        data = real_read(self, n)
        read.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", spy)
    assert content.detect(io.BytesIO(bomb), "bomb.zip") == content.ZIP  # not ODF: a plain ZIP
    assert sum(read) < 1024


@pytest.mark.parametrize(
    "options",
    [{"flag_bits": 0x1}, {"compress_type": 99}],  # encrypted; an unknown compression method
)
def test_an_archive_that_cannot_be_judged_is_refused_not_a_server_error(options):
    data = _zip_with("[Content_Types].xml", b"<Types/>", **options)
    with pytest.raises(ValidationError) as error:
        content.detect(io.BytesIO(data), "memo.docx")
    assert error.value.code == "file_type"
