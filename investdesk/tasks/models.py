"""Tasks (поручения): follow-up work with an owner, a due date and the source it came from."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import Scope, scope_of
from investdesk.core.links import pk_url
from investdesk.core.models import VersionedModel

from .choices import OPEN_STATUSES, TaskPriority, TaskSource, TaskStatus


class TaskQuerySet(models.QuerySet):
    def open(self) -> "TaskQuerySet":
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None) -> "TaskQuerySet":
        return self.open().filter(due_date__lt=today or timezone.localdate())

    def assigned_to(self, user) -> "TaskQuerySet":
        return self.filter(assignee=user)

    def visible_to(self, user) -> "TaskQuerySet":
        """Partners see the tasks of their shared projects (``accounts.access``)."""
        scope = scope_of(user)
        if scope is Scope.EVERYTHING:
            return self
        if scope is Scope.SHARED:
            return self.filter(project__shared_with=user)
        return self.none()


class Task(VersionedModel):
    """A follow-up: who does what by when, and which meeting, promise or agreement asked for it."""

    title = models.CharField(_("title"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="tasks",
        verbose_name=_("assignee"),
    )
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.OPEN
    )
    priority = models.CharField(
        _("priority"), max_length=20, choices=TaskPriority.choices, default=TaskPriority.NORMAL
    )
    source = models.CharField(
        _("source"), max_length=20, choices=TaskSource.choices, default=TaskSource.OTHER
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name=_("project"),
    )
    engagement = models.ForeignKey(
        "engagements.Engagement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name=_("engagement"),
    )
    commitment = models.ForeignKey(
        "engagements.Commitment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name=_("commitment"),
    )
    obligation = models.ForeignKey(
        "agreements.Obligation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name=_("obligation"),
    )
    support_case = models.ForeignKey(
        "support.SupportCase",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name=_("support case"),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name=_("organisation"),
    )
    direction = models.ForeignKey(
        "reference.Direction",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name=_("direction"),
    )
    sites = models.ManyToManyField(
        "sitecatalog.Site", blank=True, related_name="tasks", verbose_name=_("sites")
    )
    documents = models.ManyToManyField(
        "documents.Document", blank=True, related_name="tasks", verbose_name=_("source documents")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    # A year at most: more is no reminder, and a number past the calendar (days=2000000000 was
    # stored on SQLite) stopped every run of the reminders for everyone.
    remind_days_before = models.PositiveSmallIntegerField(
        _("remind days before"), default=3, validators=[MaxValueValidator(366)]
    )
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = TaskQuerySet.as_manager()

    class Meta:
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["due_date", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(title=""),
                name="task_title_not_empty",
                violation_error_message=_("The title must not be empty."),
            ),
            models.CheckConstraint(
                condition=models.Q(completed_at__isnull=True) | models.Q(status=TaskStatus.DONE),
                name="task_completed_only_when_done",
                violation_error_message=_("Only a done task has a completion time."),
            ),
            models.UniqueConstraint(
                fields=["commitment", "direction"],
                condition=models.Q(commitment__isnull=False, direction__isnull=False),
                name="task_one_per_commitment_direction",
                violation_error_message=_("This direction of the commitment already has a task."),
            ),
            models.UniqueConstraint(
                fields=["obligation"],
                condition=models.Q(obligation__isnull=False),
                name="task_one_per_obligation",
                violation_error_message=_("This obligation already has a task."),
            ),
        ]
        indexes = [
            models.Index(fields=["assignee", "status", "due_date"], name="task_assignee_idx"),
            models.Index(fields=["status", "due_date"], name="task_status_due_idx"),
            models.Index(fields=["project", "status"], name="task_project_idx"),
            models.Index(fields=["commitment"], name="task_commitment_idx"),
            # The task list's default order: its first page is read from the index.
            models.Index(fields=["due_date", "id"], name="task_due_idx"),
            # Open tasks by deadline: someone's (the home page, the calendar's "my tasks")
            # and everyone's (the calendar), the first ones and the counts per day read from
            # these indexes, not from every open task's row.
            models.Index(
                fields=["assignee", "due_date", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="task_open_assignee_due_idx",
            ),
            models.Index(
                fields=["due_date", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="task_open_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return pk_url("tasks:detail", self.pk)

    @property
    def is_overdue(self) -> bool:
        return self.status in OPEN_STATUSES and self.due_date < timezone.localdate()
