"""factory_boy factories of the projects app; records are made by its services."""

import factory

from investdesk.organisations.tests.factories import OrganisationFactory
from investdesk.projects.models import Project
from investdesk.projects.services import project_create
from investdesk.reference.models import Direction


class ProjectFactory(factory.Factory):
    class Meta:
        model = Project

    title = factory.Sequence(lambda n: f"Проект {n + 1}")
    investors = factory.LazyFunction(lambda: [OrganisationFactory()])
    directions = factory.LazyFunction(lambda: list(Direction.objects.all()[:2]))

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return project_create(**kwargs)


make_project = ProjectFactory
