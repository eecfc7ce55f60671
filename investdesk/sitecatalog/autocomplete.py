"""The sites picker (``/autocomplete/sites/``)."""

from django.db.models import Q

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register

from .models import Site


def register() -> None:
    autocomplete_register(
        "sites",
        AutocompleteSource(
            permission="sitecatalog.view_site",
            queryset=lambda user: Site.objects.visible_to(user),
            match=lambda text, user: Q(name__icontains=text),
            order=("name", "pk"),
        ),
    )
