"""The stored lead investor stays equal to what the participants say, whoever writes them."""

import importlib
from types import SimpleNamespace

import pytest
import tablib
from django.apps import apps
from django.contrib import admin
from django.core.management import call_command
from django.db import connection
from django.db.models import ProtectedError

from investdesk.dataexchange.duplicates import organisation_merge
from investdesk.dataexchange.tabular import import_dataset
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create, organisation_update
from investdesk.projects.admin import ProjectAdmin
from investdesk.projects.choices import ParticipantRole
from investdesk.projects.leads import lead_investors_refresh
from investdesk.projects.models import Project, ProjectParticipant
from investdesk.projects.services import (
    project_add_participant,
    project_create,
    project_set_participants,
)
from investdesk.reports.selectors import DashboardFilters, compute_dashboard

pytestmark = pytest.mark.django_db

INVESTOR, CO_INVESTOR, PARTNER = (
    ParticipantRole.INVESTOR,
    ParticipantRole.CO_INVESTOR,
    ParticipantRole.PARTNER,
)


def leads_from_scratch() -> dict[int, int | None]:
    """project → its first recorded investor, else first co-investor, else None."""
    leads: dict[int, int | None] = dict.fromkeys(Project.objects.values_list("pk", flat=True))
    ranked = sorted(
        ProjectParticipant.objects.filter(role__in=(INVESTOR, CO_INVESTOR)).values_list(
            "project_id", "role", "pk", "organisation_id"
        ),
        key=lambda row: (row[0], row[1] != INVESTOR, row[2]),
    )
    for project_id, _role, _pk, organisation_id in reversed(ranked):
        leads[project_id] = organisation_id
    return leads


def assert_leads_right() -> None:
    assert dict(Project.objects.values_list("pk", "lead_investor_id")) == leads_from_scratch()


def countries_from_scratch() -> dict[str, int]:
    counts: dict[str, int] = {}
    country_of = dict(Organisation.objects.values_list("pk", "country"))
    archived = set(Project.objects.filter(is_archived=True).values_list("pk", flat=True))
    for project_id, lead in leads_from_scratch().items():
        if project_id not in archived:
            key = country_of[lead] if lead else None
            counts[key] = counts.get(key, 0) + 1
    return counts


def dashboard_countries() -> dict[str, int]:
    return {row["key"]: row["count"] for row in compute_dashboard(DashboardFilters()).by_country}


@pytest.fixture
def parties():
    china = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    germany = organisation_create(name="Kraft GmbH", kind="investor", country="DE")
    russia = organisation_create(name="Полярный кварц", kind="investor", country="RU")
    return SimpleNamespace(china=china, germany=germany, russia=russia)


def test_participant_services_keep_the_lead_investor(parties):
    first = project_create(
        title="Кварц", investors=[parties.china, parties.germany], partners=[parties.russia]
    )
    partner_only = project_create(title="Партнёрство", partners=[parties.germany])
    nobody = project_create(title="Без участников")
    assert_leads_right()
    assert Project.objects.get(pk=first.pk).lead_investor_id == parties.china.pk
    assert Project.objects.get(pk=partner_only.pk).lead_investor_id is None
    assert Project.objects.get(pk=nobody.pk).lead_investor_id is None

    # A co-investor leads only a project without an investor.
    project_add_participant(project=nobody, organisation=parties.russia, role=CO_INVESTOR)
    project_add_participant(project=nobody, organisation=parties.germany, role=INVESTOR)
    assert Project.objects.get(pk=nobody.pk).lead_investor_id == parties.germany.pk
    assert_leads_right()

    # Removal of the lead, then a change of role (the service replaces the row).
    project_set_participants(
        project=first, participants=[(parties.germany, INVESTOR), (parties.russia, PARTNER)]
    )
    assert Project.objects.get(pk=first.pk).lead_investor_id == parties.germany.pk
    project_set_participants(
        project=first,
        participants=[(parties.germany, PARTNER), (parties.china, CO_INVESTOR)],
    )
    assert Project.objects.get(pk=first.pk).lead_investor_id == parties.china.pk
    project_set_participants(project=first, participants=[])
    assert Project.objects.get(pk=first.pk).lead_investor_id is None
    assert_leads_right()
    assert dashboard_countries() == countries_from_scratch()


