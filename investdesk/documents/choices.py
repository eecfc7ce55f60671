from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    PRESS_RELEASE = "press_release", _("Press release")
    MINUTES = "minutes", _("Minutes")
    AGREEMENT = "agreement", _("Agreement file")
    PRESENTATION = "presentation", _("Presentation")
    LETTER = "letter", _("Letter")
    OTHER = "other", _("Other")


class ReviewStatus(models.TextChoices):
    NEW = "new", _("Awaiting review")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")
    NOT_APPLICABLE = "n/a", _("Not reviewed")
