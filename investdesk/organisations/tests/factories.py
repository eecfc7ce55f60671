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


def make_chinese_investor(**fields) -> Organisation:
    """The Chinese investor of the shared test portfolios: a Russian name, the original
    spelling and a Chinese alias, the three ways search and reports find it."""
    return make_organisation(
        name="ZE Оптоэлектроника",
        name_original="ZE Optoelectronic SciTech Co., Ltd.",
        kind="investor",
        country="CN",
        aliases=["泽光电科技"],
        **fields,
    )
