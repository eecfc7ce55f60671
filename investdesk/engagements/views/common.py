"""Helpers shared by the record and the revise pages: participant rows and service errors."""

from django.core.exceptions import ValidationError

from investdesk.core.forms import add_service_errors

from ..services import NewOrganisation, NewPerson, ParticipantSpec


def participant_spec(form) -> ParticipantSpec:
    data = form.cleaned_data
    return ParticipantSpec(
        person=data.get("person"),
        organisation=data.get("organisation"),
        role_label=data.get("role_label", ""),
        role=data["role"],
        new_organisation=NewOrganisation(
            name=data["new_organisation_name"],
            kind=data.get("new_organisation_kind") or "other",
            country=data.get("new_organisation_country") or "RU",
        )
        if data.get("new_organisation_name")
        else None,
        new_person=NewPerson(
            last_name=data["new_person_last_name"],
            first_name=data.get("new_person_first_name", ""),
        )
        if data.get("new_person_last_name")
        else None,
    )


def attach_service_error(form, error: ValidationError) -> None:
    """Put a service error on the form; errors about an organisation go to its field."""
    if hasattr(error, "error_dict") and "name" in error.error_dict and "name" not in form.fields:
        error = ValidationError({"new_organisation_name": error.error_dict["name"]})
    if hasattr(error, "error_dict") and "last_name" in error.error_dict:
        error = ValidationError({"new_person_last_name": error.error_dict["last_name"]})
    add_service_errors(form, error)
