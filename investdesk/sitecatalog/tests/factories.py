"""factory_boy factories of the sitecatalog app; records are made by its services."""

import factory

from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.services import site_create


class SiteFactory(factory.Factory):
    class Meta:
        model = Site

    name = factory.Sequence(lambda n: f"Площадка {n + 1}")
    kind = "technopark"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return site_create(**kwargs)


make_site = SiteFactory
