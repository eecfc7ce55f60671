"""Pages of the projects app: list, detail, create/edit, the board and stage moves."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from investdesk.organisations.services import organisation_create
from investdesk.projects.models import PipelineStage, Project, StageTransition
from investdesk.projects.services import project_advance_stage, project_create
from investdesk.reference.models import Direction
from investdesk.sitecatalog.services import site_create

pytestmark = pytest.mark.django_db


def login(user) -> Client:
    # English pages: assertions on messages do not depend on the Russian catalogue.
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def make_projects(count: int, *, start: int = 0, curator=None, stage: str = "negotiations"):
    quartz = Direction.objects.get(code="quartz")
    projects = []
    for n in range(start, start + count):
        investor = organisation_create(name=f"Инвестор {n}", kind="investor", country="CN")
        projects.append(
            project_create(
                title=f"Проект {n}",
                stage=stage,
                investors=[investor],
                directions=[quartz],
                curator=curator,
                capex_planned="1000000.00",
                capex_planned_is_estimate=True,
                next_step=f"Шаг {n}",
                next_step_due=datetime.date(2020, 1, 1),
            )
        )
    return projects


@pytest.fixture
def leader(make_user):
    return make_user("leadership", username="leader")


@pytest.fixture
def partner(make_user):
    return make_user("partner", username="partner")


def query_count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize(
    "url",
    ["/projects/", "/projects/board/", "/projects/new/", "/projects/1/", "/projects/1/move/"],
)
def test_anonymous_is_sent_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_list_shows_projects_with_investor_and_estimate(curator):
    project = make_projects(1, curator=curator)[0]
    response = login(curator).get("/projects/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Проект 0" in content
    assert "Инвестор 0" in content
    assert "≈" in content
    assert project.get_absolute_url() in content
    assert response.context["total_count"] == 1


def test_list_filters_by_curator(curator, make_user):
    other = make_user("curator", username="other")
    make_projects(2, curator=curator)
    make_projects(1, start=5, curator=other)
    response = login(curator).get("/projects/", {"curator": other.pk})
    assert [p.title for p in response.context["object_list"]] == ["Проект 5"]


@pytest.mark.parametrize("url", ["/projects/", "/projects/board/"])
def test_list_and_board_queries_do_not_grow(curator, url, django_assert_num_queries):
    make_projects(2, curator=curator)
    client = login(curator)
    baseline = query_count(client, url)
    make_projects(18, start=2, curator=curator, stage="lead")
    with django_assert_num_queries(baseline):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query", ["q=Инвестор", "q=Проект 1", "directions={quartz}", "stage={stage}&municipality="]
)
def test_filtered_and_searched_lists_do_not_grow(curator, query, django_assert_num_queries):
    """Searched and filtered lists: constant queries, and each reference table of the
    filter form (stages, directions, municipalities) read once, chosen values included."""
    from investdesk.projects.models import PipelineStage

    quartz = Direction.objects.get(code="quartz")
    stage = PipelineStage.objects.get(code="negotiations")
    url = "/projects/?" + query.format(quartz=quartz.pk, stage=stage.pk)
    make_projects(2, curator=curator)
    client = login(curator)
    client.get(url)  # warm the caches of the page shell
    with CaptureQueriesContext(connection) as baseline:
        response = client.get(url)
    assert response.status_code == 200
    assert response.context["total_count"] >= 1
    sqls = [q["sql"] for q in baseline.captured_queries]
    for table in ("projects_pipelinestage", "reference_municipality"):
        assert sum(f'FROM "{table}"' in sql for sql in sqls) == 1, table
    # The form's directions, and the listed projects' (a prefetch through their links).
    directions = [sql for sql in sqls if 'FROM "reference_direction"' in sql]
    assert len(directions) == 2 and sum("JOIN" in sql for sql in directions) == 1
    make_projects(18, start=2, curator=curator)
    with django_assert_num_queries(len(sqls)):
        assert client.get(url).status_code == 200


def test_detail_queries_do_not_grow(curator, django_assert_num_queries):
    project = make_projects(1, curator=curator)[0]
    client = login(curator)
    client.get(project.get_absolute_url())  # warm the content-type cache (notes) first
    baseline = query_count(client, project.get_absolute_url())
    for n, code in enumerate(["site_visit", "support", "agreement", "implementation"]):
        project_advance_stage(project=project, to_stage=code, user=curator, reason=f"r{n}")
    with django_assert_num_queries(baseline):
        client.get(project.get_absolute_url())


def test_detail_links_the_dossier_and_maps_the_site(curator, partner):
    project = make_projects(1, curator=curator)[0]
    client = login(curator)
    content = client.get(project.get_absolute_url()).content.decode()
    assert f'href="/dossier/project/{project.pk}/"' in content
    assert f'href="/dossier/project/{project.pk}/?format=pdf"' in content
    assert "data-map-root" not in content  # no site, no map
    project.site = site_create(name="ОЭЗ", kind="sez", latitude="62.1", longitude="65.4")
    project.save()
    content = client.get(project.get_absolute_url()).content.decode()
    assert 'data-map-root="detail-map"' in content
    project.shared_with.add(partner)  # partners may not open dossiers: no button
    partner_page = login(partner).get(project.get_absolute_url())
    assert partner_page.status_code == 200
    assert "/dossier/" not in partner_page.content.decode()


def test_detail_shows_stage_history_with_time_in_stage(curator):
    project = make_projects(1, curator=curator)[0]
    transition = project.transitions.get()
    transition.changed_at -= datetime.timedelta(days=10)
    transition.save()
    project_advance_stage(project=project, to_stage="site_visit", user=curator, reason="Площадка")
    response = login(curator).get(project.get_absolute_url())
    history = response.context["stage_history"]
    assert [row["transition"].to_stage.code for row in history] == ["negotiations", "site_visit"]
    assert history[0]["duration"].days == 10
    content = response.content.decode()
    assert "Площадка" in content
    assert 'id="timeline"' in content


def test_partner_sees_only_shared_projects(partner):
    shared, hidden = make_projects(2)
    shared.shared_with.add(partner)
    client = login(partner)
    response = client.get("/projects/")
    assert [p.pk for p in response.context["object_list"]] == [shared.pk]
    assert client.get(shared.get_absolute_url()).status_code == 200
    assert client.get(hidden.get_absolute_url()).status_code == 404
    board = client.get("/projects/board/")
    cards = [c.pk for column in board.context["columns"] for c in column["cards"]]
    assert cards == [shared.pk]


def test_create_goes_through_the_service(curator):
    investor = organisation_create(name="ZE", kind="investor", country="CN")
    quartz = Direction.objects.get(code="quartz")
    stage = PipelineStage.objects.get(code="lead")
    response = login(curator).post(
        "/projects/new/",
        {
            "title": "Кварц",
            "stage": stage.pk,
            "confidentiality": "internal",
            "lead_source": "outreach",
            "currency": "RUB",
            "directions": [quartz.pk],
            "investors": [investor.pk],
            "curator": curator.pk,
        },
    )
    project = Project.objects.get()
    assert response.status_code == 302
    assert response["Location"] == project.get_absolute_url()
    assert project.stage.code == "lead"
    assert [p.organisation for p in project.participants.all()] == [investor]
    assert project.transitions.get().to_stage == stage


def test_create_errors_name_the_field_and_create_nothing(curator):
    response = login(curator).post(
        "/projects/new/", {"title": "", "currency": "RUB", "lead_source": "outreach"}
    )
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    assert not Project.objects.exists()


def test_edit_with_stale_version_is_refused(curator):
    project = make_projects(1, curator=curator)[0]
    data = {
        "title": "Новое название",
        "confidentiality": "internal",
        "lead_source": "outreach",
        "currency": "RUB",
        "version": project.version,
    }
    client = login(curator)
    assert client.post(f"/projects/{project.pk}/edit/", data).status_code == 302
    data["title"] = "Второе название"
    response = client.post(f"/projects/{project.pk}/edit/", data)
    assert response.status_code == 409
    assert "changed by someone else" in response.content.decode()
    project.refresh_from_db()
    assert project.title == "Новое название"


def test_leadership_cannot_post_changes(leader):
    project = make_projects(1)[0]
    client = login(leader)
    assert client.get(project.get_absolute_url()).status_code == 200
    site_visit = PipelineStage.objects.get(code="site_visit")
    response = client.post(
        f"/projects/{project.pk}/move/",
        {"to_stage": site_visit.pk, "reason": "x", "version": project.version},
    )
    assert response.status_code == 403
    assert client.post("/projects/new/", {"title": "X"}).status_code == 403
    assert client.post(f"/projects/{project.pk}/edit/", {"title": "X"}).status_code == 403
    assert not StageTransition.objects.filter(to_stage=site_visit).exists()
    assert Project.objects.count() == 1


def test_move_with_reason_records_a_transition(curator):
    project = make_projects(1, curator=curator)[0]
    site_visit = PipelineStage.objects.get(code="site_visit")
    response = login(curator).post(
        f"/projects/{project.pk}/move/",
        {
            "to_stage": site_visit.pk,
            "reason": "Инвестор выбрал ОЭЗ",
            "version": project.version,
            "next": "/projects/board/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/projects/board/"
    transition = project.transitions.latest("changed_at")
    assert (transition.from_stage.code, transition.to_stage, transition.reason) == (
        "negotiations",
        site_visit,
        "Инвестор выбрал ОЭЗ",
    )
    assert transition.changed_by == curator


def test_move_by_htmx_returns_the_card(curator):
    project = make_projects(1, curator=curator)[0]
    site_visit = PipelineStage.objects.get(code="site_visit")
    response = login(curator).post(
        f"/projects/{project.pk}/move/",
        {"to_stage": site_visit.pk, "reason": "Визит", "version": project.version},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert f'id="project-card-{project.pk}"' in response.content.decode()
    assert f'data-stage="{site_visit.pk}"' in response.content.decode()
    assert "moved to" in response["HX-Trigger"]
    project.refresh_from_db()
    assert (project.stage, project.version) == (site_visit, 2)


def test_move_without_reason_is_refused_with_a_message(curator):
    project = make_projects(1, curator=curator)[0]
    site_visit = PipelineStage.objects.get(code="site_visit")
    client = login(curator)
    response = client.post(
        f"/projects/{project.pk}/move/",
        {"to_stage": site_visit.pk, "reason": "  ", "version": project.version},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 422
    assert response.content.decode() == "Reason: Say why the project moves to another stage."
    response = client.post(
        f"/projects/{project.pk}/move/",
        {"to_stage": site_visit.pk, "reason": "", "version": project.version},
    )
    assert response.status_code == 422
    assert "Say why the project moves to another stage." in response.content.decode()
    assert project.transitions.count() == 1
    project.refresh_from_db()
    assert project.stage.code == "negotiations"


def test_move_with_stale_version_is_refused_with_a_message(curator):
    project = make_projects(1, curator=curator)[0]
    stale_version = project.version
    project_advance_stage(project=project, to_stage="lead", user=curator, reason="Назад")
    site_visit = PipelineStage.objects.get(code="site_visit")
    client = login(curator)
    response = client.post(
        f"/projects/{project.pk}/move/",
        {"to_stage": site_visit.pk, "reason": "Визит", "version": stale_version},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 409
    assert "changed by someone else" in response.content.decode()
    assert "Lead" in response.content.decode() or "Лид" in response.content.decode()
    response = client.post(
        f"/projects/{project.pk}/move/",
        {"to_stage": site_visit.pk, "reason": "Визит", "version": stale_version},
    )
    assert response.status_code == 409
    assert "changed by someone else" in response.content.decode()
    assert not project.transitions.filter(to_stage=site_visit).exists()


def test_board_has_a_column_per_stage_in_order_and_filters(curator):
    first = make_projects(2, curator=curator)[0]
    make_projects(1, start=2, stage="lead")
    client = login(curator)
    response = client.get("/projects/board/")
    columns = response.context["columns"]
    assert [c["stage"].code for c in columns] == list(
        PipelineStage.objects.values_list("code", flat=True)
    )
    totals = {c["stage"].code: c["total"] for c in columns}
    assert (totals["negotiations"], totals["lead"], totals["site_visit"]) == (2, 1, 0)
    content = response.content.decode()
    assert "vendor/sortablejs/Sortable.min.js" in content
    assert f"/projects/{first.pk}/move/" in content
    filtered = client.get("/projects/board/", {"curator": curator.pk})
    totals = {c["stage"].code: c["total"] for c in filtered.context["columns"]}
    assert (totals["negotiations"], totals["lead"]) == (2, 0)


def test_board_caps_columns_and_links_to_all(curator, monkeypatch):
    from investdesk.projects import selectors

    monkeypatch.setattr(selectors, "BOARD_COLUMN_CAP", 2)
    make_projects(3, curator=curator)
    response = login(curator).get("/projects/board/")
    column = next(c for c in response.context["columns"] if c["stage"].code == "negotiations")
    assert (len(column["cards"]), column["total"]) == (2, 3)
    assert f"/projects/?stage={column['stage'].pk}" in response.content.decode()
    assert f"/projects/board/column/{column['stage'].pk}/?offset=2" in response.content.decode()


def test_board_column_shows_more_cards_in_constant_queries(curator, monkeypatch):
    from investdesk.projects import selectors

    monkeypatch.setattr(selectors, "BOARD_COLUMN_CAP", 2)
    monkeypatch.setattr(selectors, "BOARD_MORE_STEP", 2)
    projects = make_projects(5, curator=curator)
    stage = projects[0].stage
    client = login(curator)
    board = client.get("/projects/board/")
    column = next(c for c in board.context["columns"] if c["stage"] == stage)
    shown = [card.pk for card in column["cards"]]
    response = client.get(
        f"/projects/board/column/{stage.pk}/", {"offset": 2, "curator": curator.pk}
    )
    more = [card.pk for card in response.context["cards"]]
    assert len(more) == 2 and not set(more) & set(shown)
    content = response.content.decode()
    assert 'hx-swap-oob="true"' in content
    assert f"offset=4&amp;curator={curator.pk}" in content
    assert f"/projects/{more[0]}/move/?next=/projects/board/%3Fcurator%3D{curator.pk}" in content
    last = client.get(f"/projects/board/column/{stage.pk}/", {"offset": 4})
    assert len(last.context["cards"]) == 1 and "offset=" not in last.content.decode()
    # The same number of queries at any offset.
    counts = []
    for offset in (0, 2, 4):
        with CaptureQueriesContext(connection) as queries:
            client.get(f"/projects/board/column/{stage.pk}/", {"offset": offset})
        counts.append(len(queries))
    assert len(set(counts)) == 1


def test_move_page_works_without_javascript(curator):
    project = make_projects(1, curator=curator)[0]
    response = login(curator).get(f"/projects/{project.pk}/move/?next=/projects/board/")
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["to_stage"].code == "site_visit"
    assert form.initial["version"] == project.version
    content = response.content.decode()
    assert 'name="reason"' in content
    assert 'name="next" value="/projects/board/"' in content


@pytest.mark.parametrize("offset", ["99999999999999999999999", "9223372036854775807", "-3", "x"])
def test_board_column_offset_out_of_range_is_not_a_server_error(curator, offset):
    projects = make_projects(1, curator=curator)
    response = login(curator).get(
        f"/projects/board/column/{projects[0].stage_id}/", {"offset": offset}
    )
    assert response.status_code == 200


def test_edit_form_of_a_confidential_project_keeps_its_title_from_other_curators(
    curator, make_user
):
    other = make_user("curator", username="other-curator")
    project = _confidential(curator)

    page = login(other).get(f"/projects/{project.pk}/edit/")
    assert page.status_code == 200
    assert "Секретный кварцевый завод" not in page.content.decode()
    assert "title" not in page.context["form"].fields
    data = {
        "title": "Проект Кристалл",  # what a hand-made request could send back
        "code_name": "Проект Кристалл",
        "confidentiality": "confidential",
        "lead_source": "outreach",
        "currency": "RUB",
        "next_step": "Созвониться",
        "curator": curator.pk,
        "version": project.version,
    }
    assert login(other).post(f"/projects/{project.pk}/edit/", data).status_code == 302
    project.refresh_from_db()
    assert (project.title, project.next_step) == ("Секретный кварцевый завод", "Созвониться")

    # Its own curator still sees and edits the real title.
    own = login(curator).get(f"/projects/{project.pk}/edit/")
    assert "Секретный кварцевый завод" in own.content.decode()


def _confidential(curator):
    project = make_projects(1, curator=curator)[0]
    Project.objects.filter(pk=project.pk).update(
        title="Секретный кварцевый завод",
        code_name="Проект Кристалл",
        confidentiality="confidential",
    )
    project.refresh_from_db()
    return project


@pytest.mark.parametrize(
    "change",
    [
        {"confidentiality": "internal"},
        {"code_name": ""},
        {"curator": "other"},
    ],
)
def test_another_curator_cannot_declassify_a_confidential_project(curator, make_user, change):
    other = make_user("curator", username="other-curator")
    project = _confidential(curator)
    form = login(other).get(f"/projects/{project.pk}/edit/").context["form"]
    assert all(form.fields[name].disabled for name in ("confidentiality", "code_name", "curator"))
    data = {
        "code_name": "Проект Кристалл",
        "confidentiality": "confidential",
        "lead_source": "outreach",
        "currency": "RUB",
        "curator": curator.pk,
        "version": project.version,
    }
    data.update({k: other.pk if v == "other" else v for k, v in change.items()})
    login(other).post(f"/projects/{project.pk}/edit/", data)
    project.refresh_from_db()
    assert (project.confidentiality, project.code_name, project.curator_id) == (
        "confidential",
        "Проект Кристалл",
        curator.pk,
    )
    assert project.title_for(other) == "Проект Кристалл"


def test_the_curator_and_an_administrator_may_declassify(curator, make_user):
    admin = make_user("admin", username="the-admin")
    project = _confidential(curator)
    assert (
        not login(curator)
        .get(f"/projects/{project.pk}/edit/")
        .context["form"]
        .fields["confidentiality"]
        .disabled
    )
    data = {
        "title": "Секретный кварцевый завод",
        "code_name": "Проект Кристалл",
        "confidentiality": "internal",
        "lead_source": "outreach",
        "currency": "RUB",
        "curator": admin.pk,
        "version": project.version,
    }
    assert login(curator).post(f"/projects/{project.pk}/edit/", data).status_code == 302
    project.refresh_from_db()
    assert (project.confidentiality, project.curator_id) == ("internal", admin.pk)


def test_the_list_sorted_by_title_sorts_by_the_title_each_user_reads(curator, make_user):
    other = make_user("curator", username="other-curator")
    for title in ("Альфа", "Гамма", "Яхонт"):
        project_create(title=title, curator=curator)
    Project.objects.filter(title="Яхонт").update(code_name="Берилл", confidentiality="confidential")

    def order(user):
        page = login(user).get("/projects/", {"sort": "title"})
        return [p.title_for(user) for p in page.context["object_list"]]

    assert order(other) == ["Альфа", "Берилл", "Гамма"]
    assert order(curator) == ["Альфа", "Гамма", "Яхонт"]


def test_a_sites_projects_are_ordered_by_the_title_each_user_reads(curator, make_user):
    other = make_user("curator", username="other-curator")
    site = site_create(name="ОЭЗ", kind="sez")
    for title in ("Альфа", "Гамма", "Яхонт"):
        project_create(title=title, curator=curator, site=site)
    Project.objects.filter(title="Яхонт").update(code_name="Берилл", confidentiality="confidential")

    def order(user):
        page = login(user).get(site.get_absolute_url())
        return [p.title_for(user) for p in page.context["projects"]]

    assert order(other) == ["Альфа", "Берилл", "Гамма"]
    assert order(curator) == ["Альфа", "Гамма", "Яхонт"]


def test_organisation_page_orders_projects_by_the_title_it_shows(curator, make_user):
    """A confidential project sorted by its real title would betray it by its place."""
    investor = organisation_create(name="Общий инвестор", kind="investor", country="CN")
    shown = {}
    for title, code_name in (("Аметист", ""), ("Бирюза", ""), ("Алмаз секретный", "Яшма")):
        project = project_create(title=title, stage="negotiations", investors=[investor])
        if code_name:
            Project.objects.filter(pk=project.pk).update(
                code_name=code_name, confidentiality="confidential"
            )
        shown[project.pk] = code_name or title
    reader = make_user("curator", username="other-reader")
    page = login(reader).get(f"/organisations/{investor.pk}/")
    order = [role.project.display_title for role in page.context["project_roles"]]
    assert order == ["Аметист", "Бирюза", "Яшма"]
    assert "Алмаз секретный" not in page.content.decode()
