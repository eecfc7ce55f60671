"""A paginator that stops counting at a cap.

A list page showed "N records in total", and Django's paginator got N with ``COUNT(*)`` over
every matching row: at a million engagements or half a million tasks that count cost more
than the page of 50 rows it framed. ``CappedPaginator`` counts at most ``COUNT_CAP + 1``
rows (``SELECT COUNT(*) FROM (SELECT ... LIMIT cap + 1)``, which stops reading early), and
when there are more it says so: the page shows "more than 10 000 records" and offers the
first ``COUNT_CAP`` records' pages; the sort (ascending or descending) or a filter reaches
the rest. Below the cap the count and the pages are exact, as before.

A search (``?q=``) counts to ``SEARCH_COUNT_CAP`` only: its matches are checked row by row
(``UPPER(title) LIKE '%ФОРУМ%'`` costs microseconds a row in Cyrillic), and counting 10,001
of a broad word's matches took 280 ms where 1,001 take 30; a search past a thousand
matches is refined, not paged through.

A search's page is cut after matching when the list's order would spread the work over the
table (``match_first``, PostgreSQL): PostgreSQL otherwise walks the order's index checking
each row until the page is full, betting that matches are spread evenly. They are not when
the search matches the sorted column: every "Иванова" sits at row 47,000 of the people by
surname, every "Северинвест" at row 51,000 of the organisations by name (160-180 ms of
index walk and five ``UPPER(...) LIKE`` a row). When the matches are few (counted, or
estimated by the planner at ``MATCH_FIRST_ROWS`` at most) the page's keys are read by a
query whose first sort key no index serves (``name || ''``: the same order, NULLs and
collation), so PostgreSQL collects the matches through the trigram indexes and sorts only
them (12,000 "Иванова" in 20-50 ms); the page's rows are then read by those keys, joins
included, in the list's own order. A broad search (more estimated matches) keeps the walk, which
usually finds its page within a few rows; it is bounded to the first rows of the list
before its filters (``_walk_bounded``), and where its matches sit further on ("иванов":
29,917 people from row 29,763 of the order, 50-90 ms of walk) they are sorted instead
(4 ms of bounded walk and 30-40 ms of sort).
"""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import BooleanField, CharField, F, Func, QuerySet, Subquery, TextField
from django.utils.functional import cached_property

COUNT_CAP = 10_000
SEARCH_COUNT_CAP = 1_000
# Up to this many estimated matches a search's page is cut after matching (``match_first``).
MATCH_FIRST_ROWS = 20_000
# Above it a search's page is first looked for among this many rows of the list before its
# filters, plus this many per row of the page's end, in the list's order (``_walk_bounded``).
WALK_ROWS = 1_000
WALK_ROWS_PER_ROW = 10


