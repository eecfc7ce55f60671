"""The public investment portal: no login, server-rendered, cached, readable without script.

Every page lives under ``/portal/<lang>/`` (ru, en, zh-hans); ``/portal/`` sends the visitor
to the language their browser prefers. Pages other than the inquiry form are cached for
``PORTAL_CACHE_SECONDS`` per URL (the URL carries the language), so edits by curators show
within that time.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from investdesk.sitecatalog.models import Site, SiteDocument, SitePhoto
from investdesk.support.inquiries import inquiry_case_number, inquiry_submit

from . import selectors
from .forms import InquiryForm, SiteFilterForm
from .languages import language_from_accept, portal_language_codes, portal_languages
from .services import inquiry_acknowledge
from .spam import client_address, count_attempt, issue_stamp, rate_limited

_THANKS_SALT = "investdesk.portal.thanks"


def _alternates(request: HttpRequest, lang: str) -> list[dict[str, str]]:
    """The same page in every portal language (the language switch; plain links)."""
    prefix = f"/portal/{lang}/"
    rest = request.path[len(prefix) :] if request.path.startswith(prefix) else ""
    query = request.META.get("QUERY_STRING", "")
    return [
        {
            "code": code,
            "name": name,
            "url": f"/portal/{code}/{rest}" + (f"?{query}" if query and rest else ""),
            "current": code == lang,
        }
        for code, name in portal_languages()
    ]


def portal_page(*, cached: bool = True) -> Callable:
    """Run the view in the URL's language; cache successful GETs per full URL."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, lang: str, *args, **kwargs) -> HttpResponse:
            if lang not in portal_language_codes():
                raise Http404
            key = ""
            if cached and request.method in ("GET", "HEAD") and _cacheable_query(request):
                digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
                key = f"portal:page:{digest}"
                hit = cache.get(key)
                if hit is not None:
                    response = HttpResponse(hit[0], content_type=hit[1])
                    return _finish(response, lang, cached=True)
            with translation.override(lang):
                request.LANGUAGE_CODE = lang
                request.portal_alternates = _alternates(request, lang)
                response = view(request, lang, *args, **kwargs)
            if key and response.status_code == 200 and not response.streaming:
                cache.set(
                    key,
                    (response.content, response["Content-Type"]),
                    settings.PORTAL_CACHE_SECONDS,
                )
            return _finish(response, lang, cached=bool(key))

        return wrapped

    return decorator


# Only these parameters (the site list's filters) make a page worth caching; any other query
# string is answered fresh, so nobody can fill the cache with made-up URLs.
_CACHEABLE_PARAMS = {"direction", "min_area", "min_power", "gas", "water", "rail"}


def _cacheable_query(request: HttpRequest) -> bool:
    query = request.META.get("QUERY_STRING", "")
    return len(query) <= 200 and set(request.GET) <= _CACHEABLE_PARAMS


def _finish(response: HttpResponse, lang: str, *, cached: bool) -> HttpResponse:
    response["Content-Language"] = lang
    if cached and response.status_code == 200:
        patch_cache_control(response, public=True, max_age=settings.PORTAL_CACHE_SECONDS)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    return response


def _page(request: HttpRequest, lang: str, template: str, **context) -> HttpResponse:
    context.update(
        lang=lang,
        alternates=request.portal_alternates,
        contact_email=settings.PORTAL_CONTACT_EMAIL,
        contact_phone=settings.PORTAL_CONTACT_PHONE,
    )
    return render(request, template, context)


@require_GET
def language_redirect(request: HttpRequest) -> HttpResponse:
    """``/portal/`` → ``/portal/<the browser's language>/``."""
    lang = language_from_accept(request.headers.get("Accept-Language", ""))
    response = HttpResponseRedirect(reverse("portal:home", kwargs={"lang": lang}))
    patch_vary_headers(response, ("Accept-Language",))
    patch_cache_control(response, private=True, max_age=0)
    return response


@require_GET
@portal_page()
def home(request: HttpRequest, lang: str) -> HttpResponse:
    directions = [d for d in selectors.public_directions(language=lang) if d.sites]
    sites = selectors.public_sites(language=lang)
    return _page(
        request,
        lang,
        "portal/home.html",
        directions=directions,
        site_count=len(sites),
        free_area=sum((s.free_area_ha or 0) for s in sites),
        preferential=[s for s in sites if s.is_preferential][:4],
    )


@require_GET
@portal_page()
def site_list(request: HttpRequest, lang: str) -> HttpResponse:
    form = SiteFilterForm(request.GET or None, language=lang)
    sites = selectors.public_sites(language=lang, filters=form.filters())
    return _page(
        request,
        lang,
        "portal/site_list.html",
        form=form,
        sites=sites,
        points=selectors.map_points(sites),
        tile_url=settings.MAP_TILE_URL,
    )


