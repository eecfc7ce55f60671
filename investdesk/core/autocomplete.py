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

from django.db import connection
from django.db.models import Model, Q, QuerySet
from django.db.models.functions import Collate, Upper

from .substring import needles, substring_candidates

AUTOCOMPLETE_LIMIT = 20
# A typed word this long is looked for anywhere in a column (a trigram index finds it);
# a shorter one only where a word of the column begins: two letters inside words match
# a third of a table, and no trigram index serves them (``words_match``).
CONTAINS_FROM = 3
# The key a source's ``prefix`` column is ordered and range-scanned by (``prefix_key``):
# its upper case in the byte order, which a B-tree serves for ``LIKE 'PREFIX%'`` whatever
# the database's collation (``core.trigram.prefix_index_operations``).
PREFIX_KEY = "autocomplete_prefix_key"
# On SQLite, a picker's search is narrowed to the rows its substring index finds when
# there are no more of them than this (``core.substring.substring_candidates``).
CANDIDATES_LIMIT = 1000


@dataclass(frozen=True)
class AutocompleteSource:
    """Where a picker of one kind searches.

    ``queryset(user)``: the records ``user`` may pick (visibility applied);
    ``match(text, user)``: a ``Q`` for records matching the typed text;
    ``label(obj, user)``: the text shown for a record (defaults to ``str``);
    ``order``: fields the matches are sorted by before the limit is applied;
    ``prefix``: a column whose matches at its start come first (a name typed from its
    beginning), read in that column's order from its prefix index;
    ``prefix_indexed``: the ``prefix`` column is in the model's SQLite substring index
    (``core.substring``), which then narrows, on SQLite, the rows it is read from.

    ``match`` is a condition on the records' own table (a to-many relation goes through
    ``core.filters.pk_among``): joined, it would repeat records and keep the planner from
    the indexes.
    """

    permission: str
    queryset: Callable[[Any], QuerySet]
    match: Callable[[str, Any], Q]
    label: Callable[[Any, Any], str] | None = None
    order: tuple[str, ...] = ("pk",)
    prefix: str | None = None
    prefix_indexed: bool = False

    def label_for(self, obj: Any, user: Any) -> str:
        return self.label(obj, user) if self.label else str(obj)


_SOURCES: dict[str, AutocompleteSource] = {}


def autocomplete_register(kind: str, source: AutocompleteSource) -> None:
    """Make ``/autocomplete/<kind>/`` search ``source`` (called from an app's ``ready``)."""
    _SOURCES[kind] = source


def autocomplete_source(kind: str) -> AutocompleteSource | None:
    return _SOURCES.get(kind)


def words_match(text: str, *columns: str, model: type[Model] | None = None) -> Q:
    """Records where every word of ``text`` is found in one of ``columns``, ignoring case.

    A word of ``CONTAINS_FROM`` letters or more is looked for anywhere (``icontains``, as
    the list searches do, served by their trigram indexes); a shorter one where a word of
    the column begins (at its start or after a space), which the same indexes serve.
    ``model``: the columns' model, when its SQLite substring index (``core.substring``)
    holds every one of ``columns``: on SQLite the index then narrows the rows the
    condition is tried on (the same matches, without a Python ``LIKE`` on every row).
    """
    condition = Q()
    if model:
        condition = substring_candidates(model, needles(text), limit=CANDIDATES_LIMIT)
    for word in text.split():
        found = Q()
        for column in columns:
            if len(word) >= CONTAINS_FROM:
                found |= Q(**{f"{column}__icontains": word})
            else:
                found |= Q(**{f"{column}__istartswith": word}) | Q(
                    **{f"{column}__icontains": f" {word}"}
                )
        condition &= found
    return condition


def prefix_key(column: str) -> Collate | Upper:
    """The ordering and range key of a ``prefix`` column (see ``PREFIX_KEY``)."""
    if connection.vendor == "postgresql":
        return Collate(Upper(column), "C")
    return Upper(column)


def _starting_with(queryset: QuerySet, column: str, text: str, indexed: bool) -> QuerySet:
    if connection.vendor == "postgresql":
        return queryset.alias(**{PREFIX_KEY: prefix_key(column)}).filter(
            **{f"{PREFIX_KEY}__startswith": text.upper()}
        )
    # SQLite has no index on the key (its UPPER is a Python function): the matches are
    # all sorted, so the substring index, when there is one, narrows the rows tried.
    candidates = substring_candidates(queryset.model, needles(text)) if indexed else Q()
    return queryset.alias(**{PREFIX_KEY: prefix_key(column)}).filter(
        candidates, **{f"{column}__istartswith": text}
    )


def autocomplete_search(
    source: AutocompleteSource, *, user: Any, text: str, exclude: set[int] | None = None
) -> list[dict[str, Any]]:
    """Up to ``AUTOCOMPLETE_LIMIT`` records matching ``text`` as ``{"id", "text"}`` rows.

    Best matches first: with a ``prefix`` column, the records whose column starts with
    the first typed word, in that column's order, read from its prefix index (1,000 of
    300,000 people named "Иванов" are not all read to show 20); then, if there were fewer
    than a page of them, the other matches in the source's order. Two queries at most.
    """
    queryset = source.queryset(user)
    if exclude:
        queryset = queryset.exclude(pk__in=exclude)
    if not text.split():
        found = list(queryset.order_by(*source.order)[:AUTOCOMPLETE_LIMIT])
        return [{"id": obj.pk, "text": source.label_for(obj, user)} for obj in found]
    matching = queryset.filter(source.match(text, user))
    found = []
    if source.prefix:
        first = _starting_with(matching, source.prefix, text.split()[0], source.prefix_indexed)
        found = list(first.order_by(PREFIX_KEY, *source.order)[:AUTOCOMPLETE_LIMIT])
    if len(found) < AUTOCOMPLETE_LIMIT:
        rest = matching.exclude(pk__in=[obj.pk for obj in found]) if found else matching
        found += rest.order_by(*source.order)[: AUTOCOMPLETE_LIMIT - len(found)]
    return [{"id": obj.pk, "text": source.label_for(obj, user)} for obj in found]


def autocomplete_chosen_matching(
    source: AutocompleteSource, *, user: Any, text: str, ids: set[int]
) -> list[int]:
    """Which of the chosen records ``ids`` match ``text``: the search leaves them out (they
    are on the page already), so a picker must not say "nothing found" when they match."""
    if not ids or not text:
        return []
    queryset = source.queryset(user).filter(pk__in=ids).filter(source.match(text, user))
    return sorted(queryset.values_list("pk", flat=True).distinct())


def autocomplete_chosen(source: AutocompleteSource, *, user: Any, ids: set[int]) -> list[dict]:
    """The chosen records the user may see, labelled (a reload shows them without a search)."""
    if not ids:
        return []
    objects = source.queryset(user).filter(pk__in=ids)
    return [{"id": obj.pk, "text": source.label_for(obj, user)} for obj in objects]


def _users_match(text: str, user: Any) -> Q:
    # The agency's staff are a few dozen rows: any part of a login or name finds them, as
    # "ov" finds ivanova and petrov (the word-start rule is for the big tables' indexes).
    condition = Q()
    for word in text.split():
        condition &= (
            Q(username__icontains=word)
            | Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
        )
    return condition


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
