"""Who may read the leadership pages: everyone but partners-only accounts."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied

from investdesk.accounts.choices import Role

READER_ROLES = (Role.LEADERSHIP, Role.CURATOR, Role.ANALYST, Role.ADMIN)


class ReaderRequiredMixin(LoginRequiredMixin):
    """Logged in, and holding a role that reads the agency's whole portfolio."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not request.user.has_role(*READER_ROLES):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
