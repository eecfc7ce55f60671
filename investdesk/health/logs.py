"""JSON-lines logging: the request context of every record and what must never be logged.

``RequestContextFilter`` adds the request id and the user id of the request being served to
every record (set by ``RequestLogMiddleware``), and drops the ``request`` object Django attaches
to its own records: its text holds the query string, which may carry personal data (a search for
a person's name). Records therefore carry ids, never names, bodies or query strings.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from datetime import UTC, datetime

from django.http import HttpRequest
from django.utils.functional import empty
from pythonjsonlogger.json import JsonFormatter

current_request: ContextVar[HttpRequest | None] = ContextVar("investdesk_request", default=None)

# Attributes Django puts on records that would bring the query string, the body or a
# socket into the log.
_DROPPED = ("request", "server_time")


def user_id_of(request: HttpRequest, *, load: bool = False) -> int | None:
    """The id of the logged-in user. Unless ``load`` is set, a user that nothing in the
    request loaded stays unloaded (no session query for static files or probes)."""
    user = getattr(request, "user", None)
    if user is None or (not load and getattr(user, "_wrapped", None) is empty):
        return None
    try:
        return user.pk if user.is_authenticated else None
    except Exception:  # noqa: BLE001 - the database may be what failed; the record matters more
        return None


class RequestContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        for name in _DROPPED:
            record.__dict__.pop(name, None)
        request = current_request.get()
        if request is not None:
            if getattr(record, "request_id", None) is None:
                record.request_id = getattr(request, "request_id", None)
            if getattr(record, "user_id", None) is None:
                # An error is worth a session query to say whose request failed.
                record.user_id = user_id_of(request, load=record.levelno >= logging.ERROR)
        return True


class JsonLinesFormatter(JsonFormatter):
    """One JSON object per line: time, level, logger, message, then the record's extras;
    a traceback stays inside its record (``exc_info``) instead of spreading over lines."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("fmt", ["asctime", "levelname", "name", "message"])
        kwargs.setdefault(
            "rename_fields", {"asctime": "time", "levelname": "level", "name": "logger"}
        )
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__(*args, **kwargs)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        # UTC whatever the process's time zone (Django sets the worker's to TIME_ZONE).
        return datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds")


def json_logging(level: str = "INFO") -> dict:
    """The ``LOGGING`` dictionary of production: JSON lines on standard error."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_context": {"()": "investdesk.health.logs.RequestContextFilter"}},
        "formatters": {"json": {"()": "investdesk.health.logs.JsonLinesFormatter"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "filters": ["request_context"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Django's own request records duplicate the access log below, without ids.
            "django.request": {"level": "ERROR"},
            "django.server": {"level": "WARNING"},
            "investdesk.request": {"level": "INFO"},
            # The worker (run_huey) adds a plain-text handler to "huey" unless it has one.
            "huey": {"handlers": ["console"], "level": level, "propagate": False},
        },
    }
