"""Receiving an attachment: the size limit is enforced while the request body arrives.

The site-wide handlers (``accounts.uploads``) answer 400 past ``UPLOAD_MAX_BYTES``. An
attachment gets its own limit (``ATTACHMENT_MAX_BYTES``) and a readable field error instead:

- a request that declares a body larger than the limit (plus room for the other fields) is
  answered at once, before a byte of it is read (``declared_too_large``);
- otherwise the handlers count the file's bytes as they arrive and, past the limit, drop the
  file (``SkipFile``): nothing more of it is kept in memory or on disk, and the few bytes
  left of the declared body are discarded. The form then reports the file as too large;
- the file's first bytes are checked against the allow-list as soon as they arrive
  (``content.detect``), so a refused kind is dropped at once too.

Use ``install(request)`` before anything reads ``request.POST`` or ``request.FILES`` (which
is why the views that receive files are CSRF-exempt on the outside and check the token
inside, as Django's documentation prescribes for changing upload handlers).
"""

import io
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import (
    FileUploadHandler,
    MemoryFileUploadHandler,
    SkipFile,
    TemporaryFileUploadHandler,
)
from django.http import HttpRequest
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import content

# Room for the form's other fields and the multipart framing around the file.
ENVELOPE_BYTES = 64 * 1024


def max_bytes() -> int:
    return settings.ATTACHMENT_MAX_BYTES


def too_large_message() -> str:
    return _("The file is too large: the limit is %(size)s.") % {
        "size": filesizeformat(max_bytes())
    }


def declared_too_large(request: HttpRequest) -> bool:
    """The body the client announces cannot hold a file within the limit."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > max_bytes() + ENVELOPE_BYTES


class _Limit:
    """Counts a file's bytes; past the limit marks itself exceeded and skips the file.

    It also judges the file's kind as soon as its first ``content.HEAD_BYTES`` have arrived
    (all that ``content.detect`` reads, except for ZIP-based files, whose directory is at the
    end): an executable or a web page is dropped then, not after the whole upload."""

    exceeded = False
    refusal: ValidationError | None = None
    _head = b""
    _judging = False

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        self._head, self._judging = b"", True
        super().new_file(*args, **kwargs)  # type: ignore[misc]

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if start + len(raw_data) > max_bytes():
            self.exceeded = True
            raise SkipFile
        if self._judging:
            self._head += raw_data[: content.HEAD_BYTES - len(self._head)]
            if len(self._head) >= content.HEAD_BYTES:
                self._judge()
        return super().receive_data_chunk(raw_data, start)  # type: ignore[misc]

    def _judge(self) -> None:
        self._judging = False
        if self._head.startswith(content.ZIP_SIGNATURE):
            return  # judged when complete: the archive's directory is at its end
        try:
            content.detect(io.BytesIO(self._head), getattr(self, "file_name", "") or "")
        except ValidationError as exc:
            self.refusal = exc
            raise SkipFile from exc


class LimitedMemoryHandler(_Limit, MemoryFileUploadHandler):
    pass


class LimitedTemporaryFileHandler(_Limit, TemporaryFileUploadHandler):
    pass


def install(request: HttpRequest) -> list[FileUploadHandler]:
    """Replace the request's upload handlers by the limited ones; returns them so that the
    caller can ask ``exceeded(handlers)`` after the body has been read."""
    handlers: list[FileUploadHandler] = [
        LimitedMemoryHandler(request),
        LimitedTemporaryFileHandler(request),
    ]
    request.upload_handlers = handlers
    return handlers


def exceeded(handlers: list[Any]) -> bool:
    return any(getattr(handler, "exceeded", False) for handler in handlers)


def refusal(handlers: list[Any]) -> ValidationError | None:
    """Why a handler dropped the file for its kind while it arrived, if it did."""
    return next((h.refusal for h in handlers if getattr(h, "refusal", None)), None)
