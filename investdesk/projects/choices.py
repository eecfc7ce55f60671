from django.db import models
from django.utils.translation import gettext_lazy as _


class StageCode(models.TextChoices):
    """The stage codes the platform ships; administrators may rename and reorder stages."""

    LEAD = "lead", _("Lead")
    QUALIFICATION = "qualification", _("Qualification")
    NEGOTIATIONS = "negotiations", _("First contact and negotiations")
    SITE_VISIT = "site_visit", _("Site selection and site visit")
    SUPPORT = "support", _("Support measures")
    AGREEMENT = "agreement", _("Agreement signed")
    IMPLEMENTATION = "implementation", _("Implementation")
    OPERATING = "operating", _("Operating (aftercare, expansion)")
    ON_HOLD = "on_hold", _("On hold")
    DECLINED = "declined", _("Declined")
    COMPLETED = "completed", _("Completed")


class LeadSource(models.TextChoices):
    OUTREACH = "outreach", _("Outreach")
    FORUM = "forum", _("Forum")
    PRESS = "press", _("Press")
    REFERRAL = "referral", _("Referral")
    APPLICATION = "application", _("Investor's application")
    OTHER = "other", _("Other")


class Confidentiality(models.TextChoices):
    PUBLIC = "public", _("Public")
    INTERNAL = "internal", _("Internal")
    CONFIDENTIAL = "confidential", _("Confidential")


class ParticipantRole(models.TextChoices):
    INVESTOR = "investor", _("Investor")
    CO_INVESTOR = "co_investor", _("Co-investor")
    PARTNER = "partner", _("Partner")
    CONTRACTOR = "contractor", _("Contractor")
    SUPPORT = "support", _("Support institution")
