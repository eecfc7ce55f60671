"""A URL map with a view that fails, for the test of error records."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def failing_view(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("the view failed")


urlpatterns = [
    path("", include("investdesk.health.urls")),
    path("fails/", failing_view),
]
