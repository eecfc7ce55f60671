"""The projects picker (``/autocomplete/projects/``): a confidential title stays hidden."""

from django.db.models import Q

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register

from .models import Project


def register() -> None:
    autocomplete_register(
        "projects",
        AutocompleteSource(
            permission="projects.view_project",
            queryset=lambda user: Project.objects.active().visible_to(user),
            match=lambda text, user: Q(
                pk__in=Project.objects.title_contains(text, user=user).values("pk")
            ),
            label=lambda project, user: project.title_for(user),
            order=("-pk",),
        ),
    )
