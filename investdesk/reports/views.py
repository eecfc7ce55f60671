"""Leadership pages: the dashboard and its Excel download."""

import datetime
from decimal import Decimal

from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from investdesk.accounts.selectors import user_by_calendar_token
from investdesk.core.access import ReaderRequiredMixin
from investdesk.projects.models import Project
from investdesk.projects.selectors import project_map_points
from investdesk.sitecatalog.filters import SiteFilter
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.selectors import site_map_points

from .calendar import DAY_CAP, calendar_days, ical_feed, month_bounds, week_bounds
from .dossier import SUBJECTS, dossier_for
from .exports import export_list
from .forms import DashboardFilterForm
from .selectors import Dashboard, dashboard_data
from .xlsx import xlsx_response


def dashboard_sheets(data: Dashboard) -> dict[str, tuple[str, list[str], list[list]]]:
    """Each dashboard table as an Excel sheet: key → (title, headers, rows)."""
    amount = _("Planned capital investment, RUB")
    return {
        "funnel": (
            _("Pipeline funnel"),
            [_("Stage"), _("Projects"), amount],
            [[r["label"], r["count"], r["capex"]] for r in data.funnel],
        ),
        "direction": (
            _("By direction"),
            [_("Direction"), _("Projects"), amount],
            [[r["label"], r["count"], r["capex"]] for r in data.by_direction],
        ),
        "country": (
            _("By investor country"),
            [_("Country"), _("Projects"), amount],
            [[r["label"], r["count"], r["capex"]] for r in data.by_country],
        ),
        "municipality": (
            _("By municipality"),
            [_("Municipality"), _("Projects"), amount],
            [[r["label"], r["count"], r["capex"]] for r in data.by_municipality],
        ),
        "engagements": (
            _("Engagements per month"),
            [_("Month"), _("Engagements")],
            [[r["key"], r["count"]] for r in data.engagements_per_month],
        ),
        "conversion": (
            _("Conversion between stages"),
            [_("Step"), _("Reached the stage"), _("Reached the next"), _("Conversion, %")],
            [[r["label"], r["reached"], r["moved"], r["percent"]] for r in data.conversion],
        ),
        "median": (
            _("Median time in stage"),
            [_("Stage"), _("Projects"), _("Median, days")],
            [[r["label"], r["projects"], r["median_days"]] for r in data.median_days],
        ),
        "commitments": (
            _("Commitments"),
            [_("Status"), _("Commitments")],
            [[str(r["label"]), r["count"]] for r in data.commitments],
        ),
        "tasks": (
            _("Overdue tasks by owner"),
            [_("Owner"), _("Overdue tasks")],
            [[r["label"], r["count"]] for r in data.overdue_tasks],
        ),
    }


def _chart_data(data: Dashboard) -> dict:
    def plain(rows, *fields):
        return [
            {f: float(r[f]) if isinstance(r[f], Decimal) else r[f] for f in fields} for r in rows
        ]

    return {
        "funnel": plain(data.funnel, "label", "count", "capex"),
        "direction": plain(data.by_direction, "label", "count", "capex"),
        "country": plain(data.by_country, "label", "count", "capex"),
        "municipality": plain(data.by_municipality, "label", "count", "capex"),
        "engagements": plain(data.engagements_per_month, "key", "count"),
        "conversion": plain(data.conversion, "label", "percent"),
        "median": plain(data.median_days, "label", "median_days"),
        "commitments": [{"label": str(r["label"]), "count": r["count"]} for r in data.commitments],
        "tasks": plain(data.overdue_tasks, "label", "count"),
    }


class DashboardView(ReaderRequiredMixin, TemplateView):
    template_name = "reports/dashboard.html"

    def get_context_data(self, **kwargs):
        form = DashboardFilterForm(self.request.GET or None)
        filters = form.to_filters()
        data = dashboard_data(filters, user=self.request.user)
        query = self.request.GET.urlencode()
        return super().get_context_data(
            form=form,
            data=data,
            chart_data=_chart_data(data),
            export_query=query,
            **kwargs,
        )


class DashboardExportView(ReaderRequiredMixin, View):
    def get(self, request):
        form = DashboardFilterForm(request.GET or None)
        data = dashboard_data(form.to_filters(), user=request.user)
        sheets = dashboard_sheets(data)
        chosen = request.GET.get("chart")
        if chosen in sheets:
            sheets = {chosen: sheets[chosen]}
        stamp = timezone.localdate().isoformat()
        return xlsx_response(sheets.values(), filename=f"dashboard-{stamp}.xlsx")


