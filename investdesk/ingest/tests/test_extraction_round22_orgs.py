"""Error classes in organisations found on the A halves of sets 52-57 (round 22).

Every sentence here is invented for the test, in wording of its own.
A ministry's printed short name and its full name from an official's title are one body under
the printed name; 'Правительство провинции X' is the 'Народное правительство' printed beside
it; a name given to an event elsewhere, a bloc with '+', a region's acronym and a seat of
government name no body; a quoted regional body in an oblique case, a kind's acronym before a
region, a region's institution, a ministry's second portfolio and a head word the tagger
misreads are names; a region's own short name is kept as printed; a municipality's quoted name
is a place.
"""

from __future__ import annotations

from typing import Any

from investdesk.ingest.extraction import extract


def _orgs(text: str) -> list[str]:
    result: dict[str, Any] = extract(text)
    return sorted(org["name"] for org in result["organizations"])


def test_a_printed_short_ministry_absorbs_the_one_from_a_title() -> None:
    text = (
        "Делегацию из Казахстана приняли в Минэкономразвития Чувашии. По словам "
        "министра экономического развития региона Ивана Петрова, речь шла о поставках."
    )
    names = _orgs(text)
    assert "Минэкономразвития Чувашии" in names  # printed short, kept so
    assert not any(name.startswith("Министерство экономического") for name in names)


def test_a_government_without_its_adjective_is_the_same_body() -> None:
    text = (
        "Соглашение между администрацией Омской области и Народным правительством провинции "
        "Цзилинь подписали губернатор и вице-губернатор Правительства провинции Цзилинь."
    )
    names = _orgs(text)
    assert "Народное правительство провинции Цзилинь" in names
    assert "Правительство провинции Цзилинь" not in names


def test_a_name_given_to_an_event_elsewhere_is_the_event() -> None:
    text = (
        "Делегация Ирана на ZTF провела переговоры\n\nДелегация Ирана участвует в "
        "промышленном форуме ZTF в Омске. Гостей принял губернатор Омской области."
    )
    assert "ZTF" not in _orgs(text)


def test_a_bloc_with_partners_and_a_region_acronym_name_no_body() -> None:
    text = (
        "Компания «Полдень» будет экспортировать зерно на рынки АТР и в страны БРИКС+, "
        "сообщил директор компании."
    )
    names = _orgs(text)
    assert "АТР" not in names and "БРИКС+" not in names


def test_a_quoted_regional_body_in_an_oblique_case() -> None:
    text = (
        "Губернатор поручил «Корпорации развития Омской области» подготовить площадку для "
        "турецкого инвестора."
    )
    assert "Корпорация развития Омской области" in _orgs(text)


def test_a_kind_acronym_takes_the_region_after_it() -> None:
    text = "Выпуском упаковки займётся новый резидент ОЭЗ Омской области, компания из Н-ска."
    assert "ОЭЗ Омской области" in _orgs(text)


def test_a_ministry_keeps_its_second_portfolio() -> None:
    text = (
        "В Министерстве экономики и сокращения издержек прошла встреча с делегацией Омской области."
    )
    assert "Министерство экономики и сокращения издержек" in _orgs(text)


def test_a_region_short_name_is_kept_as_printed() -> None:
    text = (
        "Заместитель председателя правительства ЕАО Иван Петров провел встречу с мэром "
        "Харбина. Стороны обсудили поставки техники."
    )
    assert "Правительство ЕАО" in _orgs(text)


def test_a_municipality_quoted_name_is_a_place() -> None:
    text = (
        "Со стороны города соглашение подписал глава муниципального образования «Город Энск» "
        "Иван Петров, со стороны инвестора - директор компании «Полдень»."
    )
    assert not any(name.startswith("Город") for name in _orgs(text))


def test_a_misread_head_word_still_names_the_body() -> None:
    text = (
        "Соглашение о сотрудничестве между Правительством Омской области и Акиматом "
        "Павлодарской области подписали губернатор и аким."
    )
    names = _orgs(text)
    assert any(name.startswith("Акимат Павлодарской") for name in names)


def test_a_region_adjective_and_an_institution() -> None:
    text = (
        "Вьетнамских гостей в Тамбовской области встретили вице-губернатор и ректор "
        "Тамбовского госуниверситета Иван Петров."
    )
    assert "Тамбовский госуниверситет" in _orgs(text)
