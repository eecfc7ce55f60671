"""Sector classes of round 14 (issue 15): the mentions that are not the subject, and
domain words the keyword lists lacked.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a list of every sphere two sides share ('в самых разных
сферах').
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


@pytest.mark.parametrize(
    "text",
    [
        "Область и провинция сотрудничают в самых разных сферах: торговле, туризме, спорте.",
        "Стороны работают в различных областях, от сельского хозяйства до культуры.",
        "Партнёры взаимодействуют во многих отраслях, включая энергетику и образование.",
    ],
)
def test_every_sphere_shared_is_background(text: str) -> None:
    assert _sectors(text) == set()


def test_a_named_sphere_without_a_variety_word_is_kept() -> None:
    text = "Стороны договорились о сотрудничестве в сфере туризма и логистики."
    assert {"tourism", "logistics"} <= _sectors(text)


def test_a_wide_range_of_goods_is_not_a_list_of_spheres() -> None:
    text = "Край расширит поставки широкого спектра продукции, включая продукцию машиностроения."
    assert "machine_building" in _sectors(text)
