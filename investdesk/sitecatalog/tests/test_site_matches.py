"""Site matching where people see it: the API, the project page, the support case page and
the reverse list on a site's page."""

import pytest
from django.test import Client

from investdesk.core.tests.helpers import client_for
from investdesk.organisations.tests.factories import make_organisation
from investdesk.projects.tests.factories import make_project
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.tests.factories import make_site

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def quartz():
    return Direction.objects.get(code="quartz")


@pytest.fixture
def sites(quartz):
    nyagan = Municipality.objects.get(name="Нягань")
    return {
        "near": make_site(
            name="ОЭЗ «Ближняя»",
            kind="sez",
            latitude="62.13",
            longitude="65.42",
            free_area_ha="80",
            power_mw="25",
            municipality=nyagan,
            directions=[quartz],
        ),
        "other": make_site(name="Лесная", directions=[Direction.objects.get(code="timber")]),
    }


def _web(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def test_api_site_matches(make_user, quartz, sites):
    project = make_project(
        directions=[quartz], municipality=Municipality.objects.get(name="Нягань")
    )
    response = client_for(make_user("curator")).get(
        f"/api/v1/projects/{project.pk}/site-matches/", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    rows = response.json()
    assert [r["site"]["id"] for r in rows] == [sites["near"].pk, sites["other"].pk]
    assert rows[0]["score"] == 100
    assert rows[0]["site"]["name"] == "ОЭЗ «Ближняя»"
    assert "suits Quartz and its deep processing" in rows[0]["reasons"]
    assert rows[1]["score"] < rows[0]["score"]


def test_api_site_matches_respects_partner_visibility(make_user, quartz, sites):
    partner = make_user("partner")
    shared = make_project(directions=[quartz])
    hidden = make_project(directions=[quartz])
    shared.shared_with.add(partner)
    client = client_for(partner)
    assert client.get(f"/api/v1/projects/{shared.pk}/site-matches/").status_code == 200
    assert client.get(f"/api/v1/projects/{hidden.pk}/site-matches/").status_code == 404
    assert client_for(None).get(f"/api/v1/projects/{shared.pk}/site-matches/").status_code in (
        401,
        403,
    )


def test_api_site_matches_query_count_does_not_grow(
    make_user, quartz, sites, django_assert_num_queries
):
    from investdesk.core.tests.helpers import count_queries

    project = make_project(directions=[quartz])
    client = client_for(make_user("curator"))
    url = f"/api/v1/projects/{project.pk}/site-matches/"
    client.get(url)
    baseline = count_queries(lambda: client.get(url))
    for _ in range(8):
        make_site(directions=[quartz], free_area_ha="3")
    with django_assert_num_queries(baseline):
        assert len(client.get(url).json()) == 10


def test_api_site_matches_in_openapi_schema(make_user):
    schema = client_for(make_user("curator")).get("/api/v1/schema/?format=json").json()
    operation = schema["paths"]["/api/v1/projects/{id}/site-matches/"]["get"]
    item = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert item["type"] == "array"
    assert item["items"]["$ref"].endswith("/SiteMatch")
    assert set(schema["components"]["schemas"]["SiteMatch"]["properties"]) == {
        "site",
        "score",
        "reasons",
    }


def test_project_page_shows_matching_sites(make_user, quartz, sites):
    project = make_project(directions=[quartz])
    html = _web(make_user("curator")).get(project.get_absolute_url()).content.decode()
    assert 'id="site-matches"' in html
    assert html.index("ОЭЗ «Ближняя»") < html.index("Лесная")


def test_support_case_page_shows_the_inquiry_and_matching_sites(make_user, quartz, sites):
    from investdesk.support.inquiries import inquiry_submit

    inquiry = inquiry_submit(
        company="Quartz Co",
        country="CN",
        contact_name="Li",
        email="li@example.cn",
        message="A plant",
        direction=quartz,
        area_ha=5,
        power_mw=10,
        needs_rail=True,
        language="zh-hans",
    )
    html = _web(make_user("curator")).get(inquiry.case.get_absolute_url()).content.decode()
    assert 'id="inquiry"' in html and "li@example.cn" in html
    assert 'id="site-matches"' in html
    assert "free area 80 ha ≥ 5 ha needed" in html
    assert html.index("ОЭЗ «Ближняя»") < html.index("Лесная")


def test_site_page_lists_the_projects_it_would_fit_with_investors(make_user, quartz, sites):
    investor = make_organisation(name="Кварцевая компания")
    fitting = make_project(title="Кварцевый завод", directions=[quartz], investors=[investor])
    make_project(title="Лесопилка", directions=[Direction.objects.get(code="timber")])
    html = _web(make_user("curator")).get(sites["near"].get_absolute_url()).content.decode()
    section = html[html.index('id="fitting-projects"') :]
    assert fitting.title in section and investor.name in section
    assert "Лесопилка" not in section


def test_site_page_reverse_matching_respects_partner_visibility(make_user, quartz, sites):
    from django.contrib.auth.models import Permission

    partner = make_user("partner")
    # Partners do not read the site catalogue by default; one allowed to must still see only
    # the projects shared with them.
    partner.user_permissions.add(Permission.objects.get(codename="view_site"))
    shared = make_project(title="Общий кварц", directions=[quartz])
    make_project(title="Секретный кварц", directions=[quartz])
    shared.shared_with.add(partner)
    response = _web(partner).get(sites["near"].get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Общий кварц" in html
    assert "Секретный кварц" not in html


def test_site_page_query_count_does_not_grow_with_fitting_projects(
    make_user, quartz, sites, django_assert_num_queries
):
    from investdesk.core.tests.helpers import assert_constant_queries

    def add(n: int) -> None:
        for _ in range(n):
            make_project(directions=[quartz], investors=[make_organisation()])

    assert_constant_queries(
        _web(make_user("curator")),
        sites["near"].get_absolute_url(),
        add,
    )


def _fitting_one_by_one(site, user, *, limit: int, min_score: int = 50) -> list:
    """The reverse list as it was computed before: every open project of the site's
    directions scored in Python, best first, then cut to ``limit``."""
    from investdesk.projects.models import Project
    from investdesk.sitecatalog.matching import needs_for_project, site_fit

    directions = set(site.directions.values_list("pk", flat=True))
    rows = []
    for project in Project.objects.active().open().visible_to(user):
        if not directions & set(project.directions.values_list("pk", flat=True)):
            continue
        match = site_fit(site, needs_for_project(project))
        if match.score >= min_score:
            rows.append((match.score, project.display_title.lower(), project.pk, match.reasons))
    rows.sort(key=lambda row: (-row[0], row[1], row[2]))
    return [(pk, score, reasons) for score, _title, pk, reasons in rows[:limit]]


@pytest.mark.parametrize("limit", [3, 10, 40])
def test_site_page_reverse_matching_ranks_as_scoring_every_project(make_user, quartz, sites, limit):
    from investdesk.projects.choices import Confidentiality
    from investdesk.projects.selectors import projects_fitting_site
    from investdesk.projects.services import project_advance_stage

    timber = Direction.objects.get(code="timber")
    places = [
        None,
        *Municipality.objects.filter(name__in=["Нягань", "Сургут", "Советский район"]),
    ]
    titles = ["alpha", "Alpha", "Ёлка", "ёлка", "Яблоко", "яблоко", "zeta", "Зета", "Елка"]
    made = []
    for index, title in enumerate(titles * 3):
        made.append(
            make_project(
                title=title,
                directions=[quartz] if index % 4 else [quartz, timber],
                municipality=places[index % len(places)],
                investors=[],
            )
        )
    make_project(
        title="aaa секрет",
        code_name="Ёж",
        confidentiality=Confidentiality.CONFIDENTIAL,
        directions=[quartz],
        investors=[],
    )
    make_project(title="aaa лес", directions=[timber], investors=[])
    project_advance_stage(project=made[0], to_stage="declined", user=None, reason="no")
    partner = make_user("partner")
    for project in made[::2]:
        project.shared_with.add(partner)
    far = make_site(name="Без координат", directions=[quartz, timber], municipality=places[1])
    for user in (make_user("curator"), partner):
        for site in (sites["near"], far):
            got = projects_fitting_site(site=site, user=user, limit=limit)
            assert [(r["project"].pk, r["score"], r["reasons"]) for r in got] == (
                _fitting_one_by_one(site, user, limit=limit)
            )
            assert got, (site, user)
