"""Writes to the site catalogue."""

from typing import Any

from django.db import transaction

from investdesk.core.services import apply_changes, validate_and_save

from .models import Site


@transaction.atomic
def site_create(
    *, name: str, kind: str, directions: list[Any] | None = None, **fields: Any
) -> Site:
    site = validate_and_save(Site(name=name.strip(), kind=kind, **fields))
    if directions:
        site.directions.set(directions)
    return site


def site_update(
    *,
    site: Site,
    changes: dict[str, Any],
    expected_version: int | None = None,
    directions: list[Any] | None = None,
) -> Site:
    m2m = {"directions": directions} if directions is not None else None
    return apply_changes(site, changes=changes, expected_version=expected_version, m2m=m2m)


@transaction.atomic
def site_delete(*, site: Site) -> None:
    site.delete()
