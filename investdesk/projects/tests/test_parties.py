"""Editing a project's investors and partners, and sharing it with partner users."""

import pytest

from investdesk.core.tests.helpers import login
from investdesk.organisations.services import organisation_create
from investdesk.projects.services import project_create

pytestmark = pytest.mark.django_db


def management(total: int, initial: int) -> dict:
    return {
        "parties-TOTAL_FORMS": str(total),
        "parties-INITIAL_FORMS": str(initial),
        "parties-MIN_NUM_FORMS": "0",
        "parties-MAX_NUM_FORMS": "1000",
    }


def test_edit_parties_share_and_unshare(make_user):
    curator = make_user("curator")
    partner = make_user("partner", username="delros")
    ze = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    fund = organisation_create(name="Фонд развития Югры", kind="development_institution")
    project = project_create(title="Кварц", investors=[ze])
    client = login(curator)
    url = f"/projects/{project.pk}/parties/"
    page = client.get(url)
    assert page.status_code == 200
    assert login(partner).get(project.get_absolute_url()).status_code == 404
    response = client.post(
        url,
        {
            **management(2, 1),
            "parties-0-organisation": ze.pk,
            "parties-0-role": "investor",
            "parties-1-organisation": fund.pk,
            "parties-1-role": "partner",
            "shared_with": [partner.pk],
            "version": project.version,
        },
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert sorted(project.participants.values_list("organisation__name", "role")) == [
        ("ZE Optoelectronic", "investor"),
        ("Фонд развития Югры", "partner"),
    ]
    assert project.version == 2
    assert login(partner).get(project.get_absolute_url()).status_code == 200
    response = client.post(
        url,
        {
            **management(2, 2),
            "parties-0-organisation": ze.pk,
            "parties-0-role": "investor",
            "parties-1-organisation": fund.pk,
            "parties-1-role": "partner",
            "parties-1-DELETE": "on",
            "version": project.version,
        },
    )
    assert response.status_code == 302
    assert list(project.participants.values_list("role", flat=True)) == ["investor"]
    assert login(partner).get(project.get_absolute_url()).status_code == 404  # unshared
    stale = client.post(url, {**management(0, 0), "version": 1})
    assert stale.status_code == 409
    assert project.participants.count() == 1


def test_parties_errors_and_permissions(make_user):
    project = project_create(title="Кварц")
    client = login(make_user("curator"))
    response = client.post(
        f"/projects/{project.pk}/parties/",
        {**management(1, 0), "parties-0-role": "partner", "version": 1},
    )
    assert response.status_code == 400
    assert "Organisation: This field is required." in response.content.decode()
    assert login(make_user("leadership")).get(f"/projects/{project.pk}/parties/").status_code == 403
