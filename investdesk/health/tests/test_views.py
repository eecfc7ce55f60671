import pytest
from django.db.migrations.recorder import MigrationRecorder
from django.test import override_settings

from investdesk.health import checks

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # Port 1 on the loopback interface: nothing listens there, the connection is refused.
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


@pytest.mark.django_db
def test_healthz_answers_without_a_login_and_without_the_database(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_refuses_writes(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_readyz_reports_every_dependency(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "migrations": "ok", "cache": "ok", "queue": "ok"},
    }


@pytest.mark.django_db
def test_readyz_names_the_cache_when_it_cannot_be_reached(client):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["failed"] == ["cache"]
    assert body["checks"]["cache"] == "failed: ConnectionError"
    assert body["checks"]["database"] == "ok"
    # The answer names the failure, not the address or the message.
    assert "127.0.0.1" not in response.content.decode()


@pytest.mark.django_db
def test_readyz_names_migrations_the_database_lacks(client, monkeypatch):
    monkeypatch.setattr(checks, "_migrations_applied", False)
    # The database forgets it applied the newest migration of one app.
    MigrationRecorder.Migration.objects.filter(app="accounts").order_by("-id").first().delete()

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["failed"] == ["migrations"]
    assert response.json()["checks"]["migrations"] == "failed: MigrationsPendingError"


@pytest.mark.django_db
def test_readyz_checks_migrations_again_until_they_are_applied(monkeypatch):
    monkeypatch.setattr(checks, "_migrations_applied", False)
    recorded = MigrationRecorder.Migration.objects.filter(app="accounts").order_by("-id").first()
    recorded.delete()
    assert checks.readiness()["migrations"] == "failed: MigrationsPendingError"

    MigrationRecorder.Migration.objects.create(app=recorded.app, name=recorded.name)

    assert checks.readiness()["migrations"] == "ok"
    assert checks._migrations_applied is True
