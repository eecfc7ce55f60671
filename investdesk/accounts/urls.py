from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("calendar-feed/", views.calendar_feed_view, name="calendar-feed"),
    path("saved-filters/", views.saved_filters_view, name="saved-filters"),
    path(
        "saved-filters/<int:pk>/delete/",
        views.saved_filter_delete_view,
        name="saved-filter-delete",
    ),
]
