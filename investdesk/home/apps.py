from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The home page and the timelines of detail pages: they compose the domain apps."""

    name = "investdesk.home"
    label = "home"
    verbose_name = _("Home")
