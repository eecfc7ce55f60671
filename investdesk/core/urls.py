from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("autocomplete/<slug:kind>/", views.autocomplete, name="autocomplete"),
    # Browsers ask for /favicon.ico where a response has no <link rel="icon"> (a download,
    # the API's JSON): without it every first visit logged a 404 in the console.
    path("favicon.ico", views.favicon, name="favicon"),
]
