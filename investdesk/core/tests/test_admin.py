"""The admin is the back office: every model's list and change pages open for an administrator."""

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse

from investdesk.engagements.models import Engagement


@pytest.mark.django_db
def test_admin_pages_open_and_show_the_founding_visit(client, settings):
    settings.DEBUG = True  # the demo command runs only with DEBUG on
    call_command("demo", verbosity=0)
    from investdesk.accounts.models import User

    client.force_login(User.objects.get(username="demo"))
    demo_admin = client
    for model in admin.site._registry:
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert demo_admin.get(url).status_code == 200, url
        assert demo_admin.get(url, {"q": "Югр"}).status_code == 200, url
        obj = model._default_manager.first()
        if obj is not None:
            change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert demo_admin.get(change).status_code == 200, change

    visit = Engagement.objects.get(title__contains="ZE Optoelectronic", parent__isnull=True)
    page = demo_admin.get(
        reverse("admin:engagements_engagement_change", args=[visit.pk])
    ).content.decode()
    for text in (
        "ОЭЗ «Нягань»",
        "Технопарк «Импульс»",
        "Полярный кварц",
        "Нефтепереработка",
        "основатель",
    ):
        assert text in page
    assert page.count("work out in detail") + page.count("детально") >= 4
