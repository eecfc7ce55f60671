from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "investdesk.accounts"
    label = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self) -> None:
        # Imported here: the services import models, which exist only once apps are ready.
        from .services import roles_sync

        # Permissions only exist after every app migrated, so groups are synced then.
        post_migrate.connect(lambda **kwargs: roles_sync(), dispatch_uid="investdesk.roles_sync")
