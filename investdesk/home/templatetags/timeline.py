"""``{% timeline_of record as timeline %}``: a detail page's timeline, composed here.

The detail views of the domain apps do not build timelines (they would have to read the
apps above them); their templates ask for one with this tag.
"""

from typing import Any

from django import template
from django.db.models import Model

from investdesk.home.timeline import TimelineEvent, timeline_for

register = template.Library()


@register.simple_tag(takes_context=True)
def timeline_of(context: dict[str, Any], record: Model) -> list[TimelineEvent]:
    request = context.get("request")
    return timeline_for(record, user=getattr(request, "user", None), request=request)
