import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from investdesk.core.services import ConcurrentUpdateError
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.organisations.services import (
    organisation_add_alias,
    organisation_create,
    organisation_update,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_create_with_aliases_and_original_name():
    org = organisation_create(
        name="Деловая Россия",
        kind="business_association",
        aliases=["Деловой России", "Деловую Россию"],
    )
    assert org.version == 1
    assert sorted(org.aliases.values_list("alias", flat=True)) == [
        "Деловой России",
        "Деловую Россию",
    ]


def test_duplicate_name_is_refused_case_insensitively_and_nothing_changes():
    organisation_create(name="Фонд развития Югры", kind="development_institution")
    with pytest.raises(ValidationError) as error:
        organisation_create(name="фонд развития югры", kind="development_institution")
    assert "An organisation with this name already exists." in str(error.value)
    assert Organisation.objects.count() == 1


def test_database_constraint_holds_even_without_validation():
    organisation_create(name="Полярный кварц", kind="enterprise")
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(name="ПОЛЯРНЫЙ КВАРЦ", kind="enterprise")
    assert Organisation.objects.count() == 1


def test_invalid_inn_names_the_field():
    with pytest.raises(ValidationError) as error:
        organisation_create(name="ООО Ромашка", kind="enterprise", inn="1234567890")
    assert "inn" in error.value.message_dict
    assert not Organisation.objects.exists()


def test_valid_inn_and_duplicate_inn():
    organisation_create(name="Сбербанк", kind="investor", inn="7707083893")
    with pytest.raises(ValidationError) as error:
        organisation_create(name="Сбербанк-2", kind="investor", inn="7707083893")
    assert "An organisation with this ИНН already exists." in str(error.value)


def test_update_with_stale_version_is_refused_and_keeps_the_first_change():
    org = organisation_create(name="Альфа", kind="investor")
    organisation_update(
        organisation=org, changes={"website": "https://a.example"}, expected_version=1
    )
    with pytest.raises(ConcurrentUpdateError) as error:
        organisation_update(
            organisation=org, changes={"website": "https://b.example"}, expected_version=1
        )
    assert error.value.current.website == "https://a.example"
    org.refresh_from_db()
    assert (org.website, org.version) == ("https://a.example", 2)
    assert org.history.count() == 2


def test_alias_added_twice_is_stored_once():
    org = organisation_create(name="Деловая Россия", kind="business_association")
    organisation_add_alias(organisation=org, alias="Деловой России")
    organisation_add_alias(organisation=org, alias="деловой россии")
    assert OrganisationAlias.objects.count() == 1
