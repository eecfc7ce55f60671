"""Settings for the test suite; DATABASE_URL picks SQLite (default) or PostgreSQL."""

from .base import *  # noqa: F403
from .base import HUEY, VAR_DIR, attachment_storage_from_env

SECRET_KEY = "test-only-secret-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
VAR_DIR.mkdir(parents=True, exist_ok=True)
(VAR_DIR / "static").mkdir(exist_ok=True)
HUEY = {**HUEY, "immediate": True}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "attachments": attachment_storage_from_env(),
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Ingestion tests fetch from a local server under this name only (ingest.fetch); every other
# address keeps the production checks, so the tests also prove that loopback is refused.
INGEST_ALLOWED_TEST_HOSTS = {"feeds.test": "127.0.0.1"}
