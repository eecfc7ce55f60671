from investdesk.core.forms import DateInput, VersionedForm, https_formfield

from .models import Document

# What a curator corrects on a stored source; its text, file and extraction stay as received.
EDITABLE_FIELDS = ("title", "kind", "source_name", "source_url", "published_on")


class DocumentForm(VersionedForm):
    class Meta:
        model = Document
        fields = EDITABLE_FIELDS
        widgets = {"published_on": DateInput()}
        formfield_callback = https_formfield
