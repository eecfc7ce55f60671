"""The home page: its lists are the same as read without limits, in a fixed number of queries."""

import datetime

import pytest
from django.utils import timezone

from investdesk.engagements.models import Engagement
from investdesk.engagements.services import engagement_record
from investdesk.tasks.models import Task
from investdesk.tasks.services import task_create

pytestmark = pytest.mark.django_db

# Session, user, roles and permissions (one query), notifications (4); tasks; projects and
# (when there are some) their participants; the longest engagement, those running, those to
# come.
HOME_QUERIES = 10


def _engagements(today: datetime.date, count: int) -> None:
    for index in range(count):
        start = today + datetime.timedelta(days=index % 7 - 3)
        engagement_record(
            kind="negotiations",
            title=f"Встреча {index:02d}",
            start_date=start,
            end_date=start + datetime.timedelta(days=index % 3),
            status="cancelled" if index % 5 == 4 else "planned",
        )


@pytest.mark.parametrize("count", [3, 30])
def test_home_lists_as_read_without_limits_in_fixed_queries(
    client, make_user, django_assert_max_num_queries, count
):
    user = make_user("curator")
    today = timezone.localdate()
    _engagements(today, count)
    for index in range(count):
        task_create(
            title=f"Дело {index:02d}",
            assignee=user,
            due_date=today + datetime.timedelta(days=(index * 7) % 11 - 5),
        )
    client.force_login(user)
    with django_assert_max_num_queries(HOME_QUERIES):
        response = client.get("/")
    assert response.status_code == 200
    tasks = [t.title for t in Task.objects.filter(assignee=user).order_by("due_date", "id")]
    assert [t.title for t in response.context["tasks"]] == tasks[:20]
    overdue = Task.objects.filter(assignee=user, due_date__lt=today).order_by("due_date", "id")
    assert response.context["overdue_count"] == min(overdue.count(), 20)  # of those shown
    upcoming = [
        e.title
        for e in Engagement.objects.filter(end_date__gte=today)
        .exclude(status="cancelled")
        .order_by("start_date", "id")
    ]
    assert upcoming  # some started before today and still run
    assert [e.title for e in response.context["engagements"]] == upcoming[:20]


def test_home_without_engagements(client, make_user):
    client.force_login(make_user("curator"))
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["engagements"] == []
