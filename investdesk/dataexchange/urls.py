from django.contrib import admin
from django.urls import path

from . import views

app_name = "dataexchange"

# admin_view: staff login and the admin's look; the views also require the admin role.
urlpatterns = [
    path("import/", admin.site.admin_view(views.import_view), name="import"),
    path("duplicates/", admin.site.admin_view(views.duplicates_view), name="duplicates"),
    path("merge/<str:kind>/", admin.site.admin_view(views.merge_view), name="merge"),
]
