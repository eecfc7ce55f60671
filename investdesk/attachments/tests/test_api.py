"""``/api/v1/attachments/``: the same rules as the pages."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from investdesk.attachments.models import Attachment
from investdesk.attachments.services import attachment_upload
from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for
from investdesk.engagements.tests.factories import make_engagement
from investdesk.organisations.tests.factories import make_organisation
from investdesk.projects.services import project_share
from investdesk.projects.tests.factories import make_project

from .samples import pdf_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/attachments/"


def _attach(target, user, name: str = "memo.pdf"):
    return attachment_upload(target=target, upload=io.BytesIO(pdf_bytes()), name=name, user=user)


def test_upload_list_download_and_archive(make_user):
    curator = make_user("curator")
    api = client_for(curator)
    engagement = make_engagement(projects=[make_project()])
    data = pdf_bytes()
    created = api.post(
        URL,
        {
            "target_type": "engagement",
            "target_id": engagement.pk,
            "file": SimpleUploadedFile("Меморандум.pdf", data),
            "description": "Подписан",
        },
        format="multipart",
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["original_name"] == "Меморандум.pdf" and body["size"] == len(data)
    assert body["target_type"] == "engagement" and body["target_id"] == engagement.pk
    listed = api.get(URL, {"target_type": "engagement", "target_id": engagement.pk}).json()
    assert [row["id"] for row in listed["results"]] == [body["id"]]
    assert api.get(URL, {"target_type": "project", "target_id": engagement.pk}).json()["count"] == 0
    download = api.get(body["download_url"])
    assert download.status_code == 200 and b"".join(download.streaming_content) == data
    assert download["X-Content-Type-Options"] == "nosniff"
    archived = api.post(f"{URL}{body['id']}/archive/")
    assert archived.status_code == 200 and archived.json()["is_archived"] is True
    assert api.get(URL, {"is_archived": "false"}).json()["count"] == 0


def test_refused_uploads_answer_by_field(make_user, settings):
    api = client_for(make_user("curator"))
    organisation = make_organisation()
    wrong = api.post(
        URL,
        {
            "target_type": "organisation",
            "target_id": organisation.pk,
            "file": SimpleUploadedFile("a.pdf", b"MZ\x90\x00"),
        },
        format="multipart",
    )
    assert wrong.status_code == 400 and "file" in wrong.json()
    settings.ATTACHMENT_MAX_BYTES = 1000
    large = api.post(
        URL,
        {
            "target_type": "organisation",
            "target_id": organisation.pk,
            "file": SimpleUploadedFile("a.pdf", b"%PDF-" + b"0" * 5000),
        },
        format="multipart",
    )
    assert large.status_code == 400 and "file" in large.json()
    missing = api.post(
        URL,
        {
            "target_type": "organisation",
            "target_id": 999_999,
            "file": SimpleUploadedFile("a.pdf", pdf_bytes()),
        },
        format="multipart",
    )
    assert missing.status_code == 404
    assert not Attachment.objects.exists()


def test_a_partner_sees_only_files_of_shared_records(make_user):
    curator, partner = make_user("curator"), make_user("partner")
    shared, other = make_project(), make_project()
    project_share(project=shared, partners=[partner])
    visible = _attach(make_engagement(projects=[shared]), curator)
    hidden = _attach(make_engagement(projects=[other]), curator)
    _attach(make_organisation(), curator)
    api = client_for(partner)
    assert [row["id"] for row in api.get(URL).json()["results"]] == [visible.pk]
    assert api.get(f"{URL}{hidden.pk}/").status_code == 404
    assert api.get(f"{URL}{hidden.pk}/download/").status_code == 404
    assert api.post(f"{URL}{visible.pk}/archive/").status_code == 403
    upload = api.post(
        URL,
        {
            "target_type": "engagement",
            "target_id": visible.object_id,
            "file": SimpleUploadedFile("a.pdf", pdf_bytes()),
        },
        format="multipart",
    )
    assert upload.status_code == 403


def test_the_list_runs_constant_queries(make_user):
    curator = make_user("curator")
    organisation = make_organisation()
    assert_constant_queries(
        client_for(curator), URL, lambda n: [_attach(organisation, curator) for _ in range(n)]
    )
