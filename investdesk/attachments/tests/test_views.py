"""The panel on detail pages, upload, download and archive through the pages."""

import contextlib
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import SkipFile, StopFutureHandlers
from django.test import Client, RequestFactory
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from investdesk.agreements.tests.factories import make_agreement
from investdesk.attachments import uploads
from investdesk.attachments.models import Attachment
from investdesk.attachments.services import attachment_upload
from investdesk.attachments.views import attachment_upload_view
from investdesk.core.tests.helpers import assert_constant_queries
from investdesk.engagements.tests.factories import make_engagement
from investdesk.organisations.tests.factories import make_organisation
from investdesk.people.tests.factories import make_person
from investdesk.projects.services import project_share
from investdesk.projects.tests.factories import make_project
from investdesk.support.tests.factories import make_support_case
from investdesk.tasks.tests.factories import make_task

from .samples import ooxml_bytes, pdf_bytes

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _attach(target, user, data: bytes = b"", name: str = "memo.pdf"):
    return attachment_upload(
        target=target, upload=io.BytesIO(data or pdf_bytes()), name=name, user=user
    )


@pytest.fixture
def curator(make_user):
    return make_user("curator")


@pytest.fixture
def engagement():
    return make_engagement(projects=[make_project()])


def test_upload_through_the_panel_lists_the_file(curator, engagement):
    client = _client(curator)
    page = client.get(engagement.get_absolute_url())
    assert f'id="attachments-engagement-{engagement.pk}"' in page.content.decode()
    data = pdf_bytes()
    response = client.post(
        f"/attachments/upload/engagement/{engagement.pk}/",
        {"file": SimpleUploadedFile("Меморандум.pdf", data), "description": "Подписан"},
        **HTMX,
    )
    assert response.status_code == 200
    attachment = Attachment.objects.get()
    html = response.content.decode()
    assert "Меморандум.pdf" in html and f"/attachments/{attachment.pk}/" in html
    assert attachment.target == engagement and attachment.description == "Подписан"
    download = client.get(f"/attachments/{attachment.pk}/")
    assert b"".join(download.streaming_content) == data


def test_a_plain_form_post_goes_back_to_the_record(curator, engagement):
    response = _client(curator).post(
        f"/attachments/upload/engagement/{engagement.pk}/",
        {"file": SimpleUploadedFile("memo.pdf", pdf_bytes())},
    )
    assert response.status_code == 302 and response["Location"] == engagement.get_absolute_url()
    assert Attachment.objects.count() == 1


def test_a_refused_kind_is_a_field_error(curator, engagement):
    response = _client(curator).post(
        f"/attachments/upload/engagement/{engagement.pk}/",
        {"file": SimpleUploadedFile("page.html", b"<html><script>alert(1)</script></html>")},
        **HTMX,
    )
    assert response.status_code == 200
    assert "invalid-feedback" in response.content.decode()
    assert not Attachment.objects.exists()


def test_upload_needs_the_csrf_token(curator, engagement):
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    response = client.post(
        f"/attachments/upload/engagement/{engagement.pk}/",
        {"file": SimpleUploadedFile("memo.pdf", pdf_bytes())},
    )
    assert response.status_code == 403
    assert not Attachment.objects.exists()


# --- the size limit, while the request arrives ------------------------------------------


class Untouchable(io.RawIOBase):
    """A request body that must not be read."""

    def read(self, *args):
        raise AssertionError("the request body was read")

    readline = read


def test_a_declared_body_over_the_limit_is_refused_without_reading_it(
    curator, engagement, settings
):
    settings.ATTACHMENT_MAX_BYTES = 1000
    body = encode_multipart(
        BOUNDARY, {"file": SimpleUploadedFile("memo.pdf", b"%PDF-" + b"0" * 200_000)}
    )
    request = RequestFactory().generic(
        "POST",
        f"/attachments/upload/engagement/{engagement.pk}/",
        data=body,
        content_type=MULTIPART_CONTENT,
        **HTMX,
    )
    request.user = curator
    request._stream = Untouchable()
    response = attachment_upload_view(request, kind="engagement", object_id=engagement.pk)
    assert response.status_code == 200
    assert "1000" in response.content.decode()  # the limit is named
    assert "is-invalid" in response.content.decode()
    assert not Attachment.objects.exists()


