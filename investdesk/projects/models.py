"""Investment projects moving through the pipeline, with their stage history."""

from django.conf import settings
from django.db import models
from django.db.models import Case, F, Q, When
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import Scope, scope_of, sees_real_title
from investdesk.core.links import pk_url
from investdesk.core.models import VersionedModel
from investdesk.core.substring import needles, substring_candidates

from .choices import Confidentiality, LeadSource, ParticipantRole


class PipelineStage(models.Model):
    """A pipeline stage; reference data an administrator can rename and reorder."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_closing = models.BooleanField(
        _("closing state"), default=False, help_text=_("On hold, declined or completed.")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("pipeline stage")
        verbose_name_plural = _("pipeline stages")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "ru").startswith("en") else self.name_ru


class ProjectQuerySet(models.QuerySet):
    def active(self) -> "ProjectQuerySet":
        return self.filter(is_archived=False)

    def in_stage(self, *codes: str) -> "ProjectQuerySet":
        return self.filter(stage__code__in=codes)

    def open(self) -> "ProjectQuerySet":
        return self.filter(stage__is_closing=False)

    def visible_to(self, user) -> "ProjectQuerySet":
        """The platform's visibility rule (``accounts.access``): all, shared, or none."""
        scope = scope_of(user)
        if scope is Scope.EVERYTHING:
            return self
        if scope is Scope.SHARED:
            return self.filter(shared_with=user)
        return self.none()

    def with_shown_title(self, user) -> "ProjectQuerySet":
        """Annotated with ``shown_title``, the title as ``user`` reads it (``Project.title_for``).

        Lists sort "by title" on it: sorted by the real title, a confidential project's
        place among the others would reveal its title to those who see only the code name.
        """
        readable = real_title_q(user)
        if not readable:  # administrators read every title
            return self.annotate(shown_title=F("title"))
        return self.annotate(
            shown_title=Case(When(readable, then=F("title")), default=F("code_name"))
        )

    def title_contains(self, value: str, *, user) -> "ProjectQuerySet":
        """Projects whose code name, or whose title as ``user`` may see it, contains ``value``.

        A confidential project's real title is matched only for its curator and the
        administrators: for everyone else a search by it must not reveal the project.
        """
        return self.filter(title_contains_q(value, user=user))


def title_contains_q(value: str, *, user) -> Q:
    """The condition of ``ProjectQuerySet.title_contains``, to combine with others."""
    # On SQLite, the projects holding the text (``core.substring``) are the ones tried.
    return substring_candidates(Project, needles(value, word_start=False)) & (
        Q(code_name__icontains=value) | (Q(title__icontains=value) & real_title_q(user))
    )


def real_title_q(user) -> Q:
    """The projects whose real title ``user`` may read (``accounts.access.sees_real_title``)."""
    if sees_real_title(user, curator_id=None):
        return Q()  # administrators
    open_title = ~Q(confidentiality=Confidentiality.CONFIDENTIAL) | Q(code_name="")
    if scope_of(user) is Scope.EVERYTHING:
        return open_title | Q(curator_id=user.pk)
    return open_title


# What only the curator and the administrators change on a confidential project
# (``Project.secrecy_editable_by``; ``services.project_update`` enforces it).
SECRECY_FIELDS = ("confidentiality", "code_name", "curator")


