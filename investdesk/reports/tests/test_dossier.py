import datetime

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from investdesk.reports import dossier as dossier_module
from investdesk.reports.dossier import dossier_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(make_user):
    return make_user("leadership", username="leader")


def page_texts(html: str) -> list[str]:
    """The text WeasyPrint lays out on each page (pypdf is not installed)."""
    from weasyprint import HTML

    document = HTML(string=html).render()
    texts = []
    for page in document.pages:
        parts = [
            box.text for box in page._page_box.descendants() if hasattr(box, "text") and box.text
        ]
        texts.append(" ".join(parts))
    return texts


def test_organisation_dossier_blocks(dataset, leader):
    dossier = dossier_for("organisation", dataset.ze.pk, user=leader)
    assert [e.title for e in dossier.engagements] == ["Визит ZE Optoelectronic в Югру"]
    assert [s.name for s in dossier.sites] == ["ОЭЗ «Нягань»"]
    assert [p.title for p in dossier.projects] == ["Глубокая переработка кварца"]
    assert sorted(c.text for c in dossier.commitments) == [
        "Проработать кварц",
        "Проработать нефтепереработку",
    ]
    assert [t.title for t in dossier.tasks] == ["Т1"]
    assert [q.text for q in dossier.quotes] == ["Каждое направление будет детально проработано"]


def test_person_and_engagement_dossiers(dataset, leader):
    person = dossier_for("person", dataset.person.pk, user=leader)
    assert [e.title for e in person.engagements] == ["Визит ZE Optoelectronic в Югру"]
    assert [c.text for c in person.commitments][0] == "Проработать кварц"
    engagement = dossier_for("engagement", dataset.e1.pk, user=leader)
    # The visit, its meeting, and the earlier talk with Polar Quartz, who also took part
    # (Ogorodnikova is recorded at Polar Quartz in this data set), newest first.
    assert [e.title for e in engagement.engagements] == [
        "Встреча с Полярным кварцем",
        "Переговоры в Фонде развития",
        "Визит ZE Optoelectronic в Югру",
    ]
    project = dossier_for("project", dataset.p2.pk, user=leader)
    assert [e.title for e in project.engagements] == ["Встреча с Полярным кварцем"]
    assert [t.title for t in project.tasks] == ["Т4"]


@pytest.mark.parametrize("kind", ["organisation", "person", "project", "engagement"])
def test_dossier_page_renders_with_constant_queries(
    client, dataset, leader, kind, django_assert_max_num_queries
):
    client.force_login(leader)
    pk = {
        "organisation": dataset.ze.pk,
        "person": dataset.person.pk,
        "project": dataset.p1.pk,
        "engagement": dataset.e1.pk,
    }[kind]
    with django_assert_max_num_queries(20):
        response = client.get(f"/dossier/{kind}/{pk}/")
    assert response.status_code == 200
    assert "Каждое направление будет детально проработано" in response.content.decode()


