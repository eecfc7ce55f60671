"""Pages of the engagements app: list, the story page, record a visit, edit.

One module per concern; the names the URL map and the exports use are re-exported here.
"""

from .pages import (
    EngagementDetailView,
    EngagementListView,
    EngagementUpdateView,
    commitment_status_view,
    engagement_record_view,
)
from .revise import engagement_revise_view, revise_row_view

__all__ = [
    "EngagementDetailView",
    "EngagementListView",
    "EngagementUpdateView",
    "commitment_status_view",
    "engagement_record_view",
    "engagement_revise_view",
    "revise_row_view",
]
