"""View building blocks shared by every app.

Every page requires login and a Django permission (role permissions live on groups, see
``accounts.services.ROLE_ACTIONS``). Anonymous users are redirected to the login page;
logged-in users without the permission get 403.

``FilteredListView`` — a list page with a django-filter FilterSet, whitelisted sorting and
pagination with a total count (exact up to 10,000)::

    class OrganisationListView(FilteredListView):
        permission_required = "organisations.view_organisation"
        filterset_class = OrganisationFilter
        template_name = "organisations/organisation_list.html"
        sort_fields = {"name": ("name",), "country": ("country", "name")}
        default_sort = "name"                       # may be "-field"
        export_path = "/organisations/export.xlsx"  # optional: the Excel link

        def get_base_queryset(self):                # visibility + select/prefetch
            return organisation_list()

  ``adjust_filterset(filterset)`` is a hook to narrow filter choices per user.
  ``?sort=name`` sorts ascending, ``?sort=-name`` descending; unknown keys fall back to
  ``default_sort``. ``paginate_by`` is 50. Context: ``filter`` (the bound FilterSet),
  ``object_list``/``page_obj``/``paginator``, ``total_count``, ``current_sort``,
  ``total_capped`` (more records matched than the 10,000 counted, 1,000 for a search or
  for a to-many filter over too many records to read with another condition,
  ``core.pagination``; a list narrowed by one to-many filter alone is counted from the link
  table, ``core.filters.link_rows``),
  ``sort_fields``, ``export_url`` (path + current query string, or None), ``query_string``
  (current GET without ``page``). Render with the partials ``includes/filter_form.html``,
  ``includes/sort_link.html`` and ``includes/pagination.html``.

``ServiceCreateMixin`` / ``OptimisticUpdateMixin`` — create and edit forms that save through
a service. Implement ``perform_create(form)`` / ``perform_update(form)`` returning the saved
instance; a ``ValidationError`` raised by the service lands on the form's fields. For
updates, ``form_class`` must be a ``core.forms.VersionedForm``; call the service with
``expected_version=form.expected_version``. When it raises ``ConcurrentUpdateError`` the
form is shown again with an error message, the context gets ``conflict`` (the current
stored record) and ``conflict_rows`` (fields whose stored value differs from the user's,
``{"name", "label", "theirs", "yours"}``; render with ``includes/conflict.html``), and the
hidden version is moved to the current one so a deliberate second save goes through.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import ListView

from .autocomplete import (
    AUTOCOMPLETE_LIMIT,
    autocomplete_chosen,
    autocomplete_chosen_matching,
    autocomplete_search,
    autocomplete_source,
)
from .filters import link_rows
from .forms import add_bootstrap_classes, add_service_errors
from .pagination import COUNT_CAP, SEARCH_COUNT_CAP, CappedPaginator, page_context
from .services import ConcurrentUpdateError


class ProtectedMixin(LoginRequiredMixin, PermissionRequiredMixin):
    """Login first (anonymous → login page), then the Django permission (→ 403)."""


class FilteredListView(ProtectedMixin, ListView):
    """A list page: FilterSet + whitelisted ``?sort=`` + pages of 50 with the total."""

    filterset_class: type | None = None
    sort_fields: dict[str, tuple[str, ...]] = {}
    default_sort: str = ""
    export_path: str | None = None
    paginate_by = 50
    # Counts stop at 10,000, searches' at 1,000 ("more than 10 000 records"): an exact
    # COUNT(*) over a million engagements cost more than the page itself (core.pagination).
    paginator_class = CappedPaginator
    # A register whose records are archived, not deleted: ``?archived=1`` lists the archive
    # (get_base_queryset reads ``self.archived``) and the filter form offers the switch.
    archivable = False

    @property
    def archived(self) -> bool:
        return self.archivable and self.request.GET.get("archived") == "1"

    def get_paginator(self, queryset: QuerySet, per_page: int, **kwargs: Any) -> CappedPaginator:
        searched = bool(self.request.GET.get("q", "").strip())
        count_rows, broad = None, False
        if self.filterset is not None:
            # A list narrowed by one to-many filter alone is counted from its link table;
            # one narrowed by a to-many filter with too many records to read as ids and by
            # something else is counted, like a search, to 1,000 (core.filters).
            count_rows = link_rows(self.unfiltered, self.filterset, queryset)
            broad = count_rows is None and any(
                getattr(f, "broad", False) for f in self.filterset.filters.values()
            )
        # A search's page is cut after matching where that pays (core.pagination).
        return super().get_paginator(
            queryset,
            per_page,
            cap=SEARCH_COUNT_CAP if searched or broad else COUNT_CAP,
            match_first=searched,
            count_rows=count_rows,
            walk_base=self.unfiltered if searched else None,
            **kwargs,
        )

    def get_base_queryset(self) -> QuerySet:
        """Override for visibility rules and select/prefetch_related."""
        return self.model._default_manager.all()

    def adjust_filterset(self, filterset: Any) -> None:
        """Hook before the filter form is built, e.g. to narrow a ModelChoiceFilter's
        ``queryset`` to what the user may see (``filterset.filters[name].queryset = ...``)."""

    def get_sort(self) -> str:
        requested = self.request.GET.get("sort", "")
        if requested.lstrip("-") in self.sort_fields:
            return requested
        return self.default_sort

    def get_queryset(self) -> QuerySet:
        queryset = self.unfiltered = self.get_base_queryset()
        if self.filterset_class is not None:
            self.filterset = self.filterset_class(
                self.request.GET, queryset=queryset, request=self.request
            )
            self.adjust_filterset(self.filterset)
            add_bootstrap_classes(self.filterset.form, small=True)
            queryset = self.filterset.qs if self.filterset.is_valid() else queryset.none()
        else:
            self.filterset = None
        self.current_sort = self.get_sort()
        key = self.current_sort.lstrip("-")
        if key in self.sort_fields:
            descending = self.current_sort.startswith("-")
            order = [f"-{f}" if descending else f for f in self.sort_fields[key]]
            # pk last: a stable order keeps pages from overlapping.
            queryset = queryset.order_by(*order, "-pk" if descending else "pk")
        return queryset

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        params = self.request.GET.copy()
        params.pop("page", None)
        query_string = params.urlencode()
        paginator = context.get("paginator")
        context.update(
            filter=self.filterset,
            current_sort=self.current_sort,
            sort_fields=self.sort_fields,
            archivable=self.archivable,
            archived=self.archived,
            **page_context(paginator, context["object_list"]),
            query_string=query_string,
            export_url=(
                f"{self.export_path}?{query_string}"
                if self.export_path and query_string
                else self.export_path
            ),
        )
        return context


class ServiceCreateMixin:
    """For CreateView: save through ``perform_create(form)``; service errors go to fields."""

    success_message: str = ""

    def perform_create(self, form: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            self.object = self.perform_create(form)
        except ValidationError as error:
            add_service_errors(form, error)
            return self.form_invalid(form)
        if self.success_message:
            messages.success(self.request, self.success_message % {"object": self.object})
        return HttpResponseRedirect(self.get_success_url())


class OptimisticUpdateMixin:
    """For UpdateView with a ``VersionedForm``: refuse a save over someone else's change."""

    success_message: str = ""

    def perform_update(self, form: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            self.object = self.perform_update(form)
        except ConcurrentUpdateError as error:
            return self.conflict(form, error)
        except ValidationError as error:
            add_service_errors(form, error)
            return self.form_invalid(form)
        if self.success_message:
            messages.success(self.request, self.success_message % {"object": self.object})
        return HttpResponseRedirect(self.get_success_url())

    def conflict(self, form: Any, error: ConcurrentUpdateError) -> HttpResponse:
        context = self.get_context_data(form=form, **show_conflict(form, error))
        return self.render_to_response(context, status=409)


def flash_errors(request: HttpRequest, source: Any) -> None:
    """Show a form's errors (each after its field's label) or a service's ``ValidationError``
    as messages: for forms posted from another page, which redirect back to it."""
    if isinstance(source, ValidationError):
        for message in source.messages:
            messages.error(request, message)
        return
    for name, errors in source.errors.items():
        label = source.fields[name].label if name in source.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else error)


