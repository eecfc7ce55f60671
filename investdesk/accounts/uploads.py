"""Upload handlers that stop receiving a request past ``settings.UPLOAD_MAX_BYTES``.

Django's own handlers accept any size and leave the check to the form, after the whole
file has been written to memory or disk. These count bytes as they arrive and abort the
upload (the request is answered 400) as soon as the limit is passed.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import MemoryFileUploadHandler, TemporaryFileUploadHandler


class UploadTooLarge(RequestDataTooBig):
    """An upload bigger than ``UPLOAD_MAX_BYTES``."""


class _LimitMixin:
    received = 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        limit = settings.UPLOAD_MAX_BYTES
        # A declared length over the limit (plus room for the form fields) is refused at once.
        if content_length and content_length > limit + settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            raise UploadTooLarge("The request is larger than the upload limit.")
        return super().handle_raw_input(input_data, META, content_length, boundary, encoding)

    def receive_data_chunk(self, raw_data: bytes, start: int):
        self.received = start + len(raw_data)
        if self.received > settings.UPLOAD_MAX_BYTES:
            # Stops reading the request: Django answers 400 and keeps nothing of the file.
            raise UploadTooLarge("The uploaded file is larger than the upload limit.")
        return super().receive_data_chunk(raw_data, start)


class LimitedMemoryUploadHandler(_LimitMixin, MemoryFileUploadHandler):
    pass


class LimitedTemporaryUploadHandler(_LimitMixin, TemporaryFileUploadHandler):
    pass
