from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteCatalogConfig(AppConfig):
    name = "investdesk.sitecatalog"
    label = "sitecatalog"
    verbose_name = _("Site catalogue")

    def ready(self) -> None:
        from .autocomplete import register

        register()  # the /autocomplete/ picker source (core.autocomplete)
