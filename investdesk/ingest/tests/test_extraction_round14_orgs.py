"""Organisation error classes found on fresh press releases (round 14, organisations).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: type words kept in the name ('бизнес-парк', 'племзавод'); a minister's
title with a republic's initials; outlets closing a bracketed dateline or after 'информационное
агентство'; a foreign state's acronym after a body's short name; a region after a name's
bracketed acronym; a park named by a place adjective; generic consulates and blocs; an
inflected one-word quoted name; party acronyms.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import org_names as _orgs


def test_a_business_park_and_a_breeding_farm_keep_their_type_word() -> None:
    orgs = _orgs("Губернатор открыл бизнес-парк «Кедр» и посетил племзавод «Заря» в районе.")
    assert "Бизнес-парк «Кедр»" in orgs
    assert "Племзавод «Заря»" in orgs


def test_a_ministers_title_with_a_republics_initials_names_the_ministry() -> None:
    orgs = _orgs("Открытие посетили министр промышленности и энергетики ЧР Иван Петров и гости.")
    assert orgs == ["Министерство промышленности и энергетики ЧР"]


def test_an_agency_closing_a_bracketed_dateline_is_an_outlet() -> None:
    orgs = _orgs(
        "(Казань, 12 мая, «Волга-пресс»). Сегодня зону посетили представители компании «Рубин»."
    )
    assert orgs == ["Рубин"]


def test_a_name_after_information_agency_is_an_outlet() -> None:
    orgs = _orgs(
        "Вагоны подадут на терминал. Об этом сообщило информационное агентство «Степь-инфо». "
        "Компания «Рубин» довольна."
    )
    assert orgs == ["Рубин"]


def test_a_body_keeps_a_foreign_countrys_acronym() -> None:
    orgs = _orgs("Делегацию возглавил вице-премьер Госсовета КНР Ли Вэй.")
    assert orgs == ["Госсовет КНР"]


def test_a_region_after_the_names_bracketed_acronym_is_its_owner() -> None:
    orgs = _orgs("Проект одобрил Фонд развития промышленности (ФРП) Тувы.")
    assert orgs == ["Фонд развития промышленности Тувы"]


def test_a_park_named_by_a_place_adjective_is_an_organisation() -> None:
    assert _orgs("Область выделит средства на первую очередь Зареченского технопарка.") == [
        "Зареченский технопарк"
    ]


def test_a_consulate_without_its_country_and_a_bloc_are_generic() -> None:
    orgs = _orgs(
        "Во встрече участвовали сотрудники Генерального консульства и МИД России. "
        "Саммит Шанхайской организации сотрудничества прошел в Астане."
    )
    assert orgs == ["МИД России"]


def test_an_inflected_quoted_name_is_the_zone_named_before() -> None:
    orgs = _orgs(
        "Особую экономическую зону «Зеленга» посетили гости. Компания расширит производство "
        "в «Зеленге»."
    )
    assert orgs == ["ОЭЗ «Зеленга»"]


def test_a_party_acronym_is_no_organisation() -> None:
    orgs = _orgs("Глава края встретился с секретарем КПК уезда Фуюань и компанией «Рубин».")
    assert orgs == ["Рубин"]


def test_a_place_adjective_before_an_acronym_is_the_full_name() -> None:
    orgs = _orgs(
        "Северный ВЗМУ заплатит налоги. Вольский завод минеральных удобрений (ВЗМУ) строится."
    )
    assert orgs == ["Вольский завод минеральных удобрений"]


def test_a_latin_company_printed_in_several_forms_is_one() -> None:
    orgs = _orgs(
        "Специалистов направит Baoshan. Завод построит Baoshan Steel Holdings "
        '("Баошань"). Президент компании Baoshan Steel Holdings Group Ли Вэй сообщил об этом.'
    )
    assert orgs == ["Baoshan Steel Holdings"]


def test_a_ministrys_short_name_read_as_a_place_with_its_owner() -> None:
    orgs = _orgs("Минсельхоз Прикамья подписал соглашения на 5 млрд рублей на форуме.")
    assert orgs == ["Минсельхоз Прикамья"]


def test_a_person_after_a_site_type_word_is_no_sites_name() -> None:
    orgs = _orgs("На открытии был президент бизнес-парка Сунь Ли и компания «Рубин».")
    assert orgs == ["Рубин"]
