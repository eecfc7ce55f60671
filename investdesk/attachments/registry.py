"""Which records take attachments, and who may see or change them.

Attachments sit below the domain apps (import-linter's layers), so they never import them:
a record is named by its model label, and the rule is the one every detail page applies,
read from the model itself —

- **see**: the role's ``<app>.view_<model>`` permission, and the record is in
  ``Model.objects.visible_to(user)`` (``accounts.access``: the whole portfolio, or for
  partners only what is shared with them). A model without ``visible_to`` is for the
  portfolio roles only.
- **change** (upload, archive): seeing it, and the ``<app>.change_<model>`` permission.

The detail pages of these models include the attachments panel. Another app opens its
records to attachments with ``register("app_label.model")`` in its ``AppConfig.ready()``.
"""

from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from investdesk.accounts.access import sees_everything
from investdesk.core.records import CURATOR_RECORDS, files_and_notes_open_to

# The records of a curator's day (issue "A curator's whole day in the interface").
_LABELS: list[str] = list(CURATOR_RECORDS)


def register(label: str) -> None:
    """Let records of the model ``label`` ("app_label.model") take attachments."""
    label = label.lower()
    if label not in _LABELS:
        _LABELS.append(label)


def kinds() -> list[str]:
    """The model names (used in URLs and the API) of the records that take attachments."""
    return [label.split(".", 1)[1] for label in _LABELS]


def model_for(kind: str) -> type[Model] | None:
    """The model of ``kind`` (a model name such as ``engagement``), or None."""
    for label in _LABELS:
        app_label, model_name = label.split(".", 1)
        if model_name == kind:
            return apps.get_model(app_label, model_name)
    return None


def is_attachable(obj: Any) -> bool:
    return isinstance(obj, Model) and obj._meta.label_lower in _LABELS


def kind_of(obj: Model) -> str:
    return obj._meta.model_name


def content_type_ids() -> list[int]:
    """Content type ids of every attachable model (cached by Django after the first call)."""
    models = [apps.get_model(*label.split(".", 1)) for label in _LABELS]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def permission(obj_or_model: Any, action: str) -> str:
    opts = obj_or_model._meta
    return f"{opts.app_label}.{action}_{opts.model_name}"


def visible_records(model: type[Model], user: Any):
    """The records of ``model`` that ``user`` may see (the detail pages' rule)."""
    if not user.has_perm(permission(model, "view")) or not files_and_notes_open_to(
        user, model._meta.label_lower
    ):
        return model._default_manager.none()
    queryset = model._default_manager.all()
    if hasattr(queryset, "visible_to"):
        return queryset.visible_to(user)
    return queryset if sees_everything(user) else queryset.none()


def may_view(user: Any, obj: Model) -> bool:
    if not is_attachable(obj) or not getattr(user, "is_authenticated", False):
        return False
    return visible_records(type(obj), user).filter(pk=obj.pk).exists()


def may_change(user: Any, obj: Model) -> bool:
    """May upload to and archive attachments of ``obj`` (who may edit the record)."""
    if not is_attachable(obj) or not getattr(user, "is_authenticated", False):
        return False
    return user.has_perm(permission(obj, "change")) and may_view(user, obj)


def may_change_any(user: Any) -> bool:
    """Holds the change permission of at least one attachable kind (API: who may upload)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return any(user.has_perm(f"{label.replace('.', '.change_', 1)}") for label in _LABELS)
