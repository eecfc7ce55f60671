from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    INVESTOR = "investor", _("Investor company")
    GOVERNMENT = "government", _("Government body")
    DEVELOPMENT_INSTITUTION = "development_institution", _("Development institution")
    BUSINESS_ASSOCIATION = "business_association", _("Business association")
    ENTERPRISE = "enterprise", _("Local enterprise")
    SEZ_OPERATOR = "sez_operator", _("Zone or park operator")
    OTHER = "other", _("Other")


class AliasKind(models.TextChoices):
    INFLECTED = "inflected", _("Inflected form")
    SHORT = "short", _("Short name")
    ORIGINAL = "original", _("Original-language name")
    TRANSLITERATION = "transliteration", _("Transliteration")
    FORMER = "former", _("Former name")
