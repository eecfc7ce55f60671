"""What each record type puts in the index: its title, subtitle and texts.

A record is described from plain values (``*_parts``), so that the two ways of reading
records give the same entries: one record at a time as a model instance
(``EntityIndexer.describe``, for the refresh after writes) and a whole table as rows
(``search.bulk``, for ``investdesk reindex``). ``tests/test_bulk.py`` compares them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import get_language

from investdesk.core.translit import index_forms
from investdesk.documents.models import Document
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.choices import Confidentiality
from investdesk.projects.models import Project, ProjectParticipant
from investdesk.sitecatalog.models import Site

from .choices import EntityType

Description = tuple[str, str, list[str]]  # title, subtitle, texts


@dataclass(frozen=True)
class EntityIndexer:
    model: type[models.Model]
    permission: str
    queryset: Callable[[], models.QuerySet]
    describe: Callable[[Any], Description]


@lru_cache(maxsize=64)
def kind_labels(model: type[models.Model], _language: str | None) -> dict[str, str]:
    """``get_kind_display()`` as a per-language table: the display call rebuilt the
    choices (with lazy translations) for every record, a third of a reindex's time."""
    return {value: str(label) for value, label in model._meta.get_field("kind").flatchoices}


def kind_label(model: type[models.Model], kind: str) -> str:
    return kind_labels(model, get_language()).get(kind, kind)


def joined(separator: str, *parts: str | None) -> str:
    return separator.join(p for p in parts if p)


def organisation_parts(
    name: str,
    name_original: str,
    short_name: str,
    aliases: list[str],
    kind_text: str,
    country_name: str,
    inn: str,
    ogrn: str,
) -> Description:
    subtitle = joined(" · ", kind_text, country_name)
    names = [name, name_original, short_name, *aliases]
    return name, subtitle, [*names, inn, ogrn, *index_forms(*names)]


def person_parts(
    first_name: str,
    patronymic: str,
    last_name: str,
    name_original: str,
    position: str,
    organisation_name: str | None,
) -> Description:
    full_name = joined(" ", first_name, patronymic, last_name)  # Person.full_name
    org_name = organisation_name or ""
    names = [full_name, name_original]
    texts = [*names, position, org_name, *index_forms(*names)]
    return full_name, joined(", ", position, org_name), texts


def project_parts(
    title: str,
    code_name: str,
    description: str,
    confidentiality: str,
    stage_name: str,
    investors: list[str],
) -> Description:
    if confidentiality == Confidentiality.CONFIDENTIAL and code_name:
        # A confidential project is found by its code name only, never by its title.
        return code_name, stage_name, [code_name]
    subtitle = joined(" · ", stage_name, ", ".join(investors))
    return title, subtitle, [title, code_name, description, *investors]


def engagement_parts(
    title: str, venue: str, summary: str, kind_text: str, dates: str, organisations: list[str]
) -> Description:
    subtitle = joined(" · ", dates, kind_text, venue)
    return title, subtitle, [title, venue, summary, *organisations]


def site_parts(
    name: str, address: str, kind_text: str, municipality: str | None, operator: str | None
) -> Description:
    subtitle = joined(" · ", kind_text, municipality)
    return name, subtitle, [name, address, municipality or "", operator or ""]


def document_parts(title: str, source_name: str, kind_text: str, text: str) -> Description:
    subtitle = joined(" · ", kind_text, source_name)
    return title, subtitle, [title, source_name, text]


def engagement_dates(start_date) -> str:
    return start_date.strftime("%d.%m.%Y")


# --- one record, as a model instance -----------------------------------------------------


def _organisation(org: Organisation) -> Description:
    aliases = [alias.alias for alias in org.aliases.all()]
    return organisation_parts(
        org.name,
        org.name_original,
        org.short_name,
        aliases,
        kind_label(Organisation, org.kind),
        org.country.name or "",
        org.inn,
        org.ogrn,
    )


def _person(person: Person) -> Description:
    org_name = person.organisation.name if person.organisation_id else ""
    return person_parts(
        person.first_name,
        person.patronymic,
        person.last_name,
        person.name_original,
        person.position,
        org_name,
    )


def _project(project: Project) -> Description:
    investors = [p.organisation.name for p in project.participants.all()]
    return project_parts(
        project.title,
        project.code_name,
        project.description,
        project.confidentiality,
        project.stage.name,
        investors,
    )


def _engagement(engagement: Engagement) -> Description:
    return engagement_parts(
        engagement.title,
        engagement.venue,
        engagement.summary,
        kind_label(Engagement, engagement.kind),
        engagement_dates(engagement.start_date),
        [org.name for org in engagement.organisations.all()],
    )


def _site(site: Site) -> Description:
    return site_parts(
        site.name,
        site.address,
        kind_label(Site, site.kind),
        site.municipality.name if site.municipality_id else "",
        site.operator.name if site.operator_id else "",
    )


def _document(document: Document) -> Description:
    return document_parts(
        document.title, document.source_name, kind_label(Document, document.kind), document.text
    )


# Linked records are read in the order ``search.bulk`` reads them (ties broken by id).
INDEXERS: dict[str, EntityIndexer] = {
    EntityType.ORGANISATION: EntityIndexer(
        Organisation,
        "organisations.view_organisation",
        lambda: Organisation.objects.filter(merged_into__isnull=True).prefetch_related("aliases"),
        _organisation,
    ),
    EntityType.PERSON: EntityIndexer(
        Person,
        "people.view_person",
        lambda: Person.objects.filter(merged_into__isnull=True).select_related("organisation"),
        _person,
    ),
    EntityType.PROJECT: EntityIndexer(
        Project,
        "projects.view_project",
        lambda: Project.objects.select_related("stage").prefetch_related(
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.select_related("organisation").order_by(
                    "project", "role", "id"
                ),
            )
        ),
        _project,
    ),
    EntityType.ENGAGEMENT: EntityIndexer(
        Engagement,
        "engagements.view_engagement",
        lambda: Engagement.objects.confirmed().prefetch_related(
            Prefetch("organisations", queryset=Organisation.objects.order_by("name", "id"))
        ),
        _engagement,
    ),
    EntityType.SITE: EntityIndexer(
        Site,
        "sitecatalog.view_site",
        lambda: Site.objects.select_related("municipality", "operator"),
        _site,
    ),
    EntityType.DOCUMENT: EntityIndexer(
        Document, "documents.view_document", lambda: Document.objects.all(), _document
    ),
}
