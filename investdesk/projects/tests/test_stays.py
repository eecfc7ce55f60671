"""The stage-stay table stays equal to what the transitions say, whoever writes them."""

import datetime
import importlib
import statistics
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from investdesk.projects.models import Project, StageStay, StageTransition
from investdesk.projects.selectors import stage_stays
from investdesk.projects.services import project_advance_stage, project_create
from investdesk.projects.stays import stage_stays_refresh
from investdesk.reports.selectors import DashboardFilters, compute_dashboard

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
NOW = datetime.datetime(2025, 10, 1, 12, 0, tzinfo=UTC)


def at(month: int, day: int, hour: int = 12, microsecond: int = 0) -> datetime.datetime:
    return datetime.datetime(2025, month, day, hour, 0, 0, microsecond, tzinfo=UTC)


def from_transitions(now: datetime.datetime) -> dict[tuple[int, int], datetime.timedelta]:
    """(project, stage) → time spent, from scratch: the transitions through ``stage_stays``."""
    spent: dict[tuple[int, int], datetime.timedelta] = {}
    ordered = StageTransition.objects.order_by("project_id", "changed_at", "id")
    for transition, stay in stage_stays(ordered, now=now):
        key = (transition.project_id, transition.to_stage_id)
        spent[key] = spent.get(key, datetime.timedelta(0)) + stay
    return spent


def microseconds(value: int) -> datetime.timedelta:
    return datetime.timedelta(microseconds=value)


def from_table(now: datetime.datetime) -> dict[tuple[int, int], datetime.timedelta]:
    epoch = datetime.datetime(1970, 1, 1, tzinfo=UTC)
    return {
        (stay.project_id, stay.stage_id): microseconds(stay.closed_us)
        + (now - epoch - microseconds(stay.entered_us) if stay.entered_us else microseconds(0))
        for stay in StageStay.objects.all()
    }


def assert_derived_data_right(now: datetime.datetime = NOW) -> None:
    """The stays and the stages reached equal a computation from the transitions."""
    assert from_table(now) == from_transitions(now)
    reached: dict[int, int] = {}
    for project_id, stage_id in StageTransition.objects.values_list("project_id", "to_stage_id"):
        reached[project_id] = reached.get(project_id, 0) | (1 << stage_id)
    stored = dict(Project.objects.values_list("pk", "stages_reached"))
    assert stored == {pk: reached.get(pk, 0) for pk in stored}


def medians_from_scratch(now: datetime.datetime) -> dict[str, Decimal]:
    by_stage: dict[int, list[float]] = {}
    for (_project, stage), spent in from_transitions(now).items():
        by_stage.setdefault(stage, []).append(spent / datetime.timedelta(days=1))
    codes = dict(apps.get_model("projects", "PipelineStage").objects.values_list("pk", "code"))
    return {
        codes[stage]: Decimal(str(statistics.median(days))).quantize(Decimal("0.1"))
        for stage, days in by_stage.items()
    }


@pytest.fixture
def moved_projects():
    """Projects moved back and forth: a revisited stage, a backdated move, microseconds."""
    first = project_create(title="Кварц", created_at=at(1, 10, microsecond=250_000))
    project_advance_stage(
        project=first, to_stage="qualification", user=None, reason="a", at=at(2, 1)
    )
    project_advance_stage(project=first, to_stage="lead", user=None, reason="b", at=at(3, 5, 7))
    project_advance_stage(
        project=first, to_stage="negotiations", user=None, reason="c", at=at(4, 1, 3, 999_999)
    )
    second = project_create(title="Нефть", stage="qualification", created_at=at(5, 1))
    project_advance_stage(project=second, to_stage="declined", user=None, reason="d", at=at(8, 1))
    # Recorded late: a move dated before the project's last one (the stays follow the dates).
    project_advance_stage(project=second, to_stage="on_hold", user=None, reason="e", at=at(6, 1))
    third = project_create(title="Станки", created_at=at(9, 1))
    return first, second, third


def test_stage_service_keeps_the_stays_equal_to_the_transitions(moved_projects):
    first, second, third = moved_projects
    assert_derived_data_right()
    lead = first.transitions.get(from_stage=None).to_stage_id
    # Two stays in lead added up to the microsecond, nothing running.
    stay = StageStay.objects.get(project=first, stage_id=lead)
    assert microseconds(stay.closed_us) == (at(2, 1) - at(1, 10, microsecond=250_000)) + (
        at(4, 1, 3, 999_999) - at(3, 5, 7)
    )
    assert stay.entered_us is None
    third_stay = StageStay.objects.get(project=third)
    assert microseconds(third_stay.entered_us) == at(9, 1) - datetime.datetime(
        1970, 1, 1, tzinfo=UTC
    )
    assert StageStay.objects.filter(project=second).count() == 3


def test_dashboard_medians_equal_a_computation_from_scratch(moved_projects):
    data = compute_dashboard(DashboardFilters(), now=NOW)
    medians = {row["key"]: row["median_days"] for row in data.median_days if row["median_days"]}
    assert medians == medians_from_scratch(NOW)
    counts = {row["key"]: row["projects"] for row in data.median_days if row["projects"]}
    assert counts == {"lead": 2, "qualification": 2, "negotiations": 1, "on_hold": 1, "declined": 1}


def test_rebuild_command_and_data_migration_rebuild_the_table(moved_projects):
    StageStay.objects.all().delete()
    Project.objects.update(stages_reached=0)
    project_create(title="Без истории в таблице", created_at=at(9, 5))
    call_command("rebuild_stage_stays", verbosity=0)
    assert_derived_data_right()

    StageStay.objects.all().delete()
    migration = importlib.import_module("investdesk.projects.migrations.0008_fill_stage_stays")
    migration.fill(apps, SimpleNamespace(connection=connection))
    assert_derived_data_right()
    migration.empty(apps, SimpleNamespace(connection=connection))
    assert not StageStay.objects.exists()
    assert not Project.objects.exclude(stages_reached=0).exists()


def test_refresh_of_some_projects_leaves_the_others(moved_projects):
    first, second, _third = moved_projects
    StageStay.objects.filter(project=second).delete()
    before = set(StageStay.objects.filter(project=first).values_list("pk", flat=True))
    stage_stays_refresh(project_ids=[second.pk])
    assert_derived_data_right()
    assert set(StageStay.objects.filter(project=first).values_list("pk", flat=True)) == before


def test_generate_writes_the_stays():
    call_command("generate", "--scale", "0.02", "--no-progress", verbosity=0)
    assert StageStay.objects.exists()
    assert_derived_data_right()