def test_a_refusal_unread_keeps_what_the_user_typed(curator, engagement, settings):
    """The description was not read, so the panel it swaps in tells htmx to keep the one in
    the page (with what the curator typed) rather than show an empty field; the file's error
    is in Russian and names the limit."""
    settings.ATTACHMENT_MAX_BYTES = 1000
    body = encode_multipart(
        BOUNDARY,
        {
            "file": SimpleUploadedFile("memo.pdf", b"%PDF-" + b"0" * 200_000),
            "description": "Подписанный меморандум",
        },
    )
    request = RequestFactory().generic(
        "POST",
        f"/attachments/upload/engagement/{engagement.pk}/",
        data=body,
        content_type=MULTIPART_CONTENT,
        **HTMX,
    )
    request.user = curator
    request._stream = Untouchable()
    response = attachment_upload_view(request, kind="engagement", object_id=engagement.pk)
    html = response.content.decode()
    (description,) = re.findall(r"<input[^>]*id=\"id_attachment_description\"[^>]*>", html)
    assert 'hx-preserve="true"' in description
    assert "Файл слишком большой: допускается не более 1000" in html


def test_a_file_dropped_while_it_arrives_keeps_the_typed_description(curator, engagement, settings):
    settings.ATTACHMENT_MAX_BYTES = 10_000
    response = _client(curator).post(
        f"/attachments/upload/engagement/{engagement.pk}/",
        {
            "file": SimpleUploadedFile("memo.pdf", b"%PDF-" + b"0" * 30_000),
            "description": "Подписанный меморандум",
        },
        **HTMX,
    )
    html = response.content.decode()
    assert 'value="Подписанный меморандум"' in html
    assert "Файл слишком большой" in html
    assert "hx-preserve" not in html  # the server read it: it shows it itself


def test_a_file_over_the_limit_is_dropped_while_it_arrives(curator, engagement, settings):
    """The body is within the declared envelope, the file is not: the handlers stop
    keeping it at the limit and the form says why."""
    settings.ATTACHMENT_MAX_BYTES = 10_000
    response = _client(curator).post(
        f"/attachments/upload/engagement/{engagement.pk}/",
        {"file": SimpleUploadedFile("memo.pdf", b"%PDF-" + b"0" * 30_000)},
        **HTMX,
    )
    assert response.status_code == 200
    assert "is-invalid" in response.content.decode()
    assert not Attachment.objects.exists()


@pytest.mark.parametrize(
    "handler_class", [uploads.LimitedMemoryHandler, uploads.LimitedTemporaryFileHandler]
)
def test_the_handlers_keep_nothing_past_the_limit(handler_class, settings):
    settings.ATTACHMENT_MAX_BYTES = 100
    handler = handler_class(None)
    handler.handle_raw_input(None, {}, 1000, BOUNDARY)
    with contextlib.suppress(StopFutureHandlers):  # the memory handler takes the file
        handler.new_file("file", "memo.pdf", "application/pdf", 1000)
    handler.receive_data_chunk(b"x" * 60, 0)  # within the limit: kept
    with pytest.raises(SkipFile):
        handler.receive_data_chunk(b"x" * 60, 60)
    assert handler.exceeded
    assert uploads.exceeded([handler])


@pytest.mark.parametrize(
    "handler_class", [uploads.LimitedMemoryHandler, uploads.LimitedTemporaryFileHandler]
)
def test_a_refused_kind_is_dropped_as_soon_as_its_head_arrives(handler_class):
    handler = handler_class(None)
    handler.handle_raw_input(None, {}, 1_000_000, BOUNDARY)
    with contextlib.suppress(StopFutureHandlers):
        handler.new_file("file", "memo.pdf", "application/pdf", 1_000_000)
    handler.receive_data_chunk(b"MZ\x90\x00" + b"\x00" * 4000, 0)  # not yet judged
    with pytest.raises(SkipFile):
        handler.receive_data_chunk(b"\x00" * 8000, 4004)
    assert uploads.refusal([handler]).code == "file_type"


def test_a_zip_based_file_is_judged_when_complete():
    handler = uploads.LimitedTemporaryFileHandler(None)
    handler.handle_raw_input(None, {}, 1_000_000, BOUNDARY)
    handler.new_file("file", "memo.docx", "application/octet-stream", 1_000_000)
    handler.receive_data_chunk(b"PK\x03\x04" + b"\x00" * 9000, 0)
    assert uploads.refusal([handler]) is None


def test_an_executable_named_as_a_pdf_is_refused_through_the_page(curator, engagement):
    response = _client(curator).post(
        f"/attachments/upload/engagement/{engagement.pk}/",
        {"file": SimpleUploadedFile("memo.pdf", b"MZ\x90\x00" + b"\x00" * 100_000)},
        **HTMX,
    )
    assert response.status_code == 200
    assert "invalid-feedback" in response.content.decode()
    assert not Attachment.objects.exists()


# --- who sees and who changes -----------------------------------------------------------


