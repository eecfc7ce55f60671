from django.urls import path

from . import views

app_name = "dataexchange"

# admin_view: staff login and the admin's look; the views also require the admin role.
urlpatterns = [
    path("import/", views.import_view, name="import"),
    path("duplicates/", views.duplicates_view, name="duplicates"),
    path("merge/<str:kind>/", views.merge_view, name="merge"),
]
