"""Settings shared by every environment; everything that differs comes from the environment."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("INVESTDESK_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "simple_history",
    "django_countries",
    # Before import_export: our `import`/`export` commands replace its generic ones.
    "investdesk.dataexchange",
    "import_export",
    "investdesk.core",
    "investdesk.accounts",
    "investdesk.reference",
    "investdesk.organisations",
    "investdesk.people",
    "investdesk.sitecatalog",
    "investdesk.documents",
    "investdesk.projects",
    "investdesk.engagements",
    "investdesk.agreements",
    "investdesk.support",
    "investdesk.tasks",
    "investdesk.ingest",
    "investdesk.reports",
    "investdesk.search",
    "investdesk.demodata",
    "investdesk.home",
    "investdesk.portal",
    "investdesk.notifications",
    "investdesk.notes",
    "investdesk.reminders",
    "investdesk.attachments",
    "huey.contrib.djhuey",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "investdesk" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DEFAULT_SQLITE_URL = f"sqlite:///{VAR_DIR / 'investdesk.sqlite3'}"
# An empty DATABASE_URL (`DATABASE_URL= investdesk ...`) means the default, as an unset one does.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or DEFAULT_SQLITE_URL, conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while a writer (ingestion, generate) works; a busy timeout
    # turns short lock waits into waits instead of "database is locked" errors.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", _("Russian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "investdesk" / "locale"]
TIME_ZONE = os.environ.get("INVESTDESK_TIME_ZONE", "Asia/Yekaterinburg")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("INVESTDESK_STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "investdesk" / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("INVESTDESK_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "investdesk API",
    "DESCRIPTION": "Investors, engagements, pipeline, commitments and sites of a regional agency.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Many models have a "kind", "status" or "role": name each enum after its choices.
    "ENUM_NAME_OVERRIDES": {
        f"{name}Enum": f"investdesk.{app}.choices.{name}"
        for app, name in [
            ("organisations", "OrganisationKind"),
            ("organisations", "AliasKind"),
            ("sitecatalog", "SiteKind"),
            ("sitecatalog", "SiteStatus"),
            ("engagements", "EngagementKind"),
            ("engagements", "EngagementStatus"),
            ("engagements", "OutcomeKind"),
            ("engagements", "CommitmentStatus"),
            ("engagements", "ParticipationRole"),
            ("projects", "ParticipantRole"),
            ("agreements", "AgreementKind"),
            ("agreements", "ObligationStatus"),
            ("support", "SupportCaseStatus"),
            ("support", "SupportStepKind"),
            ("tasks", "TaskStatus"),
            ("documents", "DocumentKind"),
            ("documents", "ReviewStatus"),
            ("reference", "MunicipalityKind"),
        ]
    },
}
REST_FRAMEWORK["EXCEPTION_HANDLER"] = "investdesk.core.api.exception_handler"

# A file cache is shared by the web server and the background worker (which keeps the
# dashboard computed); Redis takes over when REDIS_URL is set.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache"),
    }
}
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }

# Background jobs: Huey keeps its queue in a SQLite file by default (no extra server);
# with HUEY_REDIS_URL set, workers on several machines share one Redis queue.
HUEY_REDIS_URL = os.environ.get("HUEY_REDIS_URL", "")
if HUEY_REDIS_URL:
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "investdesk",
        "url": HUEY_REDIS_URL,
        "immediate": False,
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "investdesk",
        "filename": str(VAR_DIR / "huey.sqlite3"),
        "immediate": False,
    }

INGEST_MAX_TEXT_BYTES = int(os.environ.get("INVESTDESK_INGEST_MAX_TEXT_BYTES", 1_000_000))
INGEST_HTTP_TIMEOUT = float(os.environ.get("INVESTDESK_INGEST_HTTP_TIMEOUT", 15))
# Map tiles are fetched by the browser from a tile server, so none is used unless one is
# set (e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png" or the agency's own): by
# default maps draw the countries' borders from our own static files and work offline.
MAP_TILE_URL = os.environ.get("INVESTDESK_MAP_TILE_URL", "")

# --- Security: brute force, passwords, uploads (issue 13) ----------------------------------
# django-axes locks a username from an address out after AXES_FAILURE_LIMIT failed logins
# (web login, admin login: every authenticate() with a request) and keeps the access log
# (logins, logouts, failures). The API answers too many requests with 429 (DRF throttles).
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "investdesk.accounts.authentication.ClientFailureLimitBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("INVESTDESK_LOGIN_FAILURE_LIMIT", 5))
# Password spraying: failed logins from one client address, across usernames, in the
# cool-off period, past which that address may not log in (accounts.authentication).
LOGIN_CLIENT_FAILURE_LIMIT = int(os.environ.get("INVESTDESK_LOGIN_CLIENT_FAILURE_LIMIT", 20))
AXES_COOLOFF_TIME = float(os.environ.get("INVESTDESK_LOGIN_COOLOFF_HOURS", 1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_VERBOSE = False
REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"] = [
    "rest_framework.authentication.SessionAuthentication",
    "investdesk.accounts.authentication.LockoutTokenAuthentication",
]
REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"] = [
    "investdesk.accounts.throttling.AnonymousThrottle",
    "investdesk.accounts.throttling.UserThrottle",
]
API_THROTTLE_RATES = {
    "anon": os.environ.get("INVESTDESK_API_ANON_RATE", "30/min"),
    "user": os.environ.get("INVESTDESK_API_USER_RATE", "1200/min"),
}
# Password reset e-mails: at most 3 per address asked for and 10 per client address an hour.
PASSWORD_RESET_RATE = (3, 10, 60 * 60)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Uploads: Django keeps at most this much in memory; UPLOAD_MAX_BYTES is enforced while a
# file arrives (accounts.uploads.LimitedUploadHandler aborts the request past it).
UPLOAD_MAX_BYTES = int(os.environ.get("INVESTDESK_UPLOAD_MAX_BYTES", 20 * 1024 * 1024))
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
DATA_UPLOAD_MAX_NUMBER_FILES = 20
FILE_UPLOAD_HANDLERS = [
    "investdesk.accounts.uploads.LimitedMemoryUploadHandler",
    "investdesk.accounts.uploads.LimitedTemporaryUploadHandler",
]
FILE_UPLOAD_PERMISSIONS = 0o640
# Fetching from the web (ingest.fetch): whole-fetch deadline, redirects, feed items.
INGEST_FETCH_DEADLINE = float(os.environ.get("INVESTDESK_INGEST_FETCH_DEADLINE", 30))
INGEST_MAX_REDIRECTS = 5
INGEST_MAX_FEED_ITEMS = int(os.environ.get("INVESTDESK_INGEST_MAX_FEED_ITEMS", 100))
# Hosts fetched even though they are not public addresses: empty everywhere but in tests.
INGEST_ALLOWED_TEST_HOSTS: dict[str, str] = {}
# .docx and other zip archives: limits checked before anything is unpacked.
INGEST_MAX_ARCHIVE_BYTES = 50 * 1024 * 1024
INGEST_MAX_ARCHIVE_RATIO = 100
INGEST_MAX_ARCHIVE_MEMBERS = 2000
# --- end of the security block ----------------------------------------------------------------
# --- The public investment portal (/portal/) ---------------------------------------------
# The portal speaks Russian, English and Chinese (Simplified). These are its own languages:
# LANGUAGES above (the internal interface's menu and LocaleMiddleware) stay Russian and
# English, so Chinese never leaks into the internal interface; the portal carries the language
# in its URLs (/portal/zh-hans/...) and picks one from Accept-Language at /portal/.
PORTAL_LANGUAGES = [("ru", "Русский"), ("en", "English"), ("zh-hans", "中文")]
# The curator who receives portal inquiries (a username). Unset or inactive: the active
# curator with the fewest open support cases.
PORTAL_DUTY_CURATOR = os.environ.get("INVESTDESK_PORTAL_DUTY_CURATOR", "")
PORTAL_CACHE_SECONDS = int(os.environ.get("INVESTDESK_PORTAL_CACHE_SECONDS", 300))
PORTAL_INQUIRY_MAX_BYTES = int(os.environ.get("INVESTDESK_PORTAL_INQUIRY_MAX_BYTES", 10_485_760))
PORTAL_INQUIRY_MIN_SECONDS = 3  # a form sent faster than this was not filled in by a person
PORTAL_INQUIRY_MAX_AGE_SECONDS = 2 * 60 * 60
PORTAL_INQUIRY_RATE = (5, 60 * 60)  # at most 5 inquiries per address per hour
PORTAL_CONTACT_EMAIL = os.environ.get("INVESTDESK_PORTAL_CONTACT_EMAIL", "invest@example.org")
PORTAL_CONTACT_PHONE = os.environ.get("INVESTDESK_PORTAL_CONTACT_PHONE", "+7 (3467) 00-00-00")


# Notifications: e-mail through one setting, EMAIL_URL = smtp://user:password@host:port
# (smtp+tls:// for STARTTLS, smtp+ssl:// for implicit TLS; ?from=...&timeout=... optional).
# Unset (development), messages are written as files under var/mail/.
def email_settings_from_url(url: str) -> dict[str, object]:
    from urllib.parse import parse_qs, unquote, urlsplit

    if not url:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(VAR_DIR / "mail"),
        }
    parts = urlsplit(url)
    schemes = {"smtp": (25, False, False), "smtp+tls": (587, True, False)}
    schemes["smtp+ssl"] = (465, False, True)
    if parts.scheme not in schemes:
        raise ValueError(f"EMAIL_URL must start with smtp://, smtp+tls:// or smtp+ssl://: {url!r}")
    port, use_tls, use_ssl = schemes[parts.scheme]
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    result: dict[str, object] = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_TIMEOUT": float(query.get("timeout", 20)),
    }
    if "from" in query:
        result["DEFAULT_FROM_EMAIL"] = query["from"]
    return result


DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "investdesk <noreply@investdesk.local>"
)
globals().update(email_settings_from_url(os.environ.get("EMAIL_URL", "")))
INVESTDESK_BASE_URL = os.environ.get("INVESTDESK_BASE_URL", "http://127.0.0.1:8000")
# Days after the due date when an overdue task goes to its project's curator and leadership.
NOTIFY_ESCALATE_AFTER_DAYS = int(os.environ.get("INVESTDESK_ESCALATE_AFTER_DAYS", 3))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("INVESTDESK_LOG_LEVEL", "WARNING")},
}

# --- Serving: health checks, request log, content security policy (issue 14) -------------
# Kept in one block so that other settings changes merge cleanly around it.
INSTALLED_APPS += ["csp", "investdesk.health"]
# Compresses only changed files, so collectstatic at each start costs seconds, not half a minute.
STORAGES["staticfiles"]["BACKEND"] = "config.staticfiles.IncrementalCompressedStaticFilesStorage"
# The proxy in front (nginx) whose X-Forwarded-For gives the client's address: the login
# lockout and the portal's inquiry limit count per address (health.middleware). Empty: requests
# come straight from clients (development); production defaults to gunicorn's proxy list.
TRUSTED_PROXIES = env_list("INVESTDESK_TRUSTED_PROXIES")
# The client's address is settled first; the request log then times and logs every answer
# (redirects included).
MIDDLEWARE = [
    "investdesk.health.middleware.ClientAddressMiddleware",
    "investdesk.health.middleware.RequestLogMiddleware",
    *MIDDLEWARE,
    "csp.middleware.CSPMiddleware",
]


def _tile_origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}" if parts.netloc else ""


# One policy everywhere (development, tests, production), so a page that breaks it fails in
# the browser tests before it reaches production. Scripts and <style> elements run only
# from our own origin or with the per-request nonce (`nonce="{{ request.csp_nonce }}"`);
# style attributes stay allowed (style-src-attr): charts, maps and layouts set sizes that way,
# and an attribute cannot load or run anything.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:", *filter(None, [_tile_origin(MAP_TILE_URL)])],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}


# --- Attachments (investdesk.attachments) -------------------------------------------------
# Files attached to records go through the "attachments" storage alias: the filesystem under
# MEDIA_ROOT by default (so `investdesk backup` copies them), or an S3-compatible bucket with
# django-storages when INVESTDESK_ATTACHMENT_STORAGE=s3. They are never served from MEDIA_URL:
# only the download view, which checks that the user may see the record, reads them.
def attachment_storage_from_env() -> dict[str, object]:
    kind = os.environ.get("INVESTDESK_ATTACHMENT_STORAGE", "filesystem").strip().lower()
    if kind == "s3":
        options = {
            "bucket_name": os.environ.get("INVESTDESK_S3_BUCKET", ""),
            "endpoint_url": os.environ.get("INVESTDESK_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("INVESTDESK_S3_REGION") or None,
            "access_key": os.environ.get("INVESTDESK_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("INVESTDESK_S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("INVESTDESK_S3_PREFIX", ""),
            # Private objects, never overwritten; read only through our download view.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        }
        return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
    if kind != "filesystem":
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("INVESTDESK_ATTACHMENT_STORAGE must be 'filesystem' or 's3'.")
    # No location: FileSystemStorage follows MEDIA_ROOT (and a test's override of it).
    return {"BACKEND": "django.core.files.storage.FileSystemStorage"}


STORAGES["attachments"] = attachment_storage_from_env()
# Largest attachment, enforced while the upload arrives (attachments.uploads).
ATTACHMENT_MAX_BYTES = int(os.environ.get("INVESTDESK_ATTACHMENT_MAX_BYTES", 25 * 1024 * 1024))

# --- Serving speed (issue 14, load target) ------------------------------------------------
# Selects are written in Python rather than through two template includes per <option>.
FORM_RENDERER = "investdesk.core.renderers.FastSelectRenderer"
