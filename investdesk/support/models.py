"""Single-window support cases: the agency's procedure, step by step, against its own terms."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import PortfolioQuerySet
from investdesk.core.models import VersionedModel

from .choices import SupportCaseStatus, SupportStepKind


class SupportCaseQuerySet(PortfolioQuerySet):
    pass


class SupportCase(VersionedModel):
    """An investor's application for support and its progress through the procedure."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="support_cases",
        verbose_name=_("applicant"),
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="support_cases",
        verbose_name=_("project"),
    )
    applied_on = models.DateField(_("applied on"))
    subject = models.CharField(_("support requested"), max_length=500)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SupportCaseStatus.choices,
        default=SupportCaseStatus.OPEN,
    )
    curator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="support_cases",
        verbose_name=_("curator"),
    )
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = SupportCaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("support case")
        verbose_name_plural = _("support cases")
        ordering = ["-applied_on", "-id"]
        indexes = [models.Index(fields=["status", "applied_on"], name="support_case_status_idx")]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("support:detail", args=[self.pk])


class SupportStepQuerySet(PortfolioQuerySet):
    pass


class SupportStep(models.Model):
    """One step of the procedure with its target date and the date it was actually done."""

    case = models.ForeignKey(
        SupportCase, on_delete=models.CASCADE, related_name="steps", verbose_name=_("case")
    )
    kind = models.CharField(_("step"), max_length=30, choices=SupportStepKind.choices)
    order = models.PositiveSmallIntegerField(_("order"))
    target_working_days = models.PositiveSmallIntegerField(_("target, working days"))
    target_date = models.DateField(_("target date"))
    actual_date = models.DateField(_("done on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    history = HistoricalRecords()

    objects = SupportStepQuerySet.as_manager()

    class Meta:
        verbose_name = _("support step")
        verbose_name_plural = _("support steps")
        ordering = ["case", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "kind"],
                name="support_step_once_per_case",
                violation_error_message=_("This step already exists in the case."),
            )
        ]
        indexes = [models.Index(fields=["actual_date", "target_date"], name="support_step_due_idx")]

    def __str__(self) -> str:
        return self.get_kind_display()

    @property
    def is_late(self) -> bool:
        reference = self.actual_date or timezone.localdate()
        return reference > self.target_date

    @property
    def days_late(self) -> int:
        reference = self.actual_date or timezone.localdate()
        return max(0, (reference - self.target_date).days)
