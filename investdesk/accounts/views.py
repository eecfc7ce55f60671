"""The user's own account pages: the calendar feed address (create, regenerate, revoke)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .services import calendar_token_regenerate, calendar_token_revoke


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
