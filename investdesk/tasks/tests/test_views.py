import datetime

import pytest
from django.utils import timezone

from investdesk.core.tests.helpers import assert_constant_queries
from investdesk.projects.services import project_create
from investdesk.tasks.models import Task
from investdesk.tasks.services import task_create, task_update

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def late(curator):
    return task_create(
        title="Проработать кварц", assignee=curator, due_date=TODAY - datetime.timedelta(days=3)
    )


def test_list_marks_overdue_and_filters_mine(client, curator, make_user, late):
    other = make_user("curator")
    task_create(title="Чужая задача", assignee=other, due_date=TODAY + datetime.timedelta(days=3))
    client.force_login(curator)
    response = client.get("/tasks/")
    html = response.content.decode()
    assert f'<tr id="task-{late.pk}" class="overdue">' in html
    assert response.context["total_count"] == 2
    response = client.get("/tasks/?mine=1")
    assert [t.title for t in response.context["object_list"]] == ["Проработать кварц"]
    response = client.get("/tasks/?overdue=true")
    assert [t.title for t in response.context["object_list"]] == ["Проработать кварц"]


def test_status_change_via_htmx(client, curator, late):
    client.force_login(curator)
    response = client.post(
        f"/tasks/{late.pk}/status/",
        {"status": "done", "version": late.version},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    late.refresh_from_db()
    assert late.status == "done"
    assert late.completed_at is not None
    html = response.content.decode()
    assert f'id="task-{late.pk}"' in html
    assert "overdue" not in html.split(">")[0]  # the row is no longer marked


def test_status_change_conflict_keeps_their_status(client, curator, late):
    client.force_login(curator)
    task_update(task=late, changes={"status": "in_progress"}, expected_version=1)
    response = client.post(
        f"/tasks/{late.pk}/status/",
        {"status": "cancelled", "version": 1},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    late.refresh_from_db()
    assert late.status == "in_progress"
    assert 'role="alert"' in response.content.decode()


def test_leadership_and_partner_cannot_change_status(client, make_user, late):
    for role in ("leadership", "partner"):
        client.force_login(make_user(role))
        response = client.post(f"/tasks/{late.pk}/status/", {"status": "done", "version": 1})
        assert response.status_code == 403
    late.refresh_from_db()
    assert late.status == "open"


def test_partner_sees_only_tasks_of_shared_projects(client, make_user, curator, late):
    partner = make_user("partner")
    shared = project_create(title="Общий проект")
    shared.shared_with.add(partner)
    hidden = project_create(title="Секретный проект")
    mine = task_create(title="По общему проекту", assignee=curator, due_date=TODAY, project=shared)
    secret = task_create(title="По секретному", assignee=curator, due_date=TODAY, project=hidden)
    client.force_login(partner)
    response = client.get("/tasks/")
    assert [t.title for t in response.context["object_list"]] == ["По общему проекту"]
    assert "Секретный проект" not in response.content.decode()  # not even in the filter
    assert client.get(f"/tasks/{mine.pk}/").status_code == 200
    assert client.get(f"/tasks/{secret.pk}/").status_code == 404
    assert client.get(f"/tasks/{late.pk}/").status_code == 404


def test_create_and_validation(client, curator):
    client.force_login(curator)
    response = client.post("/tasks/new/", {"title": "", "due_date": "31.02.2026"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["title"] == ["Обязательное поле."]
    assert errors["due_date"] == ["Введите правильную дату."]
    assert not Task.objects.exists()
    response = client.post(
        "/tasks/new/",
        {
            "title": "Подготовить письмо",
            "assignee": curator.pk,
            "due_date": "2026-03-01",
            "status": "open",
            "priority": "high",
            "source": "instruction",
            "remind_days_before": "3",
        },
    )
    task = Task.objects.get()
    assert response.status_code == 302
    assert (task.title, task.created_by, task.priority) == ("Подготовить письмо", curator, "high")


def test_edit_conflict(client, curator, late):
    client.force_login(curator)
    task_update(task=late, changes={"title": "Кварц: детально"}, expected_version=1)
    response = client.post(
        f"/tasks/{late.pk}/edit/",
        {
            "title": "Кварц",
            "assignee": curator.pk,
            "due_date": "2026-03-01",
            "status": "open",
            "priority": "normal",
            "source": "other",
            "remind_days_before": "3",
            "version": 1,
        },
    )
    assert response.status_code == 409
    late.refresh_from_db()
    assert late.title == "Кварц: детально"


def test_query_counts(client, curator, late, django_assert_num_queries):
    client.force_login(curator)
    counter = iter(range(1000))

    def add(n: int) -> None:
        for _ in range(n):
            i = next(counter)
            project = project_create(title=f"Проект {i}")
            task_create(title=f"Задача {i}", assignee=curator, due_date=TODAY, project=project)

    assert_constant_queries(client, "/tasks/", add)
    assert_constant_queries(client, f"/tasks/{late.pk}/", add)


def test_a_reminder_more_than_a_year_ahead_is_refused_and_the_reminders_still_run(client, curator):
    from django.core.management import call_command

    client.force_login(curator)
    data = {
        "title": "Подготовить письмо",
        "assignee": curator.pk,
        "due_date": (TODAY + datetime.timedelta(days=10)).isoformat(),
        "status": "open",
        "priority": "normal",
        "source": "instruction",
        "remind_days_before": "2000000000",
    }
    response = client.post("/tasks/new/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["remind_days_before"]
    assert "Подготовить письмо" in response.content.decode()  # the form keeps what was typed
    assert not Task.objects.exists()
    response = client.post("/tasks/new/", {**data, "remind_days_before": "366"})
    assert response.status_code == 302
    call_command("notify", verbosity=0)  # the reminder scan runs over the stored task
