"""Site matching: rank sites by how well they fit a project's or an investor's needs.

Pure code: ``rank_sites`` and ``site_fit`` read only the attributes of the sites they are
given (directions must be prefetched) and touch no database, so the same ranking serves the
project page, the support case of a portal inquiry, the API and the reverse view on a site.

Each criterion has a weight; a criterion counts only when the needs ask for it (a site is
not marked down for lacking rail when nobody asked for rail). The score is the share of the
weights earned, 0-100. Every criterion also gives a reason in words, e.g. "free area 12 ha ≥
5 ha needed", "10 MW available", "no rail", translated into the active language.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

from .choices import SiteKind, SiteStatus

WEIGHTS: dict[str, int] = {
    "directions": 30,
    "area": 20,
    "power": 15,
    "gas": 8,
    "water": 7,
    "heat": 3,
    "rail": 7,
    "road": 3,
    "preferences": 7,
    "distance": 10,
}
# Full marks for distance up to NEAR_KM from the investor's place, none from FAR_KM on.
NEAR_KM = 50
FAR_KM = 500
# A utility that is present but whose capacity is not stated earns this share of its weight.
UNKNOWN_CAPACITY_SHARE = 0.75
# Kinds whose regime itself carries tax and other preferences.
PREFERENTIAL_KINDS = {SiteKind.SEZ, SiteKind.TOR}


@dataclass(frozen=True)
class SiteNeeds:
    """What an investor or a project needs from a site; ``None``/``False`` means "not asked"."""

    direction_ids: frozenset[int] = frozenset()
    direction_names: tuple[str, ...] = ()
    area_ha: Decimal | None = None
    power_mw: Decimal | None = None
    gas: bool = False
    gas_m3h: Decimal | None = None
    water: bool = False
    water_m3d: Decimal | None = None
    heat: bool = False
    rail: bool = False
    road: bool = False
    preferences: bool = False
    latitude: float | None = None
    longitude: float | None = None
    place: str = ""
    current_site_id: int | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.direction_ids
            or self.area_ha
            or self.power_mw
            or self.gas
            or self.water
            or self.heat
            or self.rail
            or self.road
            or self.preferences
            or self.latitude is not None
        )


@dataclass
class SiteMatch:
    site: Any
    score: int
    reasons: list[str] = field(default_factory=list)


def _label(direction: Any) -> str:
    return str(getattr(direction, "name", direction))


def _num(value: Decimal | float | None) -> str:
    return floatformat(value, "-2")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    radius = 6371.0
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


def _capacity(
    *,
    present: bool,
    available: Decimal | None,
    needed: Decimal | None,
    unit: str,
    label: str,
    missing: str,
) -> tuple[float, str]:
    """Share of the weight earned (0..1) and the reason, for gas or water."""
    if available is not None and available > 0:
        present = True
    if not present:
        return 0.0, missing
    if available is None:
        return UNKNOWN_CAPACITY_SHARE if needed else 1.0, _(
            "%(utility)s connected, capacity not stated"
        ) % {"utility": label}
    if needed is None or needed <= 0:
        return 1.0, _("%(utility)s %(available)s %(unit)s") % {
            "utility": label,
            "available": _num(available),
            "unit": unit,
        }
    values = {"utility": label, "available": _num(available), "needed": _num(needed), "unit": unit}
    if available >= needed:
        return 1.0, _("%(utility)s %(available)s %(unit)s ≥ %(needed)s %(unit)s needed") % values
    return float(available / needed), _(
        "%(utility)s %(available)s %(unit)s < %(needed)s %(unit)s needed"
    ) % values


def site_fit(site: Any, needs: SiteNeeds) -> SiteMatch:
    """How well one site fits the needs: a score 0-100 and the reasons in words."""
    earned = 0.0
    possible = 0
    reasons: list[str] = []

    def score(key: str, share: float) -> None:
        nonlocal earned, possible
        earned += WEIGHTS[key] * max(0.0, min(1.0, share))
        possible += WEIGHTS[key]

    if needs.current_site_id and site.pk == needs.current_site_id:
        reasons.append(_("the project's current site"))
    if site.status == SiteStatus.CLOSED:
        reasons.append(_("the site is closed"))

    # Directions.
    site_directions = {d.pk: d for d in site.directions.all()}
    if needs.direction_ids:
        common = [site_directions[pk] for pk in needs.direction_ids if pk in site_directions]
        if common:
            score("directions", 1.0)
            reasons.append(
                _("suits %(directions)s")
                % {"directions": ", ".join(sorted(_label(d) for d in common))}
            )
        else:
            score("directions", 0.0)
            reasons.append(
                _("not listed as suitable for %(directions)s")
                % {"directions": ", ".join(needs.direction_names) or _("the directions asked")}
            )

    # Free area.
    if needs.area_ha:
        values = {"needed": _num(needs.area_ha)}
        if site.free_area_ha is None:
            score("area", 0.0)
            reasons.append(_("free area not stated (%(needed)s ha needed)") % values)
        else:
            values["free"] = _num(site.free_area_ha)
            if site.free_area_ha >= needs.area_ha:
                score("area", 1.0)
                reasons.append(_("free area %(free)s ha ≥ %(needed)s ha needed") % values)
            else:
                score("area", float(site.free_area_ha / needs.area_ha))
                reasons.append(_("free area %(free)s ha < %(needed)s ha needed") % values)
    elif site.free_area_ha is not None:
        reasons.append(_("free area %(free)s ha") % {"free": _num(site.free_area_ha)})

    # Power.
    if needs.power_mw:
        values = {"needed": _num(needs.power_mw)}
        if site.power_mw is None:
            score("power", 0.0)
            reasons.append(_("power not stated (%(needed)s MW needed)") % values)
        else:
            values["power"] = _num(site.power_mw)
            if site.power_mw >= needs.power_mw:
                score("power", 1.0)
                reasons.append(_("%(power)s MW available ≥ %(needed)s MW needed") % values)
            else:
                score("power", float(site.power_mw / needs.power_mw))
                reasons.append(_("%(power)s MW available < %(needed)s MW needed") % values)
    elif site.power_mw is not None:
        reasons.append(_("%(power)s MW available") % {"power": _num(site.power_mw)})

    # Gas and water, with capacities.
    for key, present, available, asked, needed, unit, label, missing in (
        (
            "gas",
            site.has_gas,
            site.gas_m3h,
            needs.gas or bool(needs.gas_m3h),
            needs.gas_m3h,
            _("m³/h"),
            _("gas"),
            _("no gas"),
        ),
        (
            "water",
            site.has_water,
            site.water_m3d,
            needs.water or bool(needs.water_m3d),
            needs.water_m3d,
            _("m³/day"),
            _("water"),
            _("no water supply"),
        ),
    ):
        share, reason = _capacity(
            present=present,
            available=available,
            needed=needed,
            unit=unit,
            label=label,
            missing=missing,
        )
        if asked:
            score(key, share)
            reasons.append(reason)
        elif share > 0 and available is not None:
            reasons.append(reason)

    # Heat.
    has_heat = site.has_heat or bool(site.heat_gcalh)
    if needs.heat:
        score("heat", 1.0 if has_heat else 0.0)
        reasons.append(
            (_("heat %(heat)s Gcal/h") % {"heat": _num(site.heat_gcalh)})
            if site.heat_gcalh
            else (_("heat supply") if has_heat else _("no heat supply"))
        )

    # Rail and road: "no rail" is worth saying even when rail was not asked for.
    if needs.rail:
        score("rail", 1.0 if site.has_rail else 0.0)
    reasons.append(_("railway siding") if site.has_rail else _("no rail"))
    if needs.road:
        score("road", 1.0 if site.has_road else 0.0)
        reasons.append(_("road access") if site.has_road else _("no road access"))

    # Preferences of the site's regime.
    preferential = site.kind in PREFERENTIAL_KINDS or bool((site.preferences or "").strip())
    if needs.preferences:
        score("preferences", 1.0 if preferential else 0.0)
    if site.kind in PREFERENTIAL_KINDS:
        reasons.append(_("preferential regime: %(kind)s") % {"kind": site.get_kind_display()})
    elif preferential:
        reasons.append(_("tax and other preferences"))
    elif needs.preferences:
        reasons.append(_("no special preferences"))

    # Distance from the investor's or the project's place.
    if needs.latitude is not None and needs.longitude is not None:
        if site.latitude is None or site.longitude is None:
            score("distance", 0.0)
            reasons.append(_("location not stated"))
        else:
            km = distance_km(
                needs.latitude, needs.longitude, float(site.latitude), float(site.longitude)
            )
            share = 1.0 if km <= NEAR_KM else max(0.0, (FAR_KM - km) / (FAR_KM - NEAR_KM))
            score("distance", share)
            values = {"km": round(km), "place": needs.place}
            reasons.append(
                (_("%(km)s km from %(place)s") if needs.place else _("%(km)s km away")) % values
            )

    total = round(100 * earned / possible) if possible else 0
    if site.status == SiteStatus.CLOSED:
        total = 0
    return SiteMatch(site=site, score=total, reasons=reasons)


def rank_sites(needs: SiteNeeds, sites: Iterable[Any], *, limit: int | None = None) -> list:
    """Sites ordered by fit, best first (ties by name); closed sites last."""
    matches = [site_fit(site, needs) for site in sites]
    matches.sort(key=lambda m: (-m.score, str(m.site.name).lower(), m.site.pk))
    return matches[:limit] if limit else matches


def _decimal(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    return Decimal(str(value))


def needs_for_project(project: Any) -> SiteNeeds:
    """The needs a project states: its directions and its municipality (for distance).

    Projects carry no area or power requirements (yet), so those criteria do not count for
    them; the reasons still say what each site offers. Expects ``directions`` prefetched and
    ``municipality`` selected.
    """
    directions = list(project.directions.all())
    municipality = project.municipality
    has_place = (
        municipality is not None
        and municipality.latitude is not None
        and municipality.longitude is not None
    )
    return SiteNeeds(
        direction_ids=frozenset(d.pk for d in directions),
        direction_names=tuple(_label(d) for d in directions),
        latitude=float(municipality.latitude) if has_place else None,
        longitude=float(municipality.longitude) if has_place else None,
        place=str(municipality) if has_place else "",
        current_site_id=project.site_id,
    )


def needs_from_values(
    *,
    directions: Iterable[Any] = (),
    area_ha: Any = None,
    power_mw: Any = None,
    gas_m3h: Any = None,
    needs_gas: bool = False,
    water_m3d: Any = None,
    needs_water: bool = False,
    needs_rail: bool = False,
    needs_heat: bool = False,
    needs_road: bool = False,
    needs_preferences: bool = False,
) -> SiteNeeds:
    """Needs from plain values, as an inquiry form or an API client gives them."""
    directions = list(directions)
    return SiteNeeds(
        direction_ids=frozenset(d.pk for d in directions),
        direction_names=tuple(_label(d) for d in directions),
        area_ha=_decimal(area_ha),
        power_mw=_decimal(power_mw),
        gas=needs_gas,
        gas_m3h=_decimal(gas_m3h),
        water=needs_water,
        water_m3d=_decimal(water_m3d),
        heat=needs_heat,
        rail=needs_rail,
        road=needs_road,
        preferences=needs_preferences,
    )
