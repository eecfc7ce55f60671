"""The engagements picker (``/autocomplete/engagements/``): newest first, with the date."""

from django.db.models import Q

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register

from .models import Engagement


def register() -> None:
    autocomplete_register(
        "engagements",
        AutocompleteSource(
            permission="engagements.view_engagement",
            queryset=lambda user: Engagement.objects.visible_to(user),
            match=lambda text, user: Q(title__icontains=text),
            label=lambda engagement, user: f"{engagement.start_date:%d.%m.%Y} {engagement}",
            order=("-start_date", "-pk"),
        ),
    )
