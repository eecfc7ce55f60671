import pytest
from django.test import Client

from investdesk.organisations.models import Organisation
from investdesk.organisations.tests.factories import make_organisation
from investdesk.projects.tests.factories import make_project
from investdesk.support.models import SupportCase

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(make_user, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    client = Client()
    client.force_login(make_user("admin"))
    return client


def _csv(tmp_path, text: str):
    path = tmp_path / "orgs.csv"
    path.write_text(text, encoding="utf-8")
    return path.open("rb")


@pytest.mark.parametrize("role", ["curator", "analyst"])
def test_pages_are_for_administrators_only(make_user, role):
    client = Client()
    user = make_user(role)
    user.is_staff = True
    user.save()
    client.force_login(user)
    for url in ("/dataexchange/import/", "/dataexchange/duplicates/"):
        assert client.get(url).status_code == 403


def test_import_preview_then_confirm(admin_client, tmp_path):
    response = admin_client.post(
        "/dataexchange/import/",
        {
            "entity": "organisations",
            "file": _csv(tmp_path, "Наименование,Тип\nИмпульс,enterprise\n"),
        },
    )
    assert response.status_code == 200
    report = response.context["report"]
    assert (report.ok, report.created) == (True, 1)
    assert not Organisation.objects.exists()  # a preview saves nothing
    token = response.context["token"]
    confirmed = admin_client.post(
        "/dataexchange/import/", {"token": token, "entity": "organisations"}
    )
    assert confirmed.status_code == 302
    assert Organisation.objects.get().name == "Импульс"


def test_import_bad_file_shows_every_problem(admin_client, tmp_path):
    response = admin_client.post(
        "/dataexchange/import/",
        {
            "entity": "organisations",
            "file": _csv(tmp_path, "Наименование,ИНН\nA,1\nB,2\n"),
        },
    )
    assert [(e.row, e.column) for e in response.context["report"].errors] == [
        (2, "ИНН"),
        (3, "ИНН"),
    ]
    assert response.context["token"] is None
    assert not Organisation.objects.exists()


def test_duplicates_and_merge_after_confirmation(admin_client):
    keep = make_organisation(name="Полярный кварц")
    merge = make_organisation(name="Polyarnyy Kvarts")
    make_project(investors=[merge])
    page = admin_client.get("/dataexchange/duplicates/")
    assert len(page.context["organisations"]) == 1
    url = "/dataexchange/merge/organisations/"
    preview = admin_client.get(url, {"keep": keep.pk, "merge": merge.pk})
    assert preview.context["preview"] == {"projects.projectparticipant.organisation": 1}
    merge.refresh_from_db()
    assert merge.merged_into is None  # the preview changes nothing
    done = admin_client.post(url, {"keep": keep.pk, "merge": merge.pk, "confirm": "true"})
    assert done.status_code == 302
    merge.refresh_from_db()
    assert merge.merged_into == keep


def test_import_too_large_is_refused_and_not_kept(admin_client, tmp_path, monkeypatch):
    from investdesk.dataexchange import forms

    monkeypatch.setattr(forms, "MAX_IMPORT_BYTES", 10)
    response = admin_client.post(
        "/dataexchange/import/",
        {"entity": "organisations", "file": _csv(tmp_path, "Наименование\nИмпульс\n")},
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert response.context["token"] is None
    assert not list(tmp_path.glob("imports/*"))
    assert not Organisation.objects.exists()


def test_import_preview_cleans_old_unconfirmed_files(admin_client, tmp_path):
    import os
    import time

    imports = tmp_path / "imports"
    imports.mkdir()
    stale = imports / "00000000-0000-0000-0000-000000000000.csv"
    stale.write_text("Наименование\nСтарое\n", encoding="utf-8")
    day_ago = time.time() - 25 * 3600
    os.utime(stale, (day_ago, day_ago))
    assert admin_client.get("/dataexchange/import/").status_code == 200
    assert not stale.exists()


def test_the_import_page_offers_every_exported_type(admin_client, tmp_path):
    """Tasks, agreements, support cases and documents import too: the page offers them,
    previews a file and imports it on confirmation."""
    response = admin_client.get("/dataexchange/import/")
    offered = [value for value, _label in response.context["form"].fields["entity"].choices]
    assert {"tasks", "agreements", "support", "documents"} <= set(offered)
    make_organisation(name="Импульс")
    csv = "Заявитель,Запрошенная поддержка,Дата обращения\nИмпульс,Подключение к сетям,2026-03-02\n"
    response = admin_client.post(
        "/dataexchange/import/", {"entity": "support", "file": _csv(tmp_path, csv)}
    )
    report = response.context["report"]
    assert (report.ok, report.created) == (True, 1), [str(e) for e in report.errors]
    confirmed = admin_client.post(
        "/dataexchange/import/", {"token": response.context["token"], "entity": "support"}
    )
    assert confirmed.status_code == 302
    assert SupportCase.objects.get().subject == "Подключение к сетям"
