"""The engagements picker (``/autocomplete/engagements/``): newest first, with the date."""

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register, words_match

from .models import Engagement


def register() -> None:
    autocomplete_register(
        "engagements",
        AutocompleteSource(
            permission="engagements.view_engagement",
            queryset=lambda user: Engagement.objects.visible_to(user),
            match=lambda text, user: words_match(text, "title", model=Engagement),
            label=lambda engagement, user: f"{engagement.start_date:%d.%m.%Y} {engagement}",
            order=("-start_date", "-pk"),
        ),
    )
