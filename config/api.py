"""The REST API's routes, gathered from each app's ``api`` package."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
