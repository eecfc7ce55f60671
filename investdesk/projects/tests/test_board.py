"""The board filtered by direction against the same columns computed one project at a time."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from investdesk.projects import selectors
from investdesk.projects.models import PipelineStage, Project
from investdesk.projects.services import project_archive, project_create
from investdesk.reference.models import Direction

pytestmark = pytest.mark.django_db

CAP = 3


@pytest.fixture
def world(make_user):
    """Projects over four stages in every mix of two directions, some archived, some with
    the same ``updated_at`` (the id decides), some shared with a partner."""
    partner = make_user("partner", username="partner")
    quartz = Direction.objects.get(code="quartz")
    oil = Direction.objects.get(code="oil_refining")
    other = Direction.objects.get(code="timber")
    mixes = [[quartz], [oil], [quartz, oil], [other], []]
    stages = ["lead", "negotiations", "site_visit", "agreement"]
    base = timezone.now() - datetime.timedelta(days=30)
    for n in range(44):
        project = project_create(
            title=f"Проект {n}",
            stage=stages[n % len(stages)],
            directions=mixes[n % len(mixes)],
            shared_with=[partner] if n % 3 == 0 else [],
        )
        if n % 7 == 6:
            project_archive(project=project)
        # Every third project shares its time with the one before: the id breaks the tie.
        Project.objects.filter(pk=project.pk).update(
            updated_at=base + datetime.timedelta(hours=n - (n % 3 == 2))
        )
    return {
        "partner": partner,
        "leader": make_user("leadership", username="leader"),
        "quartz": quartz,
        "oil": oil,
    }


def expected_columns(user, direction_ids: set[int]) -> list[tuple[str, int, list[int]]]:
    """Each stage's total and newest ``CAP`` cards, read one project at a time."""
    shared = set(user.shared_projects.values_list("pk", flat=True))
    sees_all = not user.has_role("partner")
    matching = [
        project
        for project in Project.objects.all()
        if not project.is_archived
        and (sees_all or project.pk in shared)
        and direction_ids & {d.pk for d in project.directions.all()}
    ]
    columns = []
    for stage in PipelineStage.objects.all():
        here = sorted(
            (p for p in matching if p.stage_id == stage.pk),
            key=lambda p: (p.updated_at, p.pk),
            reverse=True,
        )
        columns.append((stage.code, len(here), [p.pk for p in here[:CAP]]))
    return columns


@pytest.mark.parametrize("who", ["leader", "partner"])
@pytest.mark.parametrize("chosen", [["quartz"], ["quartz", "oil"]])
def test_board_by_direction_matches_the_projects_counted_one_by_one(
    world, who, chosen, monkeypatch
):
    monkeypatch.setattr(selectors, "BOARD_COLUMN_CAP", CAP)
    user = world[who]
    client = Client()
    client.force_login(user)
    ids = [world[name].pk for name in chosen]
    response = client.get("/projects/board/", {"directions": ids})
    assert response.status_code == 200
    shown = [
        (column["stage"].code, column["total"], [card.pk for card in column["cards"]])
        for column in response.context["columns"]
    ]
    expected = expected_columns(user, set(ids))
    assert shown == expected
    assert sum(total for _, total, _ in expected) > 1
    if who == "leader":  # the cap was needed
        assert any(total > CAP for _, total, _ in expected)
    content = response.content.decode()
    for _, _, cards in expected:
        for pk in cards:
            assert f'href="/projects/{pk}/"' in content


def test_board_by_direction_keeps_its_queries_with_more_projects(world):
    client = Client()
    client.force_login(world["leader"])
    url = f"/projects/board/?directions={world['quartz'].pk}"
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for n in range(30):
        project_create(title=f"Ещё {n}", stage="support", directions=[world["quartz"]])
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)
