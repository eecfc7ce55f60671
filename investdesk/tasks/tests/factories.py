"""factory_boy factories of the tasks app; records are made by its services."""

import factory

from investdesk.core.tests.helpers import TODAY
from investdesk.tasks.models import Task
from investdesk.tasks.services import task_create


class TaskFactory(factory.Factory):
    """Pass ``assignee``: every task has one."""

    class Meta:
        model = Task

    title = factory.Sequence(lambda n: f"Поручение {n + 1}")
    due_date = TODAY

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return task_create(**kwargs)


make_task = TaskFactory
