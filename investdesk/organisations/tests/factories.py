import factory

from investdesk.organisations.choices import OrganisationKind
from investdesk.organisations.models import Organisation


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Организация {n}")
    kind = OrganisationKind.INVESTOR
    country = "RU"
