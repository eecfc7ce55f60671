"""Agreements (memoranda, cooperation and support agreements) and their obligations."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import PortfolioQuerySet
from investdesk.core.links import pk_url
from investdesk.core.models import VersionedModel

from .choices import AgreementKind, ObligationStatus


class AgreementQuerySet(PortfolioQuerySet):
    pass


class Agreement(VersionedModel):
    """A signed agreement: its parties, where it was signed, the file and the obligations."""

    kind = models.CharField(_("kind"), max_length=20, choices=AgreementKind.choices)
    title = models.CharField(_("title"), max_length=500)
    number = models.CharField(_("number"), max_length=100, blank=True)
    signed_on = models.DateField(_("signed on"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    parties = models.ManyToManyField(
        "organisations.Organisation", related_name="agreements", verbose_name=_("parties")
    )
    engagement = models.ForeignKey(
        "engagements.Engagement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("signed at"),
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("project"),
    )
    document = models.ForeignKey(
        "documents.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("document"),
    )
    summary = models.TextField(_("summary"), blank=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-signed_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_until__gte=models.F("signed_on")),
                name="agreement_valid_after_signed",
                violation_error_message=_("An agreement cannot expire before it is signed."),
            )
        ]
        indexes = [models.Index(fields=["kind", "-signed_on"], name="agreement_kind_idx")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return pk_url("agreements:detail", self.pk)


class ObligationQuerySet(PortfolioQuerySet):
    pass


class Obligation(models.Model):
    """What one party undertook in an agreement, with a deadline; yields tasks."""

    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, related_name="obligations", verbose_name=_("agreement")
    )
    party = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="obligations",
        verbose_name=_("party"),
    )
    text = models.TextField(_("text"))
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ObligationStatus.choices, default=ObligationStatus.OPEN
    )
    status_date = models.DateField(_("status date"), null=True, blank=True)
    status_comment = models.TextField(_("status comment"), blank=True)
    history = HistoricalRecords()

    objects = ObligationQuerySet.as_manager()

    class Meta:
        verbose_name = _("obligation")
        verbose_name_plural = _("obligations")
        ordering = ["agreement", "deadline", "id"]
        indexes = [models.Index(fields=["status", "deadline"], name="obligation_status_idx")]

    def __str__(self) -> str:
        return self.text[:80]
