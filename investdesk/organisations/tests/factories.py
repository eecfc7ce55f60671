"""factory_boy factories of the organisations app; records are made by its services."""

import factory

from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create


class OrganisationFactory(factory.Factory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Организация {n + 1}")
    kind = "investor"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return organisation_create(**kwargs)


make_organisation = OrganisationFactory
