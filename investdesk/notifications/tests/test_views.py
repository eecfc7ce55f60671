import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from investdesk.accounts.choices import Role
from investdesk.notifications.choices import ChannelChoice, NotificationKind
from investdesk.notifications.models import Notification, NotificationPreference
from investdesk.notifications.services import notification_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(make_user, client):
    user = make_user(Role.CURATOR, username="curator", email="c@example.org")
    client.force_login(user)
    return user


def add(user, count, start=0, **kwargs):
    for n in range(start, start + count):
        notification_create(
            recipient=user,
            kind=NotificationKind.GENERAL,
            title=f"Уведомление {n}",
            url="/tasks/",
            dedup_key=f"n{n}",
            **kwargs,
        )


def test_the_bell_on_every_page_shows_the_unread_count(client, curator, make_user):
    add(curator, 3)
    add(make_user(Role.CURATOR, username="other"), 5)
    Notification.objects.filter(title="Уведомление 0").update(read_at="2026-01-01T00:00Z")
    for url in ("/", "/tasks/", "/notifications/"):
        html = client.get(url).content.decode()
        assert (
            '<span class="badge rounded-pill text-bg-danger ms-1" id="notification-count">2</span>'
            in html
        ), url


def test_the_bell_costs_one_query(client, curator, rf):
    from django.template import Context, Template

    add(curator, 4)
    request = rf.get("/")
    request.user = curator
    template = Template("{% load notifications %}{% notification_bell %}")
    with CaptureQueriesContext(connection) as ctx:
        html = template.render(Context({"request": request}))
    assert len(ctx) == 1
    assert ">4</span>" in html


def test_list_page_query_count_is_constant(client, curator, django_assert_num_queries):
    add(curator, 2)
    client.get("/notifications/")
    with CaptureQueriesContext(connection) as baseline:
        assert client.get("/notifications/").status_code == 200
    add(curator, 18, start=2)
    with django_assert_num_queries(len(baseline.captured_queries)):
        response = client.get("/notifications/")
    assert response.content.decode().count('class="list-group-item d-flex') == 20


def test_list_shows_in_app_notifications_only_mine(client, curator, make_user):
    NotificationPreference.objects.create(
        user=curator, kind=NotificationKind.MENTION, channels=ChannelChoice.EMAIL
    )
    add(curator, 1)
    notification_create(recipient=curator, kind=NotificationKind.MENTION, title="Только почтой")
    add(make_user(Role.CURATOR, username="other"), 1, start=7)
    html = client.get("/notifications/").content.decode()
    assert "Уведомление 0" in html
    assert "Только почтой" not in html and "Уведомление 7" not in html


def test_open_marks_read_and_goes_to_the_record(client, curator, make_user):
    add(curator, 1)
    notification = Notification.objects.get()
    # The list opens it by a POST (a GET must not change state: a link, a prefetch).
    page = client.get("/notifications/").content.decode()
    assert f'<form method="post" action="/notifications/{notification.pk}/"' in page
    response = client.get(f"/notifications/{notification.pk}/")
    assert response.status_code == 302 and response["Location"] == "/tasks/"
    notification.refresh_from_db()
    assert notification.read_at is None
    response = client.post(f"/notifications/{notification.pk}/")
    assert response.status_code == 302 and response["Location"] == "/tasks/"
    notification.refresh_from_db()
    assert notification.read_at is not None
    add(make_user(Role.CURATOR, username="other"), 1, start=5)
    foreign = Notification.objects.get(title="Уведомление 5")
    assert client.get(f"/notifications/{foreign.pk}/").status_code == 404
    assert client.post(f"/notifications/{foreign.pk}/").status_code == 404
    assert client.post(f"/notifications/{foreign.pk}/read/").status_code == 404
    assert Notification.objects.get(pk=foreign.pk).read_at is None


def test_mark_one_and_all_read(client, curator):
    add(curator, 3)
    first = Notification.objects.order_by("id").first()
    response = client.post(f"/notifications/{first.pk}/read/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and response["HX-Trigger"] == "notifications-changed"
    assert Notification.objects.filter(read_at__isnull=True).count() == 2
    assert client.get("/notifications/bell/").content.decode().count(">2</span>") == 1
    assert client.post("/notifications/read-all/").status_code == 302
    assert not Notification.objects.filter(read_at__isnull=True).exists()
    assert client.get("/notifications/read-all/").status_code == 405


def test_preferences_page_saves_language_hour_and_channels(client, curator):
    page = client.get("/notifications/preferences/").content.decode()
    assert "Ежедневная сводка" in page
    data = {"language": "en", "digest_hour": "7"}
    data |= {f"kind_{kind}": ChannelChoice.BOTH for kind in NotificationKind.values}
    data["kind_digest"] = ChannelChoice.EMAIL
    response = client.post("/notifications/preferences/", data)
    assert response.status_code == 302
    settings = curator.notification_settings
    assert (settings.language, settings.digest_hour) == ("en", 7)
    assert NotificationPreference.objects.get(user=curator, kind="digest").channels == "email"
    data["digest_hour"] = "24"
    assert client.post("/notifications/preferences/", data).status_code == 200  # invalid


def test_anonymous_users_are_sent_to_login(client):
    assert client.get("/notifications/")["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example"])
def test_mark_read_goes_back_only_to_a_page_of_this_site(client, curator, target):
    add(curator, 1)
    notification = Notification.objects.get()
    response = client.post(f"/notifications/{notification.pk}/read/", {"next": target})
    assert response.status_code == 302 and response["Location"] == "/notifications/"
    response = client.post(f"/notifications/{notification.pk}/read/", {"next": "/tasks/?mine=1"})
    assert response["Location"] == "/tasks/?mine=1"