def test_dossier_pdf_is_produced_and_holds_the_text(client, dataset, leader):
    client.force_login(leader)
    response = client.get(f"/dossier/organisation/{dataset.ze.pk}/", {"format": "pdf"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    html = render_to_string(
        "reports/dossier_print.html",
        {"dossier": dossier_for("organisation", dataset.ze.pk, user=leader)},
    )
    text = " ".join(page_texts(html))
    for expected in (
        "ZE Оптоэлектроника",
        "ZE Optoelectronic SciTech Co., Ltd.",
        "Визит ZE Optoelectronic в Югру",
        "Наталья Огородникова",
        "ОЭЗ «Нягань»",
        "Глубокая переработка кварца",
        "Проработать кварц",
        "«Каждое направление будет детально проработано»",
    ):
        assert expected in text, expected


def test_partner_and_unknown_kinds_are_refused(client, dataset, make_user):
    client.force_login(make_user("partner", username="partner"))
    assert client.get(f"/dossier/organisation/{dataset.ze.pk}/").status_code == 403
    client.force_login(make_user("leadership", username="boss"))
    assert client.get(f"/dossier/task/{dataset.tasks[0].pk}/").status_code == 404
    assert client.get("/dossier/organisation/999999/").status_code == 404


def grow(dataset, n: int, *, start: int = 0) -> None:
    """``n`` more engagements with ZE, Ogorodnikova and the first project, each with a site, a
    source, an open commitment, an open task and a new project of ZE's."""
    from investdesk.documents.tests.factories import make_document
    from investdesk.engagements.choices import EngagementKind
    from investdesk.engagements.services import CommitmentSpec, ParticipantSpec, engagement_record
    from investdesk.projects.services import project_create
    from investdesk.sitecatalog.services import site_create
    from investdesk.tasks.services import task_create

    for i in range(start, start + n):
        project = project_create(
            title=f"Проект {i:02d}", investors=[dataset.ze], curator=dataset.c1
        )
        engagement = engagement_record(
            kind=EngagementKind.NEGOTIATIONS,
            title=f"Встреча {i:02d}",
            start_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=i),
            organisations=[dataset.ze],
            projects=[dataset.p1, project],
            participants=[ParticipantSpec(person=dataset.person, role="host")],
            sites=[site_create(name=f"Площадка {i:02d}", kind="industrial_park")],
            documents=[make_document(title=f"Источник {i:02d}")],
            commitments=[CommitmentSpec(text=f"Обещание {i:02d}", person=dataset.person)],
        )
        task_create(
            title=f"Поручение {i:02d}",
            assignee=dataset.c1,
            due_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=i),
            engagement=engagement,
        )


def page_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize("kind", ["organisation", "person", "project", "engagement"])
def test_dossier_queries_do_not_grow_with_the_history(client, dataset, leader, kind):
    client.force_login(leader)
    pk = {
        "organisation": dataset.ze.pk,
        "person": dataset.person.pk,
        "project": dataset.p1.pk,
        "engagement": dataset.e1.pk,
    }[kind]
    grow(dataset, 1)
    small = page_queries(client, f"/dossier/{kind}/{pk}/")
    grow(dataset, 6, start=1)
    assert page_queries(client, f"/dossier/{kind}/{pk}/") == small


def test_long_sections_show_their_first_rows_and_how_many_more(
    client, dataset, leader, monkeypatch
):
    monkeypatch.setattr(dossier_module, "LATEST_ENGAGEMENTS", 3)
    monkeypatch.setattr(dossier_module, "SHOWN", 2)
    grow(dataset, 5)
    dossier = dossier_for("organisation", dataset.ze.pk, user=leader)
    # Newest first: the visit of August 2025, then the 2024 meetings from the last one.
    assert [e.title for e in dossier.engagements] == [
        "Визит ZE Optoelectronic в Югру",
        "Встреча 04",
        "Встреча 03",
    ]
    assert (dossier.engagements.total, dossier.engagements.more) == (6, 3)
    assert [s.name for s in dossier.sites] == ["ОЭЗ «Нягань»", "Площадка 00"]
    assert dossier.sites.total == 6
    # By stage, then title: the five new projects are at the first stage.
    assert [p.title for p in dossier.projects] == ["Проект 00", "Проект 01"]
    assert dossier.projects.total == 6
    assert [c.text for c in dossier.commitments] == [
        "Проработать кварц",
        "Проработать нефтепереработку",
    ]
    assert dossier.commitments.total == 7
    # Open tasks by due date: T1 (project), then the engagements' tasks.
    assert [t.title for t in dossier.tasks] == ["Т1", "Поручение 00"]
    assert dossier.tasks.total == 6
    assert dossier.sources.total == 5
    client.force_login(leader)
    html = client.get(f"/dossier/organisation/{dataset.ze.pk}/").content.decode()
    assert "(6)</h2>" in html  # the heading counts every engagement, not the rows shown
    # Engagements, sites, projects, commitments, tasks, sources (Russian: the default).
    for more in (3, 4, 4, 5, 4, 3):
        assert f"… и ещё {more}." in html
    assert html.count("… и ещё") == 6
