from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("calendar-feed/", views.calendar_feed_view, name="calendar-feed"),
]
