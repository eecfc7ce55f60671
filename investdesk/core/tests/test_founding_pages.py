"""Every registry page renders on the founding story, for each role."""

import pytest

from investdesk.demodata.founding import load_founding_story
from investdesk.demodata.users import ensure_demo_users

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(roles):
    users = ensure_demo_users()
    return users, load_founding_story(users=users)


def _pages(data) -> list[str]:
    orgs, people, sites = data["organisations"], data["people"], data["sites"]
    return [
        "/",
        "/organisations/",
        f"/organisations/{orgs['ze'].pk}/",
        f"/organisations/{orgs['ze'].pk}/edit/",
        "/organisations/new/",
        "/people/",
        f"/people/{people['zakharov'].pk}/",
        f"/people/{people['ogorodnikova'].pk}/edit/",
        "/people/new/",
        "/sites/",
        f"/sites/{sites['sez'].pk}/",
        f"/sites/{sites['sez'].pk}/edit/",
        "/sites/new/",
        "/tasks/",
        "/tasks/?mine=1",
        f"/tasks/{data['tasks'][0].pk}/",
        f"/tasks/{data['tasks'][0].pk}/edit/",
        "/tasks/new/",
        "/documents/",
    ]


def test_demo_sees_every_page_and_the_story(client, story):
    users, data = story
    client.force_login(users["demo"])
    for url in _pages(data):
        response = client.get(url)
        assert response.status_code == 200, url
    ze = data["organisations"]["ze"]
    html = client.get(f"/organisations/{ze.pk}/").content.decode()
    assert data["visit"].title in html
    sez = data["sites"]["sez"]
    html = client.get(f"/sites/{sez.pk}/").content.decode()
    assert data["visit"].title in html
    assert 'id="timeline"' in html


def test_partner_reaches_only_tasks_leadership_only_reads(client, story):
    users, data = story
    client.force_login(users["partner"])
    expected = {"/": 200, "/tasks/": 200, "/tasks/?mine=1": 200}
    for url in _pages(data):
        status = client.get(url).status_code
        if url in expected:
            assert status == expected[url], url
        elif url.startswith("/tasks/") and not url.endswith(("edit/", "new/")):
            # Tasks of projects not shared with the partner are not found.
            assert status in (200, 404), url
        else:
            assert status == 403, url
    client.force_login(users["leader"])
    for url in _pages(data):
        status = client.get(url).status_code
        if url == "/":
            assert status == 302
        elif url.endswith(("edit/", "new/")):
            assert status == 403, url
        else:
            assert status == 200, url
