"""Who history rows name when no web request is running: the worker and the command line.

Kept free of model imports so that the console script can enter ``acting_as`` before
Django is set up.
"""

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any


class _SystemRequest:
    """What django-simple-history reads the acting user from, outside a web request."""

    def __init__(self, user: Any) -> None:
        self._user = user

    @property
    def user(self) -> Any:
        if self._user is None:
            # Imported here: this module stays free of models (see above).
            from .services import system_user

            self._user = system_user()  # resolved on the first recorded write
        return self._user


@contextmanager
def acting_as(user: Any = None) -> Iterator[None]:
    """Record every history row written inside the block as ``user`` (default: system)."""
    # Imported here: simple_history's models need Django set up (see above).
    from simple_history.models import HistoricalRecords

    context = HistoricalRecords.context
    previous = getattr(context, "request", None)
    context.request = _SystemRequest(user)
    try:
        yield
    finally:
        if previous is None:
            with suppress(AttributeError):
                del context.request
        else:
            context.request = previous
