"""factory_boy factories of the engagements app; records are made by its services."""

import factory

from investdesk.core.tests.helpers import TODAY
from investdesk.engagements.models import Engagement
from investdesk.engagements.services import CommitmentSpec, engagement_record
from investdesk.reference.models import Direction


class EngagementFactory(factory.Factory):
    class Meta:
        model = Engagement

    kind = "negotiations"
    title = factory.Sequence(lambda n: f"Встреча {n + 1}")
    start_date = TODAY
    directions = factory.LazyFunction(lambda: list(Direction.objects.all()[:2]))
    commitments = factory.LazyFunction(lambda: [CommitmentSpec(text="Проработать")])

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return engagement_record(**kwargs)


make_engagement = EngagementFactory
