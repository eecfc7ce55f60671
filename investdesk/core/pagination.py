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
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_CAP = 10_000
SEARCH_COUNT_CAP = 1_000


class CappedPaginator(Paginator):
    """Django's paginator whose ``count`` is exact up to ``cap`` and then ``cap``.

    ``capped`` tells whether more records matched than were counted.
    """

    cap = COUNT_CAP

    def __init__(self, *args: Any, cap: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if cap is not None:
            self.cap = cap

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
