"""API token authentication with a lockout, as django-axes does for passwords.

DRF checks throttles only after authentication, so without this a client could try
tokens as fast as it likes. After ``AXES_FAILURE_LIMIT`` wrong tokens from one address
within ``AXES_COOLOFF_TIME`` hours, that address gets 429 until the period ends; each
failure is also written to the access log (axes' ``AccessFailureLog``).
"""

from axes.models import AccessFailureLog
from django.conf import settings
from django.core.cache import cache
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
        username="(api token)",
        ip_address=request.META.get("REMOTE_ADDR"),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
        path_info=request.path[:255],
        http_accept=request.META.get("HTTP_ACCEPT", "")[:1025],
        locked_out=False,
    )
