"""gunicorn settings for ``make serve`` and deploy/systemd/investdesk-web.service.

Everything can be overridden by the environment:

- ``HOST``/``PORT`` (127.0.0.1:8000) or ``GUNICORN_BIND`` (e.g. ``unix:/run/investdesk/web.sock``);
- ``WEB_CONCURRENCY``: worker processes, default 2 × CPU cores + 1;
- ``GUNICORN_THREADS``: threads per worker, default 2 (a thread waiting for PostgreSQL
  lets another one use the process);
- ``GUNICORN_TIMEOUT`` (60 s): a worker silent for longer is killed and replaced;
- ``GUNICORN_MAX_REQUESTS`` (1000): a worker is replaced after that many requests (with jitter),
  which bounds slow memory growth;
- ``FORWARDED_ALLOW_IPS`` (127.0.0.1,::1): addresses of the proxy whose X-Forwarded-* headers
  gunicorn believes.

``kill -HUP <master pid>`` (``systemctl reload investdesk-web``) reloads the configuration and
the code and replaces the workers gracefully: new workers start, old ones finish the requests
they serve. ``kill -TERM`` stops gracefully within ``graceful_timeout``.
"""

import os

_cores = os.cpu_count() or 1

bind = [
    os.environ.get("GUNICORN_BIND")
    or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
]
wsgi_app = "config.wsgi:application"
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * _cores + 1)
threads = int(os.environ.get("GUNICORN_THREADS") or 2)
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 60)
graceful_timeout = 30
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS") or 1000)
max_requests_jitter = max_requests // 10
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Workers load the application themselves (no preload): a HUP then also loads new code.
preload_app = False
# The control socket defaults to one path per user, which two servers on one machine would
# share; management goes through signals instead.
control_socket_disable = True
proc_name = "investdesk"
# Heartbeat files in memory rather than on a possibly slow disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Requests are logged by the application (investdesk.health.middleware) with the request id
# and the user id; gunicorn's own messages (start, worker boot, timeouts) go out as JSON lines.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "investdesk.health.logs.JsonLinesFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
