"""The kind of a file comes from its bytes; names are cleaned for display and download."""

import io

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
