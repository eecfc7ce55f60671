"""Row importers: one per entity, each matching an existing record or creating one.

Every write goes through the apps' services; a problem in a row raises ``RowProblem``
(naming the column's field path) or the service's ``ValidationError``.
"""

import datetime
import decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _

from investdesk.engagements.models import Engagement
from investdesk.engagements.services import engagement_record, engagement_update
from investdesk.organisations.models import Organisation
from investdesk.organisations.selectors import organisation_find_by_name
from investdesk.organisations.services import (
    organisation_add_alias,
    organisation_create,
    organisation_update,
)
from investdesk.people.models import Person
from investdesk.people.services import person_assign_position, person_create, person_update
from investdesk.projects.choices import Confidentiality
from investdesk.projects.models import PipelineStage, Project
from investdesk.projects.services import project_add_participant, project_create, project_update
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.services import site_create, site_update


class RowProblem(Exception):
    def __init__(self, path: str, message: str) -> None:
        self.path, self.message = path, message


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace(",", ";").split(";") if part.strip()]


def _items(value: str, find: Any) -> list[tuple[str, Any]]:
    """The items of a list cell with what ``find`` makes of each (None: not known).

    Exports join items with "; "; people also type commas. A name may itself hold a comma
    ("Co., Ltd."), so each "; " item is tried whole before it is split at its commas.
    """
    found = []
    for item in (part.strip() for part in value.split(";")):
        if not item:
            continue
        whole = find(item)
        if whole is not None or "," not in item:
            found.append((item, whole))
        else:
            found.extend((part, find(part)) for part in _split(item))
    return found


def choice_values(model: type[models.Model], values: dict[str, str]) -> dict[str, str]:
    """Choices written by their label (as exports write them, in any interface language)
    replaced by their stored value; values already stored as such are kept."""
    result = dict(values)
    for path, value in values.items():
        if "__" in path or not value:
            continue
        try:
            field = model._meta.get_field(path)
        except FieldDoesNotExist:
            continue
        if field.is_relation or not field.choices:
            continue
        choices = [(str(key), label) for key, label in field.flatchoices]
        if any(key == value for key, _label in choices):
            continue
        wanted = value.casefold()
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                match = [key for key, label in choices if str(label).casefold() == wanted]
            if match:
                result[path] = match[0]
                break
    return result


def _lookup(path: str, model: type[models.Model], value: str, **query: Any) -> Any:
    if not value:
        return None
    try:
        return model._default_manager.get(**query)
    except ObjectDoesNotExist:
        raise RowProblem(path, _("“%(value)s” is not known.") % {"value": value}) from None


def _organisations(path: str, value: str) -> list[Organisation]:
    found = []
    for name, organisation in _items(value, organisation_find_by_name):
        if organisation is None:
            raise RowProblem(path, _("No organisation is called “%(value)s”.") % {"value": name})
        found.append(organisation)
    return found


def _organisation(path: str, name: str) -> Organisation | None:
    if not name:
        return None
    found = organisation_find_by_name(name)
    if found is None:
        raise RowProblem(path, _("No organisation is called “%(value)s”.") % {"value": name})
    return found


def _directions(path: str, value: str) -> list[Direction]:
    def find(item: str) -> Direction | None:
        return Direction.objects.filter(
            Q(code=item) | Q(name_ru__iexact=item) | Q(name_en__iexact=item)
        ).first()

    result = []
    for item, direction in _items(value, find):
        if direction is None:
            raise RowProblem(path, _("Unknown direction “%(value)s”.") % {"value": item})
        result.append(direction)
    return result


def _date(path: str, value: str) -> datetime.date | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(value[:10], fmt).date()
        except ValueError:
            continue
    raise RowProblem(path, _("“%(value)s” is not a date.") % {"value": value})


def _by_id(model: type[models.Model], values: dict[str, str]) -> models.Model | None:
    raw = values.get("id", "")
    if raw.isdigit():
        return model._default_manager.filter(pk=int(raw)).first()
    return None


def _changes(instance: models.Model, data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if getattr(instance, k) != v}


