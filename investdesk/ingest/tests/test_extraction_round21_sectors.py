"""Sector classes of round 21.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Classes: 'связывать' is old ties between the sides only when ties are named
('связывают отношения'); a road that links two places leaves the news's sector alone.
'в области строительства' is the sphere only with the genitive: 'в Тульской области
началось строительство' is a region and a plant's works.
"""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def _sectors(text: str) -> set[str]:
    return set(extract(text)["sectors"])


def test_named_ties_are_background() -> None:
    text = "Наши области давно связывает дружба и сотрудничество в сфере туризма."
    assert "tourism" not in _sectors(text)


def test_a_road_that_links_places_is_not_old_ties() -> None:
    text = (
        "Новая дорога, связывающая два района, пройдёт к строящемуся тепличному комплексу "
        "на сто гектаров."
    )
    assert "agriculture" in _sectors(text)


def test_a_region_called_oblast_is_not_the_sphere_of_building() -> None:
    # 'в ... области началось строительство': the region's name, then a plant's works
    text = "В Тульской области началось строительство нового завода по выпуску удобрений."
    assert "construction" not in _sectors(text)


def test_the_sphere_of_building_stays() -> None:
    text = "Компания работает в области строительства и ремонта дорог."
    assert "construction" in _sectors(text)
