"""Forms of the single window: open a case, reschedule a step, close a case."""

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.core.forms import BootstrapFormMixin, DateInput
from investdesk.core.widgets import AutocompleteSelect
from investdesk.organisations.models import Organisation
from investdesk.projects.models import Project

from .choices import SupportCaseStatus
from .models import SupportCase


class SupportCaseOpenForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = SupportCase
        fields = ["organisation", "project", "applied_on", "subject", "curator"]
        widgets = {
            "organisation": AutocompleteSelect(kind="organisations"),
            "project": AutocompleteSelect(kind="projects"),
            "applied_on": DateInput(),
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.active()
        self.fields["project"].queryset = Project.objects.active().visible_to(user)
        self.fields["curator"].queryset = User.objects.filter(
            is_active=True, groups__name=Role.CURATOR
        ).distinct()
        self.fields["applied_on"].initial = timezone.localdate()

    def _post_clean(self) -> None:
        # The service validates the case it opens; the form only checks its fields.
        pass


class SupportCaseEditForm(BootstrapFormMixin, forms.ModelForm):
    """What changes on an open case: what is asked, for which project, who curates it."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = SupportCase
        fields = ["subject", "project", "curator"]
        widgets = {"project": AutocompleteSelect(kind="projects")}

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = Project.objects.active().visible_to(user)
        self.fields["curator"].queryset = User.objects.filter(
            is_active=True, groups__name=Role.CURATOR
        ).distinct()
        self.fields["version"].initial = self.instance.version

    def _post_clean(self) -> None:
        # The service validates the case it saves; the form only checks its fields.
        pass

    def changes(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class StepRescheduleForm(BootstrapFormMixin, forms.Form):
    target_date = forms.DateField(label=_("New target date"), widget=DateInput())
    reason = forms.CharField(label=_("Reason"), max_length=2000)


class CaseCloseForm(BootstrapFormMixin, forms.Form):
    status = forms.ChoiceField(
        label=_("Outcome"),
        choices=[
            (SupportCaseStatus.COMPLETED, _("Completed: support provided")),
            (SupportCaseStatus.WITHDRAWN, _("Withdrawn by the applicant")),
            (SupportCaseStatus.REJECTED, _("Rejected")),
        ],
    )
    closed_on = forms.DateField(label=_("Closed on"), widget=DateInput())
    closing_reason = forms.CharField(
        label=_("Reason"), max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
