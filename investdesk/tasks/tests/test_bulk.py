"""Bulk actions on the task list, and the project filter as an autocomplete."""

import datetime

import pytest
from django.utils import timezone

from investdesk.projects.services import project_create
from investdesk.tasks.models import Task
from investdesk.tasks.services import task_create

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def curators(make_user):
    return make_user("curator", username="ivanova"), make_user("curator", username="petrov")


def make_tasks(owner, count: int) -> list[Task]:
    return [
        task_create(title=f"Задача {n}", assignee=owner, due_date=TODAY + datetime.timedelta(n))
        for n in range(count)
    ]


def test_reassign_ticked_tasks(client, curators):
    ivanova, petrov = curators
    tasks = make_tasks(ivanova, 3)
    client.force_login(ivanova)
    assert 'id="bulk-form"' in client.get("/tasks/").content.decode()
    response = client.post(
        "/tasks/bulk/",
        {
            "bulk-task": [tasks[0].pk, tasks[1].pk],
            "bulk-action": "reassign",
            "bulk-assignee": petrov.pk,
            "next": "/tasks/?mine=1",
        },
    )
    assert (response.status_code, response["Location"]) == (302, "/tasks/?mine=1")
    owners = dict(Task.objects.values_list("pk", "assignee__username"))
    assert owners == {tasks[0].pk: "petrov", tasks[1].pk: "petrov", tasks[2].pk: "ivanova"}
    assert Task.objects.get(pk=tasks[0].pk).version == 2  # through the service, versioned


def test_bulk_assignee_is_a_picker_that_lists_no_users(client, curators, make_user):
    ivanova, petrov = curators
    sidorova = make_user("curator", username="sidorova")
    type(sidorova).objects.filter(pk=sidorova.pk).update(is_active=False)
    make_tasks(ivanova, 1)
    client.force_login(ivanova)
    html = client.get("/tasks/").content.decode()
    bulk = html[html.index('id="bulk-form"') : html.index("</form>", html.index('id="bulk-form"'))]
    assert 'data-autocomplete-url="/autocomplete/active-users/"' in bulk
    assert "petrov" not in bulk and f'value="{petrov.pk}"' not in bulk
    found = client.get("/autocomplete/active-users/", {"q": "ov"}).json()["results"]
    assert {row["id"] for row in found} == {ivanova.pk, petrov.pk}  # not the inactive one


def test_set_status_of_ticked_tasks(client, curators):
    ivanova, _petrov = curators
    tasks = make_tasks(ivanova, 3)
    client.force_login(ivanova)
    client.post(
        "/tasks/bulk/",
        {"bulk-task": [t.pk for t in tasks[:2]], "bulk-action": "status", "bulk-status": "done"},
    )
    statuses = dict(Task.objects.values_list("pk", "status"))
    assert statuses == {tasks[0].pk: "done", tasks[1].pk: "done", tasks[2].pk: "open"}
    assert Task.objects.get(pk=tasks[0].pk).completed_at is not None


def test_bulk_errors_name_the_field_and_change_nothing(client, curators):
    ivanova, _petrov = curators
    tasks = make_tasks(ivanova, 2)
    client.force_login(ivanova)
    response = client.post(
        "/tasks/bulk/",
        {"bulk-task": [tasks[0].pk], "bulk-action": "reassign"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "New assignee: Choose who takes the tasks over." in response.content.decode()
    response = client.post(
        "/tasks/bulk/",
        {"bulk-action": "status", "bulk-status": "done"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "Tasks: Tick the tasks to change." in response.content.decode()
    assert set(Task.objects.values_list("status", flat=True)) == {"open"}
    assert set(Task.objects.values_list("assignee", flat=True)) == {ivanova.pk}


def test_leadership_cannot_bulk_change(client, curators, make_user):
    tasks = make_tasks(curators[0], 1)
    client.force_login(make_user("leadership"))
    response = client.post(
        "/tasks/bulk/", {"bulk-task": [tasks[0].pk], "bulk-action": "status", "bulk-status": "done"}
    )
    assert response.status_code == 403
    assert Task.objects.get().status == "open"


def test_project_filter_renders_only_the_chosen_project(client, curators):
    projects = [project_create(title=f"Проект номер {n}") for n in range(30)]
    client.force_login(curators[0])
    html = client.get("/tasks/").content.decode()
    assert "Проект номер" not in html
    html = client.get("/tasks/", {"project": projects[7].pk}).content.decode()
    assert html.count("Проект номер") == 1
    assert f'<option value="{projects[7].pk}" selected>Проект номер 7</option>' in html
    found = client.get("/autocomplete/projects/", {"q": "номер 2"}).json()["results"]
    texts = {row["text"] for row in found}
    assert "Проект номер 2" in texts and "Проект номер 3" not in texts and len(texts) == 11
