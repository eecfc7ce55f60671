from django.db import models
from django.utils.translation import gettext_lazy as _


class AgreementKind(models.TextChoices):
    MEMORANDUM = "memorandum", _("Memorandum")
    COOPERATION = "cooperation", _("Cooperation agreement")
    SUPPORT = "support", _("Support agreement")
    INVESTMENT = "investment", _("Investment agreement")
    OTHER = "other", _("Other")


class ObligationStatus(models.TextChoices):
    OPEN = "open", _("Open")
    FULFILLED = "fulfilled", _("Fulfilled")
    PARTLY = "partly", _("Partly fulfilled")
    BROKEN = "broken", _("Not fulfilled")
    OVERDUE = "overdue", _("Overdue")
    CANCELLED = "cancelled", _("Cancelled")
