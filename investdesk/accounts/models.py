"""The platform's users. Roles are Django groups named after ``Role``."""

import functools
import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
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
            self.load_access()
            cached = self._role_cache
        return cached

    def load_access(self) -> None:
        """Read the user's roles (group names) and permissions in one query, into the caches
        ``roles`` and Django's ``ModelBackend`` read (``_perm_cache`` and its two halves).

        Every page asks both (the navigation's ``perms``, the views' roles): as the three
        queries of Django and ``roles`` they were half the page shell's queries. A
        superuser's permissions are every permission: left to ``ModelBackend``; an inactive
        user has none (``ModelBackend`` answers without its caches).
        """
        with connection.cursor() as cursor:
            cursor.execute(_access_sql(), [self.pk, self.pk])
            rows = cursor.fetchall()
        roles = {group for group, _, _ in rows if group is not None}
        if self.is_superuser:
            roles.add(Role.ADMIN)
        self._role_cache = roles
        if self.is_active and not self.is_superuser:
            own = {f"{app}.{code}" for group, app, code in rows if group is None}
            by_group = {f"{app}.{code}" for group, app, code in rows if group is not None and code}
            self._user_perm_cache = own
            self._group_perm_cache = by_group
            self._perm_cache = own | by_group

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    # Django's ``ModelBackend`` reads the permission caches ``load_access`` fills: asked
    # first, it would read them in two queries of its own.
    def _with_access_loaded(self) -> None:
        if self.is_active and not self.is_superuser and not hasattr(self, "_perm_cache"):
            self.load_access()

    def has_perm(self, perm: str, obj: Any = None) -> bool:
        self._with_access_loaded()
        return super().has_perm(perm, obj)

    def has_perms(self, perm_list: Any, obj: Any = None) -> bool:
        self._with_access_loaded()
        return super().has_perms(perm_list, obj)

    def has_module_perms(self, app_label: str) -> bool:
        self._with_access_loaded()
        return super().has_module_perms(app_label)

    def get_all_permissions(self, obj: Any = None) -> set[str]:
        self._with_access_loaded()
        return super().get_all_permissions(obj)

    @property
    def sees_personal_data(self) -> bool:
        """Contact details of people are personal data: only curators and admins see them."""
        return self.is_active and self.has_role(Role.CURATOR, Role.ADMIN)


@functools.cache
def _access_sql() -> str:
    """``User.load_access``'s query: each group of the user with each of its permissions
    (a group without any once, with NULLs), then the user's own permissions (group NULL)."""
    q = connection.ops.quote_name
    user_groups = q(User.groups.through._meta.db_table)
    user_permissions = q(User.user_permissions.through._meta.db_table)
    group_permissions = q(Group.permissions.through._meta.db_table)
    group, permission = q(Group._meta.db_table), q(Permission._meta.db_table)
    content_type = q(ContentType._meta.db_table)
    return (
        f"SELECT g.name, ct.app_label, p.codename FROM {user_groups} ug "
        f"INNER JOIN {group} g ON g.id = ug.group_id "
        f"LEFT JOIN {group_permissions} gp ON gp.group_id = g.id "
        f"LEFT JOIN {permission} p ON p.id = gp.permission_id "
        f"LEFT JOIN {content_type} ct ON ct.id = p.content_type_id "
        "WHERE ug.user_id = %s "
        "UNION ALL "
        f"SELECT NULL, ct.app_label, p.codename FROM {user_permissions} up "
        f"INNER JOIN {permission} p ON p.id = up.permission_id "
        f"INNER JOIN {content_type} ct ON ct.id = p.content_type_id "
        "WHERE up.user_id = %s"
    )


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
