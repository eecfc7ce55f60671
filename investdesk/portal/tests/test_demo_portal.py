"""The whole demo, as a visitor of the portal sees it: published sites in three languages and
not one name of an internal record (organisation, person, project, engagement, user)."""

import re

import pytest
from django.core.management import call_command
from django.test import override_settings

from investdesk.accounts.models import User
from investdesk.demodata.portal import PUBLIC_SITES
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.models import Project
from investdesk.sitecatalog.models import Site

pytestmark = pytest.mark.django_db

LINK = re.compile(r'href="(/portal/[^"#]*)"')


def internal_names() -> set[str]:
    names: set[str] = set()
    for name, original in Organisation.objects.values_list("name", "name_original"):
        names.update(n for n in (name, original) if n)
    for person in Person.objects.all():
        names.add(f"{person.first_name} {person.last_name}")
        names.add(f"{person.last_name} {person.first_name}")
    for user in User.objects.exclude(last_name=""):
        names.add(f"{user.first_name} {user.last_name}")
    names.update(Project.objects.values_list("title", flat=True))
    names.update(c for c in Project.objects.values_list("code_name", flat=True) if c)
    names.update(Engagement.objects.values_list("title", flat=True))
    return names


def crawl(client, start: str) -> dict[str, str]:
    """Every portal page reachable by links from ``start`` (files and the form excluded)."""
    pages: dict[str, str] = {}
    queue = [start]
    while queue:
        url = queue.pop()
        if url in pages or "/files/" in url:
            continue
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
        queue.extend(u.replace("&amp;", "&") for u in LINK.findall(pages[url]))
    return pages


def test_demo_portal_shows_published_sites_and_no_internal_record():
    with override_settings(DEBUG=True):  # the demo command runs only with DEBUG on
        call_command("demo", verbosity=0)
    published = set(Site.objects.filter(is_public=True).values_list("name", flat=True))
    assert published == set(PUBLIC_SITES)
    assert not Site.objects.get(name="Полярный кварц").is_public  # a host enterprise
    from django.test import Client

    client = Client()
    names = internal_names()
    assert len(names) > 50
    for lang in ("ru", "en", "zh-hans"):
        pages = crawl(client, f"/portal/{lang}/")
        site_pages = [u for u in pages if re.fullmatch(rf"/portal/{lang}/sites/\d+/", u)]
        assert len(site_pages) == len(PUBLIC_SITES), lang
        for url, html in pages.items():
            leaked = [name for name in names if name in html]
            assert leaked == [], (url, leaked)
    zh = client.get("/portal/zh-hans/sites/?direction=quartz").content.decode()
    assert "尼亚甘经济特区" in zh
