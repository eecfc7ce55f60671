"""The home page: my tasks (overdue first), my projects, upcoming engagements."""

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from investdesk.accounts.choices import Role

from .selectors import home_context


def home(request: HttpRequest) -> HttpResponse:
    """The home page: my tasks (overdue first), my projects, upcoming engagements."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    user = request.user
    if user.has_role(Role.LEADERSHIP) and not user.has_role(Role.ADMIN):
        return redirect("/dashboard/")
    return render(request, "core/home.html", home_context(user=user))
