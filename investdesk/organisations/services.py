"""Writes to organisations: create, update with optimistic concurrency, aliases."""

from typing import Any

from django.db import transaction

from investdesk.core.services import apply_changes, archived_set, validate_and_save

from .choices import AliasKind
from .models import Organisation, OrganisationAlias


@transaction.atomic
def organisation_create(
    *,
    name: str,
    kind: str,
    country: str = "RU",
    name_original: str = "",
    short_name: str = "",
    aliases: list[str] | None = None,
    directions: list[Any] | None = None,
    **fields: Any,
) -> Organisation:
    organisation = Organisation(
        name=name.strip(),
        kind=kind,
        country=country,
        name_original=name_original.strip(),
        short_name=short_name.strip(),
        **fields,
    )
    validate_and_save(organisation)
    if directions:
        organisation.directions.set(directions)
    for alias in aliases or []:
        organisation_add_alias(organisation=organisation, alias=alias)
    return organisation


def organisation_update(
    *,
    organisation: Organisation,
    changes: dict[str, Any],
    expected_version: int | None = None,
    directions: list[Any] | None = None,
) -> Organisation:
    m2m = {"directions": directions} if directions is not None else None
    return apply_changes(organisation, changes=changes, expected_version=expected_version, m2m=m2m)


def organisation_add_alias(
    *, organisation: Organisation, alias: str, kind: str = AliasKind.SHORT
) -> OrganisationAlias:
    """Record another name of the organisation; adding a known alias again changes nothing."""
    alias = alias.strip()
    existing = OrganisationAlias.objects.filter(
        organisation=organisation, alias__iexact=alias
    ).first()
    if existing or alias.lower() == organisation.name.lower():
        return existing or OrganisationAlias(organisation=organisation, alias=alias, kind=kind)
    return validate_and_save(OrganisationAlias(organisation=organisation, alias=alias, kind=kind))


@transaction.atomic
def organisation_alias_delete(*, alias: OrganisationAlias) -> None:
    alias.delete()


def organisation_set_aliases(*, organisation: Organisation, aliases: list[str]) -> None:
    """Keep exactly these aliases (case-insensitive); new ones are added as short names."""
    wanted = {alias.strip().lower(): alias.strip() for alias in aliases if alias.strip()}
    for existing in list(organisation.aliases.all()):
        if existing.alias.lower() not in wanted:
            existing.delete()
        else:
            wanted.pop(existing.alias.lower())
    for alias in wanted.values():
        organisation_add_alias(organisation=organisation, alias=alias)


@transaction.atomic
def organisation_revise(
    *,
    organisation: Organisation,
    changes: dict[str, Any],
    expected_version: int | None = None,
    directions: list[Any] | None = None,
    aliases: list[str] | None = None,
) -> Organisation:
    """The edit page's save: fields (version-checked), sectors and aliases in one go."""
    organisation = organisation_update(
        organisation=organisation,
        changes=changes,
        expected_version=expected_version,
        directions=directions,
    )
    if aliases is not None:
        organisation_set_aliases(organisation=organisation, aliases=aliases)
    return organisation


def organisation_archive(
    *, organisation: Organisation, archived: bool = True, expected_version: int | None = None
) -> Organisation:
    """Archive the organisation (``archived=False`` restores it); merged ones stay archived."""
    return archived_set(organisation, archived=archived, expected_version=expected_version)
