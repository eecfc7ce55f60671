import pytest

from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for, rows_of
from investdesk.organisations.tests.factories import make_organisation
from investdesk.projects.models import Project, StageTransition
from investdesk.projects.tests.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/projects/"


@pytest.fixture
def curator(make_user):
    return make_user("curator")


def test_partner_sees_only_shared_projects(make_user):
    partner = make_user("partner")
    shared = make_project(title="Кварц")
    make_project(title="Секрет")
    shared.shared_with.add(partner)
    client = client_for(partner)
    rows = client.get(URL).data["results"]
    assert [p["title"] for p in rows] == ["Кварц"]
    assert "shared_with" not in rows[0]
    hidden = Project.objects.get(title="Секрет")
    assert client.get(f"{URL}{hidden.pk}/").status_code == 404
    transitions = client.get("/api/v1/stage-transitions/").data["results"]
    assert {t["project"] for t in transitions} == {shared.pk}
    participants = client.get("/api/v1/project-participants/").data["results"]
    assert {p["project"] for p in participants} == {shared.pk}


def test_partner_cannot_change_even_a_shared_project(make_user):
    partner = make_user("partner")
    project = make_project(title="Кварц")
    project.shared_with.add(partner)
    response = client_for(partner).patch(
        f"{URL}{project.pk}/", {"title": "X", "version": 1}, format="json"
    )
    assert response.status_code == 403
    project.refresh_from_db()
    assert project.title == "Кварц"


@pytest.mark.parametrize(
    ("role", "status"), [("curator", 201), ("leadership", 403), ("analyst", 403)]
)
def test_create_per_role(make_user, role, status):
    investor = make_organisation()
    response = client_for(make_user(role)).post(
        URL, {"title": "Глубокая переработка кварца", "investors": [investor.pk]}, format="json"
    )
    assert response.status_code == status
    assert Project.objects.filter(title="Глубокая переработка кварца").count() == (status == 201)
    if status == 201:
        assert response.data["stage"] == "lead"
        assert response.data["participants"] == [
            {
                "id": response.data["participants"][0]["id"],
                "organisation": investor.pk,
                "role": "investor",
            }
        ]


def test_update_cannot_change_stage(curator):
    project = make_project()
    response = client_for(curator).patch(
        f"{URL}{project.pk}/", {"stage": "agreement", "version": 1}, format="json"
    )
    assert response.status_code == 400
    assert list(response.data) == ["stage"]
    project.refresh_from_db()
    assert project.stage.code == "lead"


def test_move_records_transition(curator):
    project = make_project()
    response = client_for(curator).post(
        f"{URL}{project.pk}/move/",
        {"stage": "negotiations", "reason": "Визит делегации", "version": 1},
        format="json",
    )
    assert response.status_code == 200, response.data
    assert (response.data["stage"], response.data["version"]) == ("negotiations", 2)
    last = StageTransition.objects.filter(project=project).latest("changed_at", "id")
    assert (last.from_stage.code, last.to_stage.code, last.reason, last.changed_by) == (
        "lead",
        "negotiations",
        "Визит делегации",
        curator,
    )


def test_move_without_reason_names_the_field(curator):
    project = make_project()
    response = client_for(curator).post(
        f"{URL}{project.pk}/move/", {"stage": "negotiations", "reason": " "}, format="json"
    )
    assert response.status_code == 400
    assert list(response.data) == ["reason"]
    assert StageTransition.objects.filter(project=project).count() == 1


def test_move_with_stale_version_is_409(curator):
    project = make_project()
    response = client_for(curator).post(
        f"{URL}{project.pk}/move/",
        {"stage": "negotiations", "reason": "x", "version": 9},
        format="json",
    )
    assert response.status_code == 409
    assert response.data["current"]["stage"] == "lead"


