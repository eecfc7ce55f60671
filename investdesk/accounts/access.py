"""The one visibility rule of the platform, used by every ``visible_to(user)`` queryset.

- Anonymous, inactive and role-less accounts see no data at all.
- Curators, leadership, analysts and administrators see the agency's whole portfolio.
- Partners (and only partners) see what is shared with them: their shared projects and
  what hangs on those projects (engagements, tasks); nothing else.

Confidential projects show their code name to everyone but their own curator and the
administrators (``sees_real_title``).
"""

from enum import Enum
from typing import Any

from django.db.models import QuerySet

from .choices import Role

# Roles that read the whole portfolio.
PORTFOLIO_ROLES = (Role.CURATOR, Role.LEADERSHIP, Role.ANALYST, Role.ADMIN)


class Scope(Enum):
    NOTHING = "nothing"
    SHARED = "shared"
    EVERYTHING = "everything"


def scope_of(user: Any) -> Scope:
    """How much data ``user`` may see (see the module docstring)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Scope.NOTHING
    if user.has_role(*PORTFOLIO_ROLES):
        return Scope.EVERYTHING
    if user.has_role(Role.PARTNER):
        return Scope.SHARED
    return Scope.NOTHING


def sees_everything(user: Any) -> bool:
    return scope_of(user) is Scope.EVERYTHING


def sees_real_title(user: Any, *, curator_id: int | None) -> bool:
    """A confidential project's real title is for its curator and the administrators."""
    if scope_of(user) is not Scope.EVERYTHING:
        return False
    return bool(user.has_role(Role.ADMIN) or (curator_id is not None and curator_id == user.pk))


class PortfolioQuerySet(QuerySet):
    """Records only the portfolio roles read (registry, agreements, documents, support
    cases): partners and role-less accounts see none of them through lists."""

    def visible_to(self, user: Any) -> "PortfolioQuerySet":
        return self if sees_everything(user) else self.none()
