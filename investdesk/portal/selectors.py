"""What the portal may show: published sites as plain values, in the visitor's language.

Templates never receive a ``Site`` model: only the ``PublicSite`` values built here, so
a template cannot reach the operator, the projects on a site or anything else internal.
Only sites a curator published (``is_public``), and only their photos and documents
marked public, are read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.urls import reverse

from investdesk.reference.models import Direction
from investdesk.sitecatalog.choices import SiteKind, SiteStatus
from investdesk.sitecatalog.models import Site, SiteDocument, SitePhoto

from .labels import KIND_LABELS, STATUS_LABELS, direction_label, place_label


@dataclass
class PublicDirection:
    code: str
    label: str
    sites: int = 0


@dataclass
class PublicSite:
    pk: int
    name: str
    kind: str
    kind_label: str
    status_label: str
    place: str
    url: str
    latitude: float | None
    longitude: float | None
    area_ha: Decimal | None
    free_area_ha: Decimal | None
    power_mw: Decimal | None
    has_gas: bool
    gas_m3h: Decimal | None
    has_water: bool
    water_m3d: Decimal | None
    has_heat: bool
    heat_gcalh: Decimal | None
    has_rail: bool
    has_road: bool
    directions: list[PublicDirection]
    preferences: str = ""
    description: str = ""
    photos: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)

    @property
    def is_preferential(self) -> bool:
        return self.kind in (SiteKind.SEZ, SiteKind.TOR)


def public_site_queryset() -> QuerySet[Site]:
    return (
        Site.objects.filter(is_public=True)
        .exclude(status=SiteStatus.CLOSED)
        .select_related("municipality")
        .prefetch_related(Prefetch("directions", queryset=Direction.objects.filter(is_active=True)))
    )


def _public(site: Site, language: str, *, full: bool = False) -> PublicSite:
    municipality = site.municipality.name if site.municipality_id else ""
    public = PublicSite(
        pk=site.pk,
        name=site.public_text("name", language),
        kind=site.kind,
        kind_label=str(KIND_LABELS.get(site.kind, KIND_LABELS[SiteKind.OTHER])),
        status_label=str(STATUS_LABELS.get(site.status, "")),
        place=place_label(municipality, language) if municipality else "",
        url=reverse("portal:site", kwargs={"lang": language, "pk": site.pk}),
        latitude=float(site.latitude) if site.latitude is not None else None,
        longitude=float(site.longitude) if site.longitude is not None else None,
        area_ha=site.area_ha,
        free_area_ha=site.free_area_ha,
        power_mw=site.power_mw,
        has_gas=site.has_gas or bool(site.gas_m3h),
        gas_m3h=site.gas_m3h,
        has_water=site.has_water or bool(site.water_m3d),
        water_m3d=site.water_m3d,
        has_heat=site.has_heat or bool(site.heat_gcalh),
        heat_gcalh=site.heat_gcalh,
        has_rail=site.has_rail,
        has_road=site.has_road,
        directions=[
            PublicDirection(code=d.code, label=direction_label(d, language))
            for d in site.directions.all()
        ],
    )
    if full:
        public.preferences = site.public_text("preferences", language)
        public.description = site.public_text("description", language)
        public.photos = [
            {
                "url": reverse("portal:photo", args=[photo.pk]),
                "caption": photo.public_caption(language),
            }
            for photo in site.public_photos
        ]
        public.documents = [
            {
                "url": reverse("portal:document", args=[document.pk]),
                "title": document.public_title(language),
            }
            for document in site.public_documents
        ]
    return public


def public_sites(*, language: str, filters: dict[str, Any] | None = None) -> list[PublicSite]:
    """Published sites matching the list's filters, by name in the visitor's language."""
    filters = filters or {}
    sites = public_site_queryset()
    if filters.get("direction"):
        sites = sites.filter(directions__code=filters["direction"], directions__is_active=True)
    if filters.get("min_area") is not None:
        sites = sites.filter(free_area_ha__gte=filters["min_area"])
    if filters.get("min_power") is not None:
        sites = sites.filter(power_mw__gte=filters["min_power"])
    if filters.get("gas"):
        sites = sites.filter(Q(has_gas=True) | Q(gas_m3h__gt=0))
    if filters.get("water"):
        sites = sites.filter(Q(has_water=True) | Q(water_m3d__gt=0))
    if filters.get("rail"):
        sites = sites.filter(has_rail=True)
    rows = [_public(site, language) for site in sites.distinct()]
    rows.sort(key=lambda s: (s.name.lower(), s.pk))
    return rows


def public_site(*, pk: int, language: str) -> PublicSite:
    """One published site with its public photos and documents; ``Site.DoesNotExist`` else."""
    site = public_site_queryset().prefetch_related(
        Prefetch(
            "photos",
            queryset=SitePhoto.objects.filter(is_public=True).order_by("order", "id"),
            to_attr="public_photos",
        ),
        Prefetch(
            "documents",
            queryset=SiteDocument.objects.filter(is_public=True).order_by("order", "id"),
            to_attr="public_documents",
        ),
    )
    return _public(site.get(pk=pk), language, full=True)


def public_directions(*, language: str) -> list[PublicDirection]:
    """Active directions with the number of published sites suited to each (one query)."""
    public = Q(sites__is_public=True) & ~Q(sites__status=SiteStatus.CLOSED)
    rows = Direction.objects.filter(is_active=True).annotate(
        public_sites=Count("sites", filter=public, distinct=True)
    )
    return [
        PublicDirection(code=d.code, label=direction_label(d, language), sites=d.public_sites)
        for d in rows.order_by("order", "code")
    ]


def map_points(sites: list[PublicSite]) -> list[dict[str, Any]]:
    """Points for the portal's map (the same shape as the internal map script reads)."""
    return [
        {
            "kind": "site",
            "id": site.pk,
            "lat": site.latitude,
            "lng": site.longitude,
            "title": site.name,
            "subtitle": " · ".join(part for part in (site.kind_label, site.place) if part),
            "url": site.url,
        }
        for site in sites
        if site.latitude is not None and site.longitude is not None
    ]


def public_photo(pk: int) -> SitePhoto:
    return SitePhoto.objects.get(pk=pk, is_public=True, site__is_public=True)


def public_document(pk: int) -> SiteDocument:
    return SiteDocument.objects.get(pk=pk, is_public=True, site__is_public=True)
