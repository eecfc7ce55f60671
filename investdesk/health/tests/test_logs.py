import io
import json
import logging

import pytest
from django.test import Client

from investdesk.health.logs import JsonLinesFormatter, RequestContextFilter


@pytest.fixture
def json_log():
    """The production log pipeline (filter and JSON formatter) on the root logger; yields a
    function returning the records written so far, parsed."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLinesFormatter())
    handler.addFilter(RequestContextFilter())
    root = logging.getLogger()
    request_logger = logging.getLogger("investdesk.request")
    old_level = request_logger.level
    request_logger.setLevel(logging.INFO)
    root.addHandler(handler)

    def records() -> list[dict]:
        lines = stream.getvalue().splitlines()
        return [json.loads(line) for line in lines]

    yield records
    root.removeHandler(handler)
    request_logger.setLevel(old_level)


def test_a_well_formed_request_id_from_the_proxy_is_kept(client):
    response = client.get("/healthz", headers={"X-Request-ID": "edge-42.a"})

    assert response["X-Request-ID"] == "edge-42.a"


@pytest.mark.parametrize("offered", [None, "has spaces", "x" * 200, 'quote"d'])
def test_a_missing_or_malformed_request_id_is_replaced(client, offered):
    headers = {"X-Request-ID": offered} if offered else {}

    response = client.get("/healthz", headers=headers)

    assert response["X-Request-ID"] != offered
    assert len(response["X-Request-ID"]) == 32
    assert response["X-Request-ID"] != client.get("/healthz")["X-Request-ID"]


@pytest.mark.django_db
def test_each_request_is_one_record_with_ids_and_no_personal_data(client, make_user, json_log):
    user = make_user("curator", username="ivanova-login", first_name="Мария", last_name="Иванова")
    client.force_login(user)

    response = client.get("/search/", {"q": "Огородникова"}, headers={"X-Request-ID": "req-1"})

    assert response.status_code == 200
    [record] = [r for r in json_log() if r["logger"] == "investdesk.request"]
    assert record["request_id"] == "req-1"
    assert record["user_id"] == user.pk
    assert record["method"] == "GET"
    assert record["path"] == "/search/"
    assert record["status"] == 200
    assert record["duration_ms"] >= 0
    assert record["level"] == "INFO"
    assert record["time"].endswith("+00:00")
    text = json.dumps(json_log(), ensure_ascii=False)
    for personal in ("Огородникова", "ivanova-login", "Иванова", "q="):
        assert personal not in text


@pytest.mark.django_db
def test_an_anonymous_request_has_no_user_id_and_loads_no_session(
    client, json_log, django_assert_num_queries
):
    with django_assert_num_queries(0):
        client.get("/healthz")

    [record] = [r for r in json_log() if r["logger"] == "investdesk.request"]
    assert record["user_id"] is None
    assert record["status"] == 200


@pytest.mark.django_db
@pytest.mark.urls("investdesk.health.tests.urls_error")
def test_an_error_is_one_record_with_its_traceback_and_request_id(make_user, json_log):
    client = Client(raise_request_exception=False)
    user = make_user("curator", username="petrov-login")
    client.force_login(user)

    response = client.get("/fails/", {"name": "Петров"})

    assert response.status_code == 500
    records = json_log()
    [error] = [r for r in records if r["logger"] == "django.request"]
    assert error["level"] == "ERROR"
    assert error["request_id"] == response["X-Request-ID"]
    assert error["user_id"] == user.pk
    assert "Traceback" in error["exc_info"]
    assert "RuntimeError: the view failed" in error["exc_info"]
    [access] = [r for r in records if r["logger"] == "investdesk.request"]
    assert access["status"] == 500
    assert access["request_id"] == error["request_id"]
    text = json.dumps(records, ensure_ascii=False)
    assert "Петров" not in text
    assert "petrov-login" not in text
    assert "name=" not in text
