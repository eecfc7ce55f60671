"""Engagements: visits, meetings, site tours and forums, with what they produced."""

import datetime

from django.db import connections, models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import Scope, scope_of
from investdesk.core.links import pk_url
from investdesk.core.models import TimeStampedModel, VersionedModel

from .choices import (
    CommitmentStatus,
    EngagementKind,
    EngagementStatus,
    OutcomeKind,
    ParticipationRole,
)

# How long an engagement lasts beyond its first day (a duration). On PostgreSQL an index
# on this expression (migration 0006, not on SQLite: there it would call a Python function
# Django registers) makes its maximum one index read (``EngagementQuerySet.overlapping``).
ENGAGEMENT_SPAN = models.ExpressionWrapper(
    models.F("end_date") - models.F("start_date"), output_field=models.DurationField()
)


class _JulianDay(models.Func):
    function = "julianday"
    output_field = models.FloatField()


# The same span in days on SQLite, written with its built-in julianday() so that any SQLite
# client can write the table: an index on this expression (migration 0007) makes its maximum
# one index read there too (the Python function behind ENGAGEMENT_SPAN read a million rows
# in two seconds at scale 100).
ENGAGEMENT_SPAN_SQLITE_DAYS = models.ExpressionWrapper(
    _JulianDay("end_date") - _JulianDay("start_date"), output_field=models.FloatField()
)


class EngagementQuerySet(models.QuerySet):
    def top_level(self) -> "EngagementQuerySet":
        return self.filter(parent__isnull=True)

    def confirmed(self) -> "EngagementQuerySet":
        return self.exclude(status=EngagementStatus.DRAFT)

    def overlapping(
        self, start: datetime.date, end: datetime.date | None = None
    ) -> "EngagementQuerySet":
        """Engagements whose days meet [start, end] (without ``end``: from ``start`` on).

        ``end_date >= start AND start_date <= end`` alone bounds no index: at scale it read
        every engagement that started before ``end`` (a million rows for this month). The
        longest engagement (one query, read from ``engagement_span_idx``) bounds the start
        date from below as well, so that the start-date indexes serve the range.
        """
        manager = self.model._default_manager.db_manager(self.db)
        if connections[self.db].vendor == "sqlite":
            days = manager.aggregate(longest=models.Max(ENGAGEMENT_SPAN_SQLITE_DAYS))["longest"]
            longest = None if days is None else datetime.timedelta(days=days)
        else:
            longest = manager.aggregate(longest=models.Max(ENGAGEMENT_SPAN))["longest"]
        if longest is None:
            return self.none()
        overlapping = self.filter(start_date__gte=start - longest, end_date__gte=start)
        return overlapping if end is None else overlapping.filter(start_date__lte=end)

    def visible_to(self, user) -> "EngagementQuerySet":
        """Partners see the engagements of their shared projects (``accounts.access``)."""
        scope = scope_of(user)
        if scope is Scope.EVERYTHING:
            return self
        if scope is Scope.SHARED:
            return self.filter(projects__shared_with=user).distinct()
        return self.none()