def _m2m_changed(instance: models.Model, name: str, values: list[models.Model]) -> bool:
    return {o.pk for o in getattr(instance, name).all()} != {o.pk for o in values}


# Each importer returns "created", "updated" or "unchanged".


def _import_organisation(v: dict[str, str]) -> str:
    data = {
        "name": v.get("name", ""),
        "name_original": v.get("name_original", ""),
        "short_name": v.get("short_name", ""),
        "kind": v.get("kind") or "other",
        "country": v.get("country") or "RU",
        "inn": v.get("inn", ""),
        "ogrn": v.get("ogrn", ""),
        "registration_number": v.get("registration_number", ""),
        "website": v.get("website", ""),
        "description": v.get("description", ""),
        "municipality": _lookup(
            "municipality__name",
            Municipality,
            v.get("municipality__name", ""),
            name__iexact=v.get("municipality__name", ""),
        ),
    }
    data = {k: val for k, val in data.items() if k in v or k in ("kind", "country")}
    directions = _directions("directions", v["directions"]) if "directions" in v else None
    aliases = _split(v.get("aliases", ""))
    existing = _by_id(Organisation, v)
    for key in ("inn", "ogrn"):
        if existing is None and v.get(key):
            existing = Organisation.objects.filter(**{key: v[key]}).first()
    if existing is None and data.get("name"):
        existing = organisation_find_by_name(data["name"])
    if existing is None:
        organisation_create(aliases=aliases, directions=directions, **data)
        return "created"
    if "kind" not in v:
        data.pop("kind")
    if "country" not in v:
        data.pop("country")
    changes = _changes(existing, data)
    new_aliases = [a for a in aliases if not existing.aliases.filter(alias__iexact=a).exists()]
    m2m = directions is not None and _m2m_changed(existing, "directions", directions)
    if not changes and not new_aliases and not m2m:
        return "unchanged"
    organisation = organisation_update(
        organisation=existing, changes=changes, directions=directions if m2m else None
    )
    for alias in new_aliases:
        organisation_add_alias(organisation=organisation, alias=alias)
    return "updated"


def _import_person(v: dict[str, str]) -> str:
    organisation = _organisation("organisation__name", v.get("organisation__name", ""))
    data = {k: v[k] for k in ("last_name", "first_name", "patronymic", "name_original") if k in v}
    existing = _by_id(Person, v)
    if existing is None and data.get("last_name"):
        existing = Person.objects.filter(
            last_name__iexact=data["last_name"],
            first_name__iexact=data.get("first_name", ""),
            patronymic__iexact=data.get("patronymic", ""),
            is_archived=False,
        ).first()
    title = v.get("position", "")
    if existing is None:
        person_create(position=title, organisation=organisation, **data)
        return "created"
    changes = _changes(existing, data)
    moved = ("position" in v and title != existing.position) or (
        "organisation__name" in v and organisation != existing.organisation
    )
    if not changes and not moved:
        return "unchanged"
    person = person_update(person=existing, changes=changes) if changes else existing
    if moved:
        person_assign_position(person=person, title=title, organisation=organisation)
    return "updated"


def _decimal(path: str, value: str) -> decimal.Decimal | None:
    if not value:
        return None
    try:
        return decimal.Decimal(value.replace(",", ".").replace(" ", ""))
    except decimal.InvalidOperation:
        raise RowProblem(path, _("“%(value)s” is not a number.") % {"value": value}) from None


def _import_site(v: dict[str, str]) -> str:
    data: dict[str, Any] = {
        k: v[k] for k in ("name", "kind", "status", "address", "preferences") if k in v
    }
    for key in ("latitude", "longitude", "area_ha", "free_area_ha", "power_mw"):
        if key in v:
            data[key] = _decimal(key, v[key])
    if "municipality__name" in v:
        name = v["municipality__name"]
        data["municipality"] = _lookup("municipality__name", Municipality, name, name__iexact=name)
    if "operator__name" in v:
        data["operator"] = _organisation("operator__name", v["operator__name"])
    directions = _directions("directions", v["directions"]) if "directions" in v else None
    existing = (
        _by_id(Site, v)
        or Site.objects.filter(name__iexact=data.get("name", ""), kind=data.get("kind", "")).first()
    )
    if existing is None:
        site_create(directions=directions, **data)
        return "created"
    changes = _changes(existing, data)
    m2m = directions is not None and _m2m_changed(existing, "directions", directions)
    if not changes and not m2m:
        return "unchanged"
    site_update(site=existing, changes=changes, directions=directions if m2m else None)
    return "updated"


