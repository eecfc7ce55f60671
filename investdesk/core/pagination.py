"""A paginator that stops counting at a cap.

A list page showed "N records in total", and Django's paginator got N with ``COUNT(*)`` over
every matching row: at a million engagements or half a million tasks that count cost more
than the page of 50 rows it framed. ``CappedPaginator`` counts at most ``COUNT_CAP + 1``
rows (``SELECT COUNT(*) FROM (SELECT ... LIMIT cap + 1)``, which stops reading early), and
when there are more it says so: the page shows "more than 10 000 records" and offers the
first ``COUNT_CAP`` records' pages; the sort (ascending or descending) or a filter reaches
the rest. Below the cap the count and the pages are exact, as before.
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_CAP = 10_000


class CappedPaginator(Paginator):
    """Django's paginator whose ``count`` is exact up to ``cap`` and then ``cap``.

    ``capped`` tells whether more records matched than were counted.
    """

    cap = COUNT_CAP

    @cached_property
    def _counted(self) -> int:
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


def page_context(paginator: Any, object_list: Any) -> dict[str, Any]:
    """``total_count`` and ``total_capped`` for ``includes/pagination.html``."""
    if paginator is None:
        return {"total_count": len(object_list), "total_capped": False}
    return {
        "total_count": paginator.count,
        "total_capped": getattr(paginator, "capped", False),
    }
