"""An organisation's address, phone, e-mail and aliases, edited in the interface."""

import pytest
from django.test import Client

from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create

pytestmark = pytest.mark.django_db


def test_edit_contacts_and_aliases(make_user):
    org = organisation_create(
        name="Фонд развития Югры", kind="development_institution", aliases=["Фонда развития Югры"]
    )
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_user("curator"))
    url = f"/organisations/{org.pk}/edit/"
    form = client.get(url).context["form"]
    assert form["aliases"].value() == "Фонда развития Югры"
    data = {
        "name": org.name,
        "kind": org.kind,
        "country": "RU",
        "address": "Ханты-Мансийск, ул. Мира, 5",
        "phone": "+7 3467 000000",
        "email": "fond@example.ru",
        "aliases": "Фонде развития Югры\nФРЮ",
        "version": org.version,
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    org = Organisation.objects.get(pk=org.pk)
    assert (org.address, org.phone, org.email) == (
        "Ханты-Мансийск, ул. Мира, 5",
        "+7 3467 000000",
        "fond@example.ru",
    )
    assert sorted(org.aliases.values_list("alias", flat=True)) == ["ФРЮ", "Фонде развития Югры"]
    page = client.get(org.get_absolute_url()).content.decode()
    assert "mailto:fond@example.ru" in page and "ул. Мира" in page
    bad = client.post(url, {**data, "email": "not-an-address", "version": org.version})
    assert "E-mail: Enter a valid email address." in bad.content.decode()
