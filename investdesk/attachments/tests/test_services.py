"""Upload and archive through the services: stored under a random name, checked, archived."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import storages

from investdesk.attachments.models import Attachment
from investdesk.attachments.services import attachment_archive, attachment_upload
from investdesk.engagements.tests.factories import make_engagement
from investdesk.organisations.tests.factories import make_organisation
from investdesk.projects.tests.factories import make_project

from .samples import pdf_bytes

pytestmark = pytest.mark.django_db


def test_an_upload_is_stored_under_a_random_name_with_what_it_is(make_user, media_root):
    curator = make_user("curator")
    engagement = make_engagement(projects=[make_project()])
    data = pdf_bytes()
    attachment = attachment_upload(
        target=engagement,
        upload=io.BytesIO(data),
        name="../Меморандум <ZE>.pdf",
        user=curator,
        description="  Подписанный меморандум ",
    )
    attachment.refresh_from_db()
    assert attachment.target == engagement
    assert attachment.original_name == "Меморандум _ZE_.pdf"
    assert attachment.size == len(data)
    assert attachment.media_type == "application/pdf"
    assert attachment.description == "Подписанный меморандум"
    assert attachment.uploaded_by == curator
    # A random name under attachments/<year>/<month>/, nothing of the sender's name.
    assert attachment.file.name.startswith("attachments/")
    assert "Меморандум" not in attachment.file.name and attachment.file.name.endswith(".pdf")
    assert (media_root / attachment.file.name).read_bytes() == data
    assert attachment.file.storage is storages["attachments"]
    assert attachment.history.count() == 1


def test_refused_files_leave_nothing_behind(make_user, media_root):
    curator = make_user("curator")
    organisation = make_organisation()
    with pytest.raises(ValidationError) as error:
        attachment_upload(
            target=organisation, upload=io.BytesIO(b"MZ\x90\x00"), name="a.pdf", user=curator
        )
    assert "file" in error.value.message_dict
    assert not Attachment.objects.exists()
    assert not media_root.exists() or not any(media_root.rglob("*.*"))


def test_the_size_limit_holds_in_the_service_too(make_user, settings):
    settings.ATTACHMENT_MAX_BYTES = 100
    with pytest.raises(ValidationError) as error:
        attachment_upload(
            target=make_organisation(),
            upload=io.BytesIO(pdf_bytes()),
            name="a.pdf",
            user=make_user("curator"),
        )
    assert error.value.error_dict["file"][0].code == "file_too_large"
    assert not Attachment.objects.exists()


@pytest.mark.parametrize("role", ["leadership", "partner", None])
def test_who_may_not_edit_the_record_may_not_attach(make_user, role):
    user = make_user(*([role] if role else []))
    project = make_project()
    with pytest.raises(PermissionDenied):
        attachment_upload(target=project, upload=io.BytesIO(pdf_bytes()), name="a.pdf", user=user)
    assert not Attachment.objects.exists()


def test_an_analyst_attaches_to_an_organisation_but_not_to_a_project(make_user):
    analyst = make_user("analyst")
    attachment_upload(
        target=make_organisation(), upload=io.BytesIO(pdf_bytes()), name="a.pdf", user=analyst
    )
    with pytest.raises(PermissionDenied):
        attachment_upload(
            target=make_project(), upload=io.BytesIO(pdf_bytes()), name="a.pdf", user=analyst
        )


def test_archiving_hides_the_file_and_keeps_it(make_user, media_root):
    curator = make_user("curator")
    attachment = attachment_upload(
        target=make_organisation(), upload=io.BytesIO(pdf_bytes()), name="a.pdf", user=curator
    )
    archived = attachment_archive(attachment=attachment, user=curator)
    assert archived.is_archived and archived.archived_at and archived.archived_by == curator
    assert (media_root / archived.file.name).exists()
    again = attachment_archive(attachment=archived, user=curator)
    assert again.archived_at == archived.archived_at
    with pytest.raises(PermissionDenied):
        attachment_archive(attachment=attachment, user=make_user("leadership"))
