"""Demo logins, one per role, all with the demo password."""

import os

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.accounts.services import user_create

DEMO_USERNAME = "demo"

DEMO_USERS = [
    # username, first name, last name, roles
    ("demo", "Демо", "Пользователь", [Role.ADMIN, Role.CURATOR]),
    ("ivanova", "Ольга", "Иванова", [Role.CURATOR]),
    ("petrov", "Алексей", "Петров", [Role.CURATOR]),
    ("sidorova", "Марина", "Сидорова", [Role.CURATOR]),
    ("leader", "Наталья", "Огородникова", [Role.LEADERSHIP]),
    ("analyst", "Игорь", "Кузнецов", [Role.ANALYST]),
    ("partner", "Максим", "Захаров", [Role.PARTNER]),
]


def demo_password() -> str:
    return os.environ.get("INVESTDESK_DEMO_PASSWORD", "demo")


def ensure_demo_users() -> dict[str, User]:
    """Create the demo logins that are missing; existing ones (and their passwords) stay."""
    users = {}
    for username, first_name, last_name, roles in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = user_create(
                username=username,
                password=demo_password(),
                roles=roles,
                first_name=first_name,
                last_name=last_name,
                email=f"{username}@investdesk.local",
                is_superuser=username == DEMO_USERNAME,
                is_staff=username == DEMO_USERNAME,
            )
        users[username] = user
    return users
