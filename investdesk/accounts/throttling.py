"""API throttles whose rates are read from ``settings.API_THROTTLE_RATES`` when used.

DRF's own classes read their rates once, at import; these read them per request, so a
deployment (and a test) can change them through settings.
"""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class _SettingsRate:
    scope: str

    def get_rate(self) -> str | None:
        return settings.API_THROTTLE_RATES.get(self.scope)


class AnonymousThrottle(_SettingsRate, AnonRateThrottle):
    """Requests without a login, per client address."""


class UserThrottle(_SettingsRate, UserRateThrottle):
    """Requests of one logged-in user (session or token)."""
