"""Filters shared by the apps' FilterSets.

``RelatedAnyFilter`` — "records linked to any of the chosen" over a to-many relation
(directions, an engagement's organisations). django-filter's own
filter joins the relation and adds ``DISTINCT`` over every selected column: PostgreSQL then
has to collect, de-duplicate and sort every match before it can cut a page of 50 (the
project list filtered by a direction took 350 ms at 100k projects). As ``pk IN (SELECT ...)``
the rows are not repeated, no ``DISTINCT`` is needed, and the list's order can still be read
from its index, checking each row against the (hashed) set of matches.
"""

from typing import Any

import django_filters
from django.db import connections
from django.db.models import F, Lookup, Q, QuerySet

from .pagination import estimated_rows


def related_any(queryset: QuerySet, field_name: str, values: Any) -> QuerySet:
    """``queryset`` narrowed to records whose ``field_name`` holds any of ``values``.

    A many-to-many field of the model is read from its link table alone (one index lookup
    per chosen value), not joined back to the model's own table.

    The matching ids are read first when there are few enough (``pk_among``): counting
    the 5,330 projects of a direction through ``pk IN (SELECT ...)`` hashed the links and
    scanned all 100,000 projects (25 ms idle, 50-120 ms under load); as an array of ids it
    is that many primary-key lookups, and the page walks its order checking a hashed array.
    """
    field = queryset.model._meta.get_field(field_name)
    if field.many_to_many and not field.auto_created:
        links = field.remote_field.through._base_manager.filter(
            **{f"{field.m2m_reverse_field_name()}__in": values}
        )
        return queryset.filter(
            pk_among(links.order_by().values_list(field.m2m_field_name(), flat=True))
        )
    matching = queryset.model._base_manager.filter(**{f"{field_name}__in": values})
    return queryset.filter(pk__in=matching.order_by().values("pk"))


class RelatedAnyFilter(django_filters.ModelMultipleChoiceFilter):
    """A to-many ``ModelMultipleChoiceFilter`` (any of the chosen) without JOIN and DISTINCT."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["distinct"] = False
        super().__init__(*args, **kwargs)

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        if not value:
            return qs
        return related_any(qs, self.field_name, list(value))


# Above this many ids a related arm of a search stays a subquery (see ``ids_or_subquery``).
# Written into the SQL as one array (``= ANY(%s)``, PostgreSQL) 20,000 ids cost a few
# milliseconds to send and plan; as ``IN (%s, %s, ...)``, one parameter each (SQLite),
# 10,000 took 0.4 s to build and 0.5 s to plan and run, so there the limit stays 1,000.
RELATED_IDS_LIMIT = 20_000
RELATED_IDS_LIMIT_WITHOUT_ARRAYS = 1_000


def _related_ids_limit(values: QuerySet) -> int:
    if connections[values.db].vendor == "postgresql":
        return RELATED_IDS_LIMIT
    return min(RELATED_IDS_LIMIT, RELATED_IDS_LIMIT_WITHOUT_ARRAYS)


def ids_or_subquery(values: QuerySet) -> list[Any] | QuerySet:
    """The ids of a ``values_list(..., flat=True)`` queryset, read now when there are
    at most ``RELATED_IDS_LIMIT`` of them, else the queryset itself (a subquery).

    A list search matches a record's own columns (trigram indexes on PostgreSQL) *or* a
    related record's name (an engagement's organisations, a project's investors). As
    ``own_condition OR id IN (SELECT ...)`` no index serves the subquery arm; as a
    ``UNION`` of both arms every match must be collected and sorted before a page of 50
    can be cut (5 s for "форум", 125,000 of a million engagements). With the related
    arm's ids read first the whole condition is on one table, and PostgreSQL chooses: for a
    narrow search a ``BitmapOr`` of the trigram indexes and the primary key, then a sort of
    the few matches; for a broad one the list's order index, checking rows until the page
    is full (against a hashed array: "энерго" on projects, 10,103 investors' projects, took
    two hashed subplans of 30-80 ms each as a subquery, 1 ms as ids).
    """
    limit = _related_ids_limit(values)
    estimate = estimated_rows(values)
    if estimate is not None and estimate > 2 * limit:
        # Plainly too many (the 52,000 engagements of a direction): not read in vain.
        return values
    ids = list(values.order_by()[: limit + 1])
    return ids if len(ids) <= limit else values


class AnyOf(Lookup):
    """``column = ANY(%s)`` with integer keys as one array parameter on PostgreSQL (``IN``
    with a parameter per value elsewhere): thousands of ids without thousands of parameters.

    The array goes as its text (``'{1,2,3}'``, cast in the SQL): psycopg's own list dumper
    checks every element with a regular expression, 30 ms for 10,000 ids.
    """

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        lhs, lhs_params = self.process_lhs(compiler, connection)
        values = list(self.rhs)
        if connection.vendor == "postgresql":
            db_type = self.lhs.output_field.cast_db_type(connection)
            array = "{" + ",".join(map(str, map(int, values))) + "}"
            return f"{lhs} = ANY(%s::{db_type}[])", [*lhs_params, array]
        if not values:
            return "1 = 0", []
        marks = ", ".join(["%s"] * len(values))
        return f"{lhs} IN ({marks})", [*lhs_params, *values]


def pk_among(values: QuerySet) -> Q:
    """``pk IN values`` for a search's related arm: the ids read first where few enough
    (``ids_or_subquery``), as one array; else the subquery."""
    found = ids_or_subquery(values)
    if isinstance(found, list):
        # No ids: an empty ``IN``, which Django drops from an ``OR``.
        return Q(AnyOf(F("pk"), found)) if found else Q(pk__in=[])
    return Q(pk__in=found)
