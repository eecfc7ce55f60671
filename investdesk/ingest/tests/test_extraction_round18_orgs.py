"""Organisation error classes found on fresh press releases (round 18, organisations).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a meeting's format; a month set in capitals; an agency in a
dateline; facilities (an airport, a tower); a place the text names as one; a zone's acronym
after its place adjective; a head noun before a body in the genitive; a case form of a
longer name; two coordinated government bodies; common words with no name; a body spelled
out by its acronym in brackets; a name 'имени' past a title.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import org_names as _orgs


def _keys(text: str) -> list[str]:
    return [name.lower() for name in _orgs(text)]


def test_a_meetings_format_is_no_body() -> None:
    orgs = _keys(
        "Губернатор Энской области Иван Петров провёл встречу с инвесторами в формате ВКС. "
        "Затем прошло заседание инвестсовета в формате «Бизнесчас». На «Бизнесчас» приехали "
        "представители компании «Зарница»."
    )
    assert "вкс" not in orgs
    assert "бизнесчас" not in orgs


def test_a_month_in_capitals_is_no_body() -> None:
    orgs = _keys("12 МАРТА, 2024. Компания «Заречье» открыла в Энске новый завод.")
    assert "марта" not in orgs


def test_an_agency_between_a_dateline_and_a_dash_is_an_outlet() -> None:
    orgs = _keys(
        "Энск. 14 мая. НОВОСТИ-ЮГ - Компания «Заречье» построит в Энской области "
        "тепличный комплекс."
    )
    assert "новости-юг" not in orgs
    orgs = _keys('ЭНСК, 30 июн. – "ВЕСТИ ДНЯ" Компания «Заречье» заложила в Энской области завод.')
    assert "вести дня" not in orgs


def test_an_airport_and_a_tower_are_facilities() -> None:
    orgs = _keys(
        "Инвесторы осмотрели аэропорт «Северный» и башню «Стрела», "
        "которую построила компания «Заречье»."
    )
    assert "северный" not in orgs
    assert "стрела" not in orgs


def test_a_place_the_text_names_as_one_is_no_body() -> None:
    orgs = _keys("Делегацию возглавил вице-мэр Харбина Ли Мин. Энск давно сотрудничает с Харбином.")
    assert "харбин" not in orgs


def test_a_zones_acronym_after_its_place_adjective_is_the_zone() -> None:
    orgs = _orgs(
        "На территории ОЭЗ «Энск» откроется завод. Вторым резидентом Энской ОЭЗ станет "
        "компания «Заречье»."
    )
    assert "ОЭЗ «Энск»" in orgs
    assert "Энская ОЭЗ" not in orgs


def test_a_head_noun_before_a_body_in_the_genitive_starts_the_name() -> None:
    orgs = _keys("В Энске создано общество Российско-Нуристанской дружбы.")
    assert "общество российско-нуристанской дружбы" in orgs
    orgs = _keys(
        "В делегацию вошёл зампред комитета Совета федерации по международным делам Иван Петров."
    )
    assert "комитет совета федерации по международным делам" in orgs


def test_two_coordinated_government_bodies_are_not_one_name() -> None:
    orgs = _keys("Правительство штата и руководство Энской области намерены подписать протокол.")
    assert not any(" и руководство" in name for name in orgs)


def test_common_words_outside_quotes_name_no_body() -> None:
    orgs = _keys(
        "Текстильную фабрику построят в Энской области. Инвестором выступит компания «Заречье»."
    )
    assert "текстильная фабрика" not in orgs


def test_a_body_spelled_out_by_its_acronym_in_brackets() -> None:
    orgs = _keys(
        "Стороны обсудили строительство технопарка в Энской свободной экономической зоне "
        "(СЭЗ), сообщает посольство."
    )
    assert "энская свободная экономическая зона" in orgs
    assert "сэз" not in orgs


def test_a_name_after_imeni_goes_on_past_a_title() -> None:
    orgs = _keys("Программу поддержки малого бизнеса ведёт Фонд имени шейха Хамада бен Рашида.")
    assert "фонд имени шейха хамада бен рашида" in orgs


def test_a_back_reference_to_the_region_before_a_persons_name() -> None:
    orgs = _keys(
        "Резиденты особой экономической зоны в Татарстане откроют три завода, сообщила "
        "руководитель Агентства инвестиционного развития республики Анна Смирнова."
    )
    assert "агентство инвестиционного развития республики татарстан" in orgs


def test_a_site_with_a_cyrillic_domain_is_an_outlet() -> None:
    orgs = _keys(
        "Об открытии завода ранее рассказывали ЭНСКВЕСТИ35.РФ. Компания «Заречье» довольна."
    )
    assert not any(name.startswith("энсквест") for name in orgs)


def test_a_technopark_without_a_name_is_no_body() -> None:
    orgs = _keys("Совет одобрил новые помещения для резидентов Технопарка в Энске.")
    assert "технопарк" not in orgs
