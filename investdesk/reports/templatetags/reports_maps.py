from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def map_tile_url() -> str:
    """The tile server URL template from settings (OpenStreetMap unless configured)."""
    return settings.MAP_TILE_URL
