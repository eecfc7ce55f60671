"""Single-window support cases: the agency's procedure, step by step, against its own terms."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import PortfolioQuerySet
from investdesk.core.links import pk_url
from investdesk.core.models import VersionedModel

from .choices import SupportCaseStatus, SupportStepKind
from .workdays import working_days_between


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
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    closing_reason = models.TextField(_("reason for closing"), blank=True)
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
        return pk_url("support:detail", self.pk)


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
        """Working days past the target (the Russian production calendar)."""
        reference = self.actual_date or timezone.localdate()
        return working_days_between(self.target_date, reference)


class Inquiry(models.Model):
    """An investor's inquiry from the public portal: who asked, what they need, and the
    support case it opened. Kept as the investor wrote it; the case is the agency's work."""

    case = models.OneToOneField(
        SupportCase, on_delete=models.CASCADE, related_name="inquiry", verbose_name=_("case")
    )
    company = models.CharField(_("company"), max_length=300)
    country = CountryField(_("country"))
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    direction = models.ForeignKey(
        "reference.Direction",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("direction"),
    )
    area_ha = models.DecimalField(
        _("area needed, ha"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    power_mw = models.DecimalField(
        _("power needed, MW"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    gas_m3h = models.DecimalField(
        _("gas needed, m³/h"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    water_m3d = models.DecimalField(
        _("water needed, m³/day"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    needs_rail = models.BooleanField(_("railway needed"), default=False)
    investment_mln = models.DecimalField(
        _("planned investment, million"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, default="RUB")
    jobs = models.PositiveIntegerField(_("jobs"), null=True, blank=True)
    message = models.TextField(_("message"))
    attachment = models.FileField(_("attachment"), upload_to="inquiries/%Y/%m/", blank=True)
    language = models.CharField(_("language"), max_length=10, default="ru")
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)

    class Meta:
        verbose_name = _("portal inquiry")
        verbose_name_plural = _("portal inquiries")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(area_ha__isnull=True) | models.Q(area_ha__gte=0))
                & (models.Q(power_mw__isnull=True) | models.Q(power_mw__gte=0))
                & (models.Q(gas_m3h__isnull=True) | models.Q(gas_m3h__gte=0))
                & (models.Q(water_m3d__isnull=True) | models.Q(water_m3d__gte=0))
                & (models.Q(investment_mln__isnull=True) | models.Q(investment_mln__gte=0)),
                name="inquiry_needs_non_negative",
                violation_error_message=_("Needs cannot be negative."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.company} ({self.created_at:%Y-%m-%d})" if self.created_at else self.company
