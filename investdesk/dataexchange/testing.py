"""Helpers for the API and data-exchange tests: small records and an authenticated client."""

import datetime
import itertools
from collections.abc import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from investdesk.agreements.services import ObligationSpec, agreement_create
from investdesk.documents.services import document_store
from investdesk.engagements.services import CommitmentSpec, engagement_record
from investdesk.organisations.services import organisation_create
from investdesk.people.services import person_create
from investdesk.projects.services import project_create
from investdesk.reference.models import Direction
from investdesk.sitecatalog.services import site_create
from investdesk.support.services import support_case_open
from investdesk.tasks.services import task_create

_counter = itertools.count(1)
TODAY = datetime.date(2026, 3, 2)


def client_for(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def make_organisation(**fields):
    n = next(_counter)
    fields.setdefault("name", f"Организация {n}")
    fields.setdefault("kind", "investor")
    return organisation_create(**fields)


def make_person(**fields):
    n = next(_counter)
    fields.setdefault("last_name", f"Иванов{n}")
    fields.setdefault("first_name", "Иван")
    return person_create(**fields)


def make_site(**fields):
    n = next(_counter)
    fields.setdefault("name", f"Площадка {n}")
    fields.setdefault("kind", "technopark")
    return site_create(**fields)


def make_project(**fields):
    n = next(_counter)
    fields.setdefault("title", f"Проект {n}")
    fields.setdefault("investors", [make_organisation()])
    fields.setdefault("directions", list(Direction.objects.all()[:2]))
    return project_create(**fields)


def make_engagement(**fields):
    n = next(_counter)
    fields.setdefault("kind", "negotiations")
    fields.setdefault("title", f"Встреча {n}")
    fields.setdefault("start_date", TODAY)
    fields.setdefault("directions", list(Direction.objects.all()[:2]))
    fields.setdefault("commitments", [CommitmentSpec(text="Проработать")])
    return engagement_record(**fields)


def make_agreement(**fields):
    n = next(_counter)
    fields.setdefault("kind", "memorandum")
    fields.setdefault("title", f"Соглашение {n}")
    fields.setdefault("signed_on", TODAY)
    fields.setdefault("parties", [make_organisation()])
    fields.setdefault("obligations", [ObligationSpec(text="Сделать", deadline=TODAY)])
    return agreement_create(**fields)


def make_support_case(**fields):
    fields.setdefault("organisation", make_organisation())
    fields.setdefault("subject", "Поддержка")
    fields.setdefault("applied_on", TODAY)
    return support_case_open(**fields)


def make_task(*, assignee, **fields):
    n = next(_counter)
    fields.setdefault("title", f"Поручение {n}")
    fields.setdefault("due_date", TODAY)
    return task_create(assignee=assignee, **fields)


def make_document(**fields):
    n = next(_counter)
    fields.setdefault("title", f"Документ {n}")
    fields.setdefault("text", f"Текст документа {n}")
    fields.setdefault("kind", "press_release")
    return document_store(**fields)[0]


def count_queries(call: Callable[[], object]) -> int:
    with CaptureQueriesContext(connection) as context:
        response = call()
    assert response.status_code == 200, response.content
    return len(context.captured_queries)


def assert_constant_queries(client: APIClient, url: str, make: Callable[[], object]) -> int:
    """Same number of queries for a page of 2 and a page of 20 rows; returns that number."""
    for _ in range(2):
        make()
    client.get(url)  # warm caches that do not depend on the data (permissions, content types)
    small = count_queries(lambda: client.get(url))
    assert client.get(url).data["count"] >= 2
    for _ in range(18):
        make()
    large = count_queries(lambda: client.get(url))
    assert client.get(url).data["count"] >= 20
    assert small == large, f"{small} queries for 2 rows, {large} for 20"
    return small


API_URLCONF = "config.urls"