def show_conflict(form: Any, error: ConcurrentUpdateError) -> dict[str, Any]:
    """Put someone else's change on a ``VersionedForm``: the error, and the current version
    to save over next; returns the page's ``conflict`` and ``conflict_rows`` (answer 409)."""
    current = error.current
    rows = form.conflict_rows(current)
    form.add_error(None, str(error))
    # The next save is a deliberate one made after seeing the other change.
    form.data = form.data.copy()
    form.data[form.add_prefix("version")] = str(current.version)
    return {"conflict": current, "conflict_rows": rows}


__all__ = [
    "FilteredListView",
    "OptimisticUpdateMixin",
    "ProtectedMixin",
    "ServiceCreateMixin",
    "flash_errors",
    "show_conflict",
]


def _ids(values: list[str]) -> set[int]:
    """The primary keys among ``values``: ASCII digits within a bigint (``"²".isdigit()`` is
    true and ``int()`` refuses it; a longer number overflows the database's integer)."""
    return {
        int(v)
        for v in values[: AUTOCOMPLETE_LIMIT * 5]
        if v.isascii() and v.isdigit() and 0 < int(v) < 2**63
    }


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """``/favicon.ico``, asked for by browsers where a response names no icon: the site's
    icon (``static/favicon.svg``, also linked from every page's head)."""
    return HttpResponseRedirect(static("favicon.svg"))


