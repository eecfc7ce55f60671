"""The pickers of the engagement forms: options for organisations, people, projects, sites and
engagements matching what was typed."""

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.models import Project
from investdesk.sitecatalog.models import Site

from ..models import Engagement

AUTOCOMPLETE_LIMIT = 20


@login_required
@require_GET
def autocomplete(request: HttpRequest, kind: str) -> HttpResponse:
    """Options for a picker: the chosen ones (kept selected) and up to 20 matches of ``q``."""
    query = (request.GET.get("q") or "").strip()
    multiple = bool(request.GET.get("multiple"))
    selected = {
        int(value)
        for key in request.GET
        if key not in ("q", "multiple")
        for value in request.GET.getlist(key)
        if value.isdigit()
    }
    user = request.user
    if kind == "organisations":
        perm = "organisations.view_organisation"
        queryset = Organisation.objects.active().visible_to(user)
        match = Q(name__icontains=query) | Q(short_name__icontains=query)
        match |= Q(name_original__icontains=query) | Q(aliases__alias__icontains=query)
    elif kind == "people":
        perm = "people.view_person"
        queryset = Person.objects.visible_to(user).active().select_related("organisation")
        match = Q(last_name__icontains=query) | Q(first_name__icontains=query)
        match |= Q(name_original__icontains=query)
    elif kind == "projects":
        perm, queryset = "projects.view_project", Project.objects.active().visible_to(user)
        match = Q(pk__in=Project.objects.title_contains(query, user=user).values("pk"))
    elif kind == "sites":
        perm, queryset = "sitecatalog.view_site", Site.objects.visible_to(user)
        match = Q(name__icontains=query)
    elif kind == "engagements":
        perm, queryset = "engagements.view_engagement", Engagement.objects.visible_to(user)
        match = Q(title__icontains=query)
    else:
        raise Http404
    if not user.has_perm(perm):
        raise PermissionDenied
    chosen = list(queryset.filter(pk__in=selected)) if selected else []
    found = []
    if query:
        found = list(
            queryset.filter(pk__in=queryset.filter(match).values("pk"))
            .exclude(pk__in=selected)
            .order_by("pk")[:AUTOCOMPLETE_LIMIT]
        )
        found.sort(key=str)

    def label(obj: Any) -> str:
        if isinstance(obj, Person) and obj.organisation_id:
            return f"{obj} — {obj.position or ''} {obj.organisation}".replace("  ", " ")
        if isinstance(obj, Project):
            return obj.title_for(user)
        if isinstance(obj, Engagement):
            return f"{obj.start_date:%d.%m.%Y} {obj}"
        return str(obj)

    preselect_first = not multiple and not chosen and found
    rows = [] if multiple else [format_html('<option value="">—</option>')]
    rows.append(
        format_html_join(
            "", '<option value="{}" selected>{}</option>', ((o.pk, label(o)) for o in chosen)
        )
    )
    rows.append(
        format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (o.pk, " selected" if preselect_first and i == 0 else "", label(o))
                for i, o in enumerate(found)
            ),
        )
    )
    if query and not found:
        rows.append(format_html('<option value="" disabled>{}</option>', _("Nothing found")))
    return HttpResponse("".join(str(r) for r in rows))
