"""Shared list filters: to-many "any of" without duplicates, and searches whose related arm
is read first (or left a subquery when it is too large)."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from investdesk.accounts.choices import Role
from investdesk.core import filters
from investdesk.engagements.models import Engagement
from investdesk.engagements.tests.factories import make_engagement
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.organisations.services import organisation_create
from investdesk.projects.models import Project
from investdesk.projects.services import project_create
from investdesk.reference.models import Direction

pytestmark = pytest.mark.django_db


def test_related_any_keeps_each_record_once():
    first, second = Direction.objects.order_by("pk")[:2]
    both = project_create(title="Оба направления", directions=[first, second])
    one = project_create(title="Одно направление", directions=[second])
    project_create(title="Без направлений")
    found = filters.related_any(Project.objects.all(), "directions", [first, second])
    assert sorted(found.values_list("pk", flat=True)) == sorted([both.pk, one.pk])
    assert "DISTINCT" not in str(found.query)


def test_ids_or_subquery_reads_few_ids_and_leaves_many_as_a_subquery(monkeypatch):
    a = organisation_create(name="Альфа", kind="investor", aliases=["Северный кварц"])
    b = organisation_create(name="Бета", kind="investor", aliases=["Северная руда"])
    aliases = OrganisationAlias.objects.filter(alias__icontains="Север").values_list(
        "organisation_id", flat=True
    )
    assert sorted(filters.ids_or_subquery(aliases)) == sorted([a.pk, b.pk])
    monkeypatch.setattr(filters, "RELATED_IDS_LIMIT", 1)
    assert filters.ids_or_subquery(aliases) is aliases


@pytest.mark.parametrize("limit", [10_000, 0])
def test_list_search_finds_related_matches_either_way(client, make_user, monkeypatch, limit):
    """An organisation's alias and a project's investor match a list search whether their
    ids are read first or stay a subquery."""
    monkeypatch.setattr(filters, "RELATED_IDS_LIMIT", limit)
    ze = organisation_create(name="ZE Optoelectronic", kind="investor", aliases=["ЗЕ Оптика"])
    organisation_create(name="Другая", kind="investor")
    client.force_login(make_user("leadership"))
    response = client.get("/organisations/", {"q": "оптика"})
    assert [o.pk for o in response.context["object_list"]] == [ze.pk]
    project = project_create(title="Завод", investors=[ze])
    project_create(title="Другой завод")
    response = client.get("/projects/", {"q": "optoelectronic"})
    assert [p.pk for p in response.context["object_list"]] == [project.pk]


def test_any_of_matches_the_listed_ids_only():
    a = organisation_create(name="Альфа", kind="investor")
    b = organisation_create(name="Бета", kind="investor")
    organisation_create(name="Гамма", kind="investor")
    found = Organisation.objects.filter(filters.AnyOf(F("pk"), [a.pk, b.pk, a.pk]))
    assert sorted(found.values_list("pk", flat=True)) == sorted([a.pk, b.pk])
    assert not Organisation.objects.filter(filters.AnyOf(F("pk"), [])).exists()
    if connection.vendor == "postgresql":
        # One array parameter, however many ids.
        sql, params = found.query.sql_with_params()
        assert "= ANY(" in sql and len(params) == 1


def test_related_any_reads_few_ids_as_one_array(monkeypatch):
    first = Direction.objects.order_by("pk").first()
    project = project_create(title="Кварц", directions=[first])
    project_create(title="Без направлений")
    with CaptureQueriesContext(connection) as context:
        found = list(filters.related_any(Project.objects.all(), "directions", [first]))
    assert found == [project]
    assert "IN (SELECT" not in context.captured_queries[-1]["sql"]
    monkeypatch.setattr(filters, "RELATED_IDS_LIMIT", 0)
    monkeypatch.setattr(filters, "RELATED_IDS_LIMIT_WITHOUT_ARRAYS", 0)
    with CaptureQueriesContext(connection) as context:
        found = list(filters.related_any(Project.objects.all(), "directions", [first]))
    assert found == [project]
    assert "IN (SELECT" in context.captured_queries[-1]["sql"]


@pytest.mark.parametrize("cap", [10_000, 2])
def test_lists_counted_from_their_links_count_what_plain_lists_count(
    client, make_user, monkeypatch, cap
):
    """A list narrowed by one to-many filter alone is counted from the link table; its total
    (and whether the cap was passed) equals the plain count's, with one value or several;
    any other condition keeps the plain count."""
    monkeypatch.setattr("investdesk.core.views.COUNT_CAP", cap)
    first, second, third, unused = Direction.objects.order_by("pk")[:4]
    for directions, kind in [
        ([first], "negotiations"),
        ([first, second], "negotiations"),
        ([second], "forum"),
        ([first, second, third], "forum"),
        ([], "negotiations"),
    ]:
        make_engagement(directions=directions, kind=kind)
    client.force_login(make_user(Role.LEADERSHIP))
    for query, from_links in [
        (f"directions={first.pk}", True),
        (f"directions={first.pk}&directions={second.pk}", True),
        (f"directions={third.pk}&directions={first.pk}&sort=title", True),
        (f"directions={unused.pk}", True),
        (f"directions={first.pk}&kind=forum", False),
        ("kind=forum", False),
    ]:
        with CaptureQueriesContext(connection) as context:
            response = client.get(f"/engagements/?{query}")
        plain = response.context["filter"].qs.order_by().values("pk")[: cap + 1].count()
        assert response.context["total_count"] == min(plain, cap), query
        assert response.context["total_capped"] is (plain > cap), query
        counts = [q["sql"] for q in context.captured_queries if "COUNT(*) FROM (" in q["sql"]]
        assert len(counts) == 1, query
        assert ('FROM "engagements_engagement_directions"' in counts[0].split("WHERE")[0]) is (
            from_links
        ), query
    assert Engagement.objects.filter(directions=first).count() == 3
    # An invalid filter lists nothing, and counts nothing from the links either.
    response = client.get(f"/engagements/?directions={first.pk}&start_after=not-a-date")
    assert (response.context["total_count"], list(response.context["object_list"])) == (0, [])


def test_a_broad_to_many_filter_with_another_condition_is_counted_to_the_search_cap(
    client, make_user, monkeypatch
):
    """Too many records to read as ids (a subquery) and another condition: the count stops
    at the search's cap; with the ids read, or with that filter alone, it does not."""
    first = Direction.objects.order_by("pk").first()
    for _ in range(3):
        make_engagement(directions=[first], kind="negotiations")
    client.force_login(make_user(Role.LEADERSHIP))
    monkeypatch.setattr("investdesk.core.views.SEARCH_COUNT_CAP", 2)
    url = f"/engagements/?directions={first.pk}&kind=negotiations"
    response = client.get(url)
    assert (response.context["total_count"], response.context["total_capped"]) == (3, False)
    monkeypatch.setattr(filters, "RELATED_IDS_LIMIT", 0)
    monkeypatch.setattr(filters, "RELATED_IDS_LIMIT_WITHOUT_ARRAYS", 0)
    response = client.get(url)
    assert (response.context["total_count"], response.context["total_capped"]) == (2, True)
    assert len(response.context["object_list"]) == 2  # the pages of the counted records
    response = client.get(f"/engagements/?directions={first.pk}")
    assert (response.context["total_count"], response.context["total_capped"]) == (3, False)


