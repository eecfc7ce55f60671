"""The projects picker (``/autocomplete/projects/``): a confidential title stays hidden."""

from django.db.models import Q

from investdesk.core.autocomplete import (
    CANDIDATES_LIMIT,
    AutocompleteSource,
    autocomplete_register,
    words_match,
)
from investdesk.core.substring import needles, substring_candidates

from .models import Project, real_title_q


def _match(text: str, user) -> Q:
    """Every typed word in the code name, or in the title where ``user`` may read it
    (``models.title_contains_q``, word by word); on the projects' own columns, so their
    trigram indexes serve it."""
    # On SQLite, a few projects holding the words are the ones tried (``core.substring``).
    condition = substring_candidates(Project, needles(text), limit=CANDIDATES_LIMIT)
    for word in text.split():
        condition &= words_match(word, "code_name") | (
            words_match(word, "title") & real_title_q(user)
        )
    return condition


def register() -> None:
    autocomplete_register(
        "projects",
        AutocompleteSource(
            permission="projects.view_project",
            queryset=lambda user: Project.objects.active().visible_to(user),
            match=_match,
            label=lambda project, user: project.title_for(user),
            order=("-pk",),
        ),
    )
