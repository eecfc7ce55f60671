"""Organisations: investors, government bodies, institutions, associations, enterprises."""

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import PortfolioQuerySet
from investdesk.core.links import pk_url
from investdesk.core.models import VersionedModel, merge_fields
from investdesk.core.validators import validate_inn, validate_ogrn

from .choices import AliasKind, OrganisationKind


class OrganisationQuerySet(PortfolioQuerySet):
    def active(self) -> "OrganisationQuerySet":
        return self.filter(is_archived=False)

    def of_kind(self, *kinds: str) -> "OrganisationQuerySet":
        return self.filter(kind__in=kinds)


class Organisation(VersionedModel):
    """A company or body the agency works with, in Russian and in its original language."""

    name = models.CharField(_("name"), max_length=300)
    name_original = models.CharField(_("name in the original language"), max_length=300, blank=True)
    short_name = models.CharField(_("short name"), max_length=150, blank=True)
    kind = models.CharField(
        _("kind"), max_length=30, choices=OrganisationKind.choices, default=OrganisationKind.OTHER
    )
    country = CountryField(_("country"), default="RU")
    directions = models.ManyToManyField(
        "reference.Direction", blank=True, related_name="organisations", verbose_name=_("sectors")
    )
    website = models.URLField(_("website"), blank=True)
    inn = models.CharField(_("ИНН"), max_length=12, blank=True, validators=[validate_inn])
    ogrn = models.CharField(_("ОГРН"), max_length=15, blank=True, validators=[validate_ogrn])
    registration_number = models.CharField(
        _("foreign registration number"), max_length=100, blank=True
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="subsidiaries",
        verbose_name=_("parent organisation"),
    )
    municipality = models.ForeignKey(
        "reference.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("municipality"),
    )
    description = models.TextField(_("description"), blank=True)
    address = models.CharField(_("address"), max_length=500, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    merged_into, is_archived = merge_fields()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="organisation_name_unique",
                violation_error_message=_("An organisation with this name already exists."),
            ),
            models.UniqueConstraint(
                fields=["inn"],
                condition=~models.Q(inn=""),
                name="organisation_inn_unique",
                violation_error_message=_("An organisation with this ИНН already exists."),
            ),
            models.UniqueConstraint(
                fields=["ogrn"],
                condition=~models.Q(ogrn=""),
                name="organisation_ogrn_unique",
                violation_error_message=_("An organisation with this ОГРН already exists."),
            ),
            models.CheckConstraint(
                condition=~models.Q(name=""),
                name="organisation_name_not_empty",
                violation_error_message=_("The name must not be empty."),
            ),
            models.CheckConstraint(
                condition=models.Q(parent__isnull=True) | ~models.Q(parent=models.F("id")),
                name="organisation_not_own_parent",
                violation_error_message=_("An organisation cannot be its own parent."),
            ),
        ]
        indexes = [
            models.Index(fields=["kind", "country"], name="org_kind_country_idx"),
            models.Index(fields=["country"], name="org_country_idx"),
            models.Index(fields=["is_archived", "name"], name="org_archived_name_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return pk_url("organisations:detail", self.pk)


class OrganisationAlias(models.Model):
    """Another way a text names the organisation: inflected, short, original or former."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="aliases",
        verbose_name=_("organisation"),
    )
    alias = models.CharField(_("alias"), max_length=300)
    kind = models.CharField(
        _("kind"), max_length=20, choices=AliasKind.choices, default=AliasKind.SHORT
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisation alias")
        verbose_name_plural = _("organisation aliases")
        ordering = ["alias"]
        constraints = [
            models.UniqueConstraint(
                "organisation",
                Lower("alias"),
                name="organisation_alias_unique",
                violation_error_message=_("This alias is already recorded for the organisation."),
            )
        ]
        indexes = [models.Index(Lower("alias"), name="org_alias_lower_idx")]

    def __str__(self) -> str:
        return self.alias
