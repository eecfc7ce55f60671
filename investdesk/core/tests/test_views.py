"""The base layout, login, password change and the home page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from investdesk.tasks.services import task_create

pytestmark = pytest.mark.django_db


def test_login_page_has_standard_fields(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="username"' in html
    assert 'name="password"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_login_with_wrong_password_shows_error(client, make_user):
    make_user("curator", username="anna")
    response = client.post(reverse("login"), {"username": "anna", "password": "wrong"})
    assert response.status_code == 200
    assert "alert-danger" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_then_home(client, make_user):
    make_user("curator", username="anna")
    response = client.post(reverse("login"), {"username": "anna", "password": "pass-12345"})
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_home_requires_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_home_base_layout(client, make_user):
    user = make_user("curator")
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    for href in (
        "/organisations/",
        "/people/",
        "/projects/",
        "/projects/board/",
        "/engagements/",
        "/sites/",
        "/tasks/",
        "/agreements/",
        "/support/",
        "/dashboard/",
        "/documents/",
        "/search/",
        "/i18n/setlang/",
    ):
        assert f'"{href}"' in html, href
    assert "vendor/htmx/htmx.min.js" in html
    assert "X-CSRFToken" in html


def test_leadership_is_sent_to_dashboard(client, make_user):
    client.force_login(make_user("leadership"))
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"


def test_admin_with_leadership_stays_home(client, make_user):
    client.force_login(make_user("leadership", "admin"))
    assert client.get("/").status_code == 200


def test_home_lists_my_tasks_overdue_first(client, make_user, django_assert_max_num_queries):
    user = make_user("curator")
    other = make_user("curator")
    today = timezone.localdate()
    task_create(title="Later", assignee=user, due_date=today + datetime.timedelta(days=5))
    task_create(title="Late one", assignee=user, due_date=today - datetime.timedelta(days=2))
    task_create(title="Not mine", assignee=other, due_date=today)
    client.force_login(user)
    response = client.get("/")
    html = response.content.decode()
    assert html.index("Late one") < html.index("Later")
    assert "Not mine" not in html
    assert response.context["overdue_count"] == 1
    assert [t.title for t in response.context["tasks"]] == ["Late one", "Later"]


def test_password_change(client, make_user):
    user = make_user("curator")
    client.force_login(user)
    assert client.get(reverse("password_change")).status_code == 200
    response = client.post(
        reverse("password_change"),
        {"old_password": "wrong", "new_password1": "x", "new_password2": "y"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["old_password"]
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "pass-12345",
            "new_password1": "Quartz-Nyagan-2025",
            "new_password2": "Quartz-Nyagan-2025",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Quartz-Nyagan-2025")


def test_language_switch_to_english(client, make_user):
    client.force_login(make_user("curator"))
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    response = client.get("/")
    assert '<html lang="en">' in response.content.decode()


def test_the_browser_finds_the_sites_icon(client):
    """A browser's first visit asked for /favicon.ico and logged a 404 in the console."""
    from django.contrib.staticfiles import finders

    page = client.get("/accounts/login/").content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/favicon.svg"
    assert finders.find("favicon.svg")
