"""Settings for a developer's machine and ``make run``: the embedded SQLite default."""

import os

from .base import *  # noqa: F403
from .base import SECRET_KEY, VAR_DIR, env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = SECRET_KEY or "insecure-local-development-key-do-not-use-in-production"
VAR_DIR.mkdir(parents=True, exist_ok=True)
# Without EMAIL_URL, base settings write every message to files under var/mail/ (issue 12);
# DJANGO_EMAIL_BACKEND still lets a developer pick another backend, e.g. the console.
if os.environ.get("DJANGO_EMAIL_BACKEND"):
    EMAIL_BACKEND = os.environ["DJANGO_EMAIL_BACKEND"]
