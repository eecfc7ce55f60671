"""E-mail messages of notifications, in the recipient's language, plain text and HTML."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from .models import Notification


def absolute_url(path: str) -> str:
    """A link for outside the application: INVESTDESK_BASE_URL joined with the path."""
    if not path:
        return ""
    if path.startswith(("http://", "https://")):
        return path
    base = getattr(settings, "INVESTDESK_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
    return f"{base}/{path.lstrip('/')}"


def render_email(notification: Notification) -> tuple[str, str, str]:
    """(subject, plain text, HTML) of the message for ``notification``."""
    context = {
        "notification": notification,
        "link": absolute_url(notification.url),
        "settings_link": absolute_url("/notifications/preferences/"),
    }
    with translation.override(notification.language):
        text = render_to_string("notifications/email.txt", context)
        html = render_to_string("notifications/email.html", context)
    subject = " ".join(notification.title.split())[:200]
    return subject, text, html
