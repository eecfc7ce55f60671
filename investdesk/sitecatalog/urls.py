from django.urls import path

from . import views

app_name = "sitecatalog"

urlpatterns = [
    path("", views.SiteListView.as_view(), name="list"),
    path("new/", views.SiteCreateView.as_view(), name="create"),
    path("<int:pk>/", views.SiteDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.SiteUpdateView.as_view(), name="update"),
]
