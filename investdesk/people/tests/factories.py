"""factory_boy factories of the people app; records are made by its services."""

import factory

from investdesk.people.models import Person
from investdesk.people.services import person_create


class PersonFactory(factory.Factory):
    class Meta:
        model = Person

    last_name = factory.Sequence(lambda n: f"Иванов{n + 1}")
    first_name = "Иван"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return person_create(**kwargs)


make_person = PersonFactory
