"""Spam defences of the inquiry form, none of them a third-party service.

* a honeypot field that people never see (hidden by CSS, labelled "leave empty");
* a signed timestamp issued with the form: a form sent within
  ``PORTAL_INQUIRY_MIN_SECONDS`` of being shown was not filled in by a person, one older than
  ``PORTAL_INQUIRY_MAX_AGE_SECONDS`` has expired, one with a forged stamp is refused;
* a rate limit per client address (``PORTAL_INQUIRY_RATE`` = (count, seconds)) kept in
  Django's cache. The address is ``REMOTE_ADDR``: behind a reverse proxy, configure the
  proxy to pass the client's address there.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

_SALT = "investdesk.portal.inquiry"


def issue_stamp(now: float | None = None) -> str:
    return signing.dumps({"t": int(now if now is not None else time.time())}, salt=_SALT)


def stamp_problem(stamp: str, now: float | None = None) -> str | None:
    """``None`` for a good stamp, else "forged", "too_fast" or "expired"."""
    now = now if now is not None else time.time()
    try:
        issued = int(signing.loads(stamp, salt=_SALT)["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return "forged"
    age = now - issued
    if age < settings.PORTAL_INQUIRY_MIN_SECONDS:
        return "too_fast"
    if age > settings.PORTAL_INQUIRY_MAX_AGE_SECONDS:
        return "expired"
    return None


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _rate_key(address: str) -> str:
    return f"portal:inquiry-rate:{address}"


def rate_limited(address: str) -> bool:
    """Whether this address has used up its inquiries for the current window."""
    limit, _window = settings.PORTAL_INQUIRY_RATE
    return (cache.get(_rate_key(address)) or 0) >= limit


def count_attempt(address: str) -> None:
    """Count one inquiry against the address; the window starts with its first inquiry."""
    _limit, window = settings.PORTAL_INQUIRY_RATE
    key = _rate_key(address)
    if cache.add(key, 1, timeout=window):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
