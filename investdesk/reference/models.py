"""Reference data an administrator maintains: directions, municipalities, currency rates."""

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .choices import MunicipalityKind


class Direction(models.Model):
    """A sector of the taxonomy (quartz, oil refining, ...) that projects and talks are about."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("direction")
        verbose_name_plural = _("directions")
        ordering = ["order", "code"]
        constraints = [
            models.UniqueConstraint(
                Lower("name_ru"),
                name="direction_name_ru_unique",
                violation_error_message=_("A direction with this Russian name already exists."),
            )
        ]

    def __str__(self) -> str:
        return self.name_ru

    def get_absolute_url(self) -> str:
        return reverse("admin:reference_direction_change", args=[self.pk])

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "ru").startswith("en") else self.name_ru


class DirectionKeyword(models.Model):
    """A word or phrase (as lemmas) that signals a direction in a text: extends the extractor."""

    direction = models.ForeignKey(
        Direction, on_delete=models.CASCADE, related_name="keywords", verbose_name=_("direction")
    )
    phrase = models.CharField(
        _("phrase"),
        max_length=200,
        help_text=_("Lemmas separated by spaces, e.g. 'переработка кварц'."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("direction keyword")
        verbose_name_plural = _("direction keywords")
        ordering = ["direction", "phrase"]
        constraints = [
            models.UniqueConstraint(
                fields=["direction", "phrase"],
                name="direction_keyword_unique",
                violation_error_message=_("This keyword is already listed for the direction."),
            )
        ]

    def __str__(self) -> str:
        return self.phrase


class Municipality(models.Model):
    """A city district or municipal district of the region."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=MunicipalityKind.choices)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("admin:reference_municipality_change", args=[self.pk])


class CurrencyRate(models.Model):
    """How many roubles one unit of a currency is worth from a date on (for dashboards)."""

    currency = models.CharField(_("currency"), max_length=3)
    rate_to_rub = models.DecimalField(_("rate to RUB"), max_digits=14, decimal_places=6)
    valid_from = models.DateField(_("valid from"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("currency rate")
        verbose_name_plural = _("currency rates")
        ordering = ["currency", "-valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["currency", "valid_from"],
                name="currency_rate_unique_per_day",
                violation_error_message=_("A rate for this currency and date already exists."),
            ),
            models.CheckConstraint(
                condition=models.Q(rate_to_rub__gt=0),
                name="currency_rate_positive",
                violation_error_message=_("The rate must be greater than zero."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.currency} = {self.rate_to_rub} RUB ({self.valid_from:%d.%m.%Y})"
