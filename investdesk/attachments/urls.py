from django.urls import path

from . import views

app_name = "attachments"
urlpatterns = [
    path("<int:pk>/", views.attachment_download, name="download"),
    path("<int:pk>/archive/", views.attachment_archive_view, name="archive"),
    path("upload/<slug:kind>/<int:object_id>/", views.attachment_upload_view, name="upload"),
]
