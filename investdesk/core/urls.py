from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("autocomplete/<slug:kind>/", views.autocomplete, name="autocomplete"),
]
