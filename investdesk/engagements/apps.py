from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementsConfig(AppConfig):
    name = "investdesk.engagements"
    label = "engagements"
    verbose_name = _("Engagements")

    def ready(self) -> None:
        from .autocomplete import register

        register()  # the /autocomplete/ picker source (core.autocomplete)
