from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "investdesk.projects"
    label = "projects"
    verbose_name = _("Investment projects")

    def ready(self) -> None:
        from .autocomplete import register

        register()  # the /autocomplete/ picker source (core.autocomplete)