def test_stale_update_is_409(curator):
    project = make_project(title="A")
    client = client_for(curator)
    client.patch(f"{URL}{project.pk}/", {"title": "B", "version": 1}, format="json")
    response = client.put(
        f"{URL}{project.pk}/", {"title": "C", "version": 1, "stage": "lead"}, format="json"
    )
    assert response.status_code == 409
    assert response.data["current"]["title"] == "B"


def test_negative_capex_names_the_field(curator):
    response = client_for(curator).post(URL, {"title": "X", "capex_planned": "-1"}, format="json")
    assert response.status_code == 400
    assert "capex_planned" in response.data or "non_field_errors" in response.data
    assert not Project.objects.filter(title="X").exists()


def test_delete_archives_instead_of_deleting(make_user):
    project = make_project()
    response = client_for(make_user("admin")).delete(f"{URL}{project.pk}/")
    assert response.status_code == 204
    project.refresh_from_db()
    assert project.is_archived
    assert StageTransition.objects.filter(project=project).count() == 1


def test_filters_ordering_pagination(curator):
    a = make_project(title="Альфа")
    make_project(title="Бета")
    project_c = make_project(title="Гамма")
    client = client_for(curator)
    client.post(f"{URL}{project_c.pk}/move/", {"stage": "agreement", "reason": "x"}, format="json")
    project_c.refresh_from_db()
    assert project_c.stage.code == "agreement"
    rows = client.get(URL, {"stage": project_c.stage.pk}).data["results"]
    assert [r["title"] for r in rows] == ["Гамма"]
    assert [r["title"] for r in client.get(URL, {"q": "альф"}).data["results"]] == [a.title]
    ordered = client.get(URL, {"ordering": "title", "page_size": 2}).data
    assert (ordered["count"], [r["title"] for r in ordered["results"]]) == (3, ["Альфа", "Бета"])


def test_list_queries_constant(curator, make_user):
    partner = make_user("partner")

    def make():
        make_project().shared_with.add(partner)

    assert_constant_queries(client_for(curator), URL, rows_of(make))
    assert_constant_queries(client_for(partner), URL, rows_of(make))
    assert_constant_queries(client_for(curator), "/api/v1/stage-transitions/", rows_of(make))


def test_another_curator_cannot_declassify_a_confidential_project_through_the_api(make_user):
    owner, other = make_user("curator"), make_user("curator")
    project = make_project(
        title="Секрет", code_name="Кристалл", confidentiality="confidential", curator=owner
    )
    for change in ({"confidentiality": "public"}, {"curator": other.pk}, {"code_name": ""}):
        response = client_for(other).patch(
            f"{URL}{project.pk}/", {**change, "version": project.version}, format="json"
        )
        assert response.status_code == 400
        assert set(response.data) == {next(iter(change))}
    project.refresh_from_db()
    assert (project.confidentiality, project.curator_id, project.code_name) == (
        "confidential",
        owner.pk,
        "Кристалл",
    )
    assert client_for(other).get(f"{URL}{project.pk}/").data["title"] == "Кристалл"
    response = client_for(owner).patch(
        f"{URL}{project.pk}/", {"confidentiality": "public", "version": 1}, format="json"
    )
    assert response.status_code == 200


def test_ordering_by_title_uses_the_title_each_user_reads(make_user):
    owner, other, admin = make_user("curator"), make_user("curator"), make_user("admin")
    make_project(title="Альфа")
    make_project(title="Гамма")
    make_project(title="Яхонт", code_name="Берилл", confidentiality="confidential", curator=owner)

    def titles(user, ordering):
        rows = client_for(user).get(URL, {"ordering": ordering}).data["results"]
        return [row["title"] for row in rows]

    # Sorted by the real title "Яхонт" the code name would come last, betraying its initial.
    assert titles(other, "title") == ["Альфа", "Берилл", "Гамма"]
    assert titles(other, "-title") == ["Гамма", "Берилл", "Альфа"]
    assert titles(owner, "title") == ["Альфа", "Гамма", "Яхонт"]
    assert titles(admin, "-title") == ["Яхонт", "Гамма", "Альфа"]
