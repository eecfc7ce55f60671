"""factory_boy factories of the support app; records are made by its services."""

import factory

from investdesk.core.tests.helpers import TODAY
from investdesk.organisations.tests.factories import OrganisationFactory
from investdesk.support.models import SupportCase
from investdesk.support.services import support_case_open


class SupportCaseFactory(factory.Factory):
    class Meta:
        model = SupportCase

    organisation = factory.LazyFunction(OrganisationFactory)
    subject = "Поддержка"
    applied_on = TODAY

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return support_case_open(**kwargs)


make_support_case = SupportCaseFactory