def test_country_change_merge_and_deletion(parties):
    project_create(title="Кварц", investors=[parties.china])
    both = project_create(title="Оптика", investors=[parties.china, parties.germany])
    project_create(title="Станки", investors=[parties.germany, parties.russia])
    assert dashboard_countries() == {"CN": 2, "DE": 1}

    # The country is read through the organisation: nothing to recompute.
    organisation_update(organisation=parties.germany, changes={"country": "AT"})
    assert dashboard_countries() == countries_from_scratch() == {"CN": 2, "AT": 1}

    # China merged into Russia: the shared project keeps one row per role, its lead moves.
    organisation_merge(keep=parties.russia, merge=parties.china)
    assert_leads_right()
    assert Project.objects.get(pk=both.pk).lead_investor_id == parties.russia.pk
    assert dashboard_countries() == countries_from_scratch() == {"RU": 2, "AT": 1}

    # Deleting an organisation that leads a project would leave the column wrong: refused.
    with pytest.raises(ProtectedError):
        Organisation.objects.get(pk=parties.germany.pk).delete()


def test_import_adds_investors_through_the_services(parties):
    data = tablib.Dataset(
        ["Импорт", "ZE Optoelectronic; Kraft GmbH"], headers=["Название", "Инвесторы"]
    )
    assert import_dataset("projects", data).created == 1
    existing = project_create(title="Есть", partners=[parties.china])
    data = tablib.Dataset(["Есть", "Полярный кварц"], headers=["Название", "Инвесторы"])
    assert import_dataset("projects", data).updated == 1
    assert_leads_right()
    assert Project.objects.get(pk=existing.pk).lead_investor_id == parties.russia.pk
    assert Project.objects.get(title="Импорт").lead_investor_id == parties.china.pk


def test_generate_command_and_data_migration(parties):
    project_create(title="Кварц", investors=[parties.china])
    call_command("generate", "--scale", "0.02", "--no-progress", verbosity=0)
    assert Project.objects.filter(lead_investor__isnull=False).count() > 10
    assert_leads_right()
    assert dashboard_countries() == countries_from_scratch()

    Project.objects.update(lead_investor=None)
    call_command("rebuild_lead_investors", verbosity=0)
    assert_leads_right()

    migration = importlib.import_module("investdesk.projects.migrations.0010_fill_lead_investors")
    migration.empty(apps, SimpleNamespace(connection=connection))
    assert not Project.objects.filter(lead_investor__isnull=False).exists()
    migration.fill(apps, SimpleNamespace(connection=connection))
    assert_leads_right()


def test_refresh_of_some_projects_leaves_the_others(parties):
    first = project_create(title="Кварц", investors=[parties.china])
    second = project_create(title="Оптика", investors=[parties.germany])
    Project.objects.update(lead_investor=None)
    lead_investors_refresh(project_ids=[second.pk])
    assert Project.objects.get(pk=first.pk).lead_investor_id is None
    assert Project.objects.get(pk=second.pk).lead_investor_id == parties.germany.pk


def test_admin_participant_inline_refreshes_the_lead(parties, rf):
    """The admin's participant inline writes rows directly; ``save_related`` recomputes."""
    project = project_create(title="Кварц", investors=[parties.china])
    ProjectParticipant.objects.filter(project=project).update(role=CO_INVESTOR)
    ProjectParticipant.objects.create(project=project, organisation=parties.germany)
    model_admin = ProjectAdmin(Project, admin.site)
    form = SimpleNamespace(instance=project, save_m2m=lambda: None)
    model_admin.save_related(rf.post("/"), form, formsets=[], change=True)
    assert Project.objects.get(pk=project.pk).lead_investor_id == parties.germany.pk
    assert_leads_right()
