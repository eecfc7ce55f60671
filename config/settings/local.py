"""Settings for a developer's machine and ``make run``: the embedded SQLite default."""

import os

from .base import *  # noqa: F403
from .base import SECRET_KEY, VAR_DIR, env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = SECRET_KEY or "insecure-local-development-key-do-not-use-in-production"
VAR_DIR.mkdir(parents=True, exist_ok=True)
# Portal inquiries' e-mails are printed by `make run` unless a mail backend is configured.
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
