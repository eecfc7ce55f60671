"""The organisations picker (``/autocomplete/organisations/``): names starting with the
typed text first, in alphabetical order."""

from django.db.models import Q

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register, words_match
from investdesk.core.filters import pk_among

from .models import Organisation, OrganisationAlias


def _match(text: str, user) -> Q:
    # The aliases' arm is read first, as in the list search (``filters.OrganisationFilter``):
    # the condition is then on the organisations alone, served by their trigram indexes.
    aliases = OrganisationAlias.objects.filter(words_match(text, "alias"))
    return words_match(text, "name", "short_name", "name_original", model=Organisation) | pk_among(
        aliases.values_list("organisation_id", flat=True)
    )


def register() -> None:
    autocomplete_register(
        "organisations",
        AutocompleteSource(
            permission="organisations.view_organisation",
            queryset=lambda user: Organisation.objects.active().visible_to(user),
            match=_match,
            order=("name", "pk"),
            prefix_indexed=True,
            prefix="name",
        ),
    )
