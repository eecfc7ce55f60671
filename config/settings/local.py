"""Settings for a developer's machine and ``make run``: the embedded SQLite default."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, VAR_DIR, env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = SECRET_KEY or "insecure-local-development-key-do-not-use-in-production"
VAR_DIR.mkdir(parents=True, exist_ok=True)
