"""Production settings: everything sensitive comes from the environment, security is fixed on.

Served by gunicorn behind a TLS-terminating proxy (nginx) that sets ``X-Forwarded-Proto``;
see ``deploy/README.md``. ``investdesk check --deploy`` passes without a warning.
"""

import os

import redis
from django.core.exceptions import ImproperlyConfigured

from investdesk.health.logs import json_logging

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, HUEY, HUEY_REDIS_URL, env_bool, env_list

# --- Required environment -------------------------------------------------------------------
_missing = [
    name
    for name in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS")
    if not os.environ.get(name, "").strip()
]
if _missing:
    raise ImproperlyConfigured(
        f"Production settings need {' and '.join(_missing)} in the environment "
        "(DJANGO_SECRET_KEY: a random string of 50+ characters; DJANGO_ALLOWED_HOSTS: the "
        "comma-separated host names the site answers to). See deploy/environment.md."
    )
if env_bool("DJANGO_DEBUG", False):
    raise ImproperlyConfigured(
        "DJANGO_DEBUG cannot be turned on with config.settings.production; unset it "
        "(use config.settings.local on a developer's machine)."
    )
DEBUG = False

# --- HTTPS behind a proxy (issue 13, item 5) ------------------------------------------------
# The proxy terminates TLS and says so in X-Forwarded-Proto; it must overwrite (never pass on)
# that header from clients: deploy/nginx/investdesk.conf does.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# The client's address comes from the proxy's X-Forwarded-For (health.middleware): by default
# the same proxy addresses gunicorn believes (FORWARDED_ALLOW_IPS, 127.0.0.1 and ::1).
TRUSTED_PROXIES = env_list(
    "INVESTDESK_TRUSTED_PROXIES", os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
)
# Probes may talk to the application server directly, without the proxy.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Sessions end after a period without activity -------------------------------------------
# Every request renews the session, so SESSION_COOKIE_AGE is the idle timeout
# (ASVS 3.3.2 level 2: 30 minutes).
SESSION_COOKIE_AGE = int(os.environ.get("INVESTDESK_SESSION_IDLE_MINUTES", "30")) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# --- Connections fail fast instead of hanging a worker --------------------------------------
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5
    # Check a kept connection before use: after a database restart the first request of each
    # worker would otherwise fail.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["OPTIONS"] = {"socket_connect_timeout": 5, "socket_timeout": 5}
    # The same backend, reusing its Redis client (config/cache.py).
    CACHES["default"]["BACKEND"] = "config.cache.RedisCache"
    # Sessions are read from Redis (one query less on every request) and still written to
    # the database, which stays the reference: nothing is lost when Redis restarts or evicts.
    # Not with the file cache: it culls entries past MAX_ENTRIES and would log users out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
if HUEY_REDIS_URL:
    HUEY = {
        **{key: value for key, value in HUEY.items() if key != "url"},
        "connection": {
            "connection_pool": redis.ConnectionPool.from_url(
                HUEY_REDIS_URL, socket_connect_timeout=5, socket_timeout=30
            )
        },
    }

# --- Logs: JSON lines on standard error (journald or the container runtime collects them) ---
LOGGING = json_logging(os.environ.get("INVESTDESK_LOG_LEVEL", "INFO"))
