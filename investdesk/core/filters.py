"""Filters shared by the apps' FilterSets.

``RelatedAnyFilter`` — "records linked to any of the chosen" over a to-many relation
(directions, an engagement's organisations). django-filter's own
filter joins the relation and adds ``DISTINCT`` over every selected column: PostgreSQL then
has to collect, de-duplicate and sort every match before it can cut a page of 50 (the
project list filtered by a direction took 350 ms at 100k projects). As ``pk IN (SELECT ...)``
the rows are not repeated, no ``DISTINCT`` is needed, and the list's order can still be read
from its index, checking each row against the (hashed) set of matches.
"""

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import django_filters
import django_filters.constants
from django import forms
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import F, Lookup, Q, QuerySet
from django.forms.models import ModelChoiceIterator
from django.utils.choices import BaseChoiceIterator, normalize_choices

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
    return queryset.filter(related_any_condition(queryset, field_name, values))


def related_any_condition(queryset: QuerySet, field_name: str, values: Any) -> Q:
    """The condition ``related_any`` adds (see there)."""
    field = queryset.model._meta.get_field(field_name)
    if field.many_to_many and not field.auto_created:
        links = field.remote_field.through._base_manager.filter(
            **{f"{field.m2m_reverse_field_name()}__in": values}
        )
        return pk_among(links.order_by().values_list(field.m2m_field_name(), flat=True))
    matching = queryset.model._base_manager.filter(**{f"{field_name}__in": values})
    return Q(pk__in=matching.order_by().values("pk"))


def is_subquery(condition: Q) -> bool:
    """Whether a ``pk_among`` condition left its ids a subquery (too many to read)."""
    return any(
        isinstance(child, tuple) and isinstance(child[1], QuerySet) for child in condition.children
    )


def _unset(value: Any) -> bool:
    # A model multiple choice left empty cleans to ``queryset.none()``.
    if isinstance(value, QuerySet):
        return value.query.is_empty()
    return value in django_filters.constants.EMPTY_VALUES


def link_rows(base: QuerySet, filterset: Any, queryset: QuerySet) -> QuerySet | None:
    """Rows of a link table as many as ``queryset``'s, when it is ``base`` (every record:
    no condition of its own) narrowed by one ``RelatedAnyFilter`` over a many-to-many
    field and nothing else; else None.

    Counting the 52,671 engagements of a direction through ``pk IN (SELECT ...)`` hashed
    the links and scanned the engagements until the count's cap (100-120 ms of server
    time); the links of the direction alone are counted in 9 ms. Each link names an
    existing record (a foreign key) and a record at most once per chosen value (the link
    table's unique pair), so for one value the links are the records; for several, their
    distinct record ids are.
    """
    if (
        base.query.where
        or base.query.distinct
        or base.query.combinator
        or base.query.is_sliced
        or filterset is None
        or not filterset.is_valid()  # the list is then empty
        or queryset.query.is_empty()
    ):
        return None
    chosen = {
        name: value for name, value in filterset.form.cleaned_data.items() if not _unset(value)
    }
    if len(chosen) != 1:
        return None
    ((name, values),) = chosen.items()
    related = filterset.filters.get(name)
    if (
        not isinstance(related, RelatedAnyFilter)
        or type(related).filter is not RelatedAnyFilter.filter
    ):
        return None
    # The list's own condition must be that filter's, alone (a view may add its own).
    where = queryset.query.where
    if where.negated or where.connector != "AND" or len(where.children) != 1:
        return None
    field = queryset.model._meta.get_field(related.field_name)
    if not field.many_to_many or field.auto_created:
        return None
    through = field.remote_field.through
    if not through._meta.auto_created:
        return None  # a model of its own may link a pair twice
    values = list(values)
    links = through._base_manager.filter(
        **{f"{field.m2m_reverse_field_name()}__in": values}
    ).values(field.m2m_field_name())
    return links.order_by() if len(values) == 1 else links.order_by().distinct()


