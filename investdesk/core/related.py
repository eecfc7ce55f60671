"""Extension points of detail pages: what the apps above a record add to its page.

An app imports only the apps below it (the layers in ``pyproject.toml``), yet a record's page
shows what the apps above refer to it with: an organisation's people, projects and
engagements, a project's tasks and agreements, the task forms under a commitment. The lower
app names an extension point (``"<app>.<model>"``) and reads it; the upper app fills it from
its ``AppConfig.ready()`` (``related.py`` of that app), so the dependency points upwards only
in data, never in imports.

Two kinds of contribution:

- a *prefetch*: a ``Prefetch`` over a reverse relation of the lower model, built for the
  reading user (``project.task_list``, ``engagement.agreement_list``); the lower selector adds
  it to its one query set, so the page keeps its fixed number of queries;
- a *section*: extra template context for the record's page (``{"engagements": [...]}``),
  computed from the record (already read with its prefetches) and the user.

And ``read_once``: what two parts of one page show of a record (its files in their panel and
on its timeline) is read once for the request.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from django.db.models import Prefetch

T = TypeVar("T")
PrefetchFactory = Callable[..., Prefetch]
SectionProvider = Callable[..., dict[str, Any]]

# point -> {provider's dotted name: provider}; keyed by name so a second ready() (tests that
# reload the app registry) replaces a provider instead of adding it twice.
_prefetches: dict[str, dict[str, PrefetchFactory]] = {}
_sections: dict[str, dict[str, SectionProvider]] = {}


def _name(function: Callable[..., Any]) -> str:
    return f"{function.__module__}.{function.__qualname__}"


def add_prefetch(point: str, factory: PrefetchFactory) -> None:
    """Register ``factory(user=...) -> Prefetch`` for the records read at ``point``."""
    _prefetches.setdefault(point, {})[_name(factory)] = factory


def add_section(point: str, provider: SectionProvider) -> None:
    """Register ``provider(record, user=...) -> dict`` as context of the page at ``point``."""
    _sections.setdefault(point, {})[_name(provider)] = provider


def prefetches(point: str, *, user: Any) -> list[Prefetch]:
    """The prefetches the upper apps add to the records read at ``point``."""
    return [factory(user=user) for factory in _prefetches.get(point, {}).values()]


def sections(point: str, record: Any, *, user: Any) -> dict[str, Any]:
    """The page context the upper apps add for ``record``, merged in registration order."""
    context: dict[str, Any] = {}
    for provider in _sections.get(point, {}).values():
        context.update(provider(record, user=user))
    return context


def read_once(request: Any, record: Any, name: str, read: Callable[[], T]) -> T:
    """``read()``'s answer for ``name`` of ``record``, read at the first ask of the request
    (``request`` None: every time). Kept on the request, not the record: a record instance
    may outlive a write (a test, a view that saves then renders), a request's reads do not."""
    if request is None:
        return read()
    reads = request.__dict__.setdefault("_record_reads", {})
    key = (record._meta.label_lower, record.pk, name)
    if key not in reads:
        reads[key] = read()
    return reads[key]