@login_required
@require_GET
def autocomplete(request: HttpRequest, kind: str) -> JsonResponse:
    """``{"results": [{"id", "text"}], "selected": [id]}``: up to 20 records of ``kind``
    matching ``?q=``.

    ``?selected=<id>`` (repeatable) are left out of the matches (they are on the page
    already); those of them that match are listed in ``selected``, so the picker keeps them
    in view instead of saying "nothing found". ``?ids=<id>`` (repeatable) without ``q``
    labels chosen records instead. All go through the source's visibility, so nothing the
    user may not see is named.
    """
    source = autocomplete_source(kind)
    if source is None:
        raise Http404
    if source.permission and not request.user.has_perm(source.permission):
        raise PermissionDenied
    text = (request.GET.get("q") or "").strip()[:100]
    selected = _ids(request.GET.getlist("selected"))
    ids = _ids(request.GET.getlist("ids"))
    chosen: list[int] = []
    if ids and not text:
        results = autocomplete_chosen(source, user=request.user, ids=ids)
    elif text:
        results = autocomplete_search(source, user=request.user, text=text, exclude=selected)
        chosen = autocomplete_chosen_matching(source, user=request.user, text=text, ids=selected)
    else:
        results = []
    return JsonResponse({"results": results, "selected": chosen})


def archive_toggle(
    request: HttpRequest, instance: Any, *, service: Any, keyword: str
) -> HttpResponseRedirect:
    """POST ``action=archive|restore`` (and ``version``) on a record's archive URL.

    ``service(**{keyword: instance}, archived=..., expected_version=...)`` does the write;
    the caller has checked the role and the record's visibility. Back to the record's page
    with a message either way.
    """
    archived = request.POST.get("action") != "restore"
    version = request.POST.get("version", "")
    try:
        service(
            **{keyword: instance},
            archived=archived,
            expected_version=int(version) if version.isdigit() else None,
        )
    except ConcurrentUpdateError:
        messages.error(request, _("Someone changed this record meanwhile; look and try again."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request, _("Moved to the archive.") if archived else _("Restored from the archive.")
        )
    return HttpResponseRedirect(instance.get_absolute_url())
