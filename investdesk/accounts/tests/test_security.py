"""Logins, lockout, throttling, passwords, the calendar token, uploads and the audit trail."""

import hashlib
import io

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings as django_settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from rest_framework.test import APIClient

from investdesk.accounts.choices import Role
from investdesk.accounts.history import acting_as
from investdesk.accounts.services import (
    SYSTEM_USERNAME,
    calendar_token_regenerate,
    calendar_token_revoke,
    system_user,
)

pytestmark = pytest.mark.django_db

PASSWORD = "pass-12345"


def _log_in(client: Client, username: str, password: str, url: str = "/accounts/login/"):
    return client.post(url, {"username": username, "password": password})


# --- brute force -----------------------------------------------------------------------------


def test_the_right_password_after_too_many_wrong_ones_does_not_log_in(make_user):
    make_user(Role.CURATOR, username="ivanova")
    client = Client()
    limit = django_settings.AXES_FAILURE_LIMIT
    answers = [_log_in(client, "ivanova", "wrong-password").status_code for _ in range(limit)]
    assert answers == [200] * (limit - 1) + [429]  # the form again, then the lockout page
    locked = _log_in(client, "ivanova", PASSWORD)
    assert locked.status_code == 429
    assert 'id="lockout-message"' in locked.content.decode()
    assert "_auth_user_id" not in client.session
    failures = AccessFailureLog.objects.filter(username="ivanova").order_by("attempt_time")
    assert [f.locked_out for f in failures] == [False] * (limit - 1) + [True, True]
    # The same user from another address is not locked out (lockout per user and address).
    elsewhere = Client(REMOTE_ADDR="10.1.1.1")
    assert _log_in(elsewhere, "ivanova", PASSWORD).status_code == 302


def test_fewer_failures_than_the_limit_still_let_the_right_password_in(make_user):
    make_user(Role.CURATOR, username="petrov")
    client = Client()
    for _ in range(django_settings.AXES_FAILURE_LIMIT - 1):
        _log_in(client, "petrov", "wrong-password")
    assert _log_in(client, "petrov", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="petrov").exists()  # reset on success


def test_the_admin_login_is_locked_out_too(make_user):
    make_user(Role.ADMIN, username="boss")
    client = Client()
    for _ in range(django_settings.AXES_FAILURE_LIMIT):
        _log_in(client, "boss", "wrong-password", url="/admin/login/")
    assert _log_in(client, "boss", PASSWORD, url="/admin/login/").status_code == 429


def test_logins_logouts_and_failures_are_in_the_access_log(make_user):
    make_user(Role.ANALYST, username="analyst")
    client = Client()
    _log_in(client, "analyst", "wrong-password")
    _log_in(client, "analyst", PASSWORD)
    client.post("/accounts/logout/")
    failure = AccessFailureLog.objects.get(username="analyst")
    assert failure.ip_address == "127.0.0.1"
    entry = AccessLog.objects.get(username="analyst")
    assert entry.attempt_time is not None and entry.logout_time is not None


