from django.apps import AppConfig


class HealthConfig(AppConfig):
    """Probes and request logs; no models, so no name is ever shown to users."""

    name = "investdesk.health"
    label = "health"
