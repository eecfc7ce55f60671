from django.urls import path

from . import views

app_name = "engagements"

urlpatterns = [
    path("", views.EngagementListView.as_view(), name="list"),
    path("new/", views.engagement_record_view, name="record"),
    path("<int:pk>/", views.EngagementDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.EngagementUpdateView.as_view(), name="edit"),
    path("<int:pk>/edit/all/", views.engagement_revise_view, name="revise"),
    path("rows/<slug:kind>/", views.revise_row_view, name="revise_row"),
    path("commitments/<int:pk>/status/", views.commitment_status_view, name="commitment_status"),
]