def test_the_api_throttles_a_user_past_the_rate(make_user, settings):
    from django.core.cache import cache

    cache.clear()
    settings.API_THROTTLE_RATES = {"anon": "3/min", "user": "3/min"}
    client = APIClient()
    client.force_authenticate(make_user(Role.LEADERSHIP))
    answers = [client.get("/api/v1/directions/").status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    cache.clear()


def test_wrong_api_tokens_lock_the_address_out(make_user):
    from django.core.cache import cache
    from rest_framework.authtoken.models import Token

    cache.clear()
    token = Token.objects.create(user=make_user(Role.CURATOR)).key
    client = APIClient()
    limit = django_settings.AXES_FAILURE_LIMIT
    client.credentials(HTTP_AUTHORIZATION="Token wrong-token")
    answers = [client.get("/api/v1/directions/").status_code for _ in range(limit + 1)]
    assert answers == [403] * limit + [429]  # session auth first: DRF answers 403
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.get("/api/v1/directions/").status_code == 429  # locked, right token or not
    assert AccessFailureLog.objects.filter(username="(api token)").count() == limit
    other = APIClient(REMOTE_ADDR="10.2.2.2")
    other.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert other.get("/api/v1/directions/").status_code == 200
    cache.clear()


# --- passwords -------------------------------------------------------------------------------


def test_passwords_need_twelve_characters(make_user):
    with pytest.raises(ValidationError, match="12"):
        validate_password("Zx9-qw8-er7")  # 11 characters
    validate_password("Zx9-qw8-er7-")  # 12
    user = make_user(Role.CURATOR)
    client = Client()
    client.force_login(user)
    response = client.post(
        "/accounts/password_change/",
        {"old_password": PASSWORD, "new_password1": "Zx9-qw8-er7", "new_password2": "Zx9-qw8-er7"},
    )
    assert response.status_code == 200 and response.context["form"].errors
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


# --- calendar token --------------------------------------------------------------------------


def test_the_calendar_token_is_stored_hashed_and_can_be_regenerated_and_revoked(make_user):
    user = make_user(Role.CURATOR)
    client = Client()
    first = calendar_token_regenerate(user=user)
    user.refresh_from_db()
    assert user.calendar_token_hash == hashlib.sha256(first.encode()).hexdigest()
    assert first not in user.calendar_token_hash
    assert client.get(f"/calendar/{first}.ics").status_code == 200
    second = calendar_token_regenerate(user=user)
    assert client.get(f"/calendar/{first}.ics").status_code == 404
    assert client.get(f"/calendar/{second}.ics").status_code == 200
    calendar_token_revoke(user=user)
    assert client.get(f"/calendar/{second}.ics").status_code == 404


def test_the_user_menu_page_shows_a_new_feed_address_once(make_user):
    user = make_user(Role.PARTNER)
    client = Client()
    client.force_login(user)
    page = client.get("/accounts/calendar-feed/")
    assert 'href="/accounts/calendar-feed/"' in page.content.decode()  # in the user menu
    assert page.context["feed_url"] == ""
    created = client.post("/accounts/calendar-feed/", {"action": "regenerate"})
    url = created.context["feed_url"]
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    assert client.get(f"/calendar/{token}.ics").status_code == 200
    assert client.get("/accounts/calendar-feed/").context["feed_url"] == ""  # never again
    client.post("/accounts/calendar-feed/", {"action": "revoke"})
    assert client.get(f"/calendar/{token}.ics").status_code == 404


# --- uploads ---------------------------------------------------------------------------------


def test_an_upload_past_the_limit_is_stopped_while_it_arrives(make_user, settings):
    from investdesk.documents.models import Document

    settings.UPLOAD_MAX_BYTES = 10_000
    client = Client()
    client.force_login(make_user(Role.ANALYST))
    big = io.BytesIO(("Пресс-релиз. " * 2000).encode())
    big.name = "release.txt"
    response = client.post("/ingest/", {"form": "upload", "upload-file": big})
    assert response.status_code == 400
    # The answer says what to do, in Russian (templates/400.html).
    assert "если файл слишком большой" in response.content.decode()
    assert not Document.objects.exists()
    small = io.BytesIO(("Делегация инвесторов посетила технопарк Югры. " * 5).encode())
    small.name = "release.txt"
    assert client.post("/ingest/", {"form": "upload", "upload-file": small}).status_code == 302


# --- audit: system user and m2m history ------------------------------------------------------


def test_writes_outside_a_request_are_recorded_as_the_system_user():
    from investdesk.organisations.services import organisation_create

    with acting_as():
        organisation = organisation_create(name="Полярный кварц", kind="enterprise")
    record = organisation.history.get()
    assert record.history_user.username == SYSTEM_USERNAME
    system = system_user()
    assert not system.is_active and not system.has_usable_password() and not system.roles
    # Outside the block nothing is attributed any more.
    from investdesk.organisations.services import organisation_update

    organisation_update(organisation=organisation, changes={"website": "https://kvarc.ru"})
    assert organisation.history.order_by("-history_id").first().history_user is None


def test_the_worker_records_feed_polls_as_the_system_user(monkeypatch, tmp_path):
    from investdesk.documents.models import Document
    from investdesk.ingest import tasks
    from investdesk.ingest.models import Feed

    release = tmp_path / "release.txt"
    release.write_text(
        "Губернатор Югры провёл переговоры с делегацией компании из Китая о кварце.",
        encoding="utf-8",
    )
    feed = Feed.objects.create(url=str(release), title="Лента")
    tasks.poll_feed(feed)
    document = Document.objects.get()
    assert document.history.get().history_user.username == SYSTEM_USERNAME


def test_the_command_line_records_its_writes_as_the_system_user(monkeypatch, tmp_path):
    import sys

    from config import cli
    from investdesk.documents.models import Document

    release = tmp_path / "release.txt"
    release.write_text(
        "Губернатор Югры провёл переговоры с делегацией компании из Китая о кварце.",
        encoding="utf-8",
    )
    from django.core import management

    monkeypatch.setattr(sys, "argv", ["investdesk", "ingest", str(release), "--no-progress"])
    # Run the command in-process but without run_from_argv, which closes the database
    # connections (the test's transaction among them) when it ends.
    monkeypatch.setattr(
        management,
        "execute_from_command_line",
        lambda argv: management.call_command(*argv[1:], stdout=io.StringIO()),
    )
    cli.main()
    document = Document.objects.get()
    assert document.history.get().history_user.username == SYSTEM_USERNAME


def test_partner_access_grants_and_engagement_projects_are_in_the_history(make_user):
    from investdesk.engagements.services import engagement_record, engagement_update
    from investdesk.projects.services import project_create, project_share

    partner = make_user(Role.PARTNER)
    project = project_create(title="Кварц")
    other = project_create(title="Нефть")
    project_share(project=project, partners=[partner])
    latest = project.history.order_by("-history_id").first()
    assert [row.user_id for row in latest.shared_with.all()] == [partner.pk]
    project_share(project=project, partners=[])
    latest = project.history.order_by("-history_id").first()
    assert list(latest.shared_with.all()) == []
    engagement = engagement_record(
        kind="negotiations", title="Встреча", start_date=project.created_at.date()
    )
    engagement_update(
        engagement=engagement,
        changes={},
        expected_version=engagement.version,
        m2m={"projects": [project, other]},
    )
    latest = engagement.history.order_by("-history_id").first()
    assert sorted(row.project_id for row in latest.projects.all()) == sorted([project.pk, other.pk])


# --- password reset ----------------------------------------------------------------------------


def test_password_reset_mails_are_limited_per_address_and_client(make_user, settings):
    from django.core import mail
    from django.core.cache import cache

    cache.clear()
    make_user(Role.CURATOR, username="ivanova", email="ivanova@example.org")
    make_user(Role.CURATOR, username="petrov", email="petrov@example.org")
    per_email, per_client, _window = settings.PASSWORD_RESET_RATE
    client = Client(REMOTE_ADDR="203.0.113.5")
    answers = [
        client.post("/accounts/password_reset/", {"email": "ivanova@example.org"})
        for _ in range(per_email + 3)
    ]
    # Every request gets the same answer; only the first few send a link.
    assert {(a.status_code, a["Location"]) for a in answers} == {
        (302, "/accounts/password_reset/done/")
    }
    assert len(mail.outbox) == per_email
    # Another client asking for another colleague still gets a link ...
    Client(REMOTE_ADDR="198.51.100.7").post(
        "/accounts/password_reset/", {"email": "petrov@example.org"}
    )
    assert len(mail.outbox) == per_email + 1
    # ... but one client cannot go on asking for address after address.
    for n in range(per_client):
        client.post("/accounts/password_reset/", {"email": f"someone{n}@example.org"})
    client.post("/accounts/password_reset/", {"email": "petrov@example.org"})
    assert len(mail.outbox) == per_email + 1


def test_one_password_sprayed_over_many_usernames_blocks_that_address_only(make_user, settings):
    settings.LOGIN_CLIENT_FAILURE_LIMIT = 4
    make_user(Role.CURATOR, username="sidorova")
    sprayer = Client(REMOTE_ADDR="203.0.113.7", HTTP_ACCEPT_LANGUAGE="ru")
    # One wrong password per username: axes' limit per username and address is never met.
    answers = [_log_in(sprayer, f"user{n}", "Qwerty123456").status_code for n in range(4)]
    assert answers == [200] * 4
    # From that address even the right password of a real account is refused now, saying why.
    blocked = _log_in(sprayer, "sidorova", PASSWORD)
    assert blocked.status_code == 429
    assert "_auth_user_id" not in sprayer.session
    assert "с вашего адреса" in blocked.content.decode()
    assert "для разных учётных записей" in blocked.content.decode()
    # The user logs in from anywhere else; the failures were not hers.
    assert _log_in(Client(REMOTE_ADDR="198.51.100.9"), "sidorova", PASSWORD).status_code == 302


def test_a_few_failures_from_one_address_do_not_block_it(make_user, settings):
    settings.LOGIN_CLIENT_FAILURE_LIMIT = 4
    make_user(Role.CURATOR, username="sidorova")
    office = Client(REMOTE_ADDR="203.0.113.8")
    for n in range(3):
        _log_in(office, f"colleague{n}", "typo-password")
    assert _log_in(office, "sidorova", PASSWORD).status_code == 302
