"""The REST API's routes, gathered from each app's ``api`` package."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.permissions import IsAuthenticated
from rest_framework.routers import DefaultRouter

from investdesk.agreements.api.views import AgreementViewSet, ObligationViewSet
from investdesk.attachments.api.views import AttachmentViewSet
from investdesk.documents.api.views import DocumentViewSet
from investdesk.engagements.api.views import (
    CommitmentViewSet,
    EngagementParticipantViewSet,
    EngagementViewSet,
    OutcomeViewSet,
    QuoteViewSet,
)
from investdesk.notes.api.views import NoteViewSet
from investdesk.organisations.api.views import OrganisationAliasViewSet, OrganisationViewSet
from investdesk.people.api.views import PersonViewSet, PositionViewSet
from investdesk.projects.api.views import (
    PipelineStageViewSet,
    ProjectParticipantViewSet,
    ProjectViewSet,
    StageTransitionViewSet,
)
from investdesk.reference.api.views import DirectionViewSet, MunicipalityViewSet
from investdesk.sitecatalog.api.views import SiteViewSet
from investdesk.support.api.views import SupportCaseViewSet, SupportStepViewSet
from investdesk.tasks.api.views import TaskViewSet

router = DefaultRouter()
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("organisation-aliases", OrganisationAliasViewSet, basename="organisation-alias")
router.register("people", PersonViewSet, basename="person")
router.register("positions", PositionViewSet, basename="position")
router.register("sites", SiteViewSet, basename="site")
router.register("projects", ProjectViewSet, basename="project")
router.register("project-participants", ProjectParticipantViewSet, basename="project-participant")
router.register("stage-transitions", StageTransitionViewSet, basename="stage-transition")
router.register("engagements", EngagementViewSet, basename="engagement")
router.register(
    "engagement-participants", EngagementParticipantViewSet, basename="engagement-participant"
)
router.register("outcomes", OutcomeViewSet, basename="outcome")
router.register("commitments", CommitmentViewSet, basename="commitment")
router.register("quotes", QuoteViewSet, basename="quote")
router.register("agreements", AgreementViewSet, basename="agreement")
router.register("obligations", ObligationViewSet, basename="obligation")
router.register("support-cases", SupportCaseViewSet, basename="support-case")
router.register("support-steps", SupportStepViewSet, basename="support-step")
router.register("tasks", TaskViewSet, basename="task")
router.register("documents", DocumentViewSet, basename="document")
router.register("directions", DirectionViewSet, basename="direction")
router.register("municipalities", MunicipalityViewSet, basename="municipality")
router.register("stages", PipelineStageViewSet, basename="stage")
router.register("attachments", AttachmentViewSet, basename="attachment")
router.register("notes", NoteViewSet, basename="note")

LOGGED_IN = [IsAuthenticated]

app_name = "api"
urlpatterns = [
    # Like every page, the schema and its documentation require a login.
    path("v1/schema/", SpectacularAPIView.as_view(permission_classes=LOGGED_IN), name="schema"),
    path("v1/", include(router.urls)),
    path(
        "docs/",
        SpectacularSwaggerView.as_view(url_name="api:schema", permission_classes=LOGGED_IN),
        name="docs",
    ),
]
