"""``{% attachments_panel record %}``: the files of a record on its detail page.

One line in each detail template (``{% load attachments %}{% attachments_panel task %}``)
shows the list, the upload form and the archive buttons; one query for the list.
"""

from typing import Any

from django import template
from django.db.models import Model

from ..views import PANEL_TEMPLATE, panel_context

register = template.Library()


@register.inclusion_tag(PANEL_TEMPLATE, takes_context=True)
def attachments_panel(context: template.Context, record: Model) -> dict[str, Any]:
    request = context["request"]
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        **panel_context(record=record, user=request.user, request=request),
    }
