"""Writes to people: create, update, positions over time."""

import datetime
from typing import Any

from django.db import transaction

from investdesk.core.services import (
    apply_changes,
    archived_set,
    lock_for_change,
    validate_and_save,
)
from investdesk.organisations.models import Organisation

from .models import Person, Position


@transaction.atomic
def person_create(
    *,
    last_name: str,
    first_name: str = "",
    patronymic: str = "",
    name_original: str = "",
    position: str = "",
    organisation: Organisation | None = None,
    position_started_on: datetime.date | None = None,
    **fields: Any,
) -> Person:
    person = Person(
        last_name=last_name.strip(),
        first_name=first_name.strip(),
        patronymic=patronymic.strip(),
        name_original=name_original.strip(),
        **fields,
    )
    validate_and_save(person)
    if position or organisation:
        person_assign_position(
            person=person,
            title=position,
            organisation=organisation,
            started_on=position_started_on,
        )
    return person


@transaction.atomic
def person_update(
    *,
    person: Person,
    changes: dict[str, Any],
    expected_version: int | None = None,
    position_title: str | None = None,
    position_organisation: Organisation | None = None,
    position_started_on: datetime.date | None = None,
) -> Person:
    """Change the person; with ``position_title`` also give them that current position."""
    person = apply_changes(person, changes=changes, expected_version=expected_version)
    if position_title is not None:
        person_assign_position(
            person=person,
            title=position_title,
            organisation=position_organisation,
            started_on=position_started_on,
        )
        person.refresh_from_db()
    return person


@transaction.atomic
def person_assign_position(
    *,
    person: Person,
    title: str,
    organisation: Organisation | None,
    started_on: datetime.date | None = None,
) -> Position:
    """Give the person a new current position; the previous one ends where this one starts."""
    current = person.positions.filter(ended_on__isnull=True).first()
    if (
        current
        and current.title == title
        and current.organisation_id == getattr(organisation, "pk", None)
    ):
        return current
    if current:
        current.ended_on = started_on or datetime.date.today()
        if current.started_on and current.ended_on < current.started_on:
            current.ended_on = current.started_on
        validate_and_save(current, update_fields=["ended_on"])
    new_position = validate_and_save(
        Position(
            person=person, title=title or "—", organisation=organisation, started_on=started_on
        )
    )
    locked = lock_for_change(person)
    locked.position = title
    locked.organisation = organisation
    locked.save(update_fields=["position", "organisation", "version", "updated_at"])
    person.position, person.organisation, person.version = title, organisation, locked.version
    return new_position


def person_archive(
    *, person: Person, archived: bool = True, expected_version: int | None = None
) -> Person:
    """Archive the person (``archived=False`` restores them); merged ones stay archived."""
    return archived_set(person, archived=archived, expected_version=expected_version)
