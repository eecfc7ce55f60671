"""Receiving attachments: time and memory of an upload within the limit and of refusals.

Builds a throw-away test database (SQLite unless DATABASE_URL says otherwise), a curator and
an engagement, then sends multipart uploads straight to the upload view (the request body is
built before measuring, as a WSGI server would hold it in its socket buffer) and reports the
median time and the peak Python memory (tracemalloc) of receiving, checking and storing:

- a PDF just under the limit (streamed to a temporary file, then moved to the storage);
- a request that announces more than the limit (answered before its body is read);
- a file over the limit inside a body the limit allows (dropped while it arrives).

    .venv/bin/python bench/attachment_upload.py [--mb 24] [--runs 5]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=24.0, help="size of the accepted file")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection
    from django.test import RequestFactory
    from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
    from django.test.utils import override_settings, setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from investdesk.accounts.services import user_create
        from investdesk.attachments.models import Attachment
        from investdesk.attachments.views import attachment_upload_view
        from investdesk.engagements.services import engagement_record

        curator = user_create(username="bench", password=None, roles=["curator"])
        engagement = engagement_record(kind="negotiations", title="Bench", start_date="2026-03-02")
        url = f"/attachments/upload/engagement/{engagement.pk}/"
        limit = settings.ATTACHMENT_MAX_BYTES

        def body_of(size: int) -> bytes:
            data = b"%PDF-1.4\n" + b"0" * (size - 9)
            return encode_multipart(BOUNDARY, {"file": SimpleUploadedFile("memo.pdf", data)})

        def measure(body: bytes) -> tuple[float, float, int]:
            times, peaks = [], []
            before = Attachment.objects.count()
            for _ in range(args.runs):
                request = RequestFactory().generic(
                    "POST", url, data=body, content_type=MULTIPART_CONTENT, HTTP_HX_REQUEST="true"
                )
                request.user = curator
                request._dont_enforce_csrf_checks = True
                tracemalloc.start()
                started = time.perf_counter()
                response = attachment_upload_view(
                    request, kind="engagement", object_id=engagement.pk
                )
                times.append(time.perf_counter() - started)
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
                assert response.status_code == 200, response.status_code
                request.close()  # as the WSGI handler does: the temporary file goes
            stored = Attachment.objects.count() - before
            return statistics.median(times), max(peaks) / 1_048_576, stored

        with tempfile.TemporaryDirectory() as media, override_settings(MEDIA_ROOT=media):
            accepted = int(args.mb * 1_048_576)
            rows = [
                (f"{args.mb:g} MB PDF, accepted", body_of(accepted)),
                ("announced over the limit, refused unread", body_of(limit + 1_048_576)),
                ("over the limit inside the envelope, dropped", body_of(limit + 32 * 1024)),
            ]
            measure(body_of(10_000))  # warm-up: imports and caches the first page render loads
            print(f"limit {limit / 1_048_576:g} MB, {args.runs} runs, {connection.vendor}")
            print(f"{'upload':<48} {'median s':>9} {'peak MiB':>9} {'stored':>7}")
            for label, body in rows:
                seconds, peak, stored = measure(body)
                print(f"{label:<48} {seconds:>9.3f} {peak:>9.1f} {stored:>7}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
