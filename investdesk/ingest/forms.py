"""Forms of the ingestion pages: new documents and the review of an extraction."""

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.core.forms import add_bootstrap_classes, check_date_range
from investdesk.engagements.choices import EngagementKind
from investdesk.organisations.choices import OrganisationKind
from investdesk.reference.models import Direction
from investdesk.sitecatalog.choices import SiteKind

from .models import Feed


class PasteForm(forms.Form):
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    text = forms.CharField(
        label=_("Text of the press release"), widget=forms.Textarea(attrs={"rows": 10})
    )
    source_url = forms.URLField(label=_("Source address"), required=False, assume_scheme="https")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("File (.txt, .html, .docx)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.INGEST_MAX_TEXT_BYTES * 5:
            raise forms.ValidationError(_("The file is larger than the limit."))
        return upload


class UrlForm(forms.Form):
    url = forms.URLField(label=_("Page or feed address"), assume_scheme="https")

    def clean_url(self):
        url = self.cleaned_data["url"]
        if not url.startswith(("http://", "https://")):
            raise forms.ValidationError(_("Only http and https addresses can be ingested."))
        return url


class FeedForm(forms.ModelForm):
    class Meta:
        model = Feed
        fields = ["url", "title", "poll_interval_minutes"]


def _action_choices(item: dict[str, Any]) -> list[tuple[str, str]]:
    choices = []
    link = item.get("link") or {}
    if link.get("id"):
        choices.append(
            (
                f"link:{link['id']}",
                _("Link to: %(label)s (%(confidence)s)")
                % {"label": link.get("label"), "confidence": link.get("confidence")},
            )
        )
    for candidate in link.get("candidates") or []:
        choices.append(
            (f"link:{candidate['id']}", _("Link to: %(label)s") % {"label": candidate["label"]})
        )
    choices.append(("new", _("Create new")))
    choices.append(("skip", _("Skip")))
    return choices


class ReviewForm(forms.Form):
    """The analyst's corrections to an extraction, built from the document's linked extraction."""

    kind = forms.ChoiceField(label=_("Kind"), choices=EngagementKind.choices)
    title = forms.CharField(label=_("Title"), max_length=500)
    start_date = forms.DateField(label=_("Start date"))
    end_date = forms.DateField(label=_("End date"))
    directions = forms.MultipleChoiceField(
        label=_("Directions"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, decisions: dict[str, Any], **kwargs: Any) -> None:
        initial = {
            "kind": decisions["kind"],
            "title": decisions["title"],
            "start_date": decisions["start_date"],
            "end_date": decisions["end_date"],
            "directions": decisions["directions"],
        }
        super().__init__(*args, initial=initial, **kwargs)
        self.decisions = decisions
        self.fields["directions"].choices = [(d.code, d.name_ru) for d in Direction.objects.all()]
        self.rows: dict[str, list[dict[str, str]]] = {
            "organizations": [],
            "persons": [],
            "sites": [],
        }
        for i, item in enumerate(decisions["organizations"]):
            self._row(
                "organizations",
                i,
                item,
                {
                    "name": forms.CharField(label=_("Name"), max_length=300, initial=item["name"]),
                    "kind": forms.ChoiceField(
                        label=_("Kind"),
                        choices=OrganisationKind.choices,
                        initial=item.get("kind") or "other",
                    ),
                    "country": forms.ChoiceField(
                        label=_("Country"),
                        choices=list(countries),
                        initial=item.get("country") or "RU",
                    ),
                },
            )
        for i, item in enumerate(decisions["persons"]):
            self._row(
                "persons",
                i,
                item,
                {
                    "name": forms.CharField(label=_("Name"), max_length=300, initial=item["name"]),
                    "position": forms.CharField(
                        label=_("Position"),
                        max_length=300,
                        required=False,
                        initial=item.get("position") or "",
                    ),
                    "organization": forms.CharField(
                        label=_("Organisation"),
                        max_length=300,
                        required=False,
                        initial=item.get("organization") or "",
                    ),
                },
            )
        for i, item in enumerate(decisions["sites"]):
            self._row(
                "sites",
                i,
                item,
                {
                    "name": forms.CharField(label=_("Name"), max_length=300, initial=item["name"]),
                    "kind": forms.ChoiceField(
                        label=_("Kind"),
                        choices=SiteKind.choices,
                        initial=item.get("kind") or "other",
                    ),
                    "municipality": forms.CharField(
                        label=_("Municipality"),
                        max_length=200,
                        required=False,
                        initial=item.get("municipality") or "",
                    ),
                },
            )
        for i, item in enumerate(decisions["commitments"]):
            self.fields[f"commitments-{i}-include"] = forms.BooleanField(
                label=item.get("text"), required=False, initial=True
            )
        for i, item in enumerate(decisions["quotes"]):
            self.fields[f"quotes-{i}-include"] = forms.BooleanField(
                label=item.get("starts_with") or item.get("text"), required=False, initial=True
            )
        add_bootstrap_classes(self, small=True)

    def _row(
        self, group: str, index: int, item: dict[str, Any], fields: dict[str, forms.Field]
    ) -> None:
        prefix = f"{group}-{index}"
        choices = _action_choices(item)
        preset = item.get("action")
        initial = f"link:{item['id']}" if preset == "link" and item.get("id") else preset
        self.fields[f"{prefix}-action"] = forms.ChoiceField(
            label=_("Action"),
            choices=choices,
            initial=initial if initial in dict(choices) else choices[0][0],
        )
        names = {"action": f"{prefix}-action"}
        for name, field in fields.items():
            self.fields[f"{prefix}-{name}"] = field
            names[name] = f"{prefix}-{name}"
        self.rows[group].append({"item": item, "names": names})

    def clean(self) -> dict[str, Any]:
        return check_date_range(self, super().clean())

    def reviewed_decisions(self) -> dict[str, Any]:
        data = self.cleaned_data
        decisions: dict[str, Any] = {
            "kind": data["kind"],
            "title": data["title"],
            "start_date": data["start_date"].isoformat(),
            "end_date": data["end_date"].isoformat(),
            "directions": data["directions"],
            "unnamed_participants": self.decisions["unnamed_participants"],
        }
        for group in ("organizations", "persons", "sites"):
            items = []
            for i, row in enumerate(self.rows[group]):
                prefix = f"{group}-{i}"
                action = data[f"{prefix}-action"]
                entry = {key: data[name] for key, name in row["names"].items() if key != "action"}
                if action.startswith("link:"):
                    entry.update(action="link", id=int(action.split(":", 1)[1]))
                else:
                    entry.update(action=action, id=None)
                items.append(entry)
            decisions[group] = items
        decisions["commitments"] = [
            {**c, "include": data.get(f"commitments-{i}-include", False)}
            for i, c in enumerate(self.decisions["commitments"])
        ]
        decisions["quotes"] = [
            {**q, "include": data.get(f"quotes-{i}-include", False)}
            for i, q in enumerate(self.decisions["quotes"])
        ]
        return decisions
