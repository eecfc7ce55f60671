from django.db import models
from django.utils.translation import gettext_lazy as _


class EntityType(models.TextChoices):
    ORGANISATION = "organisation", _("Organisations")
    PERSON = "person", _("People")
    PROJECT = "project", _("Projects")
    ENGAGEMENT = "engagement", _("Engagements")
    SITE = "site", _("Sites")
    DOCUMENT = "document", _("Documents")
