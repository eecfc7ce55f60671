import subprocess
import sys

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models import F

from investdesk.accounts.models import User
from investdesk.demodata.founding import ZE_NAME
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation
from investdesk.projects.models import PipelineStage, Project, StageTransition
from investdesk.search.services import search
from investdesk.tasks.models import Task

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "contenttypes", "admin"}
    }


def test_demo_tells_the_founding_story_and_loads_once(settings):
    settings.DEBUG = True  # as under config.settings.local (`make run`)
    call_command("demo", verbosity=0)
    first = _counts()
    call_command("demo", verbosity=0)
    assert _counts() == first

    visit = Engagement.objects.get(title__contains="ZE Optoelectronic", parent__isnull=True)
    assert visit.kind == "delegation_visit" and visit.duration_days == 2
    assert sorted(visit.sites.values_list("name", flat=True)) == [
        "ОЭЗ «Нягань»",
        "Полярный кварц",
        "Технопарк «Импульс»",
    ]
    assert set(visit.directions.values_list("code", flat=True)) == {
        "quartz",
        "oil_refining",
        "machine_building",
        "export_promotion",
    }
    roles = {
        (p.role, p.person.last_name if p.person else p.role_label) for p in visit.participants.all()
    }
    assert roles == {
        ("host", "Огородникова"),
        ("accompanying", "Захаров"),
        ("guest", "основатель"),
        ("guest", "руководство"),
    }
    assert visit.venue_organisation.name == "Фонд развития Югры"
    commitment = visit.commitments.get()
    assert commitment.person.last_name == "Огородникова"
    assert Task.objects.filter(commitment=commitment).count() == 4
    project = visit.projects.get()
    assert project.stage.code == "negotiations"
    assert project.organisations.filter(name=ZE_NAME).exists()
    assert visit.parts.count() == 4

    # The portfolio: projects in every stage, overdue tasks, two years of engagements.
    assert set(Project.objects.values_list("stage__code", flat=True)) == set(
        PipelineStage.objects.values_list("code", flat=True)
    )
    assert Task.objects.overdue().exists()
    assert Engagement.objects.count() >= 30


def test_if_empty_skips_a_database_with_data(settings):
    settings.DEBUG = True
    from investdesk.organisations.services import organisation_create

    organisation_create(name="Своя организация", kind="investor")
    call_command("demo", "--if-empty", verbosity=0)
    assert not Engagement.objects.exists()


def test_demo_refuses_to_run_when_debug_is_off(settings):
    from django.core.management import CommandError

    from investdesk.accounts.models import User

    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo", verbosity=0)
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo", "--if-empty", verbosity=0)
    assert not User.objects.filter(username="demo").exists()


def test_generate_is_internally_consistent():
    call_command("generate", "--scale", "0.02", "--no-progress", verbosity=0)
    assert Project.objects.count() == 20
    assert Engagement.objects.count() == 200
    assert Task.objects.count() == 100
    for project in Project.objects.all():
        last = (
            StageTransition.objects.filter(project=project).order_by("-changed_at", "-id").first()
        )
        assert last.to_stage_id == project.stage_id
    assert not Engagement.objects.filter(end_date__lt=F("start_date")).exists()


def test_console_script_runs_management_commands():
    result = subprocess.run(
        [sys.executable, "-m", "config.cli", "help", "demo"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "--if-empty" in result.stdout


@pytest.mark.parametrize("query", ["泽光电科技", "Цзэ Оптоэлектроник", "ZE Optoelectronic"])
def test_demo_investor_is_found_and_shown_in_every_script(settings, client, query):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    ze = Organisation.objects.get(name=ZE_NAME)
    leader = User.objects.get(username="leader")
    groups = {
        kind: [e.object_id for e in rows] for kind, _, rows in search(query, user=leader).groups
    }
    assert ze.pk in groups.get("organisation", [])

    client.force_login(leader)
    page = client.get(ze.get_absolute_url()).content.decode()
    assert "泽光电科技有限公司" in page and "Цзэ Оптоэлектроник" in page
    # the Chinese alias is marked so the bundled Chinese font draws it, bold badge included
    assert 'lang="zh">泽光电科技有限公司</span>' in page
    assert "vendor/noto-sans-sc/noto-sans-sc.css" in page
    assert "css/fonts.css" in page
