from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path("", views.DocumentListView.as_view(), name="list"),
    path("<int:pk>/", views.DocumentDetailView.as_view(), name="detail"),
    path("<int:pk>/file/", views.DocumentFileView.as_view(), name="file"),
    path("<int:pk>/edit/", views.DocumentUpdateView.as_view(), name="update"),
]
