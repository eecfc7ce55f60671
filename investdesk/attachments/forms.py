"""The upload form of the attachments panel."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from investdesk.core.forms import BootstrapFormMixin

from .content import ALLOWED
from .uploads import max_bytes, too_large_message


class AttachmentForm(BootstrapFormMixin, forms.Form):
    """A file and what it is; the kind and size are checked by ``attachment_upload``."""

    def __init__(self, *args, **kwargs) -> None:
        # Detail pages hold other forms: the panel's ids must not collide with theirs.
        kwargs.setdefault("auto_id", "id_attachment_%s")
        super().__init__(*args, **kwargs)
        # The browser refuses a file over the limit before sending it (js/attachments.js).
        self.fields["file"].widget.attrs.update(
            {"data-max-bytes": str(max_bytes()), "data-too-large": too_large_message()}
        )

    file = forms.FileField(
        label=_("File"),
        error_messages={"required": _("Choose a file to attach.")},
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(ext for kind in ALLOWED for ext in kind.extensions)}
        ),
    )
    description = forms.CharField(
        label=pgettext_lazy("attachment", "Description"),
        required=False,
        max_length=500,
        widget=forms.TextInput(attrs={"placeholder": _("e.g. signed memorandum")}),
    )

    def keep_typed_fields(self) -> None:
        """The request was answered unread (its body was declared over the limit), so the
        server does not know what was typed: htmx keeps the browser's own fields instead of
        the empty ones of this form when it swaps the panel (``hx-preserve``)."""
        for name, field in self.fields.items():
            if name != "file":
                field.widget.attrs["hx-preserve"] = "true"
