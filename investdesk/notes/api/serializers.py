from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import serializers

from investdesk.notes.models import Note
from investdesk.notes.selectors import NOTABLE_MODELS


class NoteSerializer(serializers.ModelSerializer):
    target_type = serializers.ChoiceField(
        source="target_label",
        choices=NOTABLE_MODELS,
        help_text=gettext_lazy("The record's type, as app_label.model."),
    )
    target_id = serializers.IntegerField(
        source="object_id",
        min_value=1,
        max_value=2**63 - 1,
        help_text=gettext_lazy("The record's id."),
    )
    author = serializers.CharField(source="author.username", read_only=True)
    version = serializers.IntegerField(
        required=False, min_value=1, help_text=gettext_lazy("On update: the version you read.")
    )

    class Meta:
        model = Note
        fields = [
            "id",
            "version",
            "target_type",
            "target_id",
            "text",
            "author",
            "created_at",
            "edited_at",
        ]
        read_only_fields = ["created_at", "edited_at"]

    def validate(self, attrs: dict) -> dict:
        note = self.instance
        if note is not None:
            # A note stays on its record: an edit changes the text only.
            label = attrs.pop("target_label", note.target_label)
            object_id = attrs.pop("object_id", note.object_id)
            if label != note.target_label or object_id != note.object_id:
                raise serializers.ValidationError(
                    {"target_id": [_("A note cannot move to another record.")]}
                )
        return attrs
