"""Forms of the engagements app: record a visit (with formsets), edit."""

from typing import Any

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from investdesk.core.filters import ReferenceChoiceField, ReferenceMultipleChoiceField
from investdesk.core.forms import (
    BootstrapFormMixin,
    DateInput,
    VersionedForm,
    check_date_range,
)
from investdesk.core.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from investdesk.organisations.choices import OrganisationKind
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.models import Project
from investdesk.reference.models import Direction
from investdesk.sitecatalog.models import Site

from .choices import EngagementKind, OutcomeKind, ParticipationRole
from .models import Engagement

ENGAGEMENT_FIELDS = [
    "kind",
    "status",
    "title",
    "start_date",
    "end_date",
    "venue",
    "venue_organisation",
    "municipality",
    "summary",
    "origin_note",
]
ENGAGEMENT_WIDGETS = {
    "start_date": DateInput(),
    "end_date": DateInput(),
    "summary": forms.Textarea(attrs={"rows": 3}),
    "minutes": forms.Textarea(attrs={"rows": 4}),
    "venue_organisation": AutocompleteSelect(kind="organisations"),
    "directions": forms.SelectMultiple(attrs={"size": 6}),
    "sites": AutocompleteSelectMultiple(kind="sites"),
    "projects": AutocompleteSelectMultiple(kind="projects"),
    "organisations": AutocompleteSelectMultiple(kind="organisations"),
}


# The reference tables an engagement's form picks from: read once per form (core.filters).
REFERENCE_FIELDS = {
    "municipality": ReferenceChoiceField,
    "directions": ReferenceMultipleChoiceField,
}


class DirectionRows:
    """Every direction read once, when first needed, for a page with many direction
    pickers (the engagement's own, and each outcome's and commitment's row): ``every``
    for the engagement, ``active`` for the rows (their fields' querysets)."""

    @cached_property
    def every(self) -> list[Direction]:
        return list(Direction.objects.all())

    def active(self) -> list[Direction]:
        return [d for d in self.every if d.is_active]


