from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TasksConfig(AppConfig):
    name = "investdesk.tasks"
    label = "tasks"
    verbose_name = _("Tasks")

    def ready(self) -> None:
        # Fill the extension points of the pages of the apps below (``core.related``). The
        # import waits until here: the selectors import models, which exist only now.
        from .followup import register_related as followup_related
        from .selectors import register_related as selectors_related

        selectors_related()
        followup_related()
