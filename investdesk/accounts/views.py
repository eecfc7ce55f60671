"""The user's own account pages: the calendar feed address (create, regenerate, revoke),
named saved filters of the list pages, and the password reset request with its limits."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .selectors import saved_filters_for
from .services import (
    calendar_token_regenerate,
    calendar_token_revoke,
    saved_filter_delete,
    saved_filter_save,
)


@login_required
@require_http_methods(["GET", "POST"])
def calendar_feed_view(request: HttpRequest) -> HttpResponse:
    """GET: whether a feed address exists. POST ``regenerate``: a new address, shown once
    (the old one stops working); POST ``revoke``: no address works any more."""
    user = request.user
    feed_url = ""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            calendar_token_revoke(user=user)
            messages.success(request, _("The calendar feed address no longer works."))
            return redirect("accounts:calendar-feed")
        token = calendar_token_regenerate(user=user)
        feed_url = request.build_absolute_uri(f"/calendar/{token}.ics")
    return render(
        request,
        "accounts/calendar_feed.html",
        {"feed_url": feed_url, "has_feed": bool(user.calendar_token_hash)},
    )


def _list_path(value: str) -> str:
    """``value`` if it is a local page of this site (a list page's path), else 404.

    Saved filters redirect to their page: only a path that resolves here is accepted, so
    a saved filter cannot become a redirect to another site.
    """
    if not value.startswith("/") or value.startswith("//") or "?" in value:
        raise Http404
    try:
        resolve(value)
    except Resolver404 as exc:
        raise Http404 from exc
    return value


@login_required
@require_http_methods(["GET", "POST"])
def saved_filters_view(request: HttpRequest) -> HttpResponse:
    """GET ``?path=&query=``: the user's saved filters of that list page (an htmx panel
    under the filter form). POST ``path, name, query``: save the filter under the name."""
    if request.method == "POST":
        path = _list_path(request.POST.get("path", ""))
        name = request.POST.get("name", "").strip()
        if not name:
            messages.error(request, _("Give the filter a name."))
            return redirect(path)
        saved = saved_filter_save(
            user=request.user, path=path, name=name, query=request.POST.get("query", "")
        )
        messages.success(request, _("Filter “%(name)s” saved.") % {"name": saved.name})
        return redirect(saved.url)
    path = _list_path(request.GET.get("path", ""))
    query = request.GET.get("query", "")
    filters = list(saved_filters_for(user=request.user, path=path))
    current = QueryDict(query)
    for saved in filters:
        saved.is_current = QueryDict(saved.query) == current
    return render(
        request,
        "accounts/_saved_filters.html",
        {"saved_filters": filters, "path": path, "query": query},
    )


@login_required
@require_POST
def saved_filter_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    path = _list_path(request.POST.get("path", "/"))
    if saved_filter_delete(user=request.user, pk=pk):
        messages.success(request, _("Saved filter deleted."))
    return redirect(path)


def _over_limit(key: str, limit: int, window: int) -> bool:
    """Count one more request under ``key``; whether it is past ``limit`` in ``window`` s."""
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset request, with a limit on the e-mails it sends.

    Anyone may ask, so without a limit anyone could flood a colleague's mailbox (and the
    agency's mail server) with reset links. Past ``PASSWORD_RESET_RATE`` requests per address
    asked for, or per client address, in the window, the request is answered exactly as
    before (the "check your mail" page, which never says whether the address is known) and
    nothing is sent.
    """

    def form_valid(self, form):
        per_email, per_client, window = settings.PASSWORD_RESET_RATE
        email = form.cleaned_data["email"].strip().lower()
        client = self.request.META.get("REMOTE_ADDR", "") or "unknown"
        limited = _over_limit(f"password-reset:email:{email}", per_email, window)
        limited = _over_limit(f"password-reset:client:{client}", per_client, window) or limited
        if limited:
            return redirect(self.get_success_url())
        return super().form_valid(form)
