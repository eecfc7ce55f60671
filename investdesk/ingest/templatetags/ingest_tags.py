from django import template

register = template.Library()


@register.filter
def field(form, name: str):
    """The bound field ``name`` of ``form`` (dynamic field names cannot be looked up otherwise)."""
    return form[name]
