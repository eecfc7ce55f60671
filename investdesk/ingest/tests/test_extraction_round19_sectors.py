"""Sector classes of round 19.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Classes: vague industry adjectives listed with sector adjectives name their sectors; an
inflected abbreviation of a kind is no brand; a body's portfolio after 'по' is no
sector; works joined with works are one project's; supplies reported as a fact are
trade; the region's supplies offered to a foreign country are export promotion.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Губернатор рассказал гостям о потенциале области: машиностроительной, "
            "нефтяной, химической и других отраслей экономики.",
            "oil_gas",
        ),
        (
            "Министр обсудил наращивание поставок продукции металлургического, "
            "машиностроительного и энергетического профилей.",
            "energy",
        ),
        (
            "Инвестор приступил к строительству Северного ГОКа в районе.",
            "mining",
        ),
        (
            "Область готова к поставкам пшеницы и картофеля в Монголию.",
            "export_promotion",
        ),
    ],
)
def test_named(text: str, sector: str) -> None:
    assert sector in _sectors(text)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Делегацию принял ректор института нефтяной и химической отрасли, гости "
            "обсудили производство удобрений.",
            "oil_gas",
        ),
        (
            "Встречу провёл заместитель директора агентства северного края по поддержке "
            "экспорта, стороны обсудили переработку молока.",
            "export_promotion",
        ),
        (
            "Предприятие реализует проект по строительству и реконструкции "
            "животноводческих объектов.",
            "construction",
        ),
        (
            "Сегодня область поставляет в Монголию товары пищевой промышленности. "
            "Стороны обсудили создание логистического центра.",
            "food",
        ),
        (
            "Поставки станков из Японии обсудили на встрече с фермерами.",
            "export_promotion",
        ),
    ],
)
def test_not_named(text: str, sector: str) -> None:
    assert sector not in _sectors(text)
