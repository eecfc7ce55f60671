"""Reads of users: whom a user may see in a picker or a filter."""

from typing import Any

from django.db.models import Q, QuerySet

from .access import Scope, scope_of
from .models import SavedFilter, User, calendar_token_digest


def user_choices_for(user: Any) -> QuerySet[User]:
    """Users offered in a curator/assignee filter to ``user``.

    Portfolio roles see every user; a partner only themselves and the curators and
    assignees of what is shared with them; anyone else nobody.
    """
    scope = scope_of(user)
    if scope is Scope.EVERYTHING:
        return User.objects.all()
    if scope is Scope.NOTHING:
        return User.objects.none()
    related = User.objects.filter(
        Q(curated_projects__shared_with=user) | Q(tasks__project__shared_with=user)
    ).values("pk")
    return User.objects.filter(Q(pk=user.pk) | Q(pk__in=related))


def visible_users(request: Any) -> QuerySet[User]:
    """A django-filter ``queryset`` callable: the user choices for the request's user."""
    return user_choices_for(getattr(request, "user", None))


def user_by_calendar_token(token: str) -> User | None:
    """The active user whose calendar feed token this is (compared by its SHA-256)."""
    if not token:
        return None
    return User.objects.filter(
        calendar_token_hash=calendar_token_digest(token), is_active=True
    ).first()


def saved_filters_for(*, user: Any, path: str) -> QuerySet[SavedFilter]:
    """The user's own saved filters of the list page at ``path``, by name."""
    if not getattr(user, "is_authenticated", False):
        return SavedFilter.objects.none()
    return SavedFilter.objects.filter(user=user, path=path).order_by("name")
