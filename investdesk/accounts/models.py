"""The platform's users. Roles are Django groups named after ``Role``."""

import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Role


def _new_feed_token() -> str:
    """Kept for migration 0001 (tokens used to be stored as they are)."""
    return secrets.token_urlsafe(24)


def calendar_token_digest(token: str) -> str:
    """What is stored of a calendar feed token: its SHA-256 (the token itself never is)."""
    return hashlib.sha256(token.encode()).hexdigest()


class User(AbstractUser):
    """A person who logs in: curator, leadership, analyst, partner or administrator."""

    patronymic = models.CharField(_("patronymic"), max_length=150, blank=True)
    position = models.CharField(_("position"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    calendar_token_hash = models.CharField(
        _("calendar feed token (SHA-256)"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("The secret feed address is shown once, when it is created."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "username"]

    def __str__(self) -> str:
        full = " ".join(part for part in (self.first_name, self.last_name) if part)
        return full or self.username

    @property
    def roles(self) -> set[str]:
        cached = getattr(self, "_role_cache", None)
        if cached is None:
            cached = set(self.groups.values_list("name", flat=True))
            if self.is_superuser:
                cached.add(Role.ADMIN)
            self._role_cache = cached
        return cached

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def sees_personal_data(self) -> bool:
        """Contact details of people are personal data: only curators and admins see them."""
        return self.is_active and self.has_role(Role.CURATOR, Role.ADMIN)


class SavedFilter(models.Model):
    """A user's named filter of one list page: the page's path and its query string.

    "My overdue quartz tasks" is ``/tasks/`` with ``?overdue=true&direction=3``; applying
    it is opening that address, so any filter a list page understands can be saved.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_filters",
        verbose_name=_("user"),
    )
    path = models.CharField(_("page"), max_length=200)
    name = models.CharField(_("name"), max_length=100)
    query = models.CharField(_("query string"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved filter")
        verbose_name_plural = _("saved filters")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "path", "name"], name="saved_filter_unique_name"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def url(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path
