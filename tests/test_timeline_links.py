"""A timeline links only to pages its reader may open.

A partner opens only project and engagement pages (organisation, person and site pages
answer 403); on those, the timeline's engagements, tasks and documents are filtered to what is
shared with them, and every link it shows (tasks, commitments, parts of a visit, the project,
files) must open for them.
"""

import re

import pytest
from access_world import build_world
from django.test import Client

from investdesk.accounts.choices import Role

pytestmark = pytest.mark.django_db

TIMELINE = re.compile(r'<section id="timeline".*?</section>', re.S)
LINK = re.compile(r'<a href="([^"#][^"]*)"')


@pytest.fixture
def world(db):
    return build_world()


def _timeline_links(client: Client, url: str) -> list[str]:
    page = client.get(url)
    if page.status_code != 200:
        return []  # a page the user may not open has no timeline for them
    (timeline,) = TIMELINE.findall(page.content.decode())
    return LINK.findall(timeline)


def test_every_timeline_link_opens_for_a_partner(world):
    client = Client()
    client.force_login(world.users[Role.PARTNER])
    links = [
        link
        for record in ("organisation", "person", "shared", "site", "engagement")
        for link in _timeline_links(client, world.objects[record].get_absolute_url())
    ]
    assert links  # the shared project's timeline links to what the partner may open
    refused = {link: client.get(link).status_code for link in links}
    refused = {link: status for link, status in refused.items() if status >= 400}
    assert not refused
