from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "investdesk.organisations"
    label = "organisations"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        from .autocomplete import register

        register()  # the /autocomplete/ picker source (core.autocomplete)
