from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Note


class NoteForm(forms.Form):
    """The text of a new or edited note; ``@username`` mentions a colleague."""

    text = forms.CharField(
        label=_("Note"),
        max_length=Note._meta.get_field("text").max_length,
        widget=forms.Textarea(
            attrs={
                "rows": 2,
                "placeholder": _("Called them, they will send the documents by Friday. @username"),
            }
        ),
    )
    version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
