"""Users and roles: creating users, assigning roles, keeping the role groups in shape."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from .choices import Role
from .models import User

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
