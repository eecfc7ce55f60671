import pytest


@pytest.fixture
def records(db):
    from investdesk.documents.services import document_store
    from investdesk.engagements.services import engagement_record
    from investdesk.organisations.services import organisation_create
    from investdesk.organisations.tests.factories import make_chinese_investor
    from investdesk.people.services import person_create
    from investdesk.projects.services import project_create
    from investdesk.sitecatalog.services import site_create

    business_russia = organisation_create(
        name="Деловая Россия", kind="business_association", aliases=["Business Russia"]
    )
    ze = make_chinese_investor()
    person = person_create(
        last_name="Огородникова",
        first_name="Наталья",
        position="Заместитель губернатора Югры",
    )
    project = project_create(title="Глубокая переработка кварца", investors=[ze])
    secret = project_create(
        title="Секретный завод кремния", code_name="Проект «Луч»", confidentiality="confidential"
    )
    engagement = engagement_record(
        kind="delegation_visit",
        title="Визит ZE Optoelectronic в Югру",
        start_date="2025-10-01",
        organisations=[ze],
    )
    site = site_create(name="Технопарк «Импульс»", kind="technopark")
    document, _ = document_store(
        title="Пресс-релиз о визите",
        text="Ключевая тема — глубокая переработка кварца.",
        kind="press_release",
    )
    return {
        "business_russia": business_russia,
        "ze": ze,
        "person": person,
        "project": project,
        "secret": secret,
        "engagement": engagement,
        "site": site,
        "document": document,
    }
