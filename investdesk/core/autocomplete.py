"""One pattern for every picker whose choices grow with the data.

An app registers a *source* for each kind of record it owns (``autocomplete_register`` in
its ``AppConfig.ready``): which permission opens it, the records the user may see, how a
typed text matches and how a record is labelled for that user. ``core.views.autocomplete``
answers ``/autocomplete/<kind>/?q=...`` with at most ``AUTOCOMPLETE_LIMIT`` matches as
JSON, and ``core.widgets.AutocompleteSelect(kind=...)`` renders a field that uses it —
with only the chosen records rendered, so a page never lists thousands of options.

Core sits below the domain apps, so it knows the sources only through this registry.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

AUTOCOMPLETE_LIMIT = 20


@dataclass(frozen=True)
class AutocompleteSource:
    """Where a picker of one kind searches.

    ``queryset(user)``: the records ``user`` may pick (visibility applied);
    ``match(text, user)``: a ``Q`` for records matching the typed text;
    ``label(obj, user)``: the text shown for a record (defaults to ``str``);
    ``order``: fields the matches are sorted by before the limit is applied.
    """

    permission: str
    queryset: Callable[[Any], QuerySet]
    match: Callable[[str, Any], Q]
    label: Callable[[Any, Any], str] | None = None
    order: tuple[str, ...] = ("pk",)

    def label_for(self, obj: Any, user: Any) -> str:
        return self.label(obj, user) if self.label else str(obj)


_SOURCES: dict[str, AutocompleteSource] = {}


def autocomplete_register(kind: str, source: AutocompleteSource) -> None:
    """Make ``/autocomplete/<kind>/`` search ``source`` (called from an app's ``ready``)."""
    _SOURCES[kind] = source


def autocomplete_source(kind: str) -> AutocompleteSource | None:
    return _SOURCES.get(kind)


def autocomplete_search(
    source: AutocompleteSource, *, user: Any, text: str, exclude: set[int] | None = None
) -> list[dict[str, Any]]:
    """Up to ``AUTOCOMPLETE_LIMIT`` records matching ``text`` as ``{"id", "text"}`` rows.

    The match runs as a subquery of primary keys so a match through a to-many relation
    (aliases) neither duplicates rows nor needs DISTINCT over the visible queryset.
    """
    queryset = source.queryset(user)
    matched = queryset.filter(source.match(text, user)).values("pk") if text else None
    if matched is not None:
        queryset = queryset.filter(pk__in=matched)
    if exclude:
        queryset = queryset.exclude(pk__in=exclude)
    found = list(queryset.order_by(*source.order)[:AUTOCOMPLETE_LIMIT])
    return [{"id": obj.pk, "text": source.label_for(obj, user)} for obj in found]


def autocomplete_chosen_matching(
    source: AutocompleteSource, *, user: Any, text: str, ids: set[int]
) -> list[int]:
    """Which of the chosen records ``ids`` match ``text``: the search leaves them out (they
    are on the page already), so a picker must not say "nothing found" when they match."""
    if not ids or not text:
        return []
    queryset = source.queryset(user).filter(pk__in=ids)
    matched = queryset.filter(source.match(text, user)).values("pk")
    return sorted(queryset.filter(pk__in=matched).values_list("pk", flat=True))


def autocomplete_chosen(source: AutocompleteSource, *, user: Any, ids: set[int]) -> list[dict]:
    """The chosen records the user may see, labelled (a reload shows them without a search)."""
    if not ids:
        return []
    objects = source.queryset(user).filter(pk__in=ids)
    return [{"id": obj.pk, "text": source.label_for(obj, user)} for obj in objects]


def _users_match(text: str, user: Any) -> Q:
    return (
        Q(username__icontains=text) | Q(first_name__icontains=text) | Q(last_name__icontains=text)
    )


def register_users() -> None:
    """Users (assignees, curators): any login picks among those it may see (forms narrow
    the choices further, e.g. to active users, when they validate)."""
    from investdesk.accounts.selectors import user_choices_for

    autocomplete_register(
        "users",
        AutocompleteSource(
            permission="",
            queryset=user_choices_for,
            match=_users_match,
            order=("last_name", "first_name", "username"),
        ),
    )
    # Forms hand work only to people who can still log in.
    autocomplete_register(
        "active-users",
        AutocompleteSource(
            permission="",
            queryset=lambda user: user_choices_for(user).filter(is_active=True),
            match=_users_match,
            order=("last_name", "first_name", "username"),
        ),
    )
