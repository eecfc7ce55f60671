"""The notification list, opening and marking read, and the preferences page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .forms import PreferencesForm
from .models import Notification
from .selectors import notifications_in_app, preferences_of, unread_count
from .services import (
    notification_mark_read,
    notification_preferences_save,
    notifications_mark_all_read,
)


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    only_unread = request.GET.get("unread") == "1"
    notifications = notifications_in_app(user=request.user)
    if only_unread:
        notifications = notifications.filter(read_at__isnull=True)
    page = Paginator(notifications.order_by("-created_at", "-id"), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "notifications/notification_list.html",
        {
            "page_obj": page,
            "object_list": page.object_list,
            "total_count": page.paginator.count,
            "only_unread": only_unread,
            "query_string": "unread=1" if only_unread else "",
        },
    )


def _own(request: HttpRequest, pk: int) -> Notification:
    return get_object_or_404(Notification, pk=pk, recipient=request.user)


@login_required
@require_http_methods(["GET", "POST"])
def notification_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Go to the record the notification is about; opened from the list (a POST) it is
    also marked read. A GET (a link, a browser's prefetch) changes nothing."""
    notification = _own(request, pk)
    if request.method == "POST":
        notification = notification_mark_read(notification=notification, user=request.user)
    target = notification.url
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("notifications:list")


@login_required
@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    notification = notification_mark_read(notification=_own(request, pk), user=request.user)
    if request.headers.get("HX-Request"):
        response = render(
            request, "notifications/_notification_row.html", {"notification": notification}
        )
        response["HX-Trigger"] = "notifications-changed"
        return response
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("notifications:list")


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    count = notifications_mark_all_read(user=request.user)
    messages.success(request, _("%(count)s notifications marked read.") % {"count": count})
    return redirect("notifications:list")


@login_required
def notification_bell(request: HttpRequest) -> HttpResponse:
    """The bell alone, for htmx to refresh after marking read."""
    return render(request, "notifications/_bell.html", {"unread": unread_count(user=request.user)})


@login_required
def notification_preferences(request: HttpRequest) -> HttpResponse:
    prefs, channels = preferences_of(user=request.user)
    initial = {
        "language": prefs.language,
        "digest_hour": prefs.digest_hour,
        **{f"kind_{kind}": choice for kind, choice in channels.items()},
    }
    form = PreferencesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        notification_preferences_save(
            user=request.user,
            language=form.cleaned_data["language"],
            digest_hour=form.cleaned_data["digest_hour"],
            channels=form.channels(),
        )
        messages.success(request, _("Notification settings saved."))
        return redirect("notifications:preferences")
    return render(
        request,
        "notifications/preferences.html",
        {"form": form, "has_email": bool(request.user.email)},
    )
