import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from investdesk.engagements.services import CommitmentSpec, engagement_record
from investdesk.home.timeline import timeline_for
from investdesk.organisations.services import organisation_create, organisation_update
from investdesk.projects.services import project_advance_stage, project_create
from investdesk.tasks.services import task_create

pytestmark = pytest.mark.django_db


def _story(user, org, i: int) -> None:
    project = project_create(title=f"Проект {i}", investors=[org])
    project_advance_stage(
        project=project, to_stage="qualification", user=user, reason=f"Причина {i}"
    )
    engagement_record(
        kind="negotiations",
        title=f"Встреча {i}",
        start_date=datetime.date(2025, 1, 1 + i),
        organisations=[org],
        projects=[project],
        commitments=[CommitmentSpec(text=f"Обещание {i}")],
    )
    task_create(
        title=f"Задача {i}", assignee=user, due_date=datetime.date(2026, 1, 1), organisation=org
    )


@pytest.mark.usefixtures("english")
def test_organisation_timeline_newest_first_with_every_kind(make_user):
    user = make_user("curator")
    org = organisation_create(name="ZE", kind="investor")
    _story(user, org, 1)
    organisation_update(organisation=org, changes={"website": "https://ze.cn", "short_name": "Z"})
    events = timeline_for(org)
    kinds = {e.kind for e in events}
    assert kinds == {"engagement", "stage", "task", "commitment", "edit", "created"}
    assert [e.when for e in events] == sorted((e.when for e in events), reverse=True)
    edit = next(e for e in events if e.kind == "edit")
    assert "website" in edit.title and "short name" in edit.title
    stage = next(e for e in events if e.kind == "stage")
    assert stage.detail == "Причина 1"


def test_timeline_query_count_is_constant(make_user):
    user = make_user("curator")
    org = organisation_create(name="ZE", kind="investor")
    _story(user, org, 1)
    with CaptureQueriesContext(connection) as few:
        small = timeline_for(org)
    for i in range(2, 12):
        _story(user, org, i)
    with CaptureQueriesContext(connection) as many:
        big = timeline_for(org)
    assert len(big) > len(small)
    assert len(many) == len(few)


def test_detail_pages_timelines_from_what_the_page_read_equal_the_ones_read_anew(make_user):
    """The project and engagement pages hand their timelines the rows they read with the
    record: the events are the same as read from the record alone."""
    from investdesk.engagements.models import Engagement
    from investdesk.engagements.selectors import engagement_story
    from investdesk.projects.models import Project
    from investdesk.projects.selectors import project_detail

    user = make_user("curator")
    org = organisation_create(name="ZE", kind="investor")
    for i in range(1, 4):
        _story(user, org, i)
    project = Project.objects.order_by("pk").first()
    for i in range(4, 7):
        engagement_record(
            kind="negotiations",
            title=f"Ещё {i}",
            start_date=datetime.date(2025, 1, 1),  # the same day: the id orders them
            projects=[project],
            commitments=[CommitmentSpec(text=f"Обещание {i}"), CommitmentSpec(text=f"И {i}")],
        )
        task_create(
            title=f"Задача {i}", assignee=user, due_date=datetime.date(2026, 1, i), project=project
        )
    project_advance_stage(project=project, to_stage="negotiations", user=user, reason="Дальше")
    read = project_detail(pk=project.pk, user=user)
    assert read.engagement_list and read.task_list and read.ordered_transitions
    with CaptureQueriesContext(connection) as fewer:
        from_page = timeline_for(read, user=user)
    with CaptureQueriesContext(connection) as anew:
        assert from_page == timeline_for(Project.objects.get(pk=project.pk), user=user)
    assert len(fewer) < len(anew)
    assert {"engagement", "stage", "task", "commitment"} <= {e.kind for e in from_page}

    engagement = Engagement.objects.filter(projects=project).order_by("-pk").first()
    read = engagement_story(pk=engagement.pk, user=user)
    assert read.commitment_list
    assert timeline_for(read, user=user) == timeline_for(
        Engagement.objects.get(pk=engagement.pk), user=user
    )
