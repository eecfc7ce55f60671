"""The people picker (``/autocomplete/people/``): name, then position and organisation."""

from django.db.models import Q

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register

from .models import Person


def _match(text: str, user) -> Q:
    return (
        Q(last_name__icontains=text)
        | Q(first_name__icontains=text)
        | Q(name_original__icontains=text)
    )


def _label(person: Person, user) -> str:
    if not person.organisation_id:
        return str(person)
    return f"{person} — {person.position or ''} {person.organisation}".replace("  ", " ")


def register() -> None:
    autocomplete_register(
        "people",
        AutocompleteSource(
            permission="people.view_person",
            queryset=lambda user: (
                Person.objects.visible_to(user).active().select_related("organisation")
            ),
            match=_match,
            label=_label,
            order=("last_name", "first_name", "pk"),
        ),
    )
