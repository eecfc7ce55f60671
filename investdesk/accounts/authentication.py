"""API token authentication with a lockout, as django-axes does for passwords; and the
limit on failed logins per client address across usernames (``ClientFailureLimitBackend``).

DRF checks throttles only after authentication, so without this a client could try
tokens as fast as it likes. After ``AXES_FAILURE_LIMIT`` wrong tokens from one address
within ``AXES_COOLOFF_TIME`` hours, that address gets 429 until the period ends; each
failure is also written to the access log (axes' ``AccessFailureLog``).
"""

import datetime
from typing import Any

from axes.models import AccessFailureLog
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication


def _failures_key(request) -> str:
    return f"api-token-failures:{request.META.get('REMOTE_ADDR', '')}"


class LockoutTokenAuthentication(TokenAuthentication):
    def authenticate(self, request):
        key = _failures_key(request)
        if cache.get(key, 0) >= settings.AXES_FAILURE_LIMIT:
            raise exceptions.Throttled(detail="Too many requests with a wrong token.")
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            _record_failure(request, key)
            raise


def _record_failure(request, key: str) -> None:
    timeout = int(float(settings.AXES_COOLOFF_TIME) * 3600)
    cache.add(key, 0, timeout=timeout)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=timeout)
    AccessFailureLog.objects.create(
        username=TOKEN_FAILURE_USERNAME,
        ip_address=request.META.get("REMOTE_ADDR"),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
        path_info=request.path[:255],
        http_accept=request.META.get("HTTP_ACCEPT", "")[:1025],
        locked_out=False,
    )


TOKEN_FAILURE_USERNAME = "(api token)"


def client_login_failures(address: str) -> int:
    """Failed password logins from ``address`` within ``AXES_COOLOFF_TIME``, any username
    (axes' access log; wrong API tokens have their own limit and are not counted)."""
    since = timezone.now() - datetime.timedelta(hours=float(settings.AXES_COOLOFF_TIME))
    return (
        AccessFailureLog.objects.filter(ip_address=address, attempt_time__gte=since)
        .exclude(username=TOKEN_FAILURE_USERNAME)
        .count()
    )


class ClientFailureLimitBackend:
    """Refuses every login from a client address with ``LOGIN_CLIENT_FAILURE_LIMIT`` failed
    logins in the cool-off period, whatever the usernames (password spraying: one password
    tried on many accounts never reaches axes' limit per username and address).

    The address is the client's as ``ClientAddressMiddleware`` resolved it, so only that
    address is refused: the same users log in from anywhere else. The limit is well above
    axes' per-user one, so colleagues behind one office address who mistype now and then
    are not refused. The refusal is axes' lockout page (429), which says why. No
    ``get_user``: it never logs anyone in (and ``force_login`` skips it).
    """

    def authenticate(self, request: Any, **credentials: Any) -> None:
        if request is None:
            return None
        address = request.META.get("REMOTE_ADDR", "")
        if address and client_login_failures(address) >= settings.LOGIN_CLIENT_FAILURE_LIMIT:
            request.client_login_limited = True
            request.axes_locked_out = True  # AxesMiddleware answers with the lockout page
            raise PermissionDenied
        return None
