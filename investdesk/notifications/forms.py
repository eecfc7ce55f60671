from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from investdesk.core.forms import add_bootstrap_classes

from .choices import ChannelChoice, NotificationKind


class PreferencesForm(forms.Form):
    """Language, digest hour and one channel choice per kind of notification."""

    language = forms.ChoiceField(label=_("Language of messages"), choices=settings.LANGUAGES)
    digest_hour = forms.TypedChoiceField(
        label=_("Hour of the daily digest"),
        coerce=int,
        choices=[(hour, f"{hour:02d}:00") for hour in range(24)],
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for kind, label in NotificationKind.choices:
            self.fields[f"kind_{kind}"] = forms.ChoiceField(
                label=label, choices=ChannelChoice.choices, initial=ChannelChoice.BOTH
            )
        add_bootstrap_classes(self)

    def kind_fields(self) -> list:
        return [self[name] for name in self.fields if name.startswith("kind_")]

    def channels(self) -> dict[str, str]:
        return {
            name.removeprefix("kind_"): value
            for name, value in self.cleaned_data.items()
            if name.startswith("kind_")
        }
