"""Users and roles: creating users, assigning roles, keeping the role groups in shape."""

import secrets

from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction

from .choices import Role
from .models import SavedFilter, User, calendar_token_digest

DOMAIN_APPS = (
    "organisations",
    "people",
    "reference",
    "sitecatalog",
    "projects",
    "engagements",
    "agreements",
    "support",
    "tasks",
    "documents",
    "ingest",
)

# What each role may do, as Django permission actions per app; object-level rules
# (partners see only shared projects, personal data only for curators and admins)
# are enforced in selectors and views on top of these.
ROLE_ACTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    Role.CURATOR: {app: ("view", "add", "change") for app in DOMAIN_APPS if app != "reference"}
    | {"reference": ("view",)},
    Role.LEADERSHIP: dict.fromkeys(DOMAIN_APPS, ("view",)),
    Role.ANALYST: dict.fromkeys(DOMAIN_APPS, ("view",))
    | dict.fromkeys(
        ("organisations", "people", "documents", "ingest", "engagements", "sitecatalog"),
        ("view", "add", "change"),
    ),
    Role.PARTNER: dict.fromkeys(("projects", "engagements", "tasks", "reference"), ("view",)),
    Role.ADMIN: dict.fromkeys(DOMAIN_APPS, ("view", "add", "change", "delete")),
}


def roles_sync() -> None:
    """Create the role groups and give them exactly the permissions of ``ROLE_ACTIONS``."""
    permissions = list(
        Permission.objects.filter(content_type__app_label__in=DOMAIN_APPS).select_related(
            "content_type"
        )
    )
    with transaction.atomic():
        for role, actions in ROLE_ACTIONS.items():
            group, _ = Group.objects.get_or_create(name=role)
            allowed = [
                perm
                for perm in permissions
                if perm.codename.split("_", 1)[0] in actions.get(perm.content_type.app_label, ())
            ]
            group.permissions.set(allowed)


def user_create(
    *,
    username: str,
    password: str | None,
    roles: list[str],
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    is_staff: bool = False,
    is_superuser: bool = False,
) -> User:
    if Group.objects.filter(name__in=roles).count() < len(set(roles)):
        roles_sync()  # a fresh or flushed database has no role groups yet
    user = User(
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=email,
        is_staff=is_staff or Role.ADMIN in roles,
        is_superuser=is_superuser,
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    user.groups.set(Group.objects.filter(name__in=roles))
    return user


# --- calendar feed token --------------------------------------------------------------------


def calendar_token_regenerate(*, user: User) -> str:
    """A new secret for the user's calendar feed; the old address stops working at once.

    Returns the token: it is shown to the user once and stored only as its SHA-256.
    """
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        User.objects.filter(pk=user.pk).update(calendar_token_hash=calendar_token_digest(token))
    user.calendar_token_hash = calendar_token_digest(token)
    return token


def calendar_token_revoke(*, user: User) -> None:
    """The user's calendar feed address stops working (until a new one is created)."""
    User.objects.filter(pk=user.pk).update(calendar_token_hash=None)
    user.calendar_token_hash = None


# --- the system user: who the worker's and the command line's writes are recorded as -------

SYSTEM_USERNAME = "system"


def system_user() -> User:
    """The account history records for writes made by the worker and the command line.

    It cannot log in: inactive, no usable password, no role.
    """
    user = User.objects.filter(username=SYSTEM_USERNAME).first()
    if user is None:
        user = User(username=SYSTEM_USERNAME, first_name="investdesk", is_active=False)
        user.set_unusable_password()
        try:
            with transaction.atomic():
                user.save()
        except IntegrityError:  # created meanwhile by another process
            user = User.objects.get(username=SYSTEM_USERNAME)
    return user


# --- saved filters ----------------------------------------------------------------------

SAVED_FILTER_IGNORED = ("page", "csrfmiddlewaretoken")


def saved_filter_save(*, user: User, path: str, name: str, query: str) -> SavedFilter:
    """Save ``query`` (a list page's query string) as ``name``; the same name replaces it.

    The page number is dropped: a saved filter opens on its first page.
    """
    from django.http import QueryDict

    params = QueryDict(query, mutable=True)
    for key in SAVED_FILTER_IGNORED:
        params.pop(key, None)
    name = name.strip()[:100]
    saved, _created = SavedFilter.objects.update_or_create(
        user=user, path=path, name=name, defaults={"query": params.urlencode()[:2000]}
    )
    return saved


def saved_filter_delete(*, user: User, pk: int) -> bool:
    """Delete the user's own saved filter ``pk``; another user's is left alone (False)."""
    deleted, _by_model = SavedFilter.objects.filter(user=user, pk=pk).delete()
    return bool(deleted)
