"""Ingestion services: storing, linking, review confirm/reject, idempotency.

The extraction is the services' input, so these tests hand them extraction dicts in the
schema of expected.json; the extractor itself is tested in test_extraction.py.
"""

import pytest
from django.core.exceptions import ValidationError

from investdesk.documents.models import Document
from investdesk.engagements.models import Commitment, Engagement, Quote
from investdesk.ingest.linking import LinkIndex, link_extraction, normalise_name
from investdesk.ingest.services import (
    default_decisions,
    ingest_document,
    review_confirm,
    review_reject,
)
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create
from investdesk.people.models import Person
from investdesk.people.services import person_create
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.services import site_create

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

TEXT = "Делегация компании Альфа Оптикс посетила технопарк «Импульс». Иван Петров заверил, что проект будет проработан."

EXTRACTION = {
    "event_type": "site_visit",
    "date": "2026-11-20",
    "duration_days": 2,
    "persons": [{"name": "Иван Петров", "position": "директор", "organization": "Деловая Россия"}],
    "unnamed_participants": [{"role": "делегация", "organization": "Альфа Оптикс"}],
    "organizations": [
        {"name": "Альфа Оптикс", "country": "CN", "kind": "investor"},
        {"name": "Деловой России", "country": "RU", "kind": "business_association"},
    ],
    "sites": [{"name": "Технопарк «Импульс»", "kind": "technopark", "municipality": None}],
    "locations": [],
    "countries": ["CN"],
    "sectors": ["quartz", "it"],
    "amounts_rub": [],
    "commitments": [
        {"who": "Иван Петров", "text": "проект будет проработан", "covers": ["quartz"]}
    ],
    "quotes": [{"speaker": "Иван Петров", "starts_with": "Мы рады"}],
    "mentions": [
        {"type": "org", "text": "Альфа Оптикс", "start": 19, "end": 31, "normal": "Альфа Оптикс"}
    ],
}


@pytest.fixture
def registry():
    business_russia = organisation_create(
        name="Деловая Россия", kind="business_association", aliases=["Деловой России"]
    )
    site = site_create(name="Технопарк «Импульс»", kind="technopark")
    return business_russia, site


def test_names_are_normalised_for_matching():
    assert normalise_name("ООО «Полярный Кварц»") == "полярный кварц"
    assert normalise_name("ZE Optoelectronic SciTech Co., Ltd.") == "ze optoelectronic scitech"


def test_linking_uses_aliases_and_never_links_a_namesake(registry):
    business_russia, site = registry
    person_create(first_name="Пётр", last_name="Петров")
    linked = link_extraction(EXTRACTION, LinkIndex())
    orgs = {o["name"]: o["link"] for o in linked["organizations"]}
    assert orgs["Деловой России"]["id"] == business_russia.pk
    assert orgs["Деловой России"]["confidence"] == 1.0
    assert orgs["Альфа Оптикс"] is None
    assert linked["sites"][0]["link"]["id"] == site.pk
    person_link = linked["persons"][0]["link"]
    assert person_link["id"] is None
    assert person_link["candidates"][0]["label"].startswith("Пётр Петров")


def test_ingest_stores_once_and_creates_a_draft(registry):
    first = ingest_document(text=TEXT, source="a.txt", extraction=EXTRACTION)
    second = ingest_document(text=TEXT + "\n", source="b.txt", extraction=EXTRACTION)
    assert first.status == "created" and second.status == "duplicate"
    assert second.document_id == first.document_id
    assert Document.objects.count() == 1
    draft = Engagement.objects.get()
    assert (draft.status, draft.kind, draft.duration_days) == ("draft", "site_visit", 2)
    assert list(draft.sites.values_list("name", flat=True)) == ["Технопарк «Импульс»"]
    assert set(draft.directions.values_list("code", flat=True)) == {"quartz", "it"}
    assert not Person.objects.exists()  # people are created only when a person confirms


def test_confirm_creates_and_links_everything(registry, make_user):
    business_russia, site = registry
    analyst = make_user("analyst")
    outcome = ingest_document(text=TEXT, source="a.txt", extraction=EXTRACTION)
    document = Document.objects.get(pk=outcome.document_id)
    engagement = review_confirm(
        document=document, decisions=default_decisions(document), user=analyst
    )
    assert engagement.pk == outcome.engagement_id and engagement.status == "held"
    alpha = Organisation.objects.get(name="Альфа Оптикс")
    assert (alpha.country.code, alpha.kind) == ("CN", "investor")
    assert Organisation.objects.count() == 2  # "Деловой России" linked, not created again
    petrov = Person.objects.get(last_name="Петров")
    assert (petrov.first_name, petrov.organisation) == ("Иван", business_russia)
    participants = {(p.role, str(p)) for p in engagement.participants.all()}
    assert ("accompanying", "Иван Петров") in participants
    assert ("guest", "делегация (Альфа Оптикс)") in participants
    commitment = Commitment.objects.get()
    assert commitment.person == petrov
    assert list(commitment.directions.values_list("code", flat=True)) == ["quartz"]
    assert Quote.objects.get().document == document
    document.refresh_from_db()
    assert document.review_status == "confirmed"
    with pytest.raises(ValidationError):
        review_confirm(document=document, decisions=default_decisions(document), user=analyst)


def test_confirm_with_a_bad_decision_writes_nothing(registry):
    outcome = ingest_document(text=TEXT, source="a.txt", extraction=EXTRACTION)
    document = Document.objects.get(pk=outcome.document_id)
    decisions = default_decisions(document)
    decisions["end_date"] = "2026-11-01"  # before the start
    with pytest.raises(ValidationError):
        review_confirm(document=document, decisions=decisions, user=None)
    assert not Organisation.objects.filter(name="Альфа Оптикс").exists()
    assert not Person.objects.exists()
    assert Engagement.objects.get().status == "draft"


def test_reject_keeps_the_document_and_creates_nothing(registry):
    outcome = ingest_document(text=TEXT, source="a.txt", extraction=EXTRACTION)
    document = Document.objects.get(pk=outcome.document_id)
    review_reject(document=document, user=None)
    document.refresh_from_db()
    assert document.review_status == "rejected"
    assert not Engagement.objects.exists()
    assert Site.objects.count() == 1 and Organisation.objects.count() == 1
