"""Fixtures shared by every app's tests."""

import importlib

import pytest


@pytest.fixture
def roles(db):
    from investdesk.accounts.services import roles_sync

    roles_sync()


@pytest.fixture
def make_user(db):
    from investdesk.accounts.services import user_create

    counter = {"n": 0}

    def _make(*roles: str, username: str | None = None, **fields):
        counter["n"] += 1
        return user_create(
            username=username or f"user{counter['n']}",
            password="pass-12345",
            roles=list(roles),
            **fields,
        )

    return _make


@pytest.fixture
def english():
    """Run a test in English, for tests that assert the exact source message."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request sent with another language
    (LocaleMiddleware activates it for the thread) must not leak into the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def curator(make_user):
    """A curator (username ``curator``); a test module may define its own."""
    return make_user("curator", username="curator")


@pytest.fixture(autouse=True)
def _warm_content_type_cache(request):
    """Django caches each content type per process after its first lookup, and the notes
    and attachments panels look theirs up. A query-count test whose baseline is the first
    request of the process would count one query more than the requests after it; every
    database test therefore starts with the cache full."""
    if "_django_db_helper" not in request.fixturenames and not request.node.get_closest_marker(
        "django_db"
    ):
        return
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    request.getfixturevalue("_django_db_helper")
    ContentType.objects.get_for_models(*apps.get_models())


@pytest.fixture
def reference_data(transactional_db) -> None:
    """Stages, directions and municipalities come from data migrations; a transactional
    test that ran earlier may have flushed them, so load them again when missing."""
    from django.apps import apps

    from investdesk.projects.models import PipelineStage
    from investdesk.reference.models import Direction

    if not Direction.objects.exists():
        importlib.import_module(
            "investdesk.reference.migrations.0002_load_directions_and_municipalities"
        ).load(apps, None)
    if not PipelineStage.objects.exists():
        importlib.import_module("investdesk.projects.migrations.0002_load_pipeline_stages").load(
            apps, None
        )
