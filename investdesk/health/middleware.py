"""Request ids and the access log.

Placed first in ``MIDDLEWARE`` (after ``ClientAddressMiddleware``, which only settles the
client's address) so that it times and logs every answer, redirects and static files included. The request id comes from the proxy's ``X-Request-ID`` when it is well formed,
otherwise a new one is made; it is returned in the response's ``X-Request-ID`` header and put
on every log record written while the request is served.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from .logs import current_request, user_id_of

logger = logging.getLogger("investdesk.request")

REQUEST_ID_HEADER = "X-Request-ID"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def request_id_for(request: HttpRequest) -> str:
    offered = request.headers.get(REQUEST_ID_HEADER, "")
    if _VALID_REQUEST_ID.match(offered):
        return offered
    return uuid.uuid4().hex


class RequestLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_for(request)
        request.request_id = request_id
        token = current_request.set(request)
        started = time.perf_counter()
        status = 500
        try:
            response = self.get_response(request)
            status = response.status_code
            response[REQUEST_ID_HEADER] = request_id
            return response
        finally:
            logger.info(
                "%s %s %s",
                request.method,
                request.path,
                status,
                extra={
                    "request_id": request_id,
                    "user_id": user_id_of(request),
                    "method": request.method,
                    "path": request.path,
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            current_request.reset(token)


def _networks(entries: list[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(entry, strict=False) for entry in entries]


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


class ClientAddressMiddleware:
    """``REMOTE_ADDR`` becomes the client's address when the request came through our proxy.

    Behind nginx every request reaches gunicorn from the proxy's address, so the login
    lockout (django-axes: per user *and* address) and the portal's inquiry limit (per address)
    would treat the whole world as one client. When ``REMOTE_ADDR`` is one of
    ``settings.TRUSTED_PROXIES`` (addresses or networks; a Unix socket counts as the proxy),
    the last address of ``X-Forwarded-For`` — the one our proxy wrote — replaces it. Anyone
    else's ``X-Forwarded-For`` is ignored. With no trusted proxy (development, tests) nothing
    changes.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.trusted = _networks(getattr(settings, "TRUSTED_PROXIES", []))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.trusted and self._from_proxy(request.META.get("REMOTE_ADDR", "")):
            forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
            client = _address(forwarded.rsplit(",", 1)[-1]) if forwarded else None
            if client is not None:
                request.META["REMOTE_ADDR"] = str(client)
        return self.get_response(request)

    def _from_proxy(self, remote: str) -> bool:
        peer = _address(remote) if remote else None
        if peer is None:
            return not remote  # a Unix socket: only local processes (the proxy) connect
        return any(peer in network for network in self.trusted)
