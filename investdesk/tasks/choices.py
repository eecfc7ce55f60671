from django.db import models
from django.utils.translation import gettext_lazy as _


class TaskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_STATUSES = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


class TaskPriority(models.TextChoices):
    LOW = "low", _("Low")
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")
    CRITICAL = "critical", _("Critical")


class TaskSource(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    COMMITMENT = "commitment", _("Commitment")
    OBLIGATION = "obligation", _("Agreement obligation")
    INSTRUCTION = "instruction", _("Leadership instruction")
    SUPPORT_CASE = "support_case", _("Support case")
    OTHER = "other", _("Other")
