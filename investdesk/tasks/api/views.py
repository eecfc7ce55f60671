from typing import Any

from investdesk.core.api import BaseViewSet, versioned_schema
from investdesk.tasks.filters import TaskFilter
from investdesk.tasks.models import Task
from investdesk.tasks.services import task_create, task_delete, task_update

from .serializers import TaskSerializer


@versioned_schema
class TaskViewSet(BaseViewSet):
    serializer_class = TaskSerializer
    filterset_class = TaskFilter
    ordering_fields = ["due_date", "priority", "status", "updated_at", "id"]
    ordering = ["due_date", "id"]

    def get_queryset(self):
        return Task.objects.visible_to(self.request.user).prefetch_related("sites", "documents")

    def create_object(self, data: dict[str, Any]) -> Task:
        return task_create(created_by=self.request.user, **data)

    def update_object(self, instance, data, version):
        m2m = {name: data.pop(name) for name in ("sites", "documents") if name in data}
        return task_update(task=instance, changes=data, expected_version=version, m2m=m2m or None)

    def destroy_object(self, instance) -> None:
        task_delete(task=instance)