def _import_project(v: dict[str, str]) -> str:
    data: dict[str, Any] = {
        k: v[k] for k in ("title", "code_name", "lead_source", "currency", "next_step") if k in v
    }
    if "capex_planned" in v:
        data["capex_planned"] = _decimal("capex_planned", v["capex_planned"])
    if "jobs_planned" in v:
        jobs = _decimal("jobs_planned", v["jobs_planned"])
        data["jobs_planned"] = int(jobs) if jobs is not None else None
    if "next_step_due" in v:
        data["next_step_due"] = _date("next_step_due", v["next_step_due"])
    if "municipality__name" in v:
        name = v["municipality__name"]
        data["municipality"] = _lookup("municipality__name", Municipality, name, name__iexact=name)
    if "site__name" in v:
        name = v["site__name"]
        data["site"] = _lookup("site__name", Site, name, name__iexact=name)
    investors = _organisations("investors", v.get("investors", ""))
    directions = _directions("directions", v["directions"]) if "directions" in v else None
    stage_code = v.get("stage__code", "")
    stage = _lookup("stage__code", PipelineStage, stage_code, code=stage_code)
    existing = (
        _by_id(Project, v) or Project.objects.filter(title__iexact=data.get("title", "")).first()
    )
    if existing is None:
        project_create(stage=stage or "lead", investors=investors, directions=directions, **data)
        return "created"
    if existing.confidentiality == Confidentiality.CONFIDENTIAL and data.get("title") in (
        existing.code_name,
        existing.display_title,
    ):
        data.pop("title")  # exports show a confidential project's code name, not its title
    if stage is not None and stage != existing.stage:
        raise RowProblem("stage__code", _("Change the stage by moving the project, with a reason."))
    changes = _changes(existing, data)
    m2m = directions is not None and _m2m_changed(existing, "directions", directions)
    known = {p.organisation_id for p in existing.participants.all()}
    new_investors = [o for o in investors if o.pk not in known]
    if not changes and not m2m and not new_investors:
        return "unchanged"
    project_update(project=existing, changes=changes, directions=directions if m2m else None)
    for organisation in new_investors:
        project_add_participant(project=existing, organisation=organisation)
    return "updated"


def _import_engagement(v: dict[str, str]) -> str:
    data: dict[str, Any] = {
        k: v[k] for k in ("title", "kind", "status", "venue", "summary") if k in v
    }
    for key in ("start_date", "end_date"):
        if key in v:
            data[key] = _date(key, v[key])
    if "municipality__name" in v:
        name = v["municipality__name"]
        data["municipality"] = _lookup("municipality__name", Municipality, name, name__iexact=name)
    organisations = _organisations("organisations", v.get("organisations", ""))
    directions = _directions("directions", v["directions"]) if "directions" in v else None
    existing = (
        _by_id(Engagement, v)
        or Engagement.objects.filter(
            title__iexact=data.get("title", ""), start_date=data.get("start_date")
        ).first()
    )
    if existing is None:
        if not data.get("start_date"):
            raise RowProblem("start_date", _("This field cannot be blank."))
        engagement_record(organisations=organisations, directions=directions or [], **data)
        return "created"
    changes = _changes(existing, data)
    m2m = {}
    if directions is not None and _m2m_changed(existing, "directions", directions):
        m2m["directions"] = directions
    if "organisations" in v and _m2m_changed(existing, "organisations", organisations):
        m2m["organisations"] = organisations
    if not changes and not m2m:
        return "unchanged"
    engagement_update(engagement=existing, changes=changes, m2m=m2m or None)
    return "updated"


RECORD_IMPORTERS = {
    "organisations": _import_organisation,
    "people": _import_person,
    "sites": _import_site,
    "projects": _import_project,
    "engagements": _import_engagement,
}
