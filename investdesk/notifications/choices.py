from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    """What a notification is about; each user chooses the channels per kind."""

    TASK_REMINDER = "task_reminder", _("Task due soon")
    TASK_OVERDUE = "task_overdue", _("Task overdue")
    TASK_ESCALATED = "task_escalated", _("Overdue task escalated")
    SUPPORT_STEP_DUE = "support_step_due", _("Support case step due soon")
    SUPPORT_STEP_LATE = "support_step_late", _("Support case step late")
    OBLIGATION_DUE = "obligation_due", _("Agreement obligation due soon")
    OBLIGATION_OVERDUE = "obligation_overdue", _("Agreement obligation overdue")
    DIGEST = "digest", _("Daily digest")
    TASK_ASSIGNED = "task_assigned", _("Task assigned to you")
    PROJECT_ASSIGNED = "project_assigned", _("Project you now curate")
    CASE_ASSIGNED = "case_assigned", _("Support case handed to you")
    MENTION = "mention", _("Mention")
    NEWS = "news", _("News about your organisations")
    GENERAL = "general", _("Other")


class Channel(models.TextChoices):
    IN_APP = "in_app", _("In the application")
    EMAIL = "email", _("E-mail")


class ChannelChoice(models.TextChoices):
    """A user's choice for one kind of notification."""

    BOTH = "both", _("In the application and by e-mail")
    IN_APP = "in_app", _("In the application only")
    EMAIL = "email", _("By e-mail only")
    NONE = "none", _("Do not notify")


CHANNELS_OF_CHOICE: dict[str, tuple[str, ...]] = {
    ChannelChoice.BOTH: (Channel.IN_APP, Channel.EMAIL),
    ChannelChoice.IN_APP: (Channel.IN_APP,),
    ChannelChoice.EMAIL: (Channel.EMAIL,),
    ChannelChoice.NONE: (),
}


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
