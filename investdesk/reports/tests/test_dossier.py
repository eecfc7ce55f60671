import pytest
from django.template.loader import render_to_string

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
