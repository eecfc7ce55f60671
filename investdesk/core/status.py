"""The form that closes a commitment or an obligation: status, date and comment."""

from typing import Any

from django import forms
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
