from django.db import models
from django.utils.translation import gettext_lazy as _


class EngagementKind(models.TextChoices):
    DELEGATION_VISIT = "delegation_visit", _("Delegation visit")
    NEGOTIATIONS = "negotiations", _("Meeting or negotiations")
    SITE_VISIT = "site_visit", _("Site tour")
    FORUM = "forum", _("Forum")
    AGREEMENT_SIGNED = "agreement_signed", _("Signing of an agreement")
    PROJECT_LAUNCH = "project_launch", _("Project launch")
    CALL = "call", _("Call")
    LETTER = "letter", _("Letter")
    OTHER = "other", _("Other")


class EngagementStatus(models.TextChoices):
    DRAFT = "draft", _("Draft (awaiting review)")
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class ParticipationRole(models.TextChoices):
    HOST = "host", _("Host")
    GUEST = "guest", _("Guest")
    ACCOMPANYING = "accompanying", _("Accompanying")
    SPEAKER = "speaker", _("Speaker")
    PARTICIPANT = "participant", _("Participant")


class OutcomeKind(models.TextChoices):
    DIRECTIONS_AGREED = "directions_agreed", _("Directions agreed")
    AGREEMENT_SIGNED = "agreement_signed", _("Agreement signed")
    NEXT_MEETING = "next_meeting", _("Next meeting agreed")
    INFORMATION = "information", _("Information exchanged")
    OTHER = "other", _("Other")


class CommitmentStatus(models.TextChoices):
    OPEN = "open", _("Open")
    KEPT = "kept", _("Kept")
    PARTLY = "partly", _("Partly kept")
    BROKEN = "broken", _("Not kept")
    CANCELLED = "cancelled", _("Cancelled")
