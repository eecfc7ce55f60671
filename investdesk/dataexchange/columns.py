"""The columns of every exported entity, composed from the apps (``<app>/columns.py``).

``COLUMNS[entity]`` is the one list of ``core.columns.Column`` (field path, Russian header)
that the Excel export of the list page, the ``investdesk export`` command and the import
all use, so an export edited in Excel imports back unchanged.
"""

from investdesk.agreements.columns import COLUMNS as AGREEMENT_COLUMNS
from investdesk.core.columns import Column
from investdesk.documents.columns import COLUMNS as DOCUMENT_COLUMNS
from investdesk.engagements.columns import COLUMNS as ENGAGEMENT_COLUMNS
from investdesk.organisations.columns import COLUMNS as ORGANISATION_COLUMNS
from investdesk.people.columns import COLUMNS as PERSON_COLUMNS
from investdesk.projects.columns import COLUMNS as PROJECT_COLUMNS
from investdesk.sitecatalog.columns import COLUMNS as SITE_COLUMNS
from investdesk.support.columns import COLUMNS as SUPPORT_COLUMNS
from investdesk.tasks.columns import COLUMNS as TASK_COLUMNS

COLUMNS: dict[str, list[Column]] = {
    "organisations": ORGANISATION_COLUMNS,
    "people": PERSON_COLUMNS,
    "sites": SITE_COLUMNS,
    "projects": PROJECT_COLUMNS,
    "engagements": ENGAGEMENT_COLUMNS,
    "tasks": TASK_COLUMNS,
    "documents": DOCUMENT_COLUMNS,
    "agreements": AGREEMENT_COLUMNS,
    "support": SUPPORT_COLUMNS,
}

# The entities a file can be imported into (``tabular.IMPORTERS``): every exported one.
ENTITIES = tuple(COLUMNS)


def headers(entity: str) -> list[str]:
    return [column.header for column in COLUMNS[entity]]
