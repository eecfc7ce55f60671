from django.urls import include, path

from . import followup, views

app_name = "tasks"

task_pages = [
    path("", views.TaskListView.as_view(), name="list"),
    path("new/", views.TaskCreateView.as_view(), name="create"),
    path("<int:pk>/", views.TaskDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.TaskUpdateView.as_view(), name="update"),
    path("<int:pk>/status/", views.TaskStatusView.as_view(), name="status"),
    path("bulk/", views.TaskBulkView.as_view(), name="bulk"),
]

urlpatterns = [
    path("tasks/", include(task_pages)),
    # Tasks made from a commitment or an obligation are posted from the engagement's and
    # the agreement's page and keep those sections' paths.
    path(
        "engagements/commitments/<int:pk>/tasks/",
        followup.commitment_tasks_view,
        name="commitment_tasks",
    ),
    path(
        "agreements/obligations/<int:pk>/task/",
        followup.obligation_task_view,
        name="obligation_task",
    ),
]