class CappedPaginator(Paginator):
    """Django's paginator whose ``count`` is exact up to ``cap`` and then ``cap``.

    ``capped`` tells whether more records matched than were counted.
    """

    cap = COUNT_CAP

    def __init__(
        self,
        *args: Any,
        cap: int | None = None,
        match_first: bool = False,
        count_rows: QuerySet | None = None,
        walk_base: QuerySet | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if cap is not None:
            self.cap = cap
        self.match_first = match_first
        # Rows as many as the list's (``core.filters.link_rows``), cheaper to count.
        self.count_rows = count_rows
        # The list before its filters, in whose order a broad search's walk is bounded.
        self.walk_base = walk_base

    @cached_property
    def _counted(self) -> int:
        if self.count_rows is not None:
            return self.count_rows[: self.cap + 1].count()
        if isinstance(self.object_list, QuerySet):
            # Only the key (annotations such as a list's correlated counts are left out) and
            # no ORDER BY: which rows the cap keeps does not matter for a count.
            return self.object_list.order_by().values("pk")[: self.cap + 1].count()
        return len(self.object_list)

    @property
    def capped(self) -> bool:
        return self._counted > self.cap

    @cached_property
    def count(self) -> int:
        return min(self._counted, self.cap)

    def page(self, number: Any) -> Any:
        """Django's page, its rows read through ``page_rows``."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return self._get_page(self.page_rows(bottom, top), number, self)

    def page_rows(self, bottom: int, top: int) -> Any:
        """The rows ``bottom:top`` of the list: cut after matching when that pays (see the
        module's docstring), else a plain slice."""
        rows = self.object_list
        if (
            not self.match_first
            or not isinstance(rows, QuerySet)
            or not self._counted
            or (key := _unindexed_first_key(rows)) is None
        ):
            return rows[bottom:top]
        order = list(rows.query.order_by)
        if self.capped and (estimated_rows(rows) or 0) > MATCH_FIRST_ROWS:
            # A broad search: its page is usually within the first rows of the order.
            walked = _walk_bounded(rows, self.walk_base, bottom, top)
            if walked is None:
                return rows[bottom:top]
            if len(walked) == top - bottom:
                return walked
            # Its matches sit further on ("иванов": 29,917 people from row 29,763 of the
            # order; the walk took 105 ms): sorting the matches costs less than walking on.
        keys = rows.order_by(key, *order[1:]).values("pk")[bottom:top]
        return rows.filter(pk__in=keys)


def _walk_bounded(rows: QuerySet, base: QuerySet | None, bottom: int, top: int) -> list[Any] | None:
    """The rows ``bottom:top`` of a broad search found among the first
    ``WALK_ROWS + WALK_ROWS_PER_ROW * top`` rows of ``base`` (the list before its filters)
    in the list's order, or fewer rows if the matches are not there; None where that bound
    cannot be written (no base; an order by expressions, NULLable or mixed directions).

    The bound is ``(key1, key2, ...) <= (the keys of that row of base)``, a row comparison
    on the whole order (the synthetic people have 34 surnames: a bound on the first key
    alone let 17,842 rows through): the rows it keeps are a prefix of the list in its
    order, so a full page from it is the list's page, and PostgreSQL's walk of the order's
    index stops at the bound instead of going on checking every row.
    """
    if base is None:
        return None
    order = list(rows.query.order_by)
    if not all(isinstance(key, str) for key in order):
        return None
    descending = {key.startswith("-") for key in order}
    if len(descending) != 1:
        return None
    names = [key.lstrip("-") for key in order]
    for name in names:
        try:
            field = rows.model._meta.pk if name == "pk" else rows.model._meta.get_field(name)
        except FieldDoesNotExist:
            return None
        if field.null or field.is_relation:
            return None  # NULLs sort apart from the values: no row bound keeps a prefix
    offset = WALK_ROWS + WALK_ROWS_PER_ROW * top
    bound = base.order_by(*order).values_list(*names)[offset : offset + 1]
    condition = _RowBound(
        *(F(name) for name in names), bound=bound, operator=">=" if True in descending else "<="
    )
    # With fewer rows in base than the bound, the subquery is NULL and keeps nothing: the
    # matches are then sorted, which costs little in a list that short.
    return list(rows.filter(condition)[bottom:top])


class _RowBound(Func):
    """``ROW(a, b, ...) <= (SELECT a, b, ... LIMIT 1 OFFSET n)`` (or ``>=``): PostgreSQL
    reads the subquery once and bounds the index scan of ``(a, b, ...)`` with it."""

    output_field = BooleanField()

    def __init__(self, *columns: Any, bound: QuerySet, operator: str) -> None:
        super().__init__(*columns, Subquery(bound, output_field=CharField()))
        self.operator = operator

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, list[Any]]:
        *columns, bound = self.get_source_expressions()
        sqls, params = [], []
        for column in columns:
            sql, column_params = compiler.compile(column)
            sqls.append(sql)
            params.extend(column_params)
        bound_sql, bound_params = compiler.compile(bound)
        return f"(ROW({', '.join(sqls)}) {self.operator} {bound_sql})", [*params, *bound_params]


def page_context(paginator: Any, object_list: Any) -> dict[str, Any]:
    """``total_count`` and ``total_capped`` for ``includes/pagination.html``."""
    if paginator is None:
        return {"total_count": len(object_list), "total_capped": False}
    return {
        "total_count": paginator.count,
        "total_capped": getattr(paginator, "capped", False),
    }


class _Unindexed(Func):
    """A text column as ``(column || '')``: the same values, order, NULLs and collation,
    but no index serves it, so PostgreSQL sorts the matches instead of walking an index."""

    template = "(%(expressions)s || '')"


def _unindexed_first_key(queryset: QuerySet) -> Any | None:
    """The queryset's first ordering as an ``_Unindexed`` expression, or None where it is
    not a plain text column (or not on PostgreSQL)."""
    if connections[queryset.db].vendor != "postgresql" or not queryset.query.order_by:
        return None
    first = queryset.query.order_by[0]
    if not isinstance(first, str):
        return None
    name = first.lstrip("-")
    try:
        field = queryset.model._meta.get_field(name)
    except Exception:
        return None
    if not isinstance(field, CharField | TextField) or field.is_relation:
        return None
    key = _Unindexed(F(name), output_field=field.__class__())
    return key.desc() if first.startswith("-") else key.asc()


def estimated_rows(queryset: QuerySet) -> float | None:
    """PostgreSQL's estimate of how many rows ``queryset`` matches (an ``EXPLAIN``, no
    execution); None elsewhere."""
    if connections[queryset.db].vendor != "postgresql":
        return None
    if queryset.query.values_select or queryset.query.annotation_select:
        plan = queryset.order_by().explain(format="json")
    else:
        plan = queryset.order_by().values("pk").explain(format="json")
    return json.loads(plan)[0]["Plan"]["Plan Rows"]
