"""``User.load_access``: roles and permissions in one query, the same as Django reads them."""

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User


def _django_permissions(user: User) -> tuple[set[str], set[str]]:
    """The user's own and group permissions as Django's backend reads them (its queries)."""
    fresh = User.objects.get(pk=user.pk)
    backend = ModelBackend()
    return backend.get_user_permissions(fresh), backend.get_group_permissions(fresh)


@pytest.mark.django_db
def test_roles_and_permissions_come_in_one_query_and_match_djangos(make_user):
    user = make_user(Role.CURATOR, Role.ANALYST)
    own = Permission.objects.get(codename="delete_organisation")
    user.user_permissions.add(own)
    Group.objects.create(name="empty group").user_set.add(user)
    expected_own, expected_groups = _django_permissions(user)
    assert expected_own == {"organisations.delete_organisation"}
    assert expected_groups

    user = User.objects.get(pk=user.pk)
    with CaptureQueriesContext(connection) as queries:
        assert user.roles == {Role.CURATOR, Role.ANALYST, "empty group"}
        assert user.has_perm("organisations.delete_organisation")
        assert user.has_perm(next(iter(expected_groups)))
        assert not user.has_perm("accounts.delete_user")
        assert user.get_all_permissions() == expected_own | expected_groups
        assert user.has_module_perms("organisations")
    assert len(queries) == 1
    assert user._user_perm_cache == expected_own
    assert user._group_perm_cache == expected_groups

    # Asked for a permission first: the roles come with it.
    user = User.objects.get(pk=user.pk)
    with CaptureQueriesContext(connection) as queries:
        assert user.has_perm("organisations.delete_organisation")
        assert user.has_role(Role.CURATOR)
    assert len(queries) == 1


@pytest.mark.django_db
def test_inactive_users_hold_no_permission_and_superusers_every_one(make_user):
    inactive = make_user(Role.CURATOR)
    inactive.is_active = False
    inactive.save(update_fields=["is_active"])
    inactive = User.objects.get(pk=inactive.pk)
    assert inactive.roles == {Role.CURATOR}
    assert not inactive.has_perm("projects.view_project")
    assert inactive.get_all_permissions() == set()

    superuser = make_user(is_superuser=True)
    superuser = User.objects.get(pk=superuser.pk)
    assert Role.ADMIN in superuser.roles
    assert superuser.get_all_permissions() == {
        f"{app}.{code}"
        for app, code in Permission.objects.values_list("content_type__app_label", "codename")
    }
