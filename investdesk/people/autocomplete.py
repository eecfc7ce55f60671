"""The people picker (``/autocomplete/people/``): name, then position and organisation;
last names starting with the typed text first."""

from django.db.models import Q

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register, words_match

from .models import Person


def _match(text: str, user) -> Q:
    return words_match(text, "last_name", "first_name", "name_original", model=Person)


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
            prefix_indexed=True,
            prefix="last_name",
        ),
    )
