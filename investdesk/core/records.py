"""The records of a curator's day, named by model label so that ``core`` imports no app.

Organisations, people, projects, engagements, agreements, support cases and tasks each carry
a thread of notes (``notes``) and take attachments (``attachments``); both name them here.
"""

CURATOR_RECORDS: tuple[str, ...] = (
    "organisations.organisation",
    "people.person",
    "projects.project",
    "engagements.engagement",
    "agreements.agreement",
    "support.supportcase",
    "tasks.task",
)
