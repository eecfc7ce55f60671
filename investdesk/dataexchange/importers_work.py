"""Row importers of the agency's work records: tasks, agreements, support cases, documents.

Built like ``importers`` (the registry's records), on the same column definitions: a row is
matched by its ID (else by its title and date), created or updated through the app's
services. Columns the export computes (completion time, obligation counts, next deadline,
late steps) are read back by nobody: they follow from the record.
"""

from typing import Any

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from investdesk.accounts.models import User
from investdesk.agreements.models import Agreement
from investdesk.agreements.services import agreement_create, agreement_update
from investdesk.documents.models import Document
from investdesk.documents.services import document_store, document_update
from investdesk.engagements.models import Engagement
from investdesk.projects.models import Project
from investdesk.support.models import SupportCase
from investdesk.support.services import support_case_open, support_case_update
from investdesk.tasks.choices import TaskStatus
from investdesk.tasks.models import Task
from investdesk.tasks.services import task_create, task_update

from .importers import (
    RowProblem,
    _by_id,
    _changes,
    _date,
    _directions,
    _m2m_changed,
    _organisation,
    _organisations,
)


def _unknown(path: str, value: str) -> RowProblem:
    return RowProblem(path, _("“%(value)s” is not known.") % {"value": value})


def _user(path: str, value: str) -> User | None:
    """A user as exports write one: the full name, else the login."""
    if not value:
        return None
    wanted = value.casefold()
    for user in User.objects.filter(is_active=True).order_by("pk"):
        if wanted in (str(user).casefold(), user.username.casefold()):
            return user
    raise _unknown(path, value)


def _project(path: str, value: str) -> Project | None:
    """A project by its title or, as a confidential one is exported, its code name."""
    if not value:
        return None
    found = Project.objects.filter(Q(title__iexact=value) | Q(code_name__iexact=value))
    project = found.order_by("pk").first()
    if project is None:
        raise _unknown(path, value)
    return project


def _engagement(path: str, value: str) -> Engagement | None:
    if not value:
        return None
    engagement = Engagement.objects.filter(title__iexact=value).order_by("pk").first()
    if engagement is None:
        raise _unknown(path, value)
    return engagement


def _read(v: dict[str, str], texts: tuple[str, ...], dates: tuple[str, ...]) -> dict[str, Any]:
    """The row's own text and date fields (only the columns the file has)."""
    data: dict[str, Any] = {k: v[k] for k in texts if k in v}
    data.update({k: _date(k, v[k]) for k in dates if k in v})
    return data


def _links(v: dict[str, str], readers: dict[str, tuple[str, Any]]) -> dict[str, Any]:
    """Related records named in the row: ``{column path: (field, reader)}``."""
    return {field: read(path, v[path]) for path, (field, read) in readers.items() if path in v}


# Each importer returns "created", "updated" or "unchanged".


def _import_task(v: dict[str, str]) -> str:
    data = _read(v, ("title", "status", "priority", "source"), ("due_date",))
    data.update(
        _links(
            v,
            {
                "assignee": ("assignee", _user),
                "project": ("project", _project),
                "engagement": ("engagement", _engagement),
                "organisation__name": ("organisation", _organisation),
                "direction__name_ru": ("direction", _direction),
            },
        )
    )
    existing = (
        _by_id(Task, v)
        or Task.objects.filter(
            title__iexact=data.get("title", ""), due_date=data.get("due_date")
        ).first()
    )
    if existing is None:
        for path in ("assignee", "due_date"):
            if not data.get(path):
                raise RowProblem(path, _("This field cannot be blank."))
        if data.get("status") == TaskStatus.DONE:
            data["completed_at"] = timezone.now()
        task_create(**data)
        return "created"
    changes = _changes(existing, data)
    if not changes:
        return "unchanged"
    task_update(task=existing, changes=changes)
    return "updated"


def _direction(path: str, value: str) -> Any:
    found = _directions(path, value) if value else []
    if len(found) > 1:
        raise RowProblem(path, _("Name one direction."))
    return found[0] if found else None


def _import_agreement(v: dict[str, str]) -> str:
    data = _read(v, ("kind", "title", "number"), ("signed_on", "valid_until"))
    data.update(
        _links(
            v,
            {"project": ("project", _project), "engagement": ("engagement", _engagement)},
        )
    )
    parties = _organisations("parties", v["parties"]) if "parties" in v else None
    existing = (
        _by_id(Agreement, v)
        or Agreement.objects.filter(
            title__iexact=data.get("title", ""), signed_on=data.get("signed_on")
        ).first()
    )
    if existing is None:
        if not data.get("signed_on"):
            raise RowProblem("signed_on", _("This field cannot be blank."))
        agreement_create(parties=parties or [], **data)
        return "created"
    changes = _changes(existing, data)
    m2m = parties is not None and _m2m_changed(existing, "parties", parties)
    if not changes and not m2m:
        return "unchanged"
    agreement_update(agreement=existing, changes=changes, parties=parties if m2m else None)
    return "updated"


def _import_support_case(v: dict[str, str]) -> str:
    data = _read(v, ("subject", "status"), ("applied_on",))
    data.update(
        _links(
            v,
            {
                "organisation__name": ("organisation", _organisation),
                "project": ("project", _project),
                "curator": ("curator", _user),
            },
        )
    )
    existing = _by_id(SupportCase, v) or (
        SupportCase.objects.filter(
            organisation=data.get("organisation"),
            subject__iexact=data.get("subject", ""),
            applied_on=data.get("applied_on"),
        ).first()
    )
    if existing is None:
        for path, key in (("organisation__name", "organisation"), ("applied_on", "applied_on")):
            if not data.get(key):
                raise RowProblem(path, _("This field cannot be blank."))
        support_case_open(**data)
        return "created"
    changes = _changes(existing, data)
    if not changes:
        return "unchanged"
    support_case_update(case=existing, changes=changes)
    return "updated"


def _import_document(v: dict[str, str]) -> str:
    data = _read(
        v, ("title", "kind", "source_name", "source_url", "review_status"), ("published_on",)
    )
    existing = (
        _by_id(Document, v)
        or Document.objects.filter(
            title__iexact=data.get("title", ""), published_on=data.get("published_on")
        ).first()
    )
    if existing is None:
        # An exported row holds no text: the document is stored as its description alone.
        title, kind = data.pop("title", ""), data.pop("kind", "") or "other"
        document_store(title=title, text="", kind=kind, **data)
        return "created"
    changes = _changes(existing, data)
    if not changes:
        return "unchanged"
    document_update(document=existing, changes=changes)
    return "updated"


WORK_IMPORTERS = {
    "tasks": _import_task,
    "agreements": _import_agreement,
    "support": _import_support_case,
    "documents": _import_document,
}
