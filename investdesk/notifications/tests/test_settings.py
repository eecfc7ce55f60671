import pytest

from config.settings.base import email_settings_from_url


def test_unset_writes_files_under_var_mail():
    parsed = email_settings_from_url("")
    assert parsed["EMAIL_BACKEND"] == "django.core.mail.backends.filebased.EmailBackend"
    assert str(parsed["EMAIL_FILE_PATH"]).endswith("/mail")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "smtp://mailer:p%40ss@mail.example.org:2525",
            ("mail.example.org", 2525, "mailer", "p@ss", False, False),
        ),
        ("smtp+tls://u:p@mail.example.org", ("mail.example.org", 587, "u", "p", True, False)),
        ("smtp+ssl://u:p@mail.example.org", ("mail.example.org", 465, "u", "p", False, True)),
        ("smtp://localhost", ("localhost", 25, "", "", False, False)),
    ],
)
def test_email_url_is_parsed(url, expected):
    parsed = email_settings_from_url(url)
    assert parsed["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    got = tuple(
        parsed[k]
        for k in (
            "EMAIL_HOST",
            "EMAIL_PORT",
            "EMAIL_HOST_USER",
            "EMAIL_HOST_PASSWORD",
            "EMAIL_USE_TLS",
            "EMAIL_USE_SSL",
        )
    )
    assert got == expected


def test_email_url_options_and_bad_scheme():
    parsed = email_settings_from_url("smtp://h?from=desk%40example.org&timeout=3")
    assert (parsed["DEFAULT_FROM_EMAIL"], parsed["EMAIL_TIMEOUT"]) == ("desk@example.org", 3.0)
    with pytest.raises(ValueError):
        email_settings_from_url("http://mail.example.org")
