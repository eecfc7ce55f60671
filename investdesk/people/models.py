"""People: named participants with their positions over time and personal contact data."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import PortfolioQuerySet
from investdesk.core.links import pk_url
from investdesk.core.models import VersionedModel, merge_fields


class PersonQuerySet(PortfolioQuerySet):
    def active(self) -> "PersonQuerySet":
        """People not archived (a merged person is archived too)."""
        return self.filter(is_archived=False)

    def with_current_position(self) -> "PersonQuerySet":
        return self.select_related("organisation")


class Person(VersionedModel):
    """A named person. Contact fields are personal data: curators and admins only."""

    last_name = models.CharField(_("last name"), max_length=150)
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    patronymic = models.CharField(_("patronymic"), max_length=150, blank=True)
    name_original = models.CharField(_("name in the original spelling"), max_length=300, blank=True)
    # Denormalised current position: list pages show it without reading the history.
    position = models.CharField(_("current position"), max_length=300, blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("current organisation"),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    merged_into, is_archived = merge_fields()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = PersonQuerySet.as_manager()

    PERSONAL_FIELDS = ("email", "phone", "notes")

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["last_name", "first_name", "patronymic"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(last_name=""),
                name="person_last_name_not_empty",
                violation_error_message=_("The last name must not be empty."),
            )
        ]
        indexes = [
            models.Index(fields=["last_name", "first_name"], name="person_name_idx"),
            models.Index(fields=["organisation", "last_name"], name="person_org_idx"),
            # The list shows people not archived, by name (and counts them). The key ends the
            # list's order (``pk`` breaks ties): without it PostgreSQL read and sorted every
            # namesake of the first group (1,728 rows for the first page at scale 100).
            models.Index(
                fields=["is_archived", "last_name", "first_name", "id"],
                name="person_archived_name_id_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.patronymic, self.last_name) if p)

    @property
    def short_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def get_absolute_url(self) -> str:
        return pk_url("people:detail", self.pk)


class Position(models.Model):
    """A position a person held at an organisation, from a date to a date (history)."""

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="positions", verbose_name=_("person")
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="positions",
        verbose_name=_("organisation"),
    )
    title = models.CharField(_("title"), max_length=300)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["person", "-started_on"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True)
                | models.Q(started_on__isnull=True)
                | models.Q(ended_on__gte=models.F("started_on")),
                name="position_end_after_start",
                violation_error_message=_("A position cannot end before it starts."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.organisation})" if self.organisation_id else self.title

    @property
    def is_current(self) -> bool:
        return self.ended_on is None
