"""Closing a commitment or an obligation: the form (status, date and comment) and its page."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .forms import BootstrapFormMixin, DateInput


class StatusForm(BootstrapFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Status"))
    on = forms.DateField(label=_("Status date"), widget=DateInput(), required=False)
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = choices
        self.fields["on"].initial = timezone.localdate()

    def clean_on(self):
        on = self.cleaned_data.get("on")
        if on and on > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return on


def status_page(
    request: HttpRequest,
    *,
    record: models.Model,
    choices: list[tuple[str, str]],
    save: Callable[..., Any],
    title: str,
    parent: models.Model,
    done_url: str,
    cancel_url: str,
    done_message: str,
) -> HttpResponse:
    """The page that sets ``record``'s status: ``save(status=, on=, comment=)`` on a valid
    POST, then back to ``done_url`` with ``done_message % {"status": <new status>}``."""
    form = StatusForm(
        request.POST if request.method == "POST" else None,
        choices=choices,
        initial={"status": record.status, "comment": record.status_comment},
    )
    if request.method == "POST" and form.is_valid():
        save(
            status=form.cleaned_data["status"],
            on=form.cleaned_data["on"],
            comment=form.cleaned_data["comment"],
        )
        messages.success(request, done_message % {"status": record.get_status_display()})
        return redirect(done_url)
    return render(
        request,
        "includes/status_page.html",
        {
            "form": form,
            "title": title,
            "subject": record.text,
            "parent": parent,
            "cancel_url": cancel_url,
        },
        status=400 if form.is_bound else 200,
    )
