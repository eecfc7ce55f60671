"""Error answers are pages of the site, in the user's language, with a way back.

Without templates of its own Django answered a bare English "403 Forbidden", "Not Found" or
"Bad Request (400)": a partner following the name of an organisation on a shared engagement,
or an investor whose attachment was over the limit, was left on a blank page.
"""

import pytest
from django.test import Client

from investdesk.accounts.choices import Role
from investdesk.organisations.services import organisation_create

pytestmark = pytest.mark.django_db


def test_no_access_is_a_page_of_the_site_with_the_menu(make_user):
    organisation = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    client = Client()
    client.force_login(make_user(Role.PARTNER, username="partner"))
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 403
    page = response.content.decode()
    assert "Нет доступа" in page
    assert 'id="user-menu"' in page and 'href="/"' in page


def test_a_missing_page_says_so_in_russian():
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert "Страница не найдена" in response.content.decode()


@pytest.mark.urls("investdesk.health.tests.urls_error")
def test_a_server_error_is_a_plain_page_in_russian():
    response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    assert "Что-то пошло не так" in response.content.decode()
