from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "investdesk.projects"
    label = "projects"
    verbose_name = _("Investment projects")

    def ready(self) -> None:
        # Fill the extension points of the pages of the apps below (``core.related``). The
        # import waits until here: the selectors import models, which exist only now.
        from .selectors import register_related

        register_related()

        from .autocomplete import register

        register()  # the /autocomplete/ picker source (core.autocomplete)
