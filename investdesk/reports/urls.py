from django.urls import path

from . import memoranda_views, views

app_name = "reports"

EXPORTED_LISTS = ("organisations", "people", "projects", "engagements", "sites", "tasks")
# Lists whose export came with the curator's pages (issue 11).
EXPORTED_LISTS += ("documents", "agreements", "support")

urlpatterns = [
    path("dashboard/", views.DashboardView.as_view(), name="dashboard"),
    path("sites/map/", views.SiteMapView.as_view(), name="site-map"),
    path("dossier/<str:kind>/<int:pk>/", views.DossierView.as_view(), name="dossier"),
    path(
        "engagements/calendar/",
        views.EngagementCalendarView.as_view(),
        name="engagement-calendar",
    ),
    path(
        "engagements/calendar/day/",
        views.EngagementCalendarDayView.as_view(),
        name="engagement-calendar-day",
    ),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar-feed"),
    path("dashboard/export.xlsx", views.DashboardExportView.as_view(), name="dashboard-export"),
    path(
        "reports/memoranda/",
        memoranda_views.MemorandaReportView.as_view(),
        name="memoranda",
    ),
] + [
    path(
        f"{entity}/export.xlsx",
        views.ListExportView.as_view(entity=entity),
        name=f"{entity}-export",
    )
    for entity in EXPORTED_LISTS
]
