"""``{% notes_thread record %}``: the notes panel of a detail page, one line per template."""

from typing import Any

from django import template
from django.db.models import Model

from investdesk.notes.forms import NoteForm
from investdesk.notes.selectors import note_thread_context

register = template.Library()


@register.inclusion_tag("notes/_thread.html", takes_context=True)
def notes_thread(context: dict[str, Any], record: Model) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    panel = note_thread_context(target=record, user=user, form=NoteForm(), request=request)
    panel["request"] = request
    panel["csrf_token"] = context.get("csrf_token")
    return panel
