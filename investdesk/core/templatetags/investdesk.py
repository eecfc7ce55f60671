"""Template helpers: sort links, overdue marks, field access for the shared partials."""

from typing import Any

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def sort_state(context: template.Context, field: str) -> dict[str, Any]:
    """How a column is sorted now and the ``sort`` value its header link should set.

    Returns ``{"active": bool, "descending": bool, "next": "field" | "-field"}``.
    """
    current = context.get("current_sort") or ""
    active = current.lstrip("-") == field
    descending = active and current.startswith("-")
    return {
        "active": active,
        "descending": descending,
        "next": field if (not active or descending) else f"-{field}",
    }


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    try:
        return mapping[key]
    except (KeyError, IndexError, TypeError):
        return None


@register.filter
def starts_with_any(path: str, prefixes: str) -> bool:
    """Whether ``path`` begins with one of the space-separated ``prefixes`` (menu groups)."""
    return any(path.startswith(prefix) for prefix in prefixes.split())
