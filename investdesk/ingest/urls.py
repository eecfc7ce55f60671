from django.urls import path

from . import views

app_name = "ingest"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/review/", views.review, name="review"),
    path("<int:pk>/reject/", views.reject, name="reject"),
]