def test_reference_choices_are_read_once_for_the_form_and_the_chosen_values(client, make_user):
    """A list filtered by a direction reads the directions once: the filter form lists
    them and the chosen one is checked against the same rows (no server-side cursor)."""
    first, second = Direction.objects.order_by("pk")[:2]
    project_create(title="С направлением", directions=[first])
    project_create(title="Другое направление", directions=[second])
    client.force_login(make_user(Role.LEADERSHIP))
    with CaptureQueriesContext(connection) as context:
        response = client.get("/projects/", {"directions": first.pk})
    assert [p.title for p in response.context["object_list"]] == ["С направлением"]
    sqls = [q["sql"] for q in context.captured_queries]
    from_directions = [sql for sql in sqls if 'FROM "reference_direction"' in sql]
    assert len(from_directions) == 2  # the form's choices, and the listed projects' prefetch
    assert not any("DECLARE" in sql for sql in sqls)
    assert f'value="{first.pk}" selected' in response.content.decode()


@pytest.mark.parametrize(
    ("value", "code"), [("999999", "invalid_choice"), ("abc", "invalid_pk_value")]
)
def test_reference_choices_refuse_unknown_values_as_django_does(value, code):
    field = filters.ReferenceMultipleChoiceField(queryset=Direction.objects.all())
    with pytest.raises(ValidationError) as raised:
        field.clean([value])
    assert raised.value.code == code
    single = filters.ReferenceChoiceField(queryset=Direction.objects.all())
    with pytest.raises(ValidationError) as raised:
        single.clean(value)
    assert raised.value.code == "invalid_choice"
    direction = Direction.objects.order_by("pk").first()
    assert single.clean(str(direction.pk)) == direction
    assert field.clean([str(direction.pk)]) == [direction]