def test_the_file_is_served_with_safe_headers(curator):
    organisation = make_organisation()
    docx = _attach(organisation, curator, ooxml_bytes(), "Презентация.docx")
    pdf = _attach(organisation, curator)
    client = _client(curator)
    response = client.get(f"/attachments/{docx.pk}/")
    assert response["Content-Type"] == docx.media_type
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    response = client.get(f"/attachments/{pdf.pk}/")
    assert response["Content-Disposition"].startswith("inline;")
    assert response["Content-Type"] == "application/pdf"


def test_media_url_does_not_serve_attachments(curator):
    attachment = _attach(make_organisation(), curator)
    assert _client(curator).get(f"/media/{attachment.file.name}").status_code == 404


def test_a_partner_downloads_only_from_what_is_shared(make_user, curator):
    partner = make_user("partner")
    shared, other = make_project(), make_project()
    project_share(project=shared, partners=[partner])
    on_shared = _attach(make_engagement(projects=[shared]), curator)
    on_other = _attach(make_engagement(projects=[other]), curator)
    on_organisation = _attach(make_organisation(), curator)
    on_task = _attach(make_task(assignee=curator, project=other), curator)
    client = _client(partner)
    assert client.get(f"/attachments/{on_shared.pk}/").status_code == 200
    for attachment in (on_other, on_organisation, on_task):
        assert client.get(f"/attachments/{attachment.pk}/").status_code == 404
    # Seeing is not editing: the partner neither uploads nor archives.
    assert (
        client.post(
            f"/attachments/upload/engagement/{on_shared.object_id}/",
            {"file": SimpleUploadedFile("x.pdf", pdf_bytes())},
        ).status_code
        == 403
    )
    assert client.post(f"/attachments/{on_shared.pk}/archive/").status_code == 403
    assert (
        client.post(
            f"/attachments/upload/engagement/{on_other.object_id}/",
            {"file": SimpleUploadedFile("x.pdf", pdf_bytes())},
        ).status_code
        == 404
    )
    assert client.post(f"/attachments/{on_other.pk}/archive/").status_code == 404
    assert Attachment.objects.count() == 4 and not Attachment.objects.filter(is_archived=True)


def test_without_a_role_nothing_is_found(make_user, curator):
    attachment = _attach(make_organisation(), curator)
    client = _client(make_user())
    assert client.get(f"/attachments/{attachment.pk}/").status_code == 404
    assert client.get("/attachments/999999/").status_code == 404


def test_anonymous_users_are_sent_to_log_in(curator):
    attachment = _attach(make_organisation(), curator)
    response = Client().get(f"/attachments/{attachment.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_leadership_reads_but_has_no_upload_form(make_user, curator):
    organisation = make_organisation()
    _attach(organisation, curator)
    page = _client(make_user("leadership")).get(organisation.get_absolute_url()).content.decode()
    assert "memo.pdf" in page
    assert "attachment-upload" not in page and "/archive/" not in page


def test_archive_through_the_panel(curator, engagement):
    attachment = _attach(engagement, curator)
    response = _client(curator).post(f"/attachments/{attachment.pk}/archive/", **HTMX)
    assert response.status_code == 200
    assert "memo.pdf" not in response.content.decode()
    attachment.refresh_from_db()
    assert attachment.is_archived
    # Archived files still open for those who see the record (history links keep working).
    assert _client(curator).get(f"/attachments/{attachment.pk}/").status_code == 200


@pytest.mark.parametrize(
    "make_record",
    [
        lambda user: make_organisation(),
        lambda user: make_person(),
        lambda user: make_project(),
        lambda user: make_engagement(projects=[make_project()]),
        lambda user: make_agreement(),
        lambda user: make_support_case(),
        lambda user: make_task(assignee=user),
    ],
    ids=["organisation", "person", "project", "engagement", "agreement", "case", "task"],
)
def test_every_detail_page_shows_the_panel_in_constant_queries(curator, make_record):
    record = make_record(curator)
    client = _client(curator)
    url = record.get_absolute_url()
    assert_constant_queries(client, url, lambda n: [_attach(record, curator) for _ in range(n)])
    page = client.get(url).content.decode()
    assert page.count('class="attachment-link"') == 20
    assert 'class="attachment-upload"' in page


def test_the_timeline_shows_current_files(curator):
    organisation = make_organisation()
    kept = _attach(organisation, curator, name="Паспорт площадки.pdf")
    archived = _attach(organisation, curator, name="Черновик.pdf")
    _client(curator).post(f"/attachments/{archived.pk}/archive/")
    page = _client(curator).get(organisation.get_absolute_url()).content.decode()
    timeline = page[page.index('id="timeline"') :]
    assert 'data-kind="attachment"' in timeline
    assert f'href="/attachments/{kept.pk}/"' in timeline
    assert "Черновик.pdf" not in timeline