@require_GET
@portal_page()
def site_detail(request: HttpRequest, lang: str, pk: int) -> HttpResponse:
    try:
        site = selectors.public_site(pk=pk, language=lang)
    except Site.DoesNotExist as exc:
        raise Http404 from exc
    return _page(
        request,
        lang,
        "portal/site_detail.html",
        site=site,
        points=selectors.map_points([site]),
        tile_url=settings.MAP_TILE_URL,
    )


@require_GET
@portal_page()
def support_measures(request: HttpRequest, lang: str) -> HttpResponse:
    return _page(request, lang, "portal/support_measures.html")


@require_GET
@portal_page()
def contacts(request: HttpRequest, lang: str) -> HttpResponse:
    return _page(request, lang, "portal/contacts.html")


@require_http_methods(["GET", "POST"])
@portal_page(cached=False)
@csrf_protect
def inquiry(request: HttpRequest, lang: str) -> HttpResponse:
    address = client_address(request)
    if request.method == "GET":
        site_id = request.GET.get("site", "")
        initial = {"stamp": issue_stamp(), "currency": "RUB"}
        site = None
        if site_id.isdigit():
            try:
                site = selectors.public_site(pk=int(site_id), language=lang)
                initial["site"] = site.pk
                initial["direction"] = site.directions[0].code if site.directions else ""
            except Site.DoesNotExist:
                site = None
        form = InquiryForm(initial=initial, language=lang)
        return _page(request, lang, "portal/inquiry.html", form=form, site=site)

    if rate_limited(address):
        response = _page(request, lang, "portal/rate_limited.html")
        response.status_code = 429
        return response
    form = InquiryForm(request.POST, request.FILES, language=lang)
    if form.is_spam:
        count_attempt(address)
        return HttpResponseRedirect(reverse("portal:inquiry-thanks", kwargs={"lang": lang}))
    if not form.is_valid():
        data = request.POST.copy()
        data["stamp"] = issue_stamp()  # a person who fixes the form may send it again
        form.data = data
        return _page(request, lang, "portal/inquiry.html", form=form, site=None)
    count_attempt(address)
    data = form.cleaned_data
    message = data["message"]
    site_id = data.get("site")
    if site_id:
        site = Site.objects.filter(pk=site_id, is_public=True).only("name").first()
        if site is not None:
            message = f"{message}\n\n[{site.name}]"
    inquiry_record = inquiry_submit(
        company=data["company"],
        country=data["country"],
        contact_name=data["contact_name"],
        email=data["email"],
        phone=data["phone"],
        direction=data["direction"],
        area_ha=data["area_ha"],
        power_mw=data["power_mw"],
        gas_m3h=data["gas_m3h"],
        water_m3d=data["water_m3d"],
        needs_rail=data["needs_rail"],
        investment_mln=data["investment_mln"],
        currency=data["currency"],
        jobs=data["jobs"],
        message=message,
        attachment=data["attachment"],
        language=lang,
    )
    transaction.on_commit(lambda: inquiry_acknowledge(inquiry=inquiry_record))
    token = signing.dumps(inquiry_case_number(inquiry_record.case), salt=_THANKS_SALT)
    return HttpResponseRedirect(
        reverse("portal:inquiry-thanks", kwargs={"lang": lang}) + f"?n={token}"
    )


@require_GET
@portal_page(cached=False)
def inquiry_thanks(request: HttpRequest, lang: str) -> HttpResponse:
    try:
        number = signing.loads(request.GET.get("n", ""), salt=_THANKS_SALT)
    except signing.BadSignature:
        number = ""
    return _page(request, lang, "portal/inquiry_thanks.html", number=number)


def _file_response(field, *, inline: bool) -> FileResponse:
    try:
        handle = field.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    name = Path(field.name).name
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(
        handle, as_attachment=not inline, filename=name, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, public=True, max_age=settings.PORTAL_CACHE_SECONDS)
    return response


@require_GET
def photo(request: HttpRequest, pk: int) -> FileResponse:
    """A public photo of a published site; anything else is 404."""
    try:
        record = selectors.public_photo(pk)
    except SitePhoto.DoesNotExist as exc:
        raise Http404 from exc
    return _file_response(record.image, inline=True)


@require_GET
def document(request: HttpRequest, pk: int) -> FileResponse:
    """A public document of a published site, as a download; anything else is 404."""
    try:
        record = selectors.public_document(pk)
    except SiteDocument.DoesNotExist as exc:
        raise Http404 from exc
    return _file_response(record.file, inline=False)
