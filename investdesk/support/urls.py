from django.urls import path

from . import views

app_name = "support"

urlpatterns = [
    path("", views.SupportCaseListView.as_view(), name="list"),
    path("<int:pk>/", views.SupportCaseDetailView.as_view(), name="detail"),
    path("steps/<int:pk>/complete/", views.step_complete_view, name="step_complete"),
    path(
        "inquiries/<int:pk>/attachment/",
        views.inquiry_attachment_view,
        name="inquiry_attachment",
    ),
]