class Engagement(VersionedModel):
    """A visit, meeting, site tour, forum, call or letter. A visit contains meetings and tours."""

    kind = models.CharField(_("kind"), max_length=20, choices=EngagementKind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=EngagementStatus.choices, default=EngagementStatus.HELD
    )
    title = models.CharField(_("title"), max_length=500)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="parts",
        verbose_name=_("part of"),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    venue_organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_engagements",
        verbose_name=_("venue organisation"),
    )
    municipality = models.ForeignKey(
        "reference.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="engagements",
        verbose_name=_("municipality"),
    )
    organisations = models.ManyToManyField(
        "organisations.Organisation",
        blank=True,
        related_name="engagements",
        verbose_name=_("organisations"),
    )
    sites = models.ManyToManyField(
        "sitecatalog.Site", blank=True, related_name="engagements", verbose_name=_("sites visited")
    )
    projects = models.ManyToManyField(
        "projects.Project",
        blank=True,
        related_name="engagements",
        verbose_name=_("projects discussed"),
    )
    directions = models.ManyToManyField(
        "reference.Direction",
        blank=True,
        related_name="engagements",
        verbose_name=_("directions discussed"),
    )
    documents = models.ManyToManyField(
        "documents.Document",
        blank=True,
        related_name="engagements",
        verbose_name=_("source documents"),
    )
    summary = models.TextField(_("summary"), blank=True)
    minutes = models.TextField(_("minutes"), blank=True)
    origin_note = models.CharField(
        _("how it came about"),
        max_length=500,
        blank=True,
        help_text=_("E.g. outreach started in mid-2025."),
    )
    created_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    # Which projects an engagement concerns decides what partners see: keep its changes.
    history = HistoricalRecords(excluded_fields=["updated_at"], m2m_fields=[projects])

    objects = EngagementQuerySet.as_manager()

    class Meta:
        verbose_name = _("engagement")
        verbose_name_plural = _("engagements")
        ordering = ["-start_date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="engagement_end_not_before_start",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
            models.CheckConstraint(
                condition=~models.Q(title=""),
                name="engagement_title_not_empty",
                violation_error_message=_("The title must not be empty."),
            ),
            models.CheckConstraint(
                condition=models.Q(parent__isnull=True) | ~models.Q(parent=models.F("id")),
                name="engagement_not_own_part",
                violation_error_message=_("An engagement cannot be part of itself."),
            ),
        ]
        indexes = [
            models.Index(fields=["-start_date", "-id"], name="engagement_date_idx"),
            models.Index(fields=["kind", "-start_date"], name="engagement_kind_idx"),
            models.Index(fields=["status", "-start_date"], name="engagement_status_idx"),
            models.Index(fields=["parent", "start_date"], name="engagement_parent_idx"),
            models.Index(
                fields=["municipality", "-start_date"], name="engagement_municipality_idx"
            ),
            # The dashboard's engagements per month: COUNT(*) by start date of the top-level
            # held or planned ones, read from this index alone (an index-only scan once
            # vacuumed), not from the million rows of the table.
            models.Index(
                fields=["start_date"],
                condition=models.Q(
                    parent__isnull=True,
                    status__in=[EngagementStatus.HELD, EngagementStatus.PLANNED],
                ),
                name="engagement_month_idx",
            ),
            # The calendar: per day, how many held or planned engagements and the first few
            # of them, read by (start, end) from this index alone (status is included for
            # that), not from the table; and the home page's engagements still running.
            models.Index(
                fields=["start_date", "end_date", "id"],
                include=["status"],
                condition=~models.Q(status=EngagementStatus.CANCELLED),
                name="engagement_calendar_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return pk_url("engagements:detail", self.pk)

    @property
    def duration_days(self) -> int:
        return (self.end_date - self.start_date).days + 1


class EngagementParticipant(models.Model):
    """Who took part and how: a named person, or an unnamed role at an organisation."""

    engagement = models.ForeignKey(
        Engagement,
        on_delete=models.CASCADE,
        related_name="participants",
        verbose_name=_("engagement"),
    )
    person = models.ForeignKey(
        "people.Person",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="participations",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="participations",
        verbose_name=_("organisation"),
    )
    role_label = models.CharField(
        _("role or position"),
        max_length=300,
        blank=True,
        help_text=_(
            "For an unnamed participant, e.g. 'founder'; for a person, the position held then."
        ),
    )
    role = models.CharField(
        _("part in the engagement"),
        max_length=20,
        choices=ParticipationRole.choices,
        default=ParticipationRole.PARTICIPANT,
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["engagement", "role", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(person__isnull=False)
                | (models.Q(organisation__isnull=False) & ~models.Q(role_label="")),
                name="participant_named_or_role",
                violation_error_message=_(
                    "A participant is either a person or a role (e.g. 'founder') at an organisation."
                ),
            ),
            models.UniqueConstraint(
                fields=["engagement", "person"],
                condition=models.Q(person__isnull=False),
                name="participant_person_once",
                violation_error_message=_("This person is already a participant."),
            ),
        ]
        indexes = [models.Index(fields=["person", "engagement"], name="participant_person_idx")]

    def __str__(self) -> str:
        if self.person_id:
            return str(self.person)
        return f"{self.role_label} ({self.organisation})"

    @property
    def is_unnamed(self) -> bool:
        return self.person_id is None


class Outcome(models.Model):
    """What an engagement produced: directions agreed, a memorandum signed, ..."""

    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="outcomes", verbose_name=_("engagement")
    )
    kind = models.CharField(_("kind"), max_length=30, choices=OutcomeKind.choices)
    text = models.TextField(_("text"))
    directions = models.ManyToManyField(
        "reference.Direction", blank=True, related_name="outcomes", verbose_name=_("directions")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        ordering = ["engagement", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class Commitment(TimeStampedModel):
    """A promise made by a named person at an engagement; it yields tasks."""

    engagement = models.ForeignKey(
        Engagement,
        on_delete=models.CASCADE,
        related_name="commitments",
        verbose_name=_("engagement"),
    )
    person = models.ForeignKey(
        "people.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commitments",
        verbose_name=_("who promised"),
    )
    text = models.TextField(_("text"))
    directions = models.ManyToManyField(
        "reference.Direction",
        blank=True,
        related_name="commitments",
        verbose_name=_("directions covered"),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=CommitmentStatus.choices, default=CommitmentStatus.OPEN
    )
    status_date = models.DateField(_("status date"), null=True, blank=True)
    status_comment = models.TextField(_("status comment"), blank=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "due_date"], name="commitment_status_idx")]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return self.engagement.get_absolute_url() + f"#commitment-{self.pk}"


class Quote(models.Model):
    """A statement attributed to a person at an engagement, with its source."""

    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="quotes", verbose_name=_("engagement")
    )
    person = models.ForeignKey(
        "people.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quotes",
        verbose_name=_("speaker"),
    )
    text = models.TextField(_("text"))
    document = models.ForeignKey(
        "documents.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quotes",
        verbose_name=_("source"),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        ordering = ["engagement", "id"]

    def __str__(self) -> str:
        return self.text[:80]
