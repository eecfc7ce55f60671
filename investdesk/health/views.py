"""``/healthz`` (the process answers) and ``/readyz`` (its dependencies answer).

Neither needs a login nor shows data; both are exempt from the HTTPS redirect so that a
load balancer or systemd can probe the application server directly.
"""

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .checks import OK, SKIPPED, readiness


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: answers without touching the database, the cache or the queue."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: 200 when every dependency answers, else 503 naming what failed."""
    checks = readiness()
    failed = sorted(name for name, result in checks.items() if result not in (OK, SKIPPED))
    if failed:
        return JsonResponse(
            {"status": "unavailable", "failed": failed, "checks": checks}, status=503
        )
    return JsonResponse({"status": "ok", "checks": checks})
