from django.db import models
from django.utils.translation import gettext_lazy as _


class SupportCaseStatus(models.TextChoices):
    OPEN = "open", _("Open")
    COMPLETED = "completed", _("Completed")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class SupportStepKind(models.TextChoices):
    """The single-window procedure, in order, with target terms in working days."""

    COMPLIANCE_CHECK = "compliance_check", _("Compliance check")
    CURATOR_ASSIGNED = "curator_assigned", _("Curator assigned")
    ROAD_MAP = "road_map", _("Road map approved")
    SUPPORT_AGREEMENT = "support_agreement", _("Support agreement signed")


# Working days from the application date by which each step is due.
DEFAULT_STEP_TARGETS: dict[str, int] = {
    SupportStepKind.COMPLIANCE_CHECK: 3,
    SupportStepKind.CURATOR_ASSIGNED: 10,
    SupportStepKind.ROAD_MAP: 30,
    SupportStepKind.SUPPORT_AGREEMENT: 60,
}
