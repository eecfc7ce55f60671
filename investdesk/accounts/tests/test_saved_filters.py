"""Named saved filters of the list pages: save, list on the page, apply, delete — per user."""

import pytest
from django.test import Client

from investdesk.accounts.choices import Role
from investdesk.accounts.models import SavedFilter
from investdesk.accounts.selectors import saved_filters_for
from investdesk.accounts.services import saved_filter_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(make_user):
    return make_user(Role.CURATOR, username="ivanova")


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_save_a_filter_then_it_is_listed_and_opens_the_page(curator):
    client = login(curator)
    response = client.post(
        "/accounts/saved-filters/",
        {"path": "/tasks/", "name": "Просроченные", "query": "overdue=true&page=3&sort=due"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/tasks/?overdue=true&sort=due"  # the page number dropped
    saved = SavedFilter.objects.get(user=curator)
    assert (saved.path, saved.name, saved.query) == (
        "/tasks/",
        "Просроченные",
        "overdue=true&sort=due",
    )

    panel = client.get(
        "/accounts/saved-filters/", {"path": "/tasks/", "query": "overdue=true&sort=due"}
    ).content.decode()
    assert 'href="/tasks/?overdue=true&amp;sort=due"' in panel
    assert "btn-secondary" in panel  # the filter in force is marked
    assert (
        "Просроченные"
        not in client.get(
            "/accounts/saved-filters/", {"path": "/projects/", "query": ""}
        ).content.decode()
    )


def test_the_same_name_replaces_the_filter(curator):
    saved_filter_save(user=curator, path="/projects/", name="Кварц", query="directions=1")
    saved_filter_save(user=curator, path="/projects/", name="Кварц", query="directions=2")
    assert list(SavedFilter.objects.values_list("query", flat=True)) == ["directions=2"]


def test_filters_are_private_and_only_the_owner_deletes(curator, make_user):
    other = make_user(Role.CURATOR, username="petrov")
    mine = saved_filter_save(user=curator, path="/tasks/", name="Личный", query="mine=1")
    assert list(saved_filters_for(user=other, path="/tasks/")) == []
    panel = login(other).get("/accounts/saved-filters/", {"path": "/tasks/"}).content.decode()
    assert "Личный" not in panel
    login(other).post(f"/accounts/saved-filters/{mine.pk}/delete/", {"path": "/tasks/"})
    assert SavedFilter.objects.filter(pk=mine.pk).exists()
    response = login(curator).post(
        f"/accounts/saved-filters/{mine.pk}/delete/", {"path": "/tasks/"}
    )
    assert response["Location"] == "/tasks/"
    assert not SavedFilter.objects.filter(pk=mine.pk).exists()


@pytest.mark.parametrize("path", ["https://evil.example/", "//evil.example/", "/no-such-page/"])
def test_only_pages_of_this_site_can_be_saved(curator, path):
    response = login(curator).post(
        "/accounts/saved-filters/", {"path": path, "name": "x", "query": ""}
    )
    assert response.status_code == 404
    assert not SavedFilter.objects.exists()


def test_every_list_page_loads_the_saved_filters_panel(curator):
    client = login(curator)
    for url in (
        "/organisations/",
        "/people/",
        "/projects/",
        "/engagements/",
        "/sites/",
        "/tasks/",
        "/agreements/",
        "/documents/",
    ):
        html = client.get(url).content.decode()
        assert "/accounts/saved-filters/?path=" in html, url
