from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteKind(models.TextChoices):
    SEZ = "sez", _("Special economic zone (ОЭЗ)")
    TOR = "tor", _("Territory of advanced development (ТОР)")
    TECHNOPARK = "technopark", _("Technopark")
    INDUSTRIAL_PARK = "industrial_park", _("Industrial park")
    ENTERPRISE = "enterprise", _("Host enterprise")
    LAND_PLOT = "land_plot", _("Land plot")
    OTHER = "other", _("Other")


class SiteStatus(models.TextChoices):
    OPERATING = "operating", _("Operating")
    UNDER_CONSTRUCTION = "under_construction", _("Under construction")
    PLANNED = "planned", _("Planned")
    CLOSED = "closed", _("Closed")
