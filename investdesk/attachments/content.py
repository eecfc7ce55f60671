"""What an uploaded file really is, judged by its first bytes, against an allow-list.

The browser's Content-Type and the file name are the sender's word; the bytes are not.
A file is accepted only when its content is one of the kinds below *and* its name ends
with an extension of that kind, so that what the next person downloads opens in the program
its name promises. Everything else is refused: executables, HTML, SVG and other XML (they run
scripts in a browser), macro-enabled Office files, and anything unknown.

OOXML (.docx, .xlsx, .pptx) and ODF (.odt, .ods, .odp) are ZIP archives: their kind is read
from the archive's directory (``[Content_Types].xml`` and the parts, or ODF's ``mimetype``
member), which ``zipfile`` reads from the end of the file without unpacking anything.
"""

import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# How much of the start of a file is read to recognise it.
HEAD_BYTES = 8192


@dataclass(frozen=True)
class Kind:
    media_type: str
    extensions: tuple[str, ...]  # the first one is used when a name has none that fits
    inline: bool = False  # shown in the browser (PDF, pictures) rather than saved

    @property
    def extension(self) -> str:
        return self.extensions[0]


PDF = Kind("application/pdf", (".pdf",), inline=True)
PNG = Kind("image/png", (".png",), inline=True)
JPEG = Kind("image/jpeg", (".jpg", ".jpeg"), inline=True)
GIF = Kind("image/gif", (".gif",), inline=True)
WEBP = Kind("image/webp", (".webp",), inline=True)
TIFF = Kind("image/tiff", (".tif", ".tiff"))
RTF = Kind("application/rtf", (".rtf",))
TEXT = Kind("text/plain", (".txt",))
CSV = Kind("text/csv", (".csv", ".tsv"))
ZIP = Kind("application/zip", (".zip",))
DOCX = Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",))
XLSX = Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",))
PPTX = Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", (".pptx",))
ODT = Kind("application/vnd.oasis.opendocument.text", (".odt",))
ODS = Kind("application/vnd.oasis.opendocument.spreadsheet", (".ods",))
ODP = Kind("application/vnd.oasis.opendocument.presentation", (".odp",))
DOC = Kind("application/msword", (".doc",))
XLS = Kind("application/vnd.ms-excel", (".xls",))
PPT = Kind("application/vnd.ms-powerpoint", (".ppt",))

ALLOWED: tuple[Kind, ...] = (
    PDF, PNG, JPEG, GIF, WEBP, TIFF, RTF, TEXT, CSV, ZIP,
    DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT,
)  # fmt: skip
BY_MEDIA_TYPE = {kind.media_type: kind for kind in ALLOWED}

ZIP_SIGNATURE = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LEGACY_OFFICE = {".doc": DOC, ".xls": XLS, ".ppt": PPT}
_ODF = {
    b"application/vnd.oasis.opendocument.text": ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": ODS,
    b"application/vnd.oasis.opendocument.presentation": ODP,
}
_OOXML_PARTS = (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX))
# The most of an archive member that is unpacked to judge the archive: ODF's ``mimetype``
# and OOXML's ``[Content_Types].xml`` are a few kilobytes. A member that unpacks to more is
# a zip bomb aimed at the server's memory, and is refused unread.
MEMBER_BYTES = 256 * 1024
# Text that a browser would run or render as a page if it were ever shown inline.
_MARKUP = re.compile(rb"<\s*(!doctype|html|head|body|script|svg|iframe|\?xml)", re.IGNORECASE)


def _refuse(message: str) -> ValidationError:
    return ValidationError(message, code="file_type")


def _member(archive: zipfile.ZipFile, name: str, limit: int = MEMBER_BYTES) -> bytes | None:
    """The unpacked ``name`` of ``archive``, or None if it unpacks to more than ``limit``:
    read no further than that whatever its header declares (the sender's word too)."""
    if archive.getinfo(name).file_size > limit:
        return None
    with archive.open(name) as member:
        data = member.read(limit + 1)
    return data if len(data) <= limit else None


