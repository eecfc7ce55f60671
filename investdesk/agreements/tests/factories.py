"""factory_boy factories of the agreements app; records are made by its services."""

import factory

from investdesk.agreements.models import Agreement
from investdesk.agreements.services import ObligationSpec, agreement_create
from investdesk.core.tests.helpers import TODAY
from investdesk.organisations.tests.factories import OrganisationFactory


class AgreementFactory(factory.Factory):
    class Meta:
        model = Agreement

    kind = "memorandum"
    title = factory.Sequence(lambda n: f"Соглашение {n + 1}")
    signed_on = TODAY
    parties = factory.LazyFunction(lambda: [OrganisationFactory()])
    obligations = factory.LazyFunction(lambda: [ObligationSpec(text="Сделать", deadline=TODAY)])

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return agreement_create(**kwargs)


make_agreement = AgreementFactory
