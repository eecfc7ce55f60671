from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path("", views.ProjectListView.as_view(), name="list"),
    path("board/", views.BoardView.as_view(), name="board"),
    path("board/column/<int:stage>/", views.BoardColumnMoreView.as_view(), name="board-column"),
    path("new/", views.ProjectCreateView.as_view(), name="create"),
    path("<int:pk>/archive/", views.project_archive_view, name="archive"),
    path("<int:pk>/", views.ProjectDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.ProjectUpdateView.as_view(), name="edit"),
    path("<int:pk>/move/", views.project_move, name="move"),
    path("<int:pk>/parties/", views.project_parties_view, name="parties"),
    path("parties/row/", views.project_party_row_view, name="party_row"),
]