class RelatedAnyFilter(django_filters.ModelMultipleChoiceFilter):
    """A to-many ``ModelMultipleChoiceFilter`` (any of the chosen) without JOIN and DISTINCT."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["distinct"] = False
        super().__init__(*args, **kwargs)

    # Set by ``filter``: the chosen values' records were too many to read as ids (the 52,000
    # engagements of a direction), so the list's count is capped lower (``core.views``).
    broad = False

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        if not value:
            return qs
        condition = related_any_condition(qs, self.field_name, list(value))
        self.broad = is_subquery(condition)
        return qs.filter(condition)


class _LoadedChoices(ModelChoiceIterator):
    """The choices of a ``ReferenceChoiceField`` from its rows read once (``loaded``)."""

    def __iter__(self) -> Iterator[Any]:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.field.loaded():
            yield self.choice(obj)

    def __len__(self) -> int:
        return len(self.field.loaded()) + (1 if self.field.empty_label is not None else 0)

    def __bool__(self) -> bool:
        return self.field.empty_label is not None or bool(self.field.loaded())


class _LoadedMixin:
    """A model choice over a small reference table (stages, directions, municipalities),
    read once per form (list filters, and forms through ``Meta.field_classes``): its rows
    are listed by the form and the chosen values are checked against the same rows. Django reads the table twice on a filtered list (the
    chosen ids, then every row through a server-side cursor: DECLARE, FETCH and CLOSE);
    one plain query serves both. Not for tables that grow with the data."""

    iterator = _LoadedChoices
    _loaded: list[Any] | None = None
    _loaded_from: Any = None
    _source: Callable[[], list[Any]] | None = None
    _source_for: Any = None

    def loaded(self) -> list[Any]:
        # Keyed on the queryset: a copied field (each form's) or a narrowed one reads anew.
        if self._loaded is None or self._loaded_from is not self.queryset:
            if self._source is not None and self._source_for is self.queryset:
                rows = self._source()
            else:
                rows = list(self.queryset)
            self._loaded, self._loaded_from = rows, self.queryset
        return self._loaded

    def use_rows(self, rows: Callable[[], list[Any]]) -> None:
        """Take the rows of ``queryset`` from ``rows()``, called when they are first
        needed: one read for a page's many pickers of the same table (every row of a
        formset), and none if no picker is shown or checked."""
        self._source, self._source_for = rows, self.queryset

    def _by_key(self) -> dict[str, Any]:
        key = self.to_field_name or "pk"
        return {str(getattr(obj, key)): obj for obj in self.loaded()}


class ReferenceChoiceField(_LoadedMixin, forms.ModelChoiceField):
    """``ModelChoiceField`` over a small reference table (see ``_LoadedMixin``)."""

    def to_python(self, value: Any) -> Any:
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        if isinstance(value, self.queryset.model):
            value = getattr(value, self.to_field_name or "pk")
        found = self._by_key().get(str(value))
        if found is None:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return found


class ReferenceMultipleChoiceField(_LoadedMixin, forms.ModelMultipleChoiceField):
    """``ModelMultipleChoiceField`` over a small reference table (see ``_LoadedMixin``);
    the chosen records come as a list in the table's order."""

    def _check_values(self, value: Any) -> list[Any]:
        key = self.to_field_name or "pk"
        try:
            value = frozenset(value)
        except TypeError:
            raise ValidationError(
                self.error_messages["invalid_list"], code="invalid_list"
            ) from None
        for pk in value:
            self.validate_no_null_characters(pk)
            try:
                self.queryset.filter(**{key: pk})  # builds the condition only: no query
            except (ValueError, TypeError):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                ) from None
        by_key = self._by_key()
        for val in value:
            if str(val) not in by_key:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": val},
                )
        chosen = {str(val) for val in value}
        return [obj for text, obj in by_key.items() if text in chosen]


class ReferenceChoiceFilter(django_filters.ModelChoiceFilter):
    """A ``ModelChoiceFilter`` over a small reference table (``ReferenceChoiceField``)."""

    field_class = ReferenceChoiceField


class ReferenceMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    """A ``ModelMultipleChoiceFilter`` over a small reference table."""

    field_class = ReferenceMultipleChoiceField


class ReferenceAnyFilter(RelatedAnyFilter):
    """A ``RelatedAnyFilter`` whose choices are a small reference table (directions)."""

    field_class = ReferenceMultipleChoiceField


class StaticChoices(BaseChoiceIterator):
    """A fixed list of choices that is never copied: ``choices=StaticChoices(list(countries))``.

    A FilterSet deep-copies its filters, and its form its fields, on every request, choices
    included: the 250 countries were copied twice per list page (1.5-2 ms of its CPU). The
    choices of a filter are never changed in place, so every copy can share one list.
    """

    def __init__(self, choices: Iterable[Any]) -> None:
        self.choices = normalize_choices(list(choices))

    def __iter__(self) -> Iterator[Any]:
        return iter(self.choices)

    def __len__(self) -> int:
        return len(self.choices)

    def __copy__(self) -> "StaticChoices":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "StaticChoices":
        return self


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
