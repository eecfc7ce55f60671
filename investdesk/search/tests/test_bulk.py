"""The full rebuild (rows read in bulk, ``search.bulk``) and the one-record refresh (model
instances, ``services._entries``) must write the same entries for every record type."""

import datetime

import pytest
from django.db import connection

from investdesk.engagements.services import engagement_record
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create
from investdesk.people.services import person_create
from investdesk.projects.services import project_add_participant, project_create
from investdesk.reference.models import Municipality
from investdesk.search import parallel, services
from investdesk.search.choices import EntityType
from investdesk.search.indexers import INDEXERS
from investdesk.search.models import SearchEntry
from investdesk.search.services import search_index_object, search_reindex
from investdesk.sitecatalog.services import site_create

pytestmark = pytest.mark.django_db


def _snapshot() -> dict[tuple[str, int], tuple]:
    return {
        (e.entity_type, e.object_id): (e.title, e.subtitle, e.url, e.text, e.source_updated_at)
        for e in SearchEntry.objects.all()
    }


@pytest.fixture
def more_records(records):
    """Records with the awkward cases: several and tied links, empty fields, merged and
    draft records that are left out, names in three scripts."""
    municipality = Municipality.objects.get_or_create(name="Сургут")[0]
    alpha = organisation_create(
        name="Альфа", kind="investor", country="CN", aliases=["Zeta", "Бета", "Alpha"]
    )
    twin_a = organisation_create(name="Двойник Б", kind="enterprise", inn="7707083893")
    twin_b = organisation_create(name="Двойник А", kind="other", short_name="Дв")
    merged = organisation_create(name="Слитая", kind="investor", aliases=["Старое имя"])
    Organisation.objects.filter(pk=merged.pk).update(merged_into=alpha)
    organisation_create(
        name="Чжэцзян Лунчэн Машинери", name_original="浙江龙城机械", kind="investor"
    )
    person_create(last_name="Ли", first_name="Вэй", name_original="李伟", organisation=alpha)
    person_create(last_name="Петров", patronymic="Ильич", position="директор")
    project = project_create(
        title="Завод", investors=[twin_b, alpha, twin_a], partners=[records["ze"]]
    )
    project_add_participant(project=project, organisation=merged)
    project_create(title="Пустой проект", code_name="Тихий", description="Описание")
    engagement_record(
        kind="negotiations",
        title="Переговоры о заводе",
        start_date=datetime.date(2025, 3, 9),
        venue="Ханты-Мансийск",
        summary="Обсудили поставки кварца.",
        organisations=[twin_b, twin_a, alpha],
    )
    engagement_record(
        kind="call", title="Черновик звонка", start_date=datetime.date(2025, 1, 2), status="draft"
    )
    site_create(
        name="Площадка «Север»",
        kind="land_plot",
        municipality=municipality,
        operator=alpha,
        address="ул. Ленина, 1",
    )
    return records


def test_rebuild_and_one_record_refresh_write_the_same_entries(more_records, monkeypatch):
    # Two records a chunk: links (aliases, investors, organisations) straddle chunk ends.
    monkeypatch.setattr(services, "REINDEX_CHUNK", 2)
    counts = search_reindex()
    rebuilt = _snapshot()
    assert all(counts[entity_type] for entity_type in INDEXERS), counts

    SearchEntry.objects.all().delete()
    for indexer in INDEXERS.values():
        for obj in indexer.model.objects.all():
            search_index_object(obj)
    one_by_one = _snapshot()

    assert sorted(rebuilt) == sorted(one_by_one)
    for key, entry in rebuilt.items():
        assert entry == one_by_one[key], key
    assert (EntityType.ORGANISATION, more_records["ze"].pk) in rebuilt
    assert len(rebuilt) == sum(counts.values())


def test_rebuild_of_one_type_keeps_the_others(more_records):
    search_reindex()
    before = _snapshot()
    assert search_reindex(entity_types=[EntityType.PROJECT])[EntityType.PROJECT] == 4
    assert _snapshot() == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="worker processes: PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_worker_processes_write_what_one_process_writes(reference_data, more_records, monkeypatch):
    # Workers read committed data on their own connections, hence a transactional test.
    monkeypatch.setattr(services, "PAUSE_INDEX_ABOVE", 0)
    monkeypatch.setattr(parallel, "TASK_SIZE", 2)
    in_process = search_reindex()
    written = _snapshot()
    assert search_reindex(workers=2) == in_process
    assert _snapshot() == written
