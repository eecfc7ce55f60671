"""The organisations picker (``/autocomplete/organisations/``)."""

from django.db.models import Q

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register

from .models import Organisation


def _match(text: str, user) -> Q:
    return (
        Q(name__icontains=text)
        | Q(short_name__icontains=text)
        | Q(name_original__icontains=text)
        | Q(aliases__alias__icontains=text)
    )


def register() -> None:
    autocomplete_register(
        "organisations",
        AutocompleteSource(
            permission="organisations.view_organisation",
            queryset=lambda user: Organisation.objects.active().visible_to(user),
            match=_match,
            order=("name", "pk"),
        ),
    )
