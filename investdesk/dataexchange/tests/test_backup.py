import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.utils import translation

from investdesk.agreements.tests.factories import make_agreement
from investdesk.dataexchange.backup import SEEDED, backup_models, serialised_records
from investdesk.documents.models import Document
from investdesk.documents.tests.factories import make_document
from investdesk.engagements.tests.factories import make_engagement
from investdesk.projects.tests.factories import make_project
from investdesk.support.tests.factories import make_support_case

pytestmark = pytest.mark.django_db


def _wipe() -> None:
    for model in reversed(backup_models()):
        model._base_manager.all().delete()


@pytest.mark.parametrize("ext", ["tar.gz", "zip"])
def test_round_trip_record_by_record(make_user, tmp_path, settings, ext):
    settings.MEDIA_ROOT = tmp_path / "media"
    curator = make_user("curator", username="curator")
    project = make_project(curator=curator)
    make_engagement(projects=[project], created_by=curator)
    make_agreement(project=project)
    make_support_case()
    document = make_document()
    document.file.save("release.txt", ContentFile("пресс-релиз".encode()))
    before = serialised_records()
    assert len(before) > 50
    path = tmp_path / f"backup.{ext}"
    call_command("backup", str(path))

    _wipe()
    (settings.MEDIA_ROOT / document.file.name).unlink()
    call_command("restore", str(path))

    after = serialised_records()
    assert after.keys() == before.keys()
    for key, fields in before.items():
        assert after[key] == fields, key
    restored = Document.objects.get(pk=document.pk)
    assert restored.file.read().decode() == "пресс-релиз"


def test_restore_refuses_a_non_empty_database(make_user, tmp_path):
    make_user("curator")
    path = tmp_path / "b.tar.gz"
    call_command("backup", str(path))
    users = apps.get_model("accounts.User").objects.count()
    with translation.override("en"), pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(path))
    assert apps.get_model("accounts.User").objects.count() == users


def test_seeded_reference_rows_do_not_count_as_data(tmp_path):
    assert all(apps.get_model(label) for label in SEEDED)
    path = tmp_path / "empty.tar.gz"
    call_command("backup", str(path))
    call_command("restore", str(path))  # a migrated database with only seeded rows is empty