class Project(VersionedModel):
    """An investment project: investor(s), site, money and jobs, stage and next step."""

    title = models.CharField(_("title"), max_length=300)
    code_name = models.CharField(
        _("code name"),
        max_length=100,
        blank=True,
        help_text=_("Used instead of the title when confidential."),
    )
    description = models.TextField(_("description"), blank=True)
    stage = models.ForeignKey(
        PipelineStage, on_delete=models.PROTECT, related_name="projects", verbose_name=_("stage")
    )
    stage_changed_at = models.DateTimeField(_("stage changed at"), null=True, blank=True)
    # Derived from the stage history (``stays.stage_stays_refresh`` keeps it): bit N is
    # set when the project has been in the stage with id N. The dashboard's conversion
    # counts projects that reached a stage or a later one from it, without the history.
    stages_reached = models.BigIntegerField(_("stages reached"), default=0, editable=False)
    # Derived from the participants (``leads.lead_investors_refresh`` keeps it): the first
    # recorded investor, else co-investor. The dashboard groups projects by its country.
    lead_investor = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("lead investor"),
    )
    organisations = models.ManyToManyField(
        "organisations.Organisation",
        through="ProjectParticipant",
        related_name="projects",
        verbose_name=_("investors and partners"),
    )
    directions = models.ManyToManyField(
        "reference.Direction", blank=True, related_name="projects", verbose_name=_("directions")
    )
    site = models.ForeignKey(
        "sitecatalog.Site",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("site"),
    )
    municipality = models.ForeignKey(
        "reference.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("municipality"),
    )
    lead_source = models.CharField(
        _("lead source"), max_length=20, choices=LeadSource.choices, default=LeadSource.OUTREACH
    )
    capex_planned = models.DecimalField(
        _("planned capital investment"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    capex_planned_is_estimate = models.BooleanField(
        _("planned capex is an estimate"), default=False
    )
    capex_actual = models.DecimalField(
        _("actual capital investment"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    capex_actual_is_estimate = models.BooleanField(_("actual capex is an estimate"), default=False)
    currency = models.CharField(_("currency"), max_length=3, default="RUB")
    jobs_planned = models.PositiveIntegerField(_("planned jobs"), null=True, blank=True)
    jobs_planned_is_estimate = models.BooleanField(_("planned jobs is an estimate"), default=False)
    jobs_actual = models.PositiveIntegerField(_("actual jobs"), null=True, blank=True)
    jobs_actual_is_estimate = models.BooleanField(_("actual jobs is an estimate"), default=False)
    curator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="curated_projects",
        verbose_name=_("curator"),
    )
    confidentiality = models.CharField(
        _("confidentiality"),
        max_length=20,
        choices=Confidentiality.choices,
        default=Confidentiality.INTERNAL,
    )
    next_step = models.CharField(_("next step"), max_length=500, blank=True)
    next_step_due = models.DateField(_("next step due"), null=True, blank=True)
    declined_reason = models.TextField(_("reason for declining"), blank=True)
    shared_with = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="shared_projects",
        verbose_name=_("shared with partners"),
    )
    is_archived = models.BooleanField(_("archived"), default=False)
    # Sharing with partners is an access grant: its changes are kept like field edits.
    history = HistoricalRecords(
        excluded_fields=["updated_at", "stages_reached", "lead_investor"], m2m_fields=[shared_with]
    )

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-updated_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capex_planned__isnull=True) | models.Q(capex_planned__gte=0),
                name="project_capex_planned_non_negative",
                violation_error_message=_("The planned capital investment cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(capex_actual__isnull=True) | models.Q(capex_actual__gte=0),
                name="project_capex_actual_non_negative",
                violation_error_message=_("The actual capital investment cannot be negative."),
            ),
            models.CheckConstraint(
                condition=~models.Q(title=""),
                name="project_title_not_empty",
                violation_error_message=_("The title must not be empty."),
            ),
            models.CheckConstraint(
                condition=models.Q(currency__regex=r"^[A-Z]{3}$"),
                name="project_currency_iso",
                violation_error_message=_("The currency must be a three-letter ISO 4217 code."),
            ),
        ]
        indexes = [
            models.Index(fields=["stage", "-updated_at"], name="project_stage_idx"),
            models.Index(fields=["curator", "stage"], name="project_curator_idx"),
            models.Index(fields=["municipality", "stage"], name="project_municipality_idx"),
            models.Index(fields=["is_archived", "stage"], name="project_archived_idx"),
            models.Index(fields=["next_step_due"], name="project_next_step_idx"),
            # The list's default order (recently updated first) among projects not archived.
            models.Index(
                fields=["is_archived", "-updated_at", "-id"], name="project_list_updated_idx"
            ),
            # The board's columns: each stage's newest projects not archived, read from the
            # index alone (a filter by ids, as the directions filter gives, is checked there).
            models.Index(
                fields=["is_archived", "stage", "-updated_at", "-id"], name="project_board_idx"
            ),
            # The map's projects without a site counted per municipality from the index
            # alone (nearly every project at scale 100: 100k rows read from the table).
            models.Index(
                fields=["municipality"],
                condition=models.Q(site__isnull=True, is_archived=False),
                name="project_unsited_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.display_title

    @property
    def display_title(self) -> str:
        """The title everyone may read: the code name of a confidential project."""
        if self.confidentiality == Confidentiality.CONFIDENTIAL and self.code_name:
            return self.code_name
        return self.title

    def title_for(self, user) -> str:
        """The real title for the project's curator and administrators, else ``display_title``."""
        if sees_real_title(user, curator_id=self.curator_id):
            return self.title
        return self.display_title

    def secrecy_editable_by(self, user) -> bool:
        """Whether ``user`` may change the confidentiality, code name or curator.

        Of a confidential project only those who read its title (its curator and the
        administrators) may: anyone else could otherwise declassify it, clear its code
        name or make themselves its curator, and then read the title.
        """
        if self.confidentiality != Confidentiality.CONFIDENTIAL:
            return True
        return sees_real_title(user, curator_id=self.curator_id)

    def get_absolute_url(self) -> str:
        return pk_url("projects:detail", self.pk)


class ProjectParticipant(models.Model):
    """An organisation's part in a project: investor, co-investor, partner, ..."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="participants", verbose_name=_("project")
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="project_roles",
        verbose_name=_("organisation"),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=ParticipantRole.choices, default=ParticipantRole.INVESTOR
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("project participant")
        verbose_name_plural = _("project participants")
        ordering = ["project", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation", "role"],
                name="project_participant_unique",
                violation_error_message=_(
                    "This organisation already has this role in the project."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.get_role_display()}"


class StageTransition(models.Model):
    """One move of a project between stages: who, when, from, to and why."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="transitions", verbose_name=_("project")
    )
    from_stage = models.ForeignKey(
        PipelineStage,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("from stage"),
    )
    to_stage = models.ForeignKey(
        PipelineStage, on_delete=models.PROTECT, related_name="+", verbose_name=_("to stage")
    )
    changed_at = models.DateTimeField(_("changed at"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("stage transition")
        verbose_name_plural = _("stage transitions")
        ordering = ["project", "changed_at"]
        indexes = [
            models.Index(fields=["project", "changed_at"], name="transition_project_idx"),
            models.Index(fields=["to_stage", "changed_at"], name="transition_stage_idx"),
            # The dashboard's median time in stage reads every transition in this order
            # (LEAD per project); with the stage included it is an index-only scan, no sort.
            models.Index(
                fields=["project", "changed_at", "id"],
                include=["to_stage"],
                name="transition_stay_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project}: {self.from_stage} → {self.to_stage}"


class StageStay(models.Model):
    """Derived from the transitions: how long a project has stayed in one stage.

    ``closed_us`` adds up the finished stays (a stay lasts until the project's next
    transition, the rule of ``selectors.stage_stays``); ``entered_us`` is the start of the
    stay still running (the stage of the project's last transition), otherwise empty. Both
    are whole microseconds (since 1970 for ``entered_us``): the dashboard's median time in
    stage sorts hundreds of thousands of them, and plain integers sort in memory where
    intervals spill to disk, and add up exactly on both databases. Never written
    directly: ``stays.stage_stays_refresh`` recomputes a project's rows from its
    transitions after every change of them, and ``investdesk rebuild_stage_stays``
    rebuilds the table.
    """

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="stays", verbose_name=_("project")
    )
    stage = models.ForeignKey(
        PipelineStage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("stage"),
        db_index=False,  # stage_stay_median_idx starts with it
    )
    closed_us = models.BigIntegerField(_("microseconds in finished stays"))
    entered_us = models.BigIntegerField(_("running stay since (microseconds)"), null=True)

    class Meta:
        verbose_name = _("stage stay")
        verbose_name_plural = _("stage stays")
        ordering = ["project", "stage"]
        constraints = [
            models.UniqueConstraint(fields=["project", "stage"], name="stage_stay_unique")
        ]
        indexes = [
            # The dashboard's median time in stage reads every stay in stage order from
            # this index alone (no sort, an index-only scan once vacuumed).
            models.Index(
                fields=["stage"],
                include=["closed_us", "entered_us", "project"],
                name="stage_stay_median_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.project_id}: {self.stage_id}"
