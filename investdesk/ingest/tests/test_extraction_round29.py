"""Rules of round 29 (issue 15); every sentence is invented."""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import event
from investdesk.ingest.tests.extraction_helpers import org_names as orgs


@pytest.mark.parametrize(
    "headline",
    [
        "Компания «Энсктех» откроет завод электрооборудования в Тэнске",
        "В Тэнске начнётся строительство завода кормов",
        "Специалисты из Китая запустят оборудование маслозавода «Энский»",
    ],
)
def test_a_launch_to_come_in_the_headline_is_announced(headline: str) -> None:
    text = f"{headline}\n\nИнвестиции в проект оцениваются в 100 млн рублей. Предприятие создаст 80 рабочих мест."
    assert event(text) == "project_launch"


def test_an_intended_launch_in_the_headline_is_no_launch() -> None:
    text = (
        "Компания «Энсктех» намерена открыть завод в Тэнске\n\n"
        "Инвестиции в проект оцениваются в 100 млн рублей."
    )
    assert event(text) != "project_launch"


@pytest.mark.parametrize(
    "sentence",
    [
        "На заводе «Энскмаш» организовали сборку автобусов.",
        "Завод «Энскмаш» запускает в производство новые модели автомобилей.",
        "Производство на заводе в Тэнске возобновилось после перерыва.",
    ],
)
def test_assembly_started_is_a_launch(sentence: str) -> None:
    assert event(f"Новости\n\n{sentence} Там будут работать 300 человек.") == "project_launch"


def test_talks_in_the_headline_outrank_the_guests_arrival_in_the_lead() -> None:
    text = (
        "Глава Энской области провёл переговоры с монгольской стороной\n\n"
        "Прибывший в Энскую область губернатор аймака провёл встречу с главой региона. "
        "Стороны обсудили сотрудничество в сельском хозяйстве."
    )
    assert event(text) == "negotiations"


def test_a_visit_in_the_headline_stays_a_visit() -> None:
    text = (
        "Делегация провинции Хэйлунцзян прибыла в Энскую область\n\n"
        "Гости провели переговоры с губернатором и посетили индустриальный парк."
    )
    assert event(text) == "delegation_visit"


@pytest.mark.parametrize("form", ["СЗАО", "СООО", "ИООО", "УК"])
def test_belarusian_legal_forms_and_a_managing_company_are_dropped(form: str) -> None:
    text = f"Новости\n\nГубернатор посетил предприятие {form} «Энскмаш» в Тэнске."
    assert "Энскмаш" in orgs(text)


def test_zones_listed_after_a_dash_keep_their_kind() -> None:
    text = "Новости\n\nВ Энской области сейчас действует три ТОР – «Альфа», «Бета» и «Гамма»."
    found = orgs(text)
    assert {"ТОР «Альфа»", "ТОР «Бета»", "ТОР «Гамма»"} <= set(found)


@pytest.mark.parametrize("word", ["ИТ-компаний", "агро-предприятий"])
def test_a_kind_of_company_in_one_word_is_no_name(word: str) -> None:
    text = f"Новости\n\nДелегацию {word} из Казахстана принял губернатор Энской области."
    assert not [o for o in orgs(text) if word[:3] in o]


def test_a_building_material_is_no_company() -> None:
    text = "Новости\n\nНа заводе «Энсклес» начали выпуск плит МДФ и ДСП."
    found = orgs(text)
    assert "МДФ" not in found and "ДСП" not in found


def test_a_monarchs_title_is_no_body() -> None:
    text = (
        "Новости\n\nВерховный правитель Малайзии принял губернатора Энской области в Куала-Лумпуре."
    )
    assert not [o for o in orgs(text) if "правитель" in o.lower()]


def test_a_foreign_governments_name_drops_the_country_adjective() -> None:
    text = (
        "Новости\n\nГубернатор Энской области и губернатор народного правительства китайской "
        "провинции Хэйлунцзян Ли Чжаньшу подписали соглашение."
    )
    assert "Народное правительство провинции Хэйлунцзян" in orgs(text)
