import pytest

from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for, rows_of
from investdesk.projects.tests.factories import make_project
from investdesk.tasks.models import Task
from investdesk.tasks.tests.factories import make_task

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/tasks/"


def test_partner_sees_tasks_of_shared_projects_only(make_user):
    partner = make_user("partner")
    curator = make_user("curator")
    project = make_project()
    project.shared_with.add(partner)
    make_task(assignee=curator, title="Видно", project=project)
    make_task(assignee=curator, title="Скрыто")
    client = client_for(partner)
    assert [t["title"] for t in client.get(URL).data["results"]] == ["Видно"]
    assert (
        client.post(
            URL, {"title": "X", "assignee": curator.pk, "due_date": "2026-01-01"}, format="json"
        ).status_code
        == 403
    )


def test_create_update_done(make_user):
    curator = make_user("curator")
    client = client_for(curator)
    response = client.post(
        URL,
        {"title": "Проработать кварц", "assignee": curator.pk, "due_date": "2026-04-01"},
        format="json",
    )
    assert response.status_code == 201, response.data
    task = Task.objects.get(pk=response.data["id"])
    assert task.created_by == curator
    done = client.patch(f"{URL}{task.pk}/", {"status": "done", "version": 1}, format="json")
    assert done.status_code == 200
    assert done.data["completed_at"] is not None
    assert (
        client.patch(
            f"{URL}{task.pk}/", {"status": "open", "version": 1}, format="json"
        ).status_code
        == 409
    )


def test_missing_assignee_names_the_field(make_user):
    response = client_for(make_user("curator")).post(
        URL, {"title": "X", "due_date": "2026-01-01"}, format="json"
    )
    assert response.status_code == 400
    assert list(response.data) == ["assignee"]


def test_filters_and_queries(make_user):
    curator = make_user("curator")
    client = client_for(curator)
    make_task(assignee=curator, title="A", priority="high")
    make_task(assignee=curator, title="B", status="cancelled")
    assert [t["title"] for t in client.get(URL, {"priority": "high"}).data["results"]] == ["A"]
    assert [t["title"] for t in client.get(URL, {"overdue": "true"}).data["results"]] == ["A"]
    assert_constant_queries(client, URL, rows_of(lambda: make_task(assignee=curator)))
