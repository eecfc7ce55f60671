"""Links to many records of one kind without a ``reverse()`` per record."""

from collections.abc import Callable

from django.urls import reverse

_MARKER = 2_147_483_647


def pk_link(viewname: str) -> Callable[[int], str]:
    """``reverse(viewname, args=[pk])`` for any pk, resolving the URL pattern only once.

    ``reverse()`` costs tens of microseconds; pages with hundreds of links (the pipeline
    board, the calendar) spent a good part of their time in it.
    """
    prefix, suffix = reverse(viewname, args=[_MARKER]).split(str(_MARKER))
    return lambda pk: f"{prefix}{pk}{suffix}"
