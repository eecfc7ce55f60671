"""Forms of the projects app: create and edit (with version) and the stage move with a reason."""

from django import forms
from django.utils.translation import gettext_lazy as _

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.core.forms import BootstrapFormMixin, DateInput, VersionedForm
from investdesk.core.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from investdesk.organisations.models import Organisation

from .choices import ParticipantRole
from .models import SECRECY_FIELDS, PipelineStage, Project

# Where the project stands, its planned and actual figures and its curator, in the order
# the form and the API show them.
PLAN_FIELDS = (
    "site",
    "municipality",
    "lead_source",
    "capex_planned",
    "capex_planned_is_estimate",
    "capex_actual",
    "capex_actual_is_estimate",
    "currency",
    "jobs_planned",
    "jobs_planned_is_estimate",
    "jobs_actual",
    "jobs_actual_is_estimate",
    "curator",
)
PROJECT_FIELDS = [
    "title",
    "code_name",
    "confidentiality",
    "description",
    "directions",
    *PLAN_FIELDS,
    "next_step",
    "next_step_due",
]


class ProjectForm(VersionedForm):
    """The project's own fields; the stage changes only by a move with a reason."""

    class Meta:
        model = Project
        fields = PROJECT_FIELDS
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "next_step_due": DateInput(),
            "directions": forms.SelectMultiple(attrs={"size": 6}),
            "site": AutocompleteSelect(kind="sites"),
            "curator": AutocompleteSelect(kind="active-users"),
        }

    def __init__(self, *args, user: User | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["curator"].queryset = User.objects.filter(is_active=True)
        # A confidential project's real title is for its curator and the administrators:
        # anyone else edits the project without seeing (or overwriting) it.
        if self.instance.pk and self.instance.title_for(user) != self.instance.title:
            del self.fields["title"]
        # ... nor declassify it, clear its code name or take it over (the service refuses
        # it too): the fields are shown, but only its curator and administrators edit them.
        if self.instance.pk and not self.instance.secrecy_editable_by(user):
            for name in SECRECY_FIELDS:
                self.fields[name].disabled = True
                self.fields[name].help_text = _(
                    "Only the project's curator and the administrators change this."
                )


class ProjectCreateForm(ProjectForm):
    stage = forms.ModelChoiceField(
        queryset=PipelineStage.objects.all(), label=_("Stage"), empty_label=None
    )
    investors = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.active(),
        required=False,
        label=_("Investors"),
        widget=AutocompleteSelectMultiple(kind="organisations"),
    )

    class Meta(ProjectForm.Meta):
        fields = ["title", "stage", *PROJECT_FIELDS[1:]]


class StageMoveForm(BootstrapFormMixin, forms.Form):
    """Move a project to another stage: where to, why, and the version the user saw."""

    to_stage = forms.ModelChoiceField(
        queryset=PipelineStage.objects.all(), label=_("Move to stage"), empty_label=None
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why the project moves to another stage.")},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ProjectPartyForm(BootstrapFormMixin, forms.Form):
    """One organisation's part in the project: investor, co-investor, partner, ..."""

    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.active(),
        label=_("Organisation"),
        widget=AutocompleteSelect(kind="organisations"),
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=ParticipantRole.choices, initial=ParticipantRole.INVESTOR
    )


ProjectPartyFormSet = forms.formset_factory(ProjectPartyForm, extra=0, can_delete=True)


class ProjectSharingForm(BootstrapFormMixin, forms.Form):
    """Partner users (e.g. a business association) who see and update this project."""

    shared_with = forms.ModelMultipleChoiceField(
        queryset=User.objects.none(),
        required=False,
        label=_("Shared with partners"),
        widget=forms.CheckboxSelectMultiple,
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["shared_with"].queryset = User.objects.filter(
            is_active=True, groups__name=Role.PARTNER
        ).distinct()