def _zip_kind(upload: IO[bytes]) -> Kind:
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                # ODF's media types are short: a longer "mimetype" is not ODF's.
                kind = _ODF.get((_member(archive, "mimetype", 128) or b"").strip())
                if kind is not None:
                    return kind
            if "[Content_Types].xml" in names:
                types = _member(archive, "[Content_Types].xml")
                if types is None:
                    raise _refuse(_("The archive is damaged."))
                # Macros run when the document is opened: such files are refused.
                if b"macroEnabled" in types or any(n.endswith("vbaProject.bin") for n in names):
                    raise _refuse(_("Office files with macros are not accepted."))
                for prefix, kind in _OOXML_PARTS:
                    if any(name.startswith(prefix) for name in names):
                        return kind
    # A member that is encrypted, packed by an unknown method or corrupt cannot be judged.
    except (
        zipfile.BadZipFile, KeyError, OSError, EOFError, RuntimeError, NotImplementedError,
        zlib.error,
    ) as exc:  # fmt: skip
        raise _refuse(_("The archive is damaged.")) from exc
    finally:
        upload.seek(0)
    return ZIP


def _text_kind(head: bytes, extension: str) -> Kind | None:
    if b"\x00" in head:
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still UTF-8.
        if exc.start < len(head) - 3:
            try:
                head.decode("cp1251")  # Russian spreadsheets export CSV in Windows-1251
            except UnicodeDecodeError:
                return None
    if _MARKUP.search(head):
        return None
    return CSV if extension in CSV.extensions else TEXT


def detect(upload: IO[bytes], name: str) -> Kind:
    """The kind of ``upload`` (a file object at any position; left at its start), or a
    ``ValidationError`` saying why it is refused."""
    extension = PurePath(name or "").suffix.lower()
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    if not head:
        raise _refuse(_("The file is empty."))
    kind: Kind | None = None
    if head.startswith(b"%PDF-"):
        kind = PDF
    elif head.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = PNG
    elif head.startswith(b"\xff\xd8\xff"):
        kind = JPEG
    elif head.startswith((b"GIF87a", b"GIF89a")):
        kind = GIF
    elif head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        kind = WEBP
    elif head.startswith((b"II*\x00", b"MM\x00*")):
        kind = TIFF
    elif head.startswith(b"{\\rtf"):
        kind = RTF
    elif head.startswith(ZIP_SIGNATURE):
        kind = _zip_kind(upload)
    elif head.startswith(_OLE2):
        # The compound file does not say cheaply whether it holds Word, Excel or PowerPoint:
        # the extension chooses among the three.
        kind = _LEGACY_OFFICE.get(extension)
    elif extension in TEXT.extensions + CSV.extensions:
        kind = _text_kind(head, extension)
    if kind is None:
        raise _refuse(
            _(
                "This kind of file is not accepted. Attach PDF, Word, Excel, PowerPoint, "
                "OpenDocument, RTF, text or CSV, pictures (PNG, JPEG, GIF, WebP, TIFF) or ZIP."
            )
        )
    if extension not in kind.extensions:
        raise _refuse(
            _("The file's content (%(kind)s) does not match its name “%(name)s”.")
            % {"kind": kind.extension.lstrip(".").upper(), "name": PurePath(name).name}
        )
    return kind


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*;]+')


def clean_name(name: str, *, kind: Kind, max_length: int = 200) -> str:
    """A file name safe to show and to offer in Content-Disposition: no path, no control
    or reserved characters, no leading dots, at most ``max_length`` characters, ending with
    an extension of ``kind``. Letters of any script are kept (Russian names stay readable)."""
    base = PurePath(str(name).replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    base = _UNSAFE.sub("_", base)
    base = re.sub(r"\s+", " ", base).strip(" .")
    stem, extension = (
        (base[: -len(PurePath(base).suffix)], PurePath(base).suffix.lower())
        if PurePath(base).suffix
        else (base, "")
    )
    if extension not in kind.extensions:
        stem, extension = base, kind.extension
    stem = stem.strip(" .") or "file"
    return stem[: max_length - len(extension)] + extension
