from django.urls import path

from . import views

app_name = "agreements"

urlpatterns = [
    path("", views.AgreementListView.as_view(), name="list"),
    path("<int:pk>/", views.AgreementDetailView.as_view(), name="detail"),
    path("new/", views.agreement_create_view, name="create"),
    path("<int:pk>/edit/", views.agreement_edit_view, name="edit"),
    path("obligations/row/", views.obligation_row_view, name="obligation_row"),
    path("obligations/<int:pk>/status/", views.obligation_status_view, name="obligation_status"),
]
