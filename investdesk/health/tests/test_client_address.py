"""Behind the proxy the client's address comes from its X-Forwarded-For (ClientAddressMiddleware).

nginx connects to gunicorn from 127.0.0.1 for every visitor; without this, the login lockout
"per user and address" and the portal's inquiry limit "per address" count the whole world as
one client.
"""

import pytest
from django.conf import settings as django_settings
from django.http import HttpResponse
from django.test import Client, RequestFactory

from investdesk.accounts.choices import Role
from investdesk.health.middleware import ClientAddressMiddleware

pytestmark = pytest.mark.django_db

PASSWORD = "pass-12345"
PROXY = "127.0.0.1"


def _address_seen(settings, *, remote: str, forwarded: str | None) -> str:
    seen = {}

    def view(request):
        seen["address"] = request.META["REMOTE_ADDR"]
        return HttpResponse()

    request = RequestFactory().get("/", REMOTE_ADDR=remote)
    if forwarded is not None:
        request.META["HTTP_X_FORWARDED_FOR"] = forwarded
    ClientAddressMiddleware(view)(request)
    return seen["address"]


def test_only_the_trusted_proxy_says_who_the_client_is(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    assert _address_seen(settings, remote=PROXY, forwarded="203.0.113.5") == "203.0.113.5"
    assert _address_seen(settings, remote="10.4.4.4", forwarded="203.0.113.5") == "203.0.113.5"
    # A client's own X-Forwarded-For reaches us as the first entries: the proxy's is the last.
    assert _address_seen(settings, remote=PROXY, forwarded="1.1.1.1, 203.0.113.5") == "203.0.113.5"
    # Not from the proxy, or nothing usable: the connection's address stays.
    assert _address_seen(settings, remote="198.51.100.7", forwarded="1.1.1.1") == "198.51.100.7"
    assert _address_seen(settings, remote=PROXY, forwarded="not-an-address") == PROXY
    assert _address_seen(settings, remote=PROXY, forwarded=None) == PROXY
    settings.TRUSTED_PROXIES = []
    assert _address_seen(settings, remote=PROXY, forwarded="203.0.113.5") == PROXY


def test_behind_the_proxy_a_lockout_is_per_user_and_client_address(settings, make_user):
    settings.TRUSTED_PROXIES = [PROXY]
    make_user(Role.CURATOR, username="ivanova")  # password: PASSWORD
    attacker = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    for _attempt in range(django_settings.AXES_FAILURE_LIMIT):
        attacker.post("/accounts/login/", {"username": "ivanova", "password": "wrong-password"})
    locked = attacker.post("/accounts/login/", {"username": "ivanova", "password": PASSWORD})
    assert locked.status_code == 429

    # The curator herself, through the same proxy from her own address, still logs in.
    own = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.7")
    response = own.post("/accounts/login/", {"username": "ivanova", "password": PASSWORD})
    assert response.status_code == 302
