"""Row importers of the agency's work records: tasks, agreements, support cases, documents.

Built like ``importers`` (the registry's records), on the same column definitions: a row is
matched by its ID (else by its title and date), created or updated through the app's
services. Columns the export computes (completion time, obligation counts, next deadline,
late steps) are read back by nobody: they follow from the record.
"""

from collections.abc import Callable
from typing import Any

from django.db import models
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


def _row(
    v: dict[str, str],
    texts: tuple[str, ...],
    dates: tuple[str, ...] = (),
    links: dict[str, tuple[str, Callable[[str, str], Any]]] | None = None,
) -> dict[str, Any]:
    """The row's fields, only from the columns the file has: texts as they are, dates
    parsed, and related records found by name (``links``: column path -> (field, reader))."""
    data: dict[str, Any] = {k: v[k] for k in texts if k in v}
    data.update({k: _date(k, v[k]) for k in dates if k in v})
    for path, (field, read) in (links or {}).items():
        if path in v:
            data[field] = read(path, v[path])
    return data


def _match(model: type[models.Model], v: dict[str, str], **query: Any) -> Any:
    """The record of the row: by its ID, else by its name and date (``query``)."""
    return _by_id(model, v) or model._default_manager.filter(**query).order_by("pk").first()


def _required(data: dict[str, Any], fields: dict[str, str]) -> None:
    """A new record needs these fields (field -> column path)."""
    for key, path in fields.items():
        if not data.get(key):
            raise RowProblem(path, _("This field cannot be blank."))


def _save(
    existing: Any,
    data: dict[str, Any],
    create: Callable[[], Any],
    update: Callable[[dict[str, Any]], Any],
    *,
    more_changed: bool = False,
) -> str:
    """Create the record or update what changed; "created", "updated" or "unchanged"."""
    if existing is None:
        create()
        return "created"
    changes = _changes(existing, data)
    if not changes and not more_changed:
        return "unchanged"
    update(changes)
    return "updated"


def _direction(path: str, value: str) -> Any:
    found = _directions(path, value) if value else []
    if len(found) > 1:
        raise RowProblem(path, _("Name one direction."))
    return found[0] if found else None


# Each importer returns "created", "updated" or "unchanged".


def _import_task(v: dict[str, str]) -> str:
    links = {
        "assignee": ("assignee", _user),
        "project": ("project", _project),
        "engagement": ("engagement", _engagement),
        "organisation__name": ("organisation", _organisation),
        "direction__name_ru": ("direction", _direction),
    }
    data = _row(v, ("title", "status", "priority", "source"), ("due_date",), links)
    existing = _match(Task, v, title__iexact=data.get("title", ""), due_date=data.get("due_date"))

    def create() -> None:
        _required(data, {"assignee": "assignee", "due_date": "due_date"})
        done = {"completed_at": timezone.now()} if data.get("status") == TaskStatus.DONE else {}
        task_create(**data, **done)

    return _save(existing, data, create, lambda c: task_update(task=existing, changes=c))


def _import_agreement(v: dict[str, str]) -> str:
    links = {"project": ("project", _project), "engagement": ("engagement", _engagement)}
    data = _row(v, ("kind", "title", "number"), ("signed_on", "valid_until"), links)
    parties = _organisations("parties", v["parties"]) if "parties" in v else None
    existing = _match(
        Agreement, v, title__iexact=data.get("title", ""), signed_on=data.get("signed_on")
    )
    new_parties = existing is not None and parties is not None
    new_parties = new_parties and _m2m_changed(existing, "parties", parties)

    def create() -> None:
        _required(data, {"signed_on": "signed_on"})
        agreement_create(parties=parties or [], **data)

    def update(changes: dict[str, Any]) -> None:
        agreement_update(
            agreement=existing, changes=changes, parties=parties if new_parties else None
        )

    return _save(existing, data, create, update, more_changed=new_parties)


def _import_support_case(v: dict[str, str]) -> str:
    links = {
        "organisation__name": ("organisation", _organisation),
        "project": ("project", _project),
        "curator": ("curator", _user),
    }
    data = _row(v, ("subject", "status"), ("applied_on",), links)
    existing = _match(
        SupportCase,
        v,
        organisation=data.get("organisation"),
        subject__iexact=data.get("subject", ""),
        applied_on=data.get("applied_on"),
    )

    def create() -> None:
        _required(data, {"organisation": "organisation__name", "applied_on": "applied_on"})
        support_case_open(**data)

    return _save(existing, data, create, lambda c: support_case_update(case=existing, changes=c))


def _import_document(v: dict[str, str]) -> str:
    texts = ("title", "kind", "source_name", "source_url", "review_status")
    data = _row(v, texts, ("published_on",))
    existing = _match(
        Document, v, title__iexact=data.get("title", ""), published_on=data.get("published_on")
    )

    def create() -> None:
        # An exported row holds no text: the document is stored as its description alone.
        fields = {**data, "title": data.get("title", ""), "kind": data.get("kind") or "other"}
        document_store(text="", **fields)

    return _save(existing, data, create, lambda c: document_update(document=existing, changes=c))


WORK_IMPORTERS = {
    "tasks": _import_task,
    "agreements": _import_agreement,
    "support": _import_support_case,
    "documents": _import_document,
}
