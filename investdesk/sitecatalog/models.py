"""The catalogue of industrial sites (площадки) the agency offers to investors."""

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import PortfolioQuerySet
from investdesk.core.links import pk_url
from investdesk.core.models import VersionedModel

from .choices import SiteKind, SiteStatus


class SiteQuerySet(PortfolioQuerySet):
    pass


def localised_text(obj: models.Model, field: str, language: str) -> str:
    """A text for portal visitors in ``language`` (ru, en, zh-hans): the language's own field
    (``<field>_en``, ``<field>_zh``), else English for Chinese, else the Russian original."""
    suffixes = {"en": ["_en"], "zh-hans": ["_zh", "_en"]}.get(language, [])
    for suffix in suffixes:
        value = getattr(obj, f"{field}{suffix}", "")
        if value:
            return value
    return getattr(obj, field)


class Site(VersionedModel):
    """A special economic zone, technopark, industrial park, host enterprise or land plot."""

    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=SiteKind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=SiteStatus.choices, default=SiteStatus.OPERATING
    )
    municipality = models.ForeignKey(
        "reference.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sites",
        verbose_name=_("municipality"),
    )
    address = models.CharField(_("address"), max_length=500, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    operator = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="operated_sites",
        verbose_name=_("operator"),
    )
    area_ha = models.DecimalField(
        _("area, ha"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    free_area_ha = models.DecimalField(
        _("free area, ha"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    power_mw = models.DecimalField(
        _("available power, MW"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    has_gas = models.BooleanField(_("gas"), default=False)
    has_water = models.BooleanField(_("water"), default=False)
    has_heat = models.BooleanField(_("heat"), default=False)
    has_rail = models.BooleanField(_("railway"), default=False)
    has_road = models.BooleanField(_("road"), default=True)
    preferences = models.TextField(_("tax and other preferences"), blank=True)
    directions = models.ManyToManyField(
        "reference.Direction",
        blank=True,
        related_name="sites",
        verbose_name=_("suitable directions"),
    )
    description = models.TextField(_("description"), blank=True)
    # --- the investment portal: capacities, publication and texts in English and Chinese ---
    gas_m3h = models.DecimalField(
        _("gas capacity, m³/h"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    water_m3d = models.DecimalField(
        _("water capacity, m³/day"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    heat_gcalh = models.DecimalField(
        _("heat capacity, Gcal/h"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    is_public = models.BooleanField(
        _("published on the investment portal"),
        default=False,
        help_text=_(
            "Only published sites, and only their public texts, photos and documents, "
            "are shown to visitors of the portal."
        ),
    )
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    name_zh = models.CharField(_("name (Chinese)"), max_length=300, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_zh = models.TextField(_("description (Chinese)"), blank=True)
    preferences_en = models.TextField(_("preferences (English)"), blank=True)
    preferences_zh = models.TextField(_("preferences (Chinese)"), blank=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = SiteQuerySet.as_manager()

    class Meta:
        verbose_name = _("site")
        verbose_name_plural = _("sites")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                "kind",
                name="site_name_kind_unique",
                violation_error_message=_("A site of this kind with this name already exists."),
            ),
            models.CheckConstraint(
                condition=models.Q(area_ha__isnull=True) | models.Q(area_ha__gte=0),
                name="site_area_non_negative",
                violation_error_message=_("The area cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(free_area_ha__isnull=True) | models.Q(free_area_ha__gte=0),
                name="site_free_area_non_negative",
                violation_error_message=_("The free area cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(free_area_ha__isnull=True)
                | models.Q(area_ha__isnull=True)
                | models.Q(free_area_ha__lte=models.F("area_ha")),
                name="site_free_area_within_area",
                violation_error_message=_("The free area cannot exceed the total area."),
            ),
            models.CheckConstraint(
                condition=models.Q(power_mw__isnull=True) | models.Q(power_mw__gte=0),
                name="site_power_non_negative",
                violation_error_message=_("The available power cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(gas_m3h__isnull=True) | models.Q(gas_m3h__gte=0),
                name="site_gas_non_negative",
                violation_error_message=_("The gas capacity cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(water_m3d__isnull=True) | models.Q(water_m3d__gte=0),
                name="site_water_non_negative",
                violation_error_message=_("The water capacity cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(heat_gcalh__isnull=True) | models.Q(heat_gcalh__gte=0),
                name="site_heat_non_negative",
                violation_error_message=_("The heat capacity cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True)
                | models.Q(latitude__gte=-90, latitude__lte=90),
                name="site_latitude_range",
                violation_error_message=_("The latitude must be between -90 and 90."),
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="site_longitude_range",
                violation_error_message=_("The longitude must be between -180 and 180."),
            ),
        ]
        indexes = [
            models.Index(fields=["kind", "status"], name="site_kind_status_idx"),
            models.Index(fields=["municipality", "kind"], name="site_municipality_idx"),
            models.Index(fields=["is_public", "name"], name="site_public_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return pk_url("sitecatalog:detail", self.pk)

    def public_text(self, field: str, language: str) -> str:
        return localised_text(self, field, language)


class SitePhoto(models.Model):
    """A photograph of a site; shown on the portal only when marked public."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="photos", verbose_name=_("site")
    )
    image = models.ImageField(_("image"), upload_to="sites/photos/%Y/")
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    caption_en = models.CharField(_("caption (English)"), max_length=300, blank=True)
    caption_zh = models.CharField(_("caption (Chinese)"), max_length=300, blank=True)
    is_public = models.BooleanField(_("public"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("site photo")
        verbose_name_plural = _("site photos")
        ordering = ["site", "order", "id"]
        indexes = [models.Index(fields=["site", "is_public"], name="site_photo_public_idx")]

    def __str__(self) -> str:
        return self.caption or self.image.name

    def public_caption(self, language: str) -> str:
        return localised_text(self, "caption", language)


class SiteDocument(models.Model):
    """A file about a site (a presentation, a master plan, a price list); public or internal."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="documents", verbose_name=_("site")
    )
    file = models.FileField(_("file"), upload_to="sites/documents/%Y/")
    title = models.CharField(_("title"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=300, blank=True)
    is_public = models.BooleanField(_("public"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("site document")
        verbose_name_plural = _("site documents")
        ordering = ["site", "order", "id"]
        indexes = [models.Index(fields=["site", "is_public"], name="site_document_public_idx")]

    def __str__(self) -> str:
        return self.title

    def public_title(self, language: str) -> str:
        return localised_text(self, "title", language)
