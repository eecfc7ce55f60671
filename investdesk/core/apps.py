from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _

from .sqlite import install_unicode_functions


class CoreConfig(AppConfig):
    name = "investdesk.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        connection_created.connect(
            install_unicode_functions, dispatch_uid="investdesk.sqlite_unicode"
        )
        from .autocomplete import register_users

        register_users()
