from django.contrib import admin
from django.urls import include, path

from investdesk.accounts.views import PasswordResetView

urlpatterns = [
    # Probes for load balancers and systemd: no login, no data (investdesk/health).
    path("", include("investdesk.health.urls")),
    path("admin/", admin.site.urls),
    # Django's reset request, with a limit on the e-mails it sends (before auth's own).
    path(
        "accounts/password_reset/",
        PasswordResetView.as_view(),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("accounts/", include("investdesk.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("config.api")),
    path("portal/", include("investdesk.portal.urls")),
    # Reports come first: they own paths inside other sections such as
    # /engagements/calendar/, /sites/map/ and /<list>/export.xlsx.
    path("", include("investdesk.reports.urls")),
    path("search/", include("investdesk.search.urls")),
    path("organisations/", include("investdesk.organisations.urls")),
    path("people/", include("investdesk.people.urls")),
    path("sites/", include("investdesk.sitecatalog.urls")),
    path("projects/", include("investdesk.projects.urls")),
    path("engagements/", include("investdesk.engagements.urls")),
    path("agreements/", include("investdesk.agreements.urls")),
    path("support/", include("investdesk.support.urls")),
    # Tasks own /tasks/ and the task-making paths inside /engagements/ and /agreements/.
    path("", include("investdesk.tasks.urls")),
    path("documents/", include("investdesk.documents.urls")),
    path("ingest/", include("investdesk.ingest.urls")),
    path("dataexchange/", include("investdesk.dataexchange.urls")),
    path("notifications/", include("investdesk.notifications.urls")),
    path("attachments/", include("investdesk.attachments.urls")),
    path("notes/", include("investdesk.notes.urls")),
    path("", include("investdesk.core.urls")),
    path("", include("investdesk.home.urls")),
]
# MEDIA_URL is not served, not even with DEBUG: every uploaded file (documents, attachments,
# portal inquiries, site photos) goes out only through its view, which checks who asks.
