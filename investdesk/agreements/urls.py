from django.urls import path

from . import views

app_name = "agreements"

urlpatterns = [
    path("", views.AgreementListView.as_view(), name="list"),
    path("<int:pk>/", views.AgreementDetailView.as_view(), name="detail"),
    path("obligations/<int:pk>/task/", views.obligation_task_view, name="obligation_task"),
]
