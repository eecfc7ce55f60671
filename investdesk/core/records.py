"""The records of a curator's day, named by model label so that ``core`` imports no app.

Organisations, people, projects, engagements, agreements, support cases and tasks each carry
a thread of notes (``notes``) and take attachments (``attachments``); both name them here.
"""

from typing import Any

CURATOR_RECORDS: tuple[str, ...] = (
    "organisations.organisation",
    "people.person",
    "projects.project",
    "engagements.engagement",
    "agreements.agreement",
    "support.supportcase",
    "tasks.task",
)

# Records about a private person: their files (a scanned business card, a passport copy) and
# notes ("his mobile is ...") are personal data, for the roles that see people's contact
# details only (``User.sees_personal_data``: curators and administrators).
PERSONAL_RECORDS: frozenset[str] = frozenset({"people.person"})


def files_and_notes_open_to(user: Any, label: str) -> bool:
    """Whether ``user`` may read the files and notes of records of model ``label``."""
    if label.lower() in PERSONAL_RECORDS:
        return bool(getattr(user, "sees_personal_data", False))
    return True
