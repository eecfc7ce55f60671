from django.urls import path

from . import views

app_name = "support"

urlpatterns = [
    path("", views.SupportCaseListView.as_view(), name="list"),
    path("<int:pk>/", views.SupportCaseDetailView.as_view(), name="detail"),
    path("steps/<int:pk>/complete/", views.step_complete_view, name="step_complete"),
    path("new/", views.support_case_open_view, name="open"),
    path("<int:pk>/edit/", views.case_edit_view, name="edit"),
    path("<int:pk>/close/", views.case_close_view, name="close"),
    path("steps/<int:pk>/reschedule/", views.step_reschedule_view, name="step_reschedule"),
    path(
        "inquiries/<int:pk>/attachment/",
        views.inquiry_attachment_view,
        name="inquiry_attachment",
    ),
]