class EngagementRecordForm(BootstrapFormMixin, forms.ModelForm):
    """The main part of "record a visit": what, when, where, and what it touched."""

    class Meta:
        model = Engagement
        fields = [*ENGAGEMENT_FIELDS, "organisations", "sites", "projects", "directions"]
        widgets = ENGAGEMENT_WIDGETS
        field_classes = REFERENCE_FIELDS

    def __init__(
        self, *args: Any, user: Any = None, directions: DirectionRows | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["end_date"].required = False
        self.fields["end_date"].help_text = _("Leave empty for a one-day engagement.")
        if user is not None:
            self.fields["projects"].queryset = Project.objects.visible_to(user)
        if directions is not None:
            self.fields["directions"].use_rows(lambda: directions.every)

    def clean(self) -> dict[str, Any]:
        return check_date_range(self, super().clean())

    def _post_clean(self) -> None:
        # The service validates the engagement it builds; the form only checks its fields.
        pass


class EngagementEditForm(VersionedForm):
    class Meta:
        model = Engagement
        fields = [*ENGAGEMENT_FIELDS, "minutes", "sites", "directions"]
        widgets = ENGAGEMENT_WIDGETS


class ParticipantForm(BootstrapFormMixin, forms.Form):
    """A named person, or an unnamed role (e.g. "founder") at an organisation.

    A missing person or organisation can be typed in and is created with the engagement.
    """

    # Initial values equal to what the browser submits for an untouched row, so empty
    # extra rows count as unchanged and are skipped.
    role = forms.ChoiceField(
        label=_("Part"), choices=ParticipationRole.choices, initial=ParticipationRole.PARTICIPANT
    )
    person = forms.ModelChoiceField(
        queryset=Person.objects.all(),
        required=False,
        label=_("Person"),
        widget=AutocompleteSelect(kind="people"),
    )
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.active(),
        required=False,
        label=_("Organisation"),
        widget=AutocompleteSelect(kind="organisations"),
    )
    role_label = forms.CharField(
        label=_("Role or position"),
        required=False,
        max_length=300,
        help_text=_("For an unnamed participant, e.g. “founder”."),
    )
    new_person_last_name = forms.CharField(
        label=_("New person: last name"), required=False, max_length=150
    )
    new_person_first_name = forms.CharField(
        label=_("New person: first name"), required=False, max_length=150
    )
    new_organisation_name = forms.CharField(
        label=_("New organisation: name"), required=False, max_length=300
    )
    new_organisation_kind = forms.ChoiceField(
        label=_("New organisation: kind"),
        choices=OrganisationKind.choices,
        initial=OrganisationKind.OTHER,
        required=False,
    )
    new_organisation_country = forms.CharField(
        label=_("New organisation: country (ISO code)"),
        required=False,
        max_length=2,
        initial="RU",
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        has_person = cleaned.get("person") or cleaned.get("new_person_last_name")
        has_org = cleaned.get("organisation") or cleaned.get("new_organisation_name")
        if cleaned.get("person") and cleaned.get("new_person_last_name"):
            self.add_error(
                "new_person_last_name",
                _("Pick an existing person or type a new one, not both."),
            )
        if cleaned.get("organisation") and cleaned.get("new_organisation_name"):
            self.add_error(
                "new_organisation_name",
                _("Pick an existing organisation or type a new one, not both."),
            )
        if not has_person and not has_org:
            self.add_error(
                "person", _("Choose a person, or an organisation with the participant's role.")
            )
        elif not has_person and not cleaned.get("role_label"):
            self.add_error(
                "role_label",
                _("An unnamed participant needs a role at the organisation, e.g. “founder”."),
            )
        return cleaned


class _SharedDirections:
    """A formset row whose directions come from the page's one read (``DirectionRows``,
    passed through the formset's ``form_kwargs``)."""

    def __init__(self, *args: Any, directions: DirectionRows | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if directions is not None:
            self.fields["directions"].use_rows(directions.active)


class OutcomeForm(_SharedDirections, BootstrapFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=OutcomeKind.choices, initial=OutcomeKind.DIRECTIONS_AGREED
    )
    text = forms.CharField(label=_("Outcome"), widget=forms.Textarea(attrs={"rows": 2}))
    directions = ReferenceMultipleChoiceField(
        queryset=Direction.objects.filter(is_active=True),
        required=False,
        label=_("Directions"),
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )


class CommitmentForm(_SharedDirections, BootstrapFormMixin, forms.Form):
    text = forms.CharField(label=_("Commitment"), widget=forms.Textarea(attrs={"rows": 2}))
    person = forms.ModelChoiceField(
        queryset=Person.objects.all(),
        required=False,
        label=_("Who promised"),
        widget=AutocompleteSelect(kind="people"),
    )
    directions = ReferenceMultipleChoiceField(
        queryset=Direction.objects.filter(is_active=True),
        required=False,
        label=_("Directions covered"),
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    due_date = forms.DateField(label=_("Due date"), required=False, widget=DateInput())


ParticipantFormSet = forms.formset_factory(ParticipantForm, extra=4)
OutcomeFormSet = forms.formset_factory(OutcomeForm, extra=1)
CommitmentFormSet = forms.formset_factory(CommitmentForm, extra=1)


__all__ = [
    "CommitmentFormSet",
    "EngagementEditForm",
    "EngagementRecordForm",
    "OutcomeFormSet",
    "ParticipantFormSet",
]


# --- Editing everything recorded about an engagement on one page -----------------------


class EngagementReviseForm(VersionedForm):
    """The engagement's own fields and links; rows below it come as formsets."""

    class Meta:
        model = Engagement
        fields = [
            *ENGAGEMENT_FIELDS,
            "minutes",
            "organisations",
            "sites",
            "projects",
            "directions",
        ]
        widgets = ENGAGEMENT_WIDGETS

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if user is not None:
            self.fields["projects"].queryset = Project.objects.visible_to(user)


class ParticipantEditForm(ParticipantForm):
    """A stored participant (``id``) or a new one; pick a person to name an unnamed role."""

    id = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ProgrammeItemForm(BootstrapFormMixin, forms.Form):
    """A part of a visit: a meeting or a site tour, with the sites seen."""

    id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[
            (EngagementKind.SITE_VISIT, EngagementKind.SITE_VISIT.label),
            (EngagementKind.NEGOTIATIONS, EngagementKind.NEGOTIATIONS.label),
            (EngagementKind.AGREEMENT_SIGNED, EngagementKind.AGREEMENT_SIGNED.label),
            (EngagementKind.OTHER, EngagementKind.OTHER.label),
        ],
        initial=EngagementKind.SITE_VISIT,
    )
    title = forms.CharField(label=_("Programme item"), max_length=500)
    start_date = forms.DateField(label=_("Date"), widget=DateInput())
    venue = forms.CharField(label=_("Venue"), max_length=300, required=False)
    sites = forms.ModelMultipleChoiceField(
        queryset=Site.objects.all(),
        required=False,
        label=_("Sites visited"),
        widget=AutocompleteSelectMultiple(kind="sites"),
    )


class OutcomeEditForm(OutcomeForm):
    id = forms.IntegerField(widget=forms.HiddenInput, required=False)


class CommitmentEditForm(CommitmentForm):
    id = forms.IntegerField(widget=forms.HiddenInput, required=False)


ParticipantEditFormSet = forms.formset_factory(ParticipantEditForm, extra=0, can_delete=True)
ProgrammeFormSet = forms.formset_factory(ProgrammeItemForm, extra=0, can_delete=True)
OutcomeEditFormSet = forms.formset_factory(OutcomeEditForm, extra=0, can_delete=True)
CommitmentEditFormSet = forms.formset_factory(CommitmentEditForm, extra=0, can_delete=True)