class SiteMapView(ReaderRequiredMixin, TemplateView):
    """Sites (with the same filters as the site list) and the projects placed on them or,
    without a site, at their municipality's centre: a bounded number of markers, a place
    with many projects shows their count (``project_map_points``)."""

    template_name = "reports/site_map.html"

    def get_context_data(self, **kwargs):
        site_filter = SiteFilter(self.request.GET or None, queryset=Site.objects.all())
        points = site_map_points(site_filter.qs)
        if self.request.GET.get("projects", "1") != "0":
            points += project_map_points(
                Project.objects.active().visible_to(self.request.user), sites=site_filter.qs
            )
        return super().get_context_data(filter=site_filter, points=points, **kwargs)


class ListExportView(View):
    """``/<entity>/export.xlsx``: the list page's rows, with its filters and sorting."""

    entity = ""

    def get(self, request):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return export_list(self.entity, request)


class DossierView(ReaderRequiredMixin, View):
    """A printable page about an organisation, person, project or engagement; ``?format=pdf``."""

    def get(self, request, kind: str, pk: int):
        if kind not in SUBJECTS:
            raise Http404
        dossier = dossier_for(kind, pk, user=request.user)
        if request.GET.get("format") != "pdf":
            return render(request, "reports/dossier.html", {"dossier": dossier})
        html = render_to_string("reports/dossier_print.html", {"dossier": dossier}, request)
        response = HttpResponse(render_pdf(html), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="dossier-{kind}-{pk}.pdf"'
        return response


def render_pdf(html: str) -> bytes:
    """HTML → PDF with WeasyPrint; nothing is fetched over the network (inline CSS only)."""
    from weasyprint import HTML  # loads Pango: only when a PDF is asked for

    def no_fetch(url: str, *args, **kwargs):
        raise ValueError(f"External resources are not loaded into dossiers: {url}")

    return HTML(string=html, url_fetcher=no_fetch).write_pdf()


class EngagementCalendarView(LoginRequiredMixin, TemplateView):
    """Month (default) or week view of engagements and task deadlines."""

    template_name = "reports/calendar.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        try:
            anchor = datetime.date.fromisoformat(self.request.GET.get("date", ""))
        except ValueError:
            anchor = today
        view = "week" if self.request.GET.get("view") == "week" else "month"
        mine = bool(self.request.GET.get("mine"))
        if view == "week":
            start, end = week_bounds(anchor)
            days = calendar_days(
                user=self.request.user, start=start, end=end, mine=mine, cap=DAY_CAP[view]
            )
            previous, following = anchor - datetime.timedelta(7), anchor + datetime.timedelta(7)
        else:
            start, end = month_bounds(anchor.year, anchor.month)
            days = calendar_days(
                user=self.request.user,
                start=start,
                end=end,
                month=anchor.month,
                mine=mine,
                cap=DAY_CAP[view],
            )
            first = anchor.replace(day=1)
            previous = (first - datetime.timedelta(days=1)).replace(day=1)
            following = (first + datetime.timedelta(days=32)).replace(day=1)
        return super().get_context_data(
            view=view,
            anchor=anchor,
            today=today,
            mine=mine,
            weeks=[days[i : i + 7] for i in range(0, len(days), 7)],
            previous=previous,
            following=following,
            **kwargs,
        )


class EngagementCalendarDayView(LoginRequiredMixin, TemplateView):
    """Everything on one day of the calendar: the day's "+N more" (htmx) fills its cell."""

    template_name = "reports/_calendar_entries.html"

    def get_context_data(self, **kwargs):
        try:
            date = datetime.date.fromisoformat(self.request.GET.get("date", ""))
        except ValueError as error:
            raise Http404 from error
        mine = bool(self.request.GET.get("mine"))
        (day,) = calendar_days(
            user=self.request.user, start=date, end=date, mine=mine, cap=DAY_CAP["day"]
        )
        return super().get_context_data(day=day, mine=mine, whole_day=True, **kwargs)


def calendar_feed(request, token: str):
    """The secret-URL iCalendar feed; the token is the only credential (no session)."""
    user = user_by_calendar_token(token)
    if user is None:
        raise Http404
    body = ical_feed(user=user, base_url=request.build_absolute_uri("/").rstrip("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="investdesk.ics"'
    return response
