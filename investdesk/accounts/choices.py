from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CURATOR = "curator", _("Curator")
    LEADERSHIP = "leadership", _("Leadership")
    ANALYST = "analyst", _("Analyst")
    PARTNER = "partner", _("Partner")
    ADMIN = "admin", _("Administrator")
