from django.db import models
from django.utils.translation import gettext_lazy as _


class MunicipalityKind(models.TextChoices):
    CITY = "city", _("City district (городской округ)")
    DISTRICT = "district", _("Municipal district (муниципальный район)")
