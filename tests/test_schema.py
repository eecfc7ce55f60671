"""Schemathesis over the whole API schema: no 5xx answer, every answer matches the schema."""

import os

import pytest
import schemathesis
from django.core.files.base import ContentFile
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from investdesk.attachments.services import attachment_upload
from investdesk.core.tests.helpers import API_URLCONF
from investdesk.engagements.tests.factories import make_engagement
from investdesk.projects.tests.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]

# Small enough for the whole schema to run in about half a minute on SQLite.
MAX_EXAMPLES = int(os.environ.get("SCHEMA_MAX_EXAMPLES", "3"))


def _fuzz(operation, headers: dict[str, str]):
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def run(case):
        case.call_and_validate(
            headers=headers,
            checks=[not_a_server_error, status_code_conformance, response_schema_conformance],
        )

    return run


@pytest.fixture
def keep_connection():
    """Like Django's test client: a request must not close the test transaction's connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_every_operation_conforms_to_the_schema(make_user, keep_connection):
    admin = make_user("admin", username="schema-admin")
    headers = {"Authorization": f"Token {Token.objects.create(user=admin).key}"}
    # A few records so that detail endpoints and filters meet real rows, not only 404s.
    engagement = make_engagement(projects=[make_project()])
    attachment_upload(
        target=engagement, upload=ContentFile(b"%PDF-1.4\n%%EOF\n"), name="memo.pdf", user=admin
    )
    schema = schemathesis.openapi.from_wsgi(
        "/api/v1/schema/", get_wsgi_application(), headers=headers
    )
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        try:
            _fuzz(operation, headers)()
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect every failure
            failures.append(f"{operation.label}: {exc}"[:2000])
    assert operations >= 90
    assert not failures, "\n\n".join(failures)


def test_swagger_ui_is_served_without_a_cdn(make_user):
    from rest_framework.test import APIClient

    client = APIClient()
    assert client.get("/api/docs/").status_code in (401, 403)
    client.force_authenticate(make_user("curator"))
    page = client.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower()
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    assert "/api/v1/projects/{id}/move/" in schema.json()["paths"]
