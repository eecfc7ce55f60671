from django.urls import path

from . import views

app_name = "notes"

urlpatterns = [
    path("users/", views.mention_suggestions, name="users"),
    path("<str:label>/<int:object_id>/", views.note_thread, name="thread"),
    path("<int:pk>/edit/", views.note_edit, name="edit"),
    path("<int:pk>/delete/", views.note_delete_view, name="delete"),
]
