"""The API and data-exchange routes alone, for tests that must not depend on the web pages."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("config.api")),
    path("dataexchange/", include("investdesk.dataexchange.urls")),
]
