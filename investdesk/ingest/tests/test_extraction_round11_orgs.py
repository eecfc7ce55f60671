"""Organisation error classes found on fresh press releases (issue 15, round 11).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a name quoted inside a quoted name, position words alone, a plural
body word shared by two places, an adjective kept with its body, venues and buildings,
a company described in common words, a body owned by 'региона'.
"""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def _orgs(text: str) -> list[str]:
    return [o["name"] for o in extract(text)["organizations"]]


def test_a_name_quoted_inside_a_quoted_name_is_one_name() -> None:
    text = (
        'Администрация района подписала соглашение с ООО "Молочный комбинат "Заря" о '
        "расширении цеха."
    )
    orgs = _orgs(text)
    assert "Молочный комбинат «Заря»" in orgs
    assert "Заря" not in orgs


def test_position_words_alone_name_no_organisation() -> None:
    text = (
        "Казахстан - надежный партнер, и, благодаря Президентам наших стран Ивана Петрова и "
        "Нурлана Касымова, связи крепнут."
    )
    assert _orgs(text) == []


def test_a_plural_body_word_shared_by_two_places_names_two_bodies() -> None:
    text = (
        "В состав делегации вошли представители торгово-промышленных палат Саратова и "
        "Энгельса, а также аграрных предприятий."
    )
    orgs = _orgs(text)
    assert "Торгово-промышленная палата Саратова" in orgs
    assert "Торгово-промышленная палата Энгельса" in orgs


def test_an_adjective_after_a_title_stays_with_its_body() -> None:
    text = "Министр принял консула Генерального консульства Японии в Хабаровске."
    assert "Генеральное консульство Японии в Хабаровске" in _orgs(text)


def test_an_exhibition_centre_is_a_venue() -> None:
    text = 'Выставка пройдёт на территории выставочного центра "Сибэкспо" в Новосибирске.'
    assert _orgs(text) == []


def test_a_building_under_construction_is_no_organisation() -> None:
    text = "Инвестор профинансирует завершение строительства Национального университета в Казани."
    assert _orgs(text) == []


def test_a_company_described_in_common_words_is_no_name() -> None:
    text = (
        "Соглашение подписали губернатор и банк. Государственная корпорация развития также "
        "стала стороной соглашения."
    )
    assert not any("корпорация развития" in name.lower() for name in _orgs(text))


def test_a_body_followed_by_region_belongs_to_the_texts_region() -> None:
    text = (
        "Делегация Курской области прибыла в Минск. Как сообщили в пресс-службе Корпорации "
        "развития (КРКО) региона, стороны обсудили поставки техники."
    )
    assert "Корпорация развития Курской области" in _orgs(text)
