from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoDataConfig(AppConfig):
    name = "investdesk.demodata"
    label = "demodata"
    verbose_name = _("Demo and synthetic data")
