"""Amount classes left after round 20 (round 21).

Every sentence here is written for the test; none comes from the held-out or dev texts.
The class: a figure printed without its currency that a verb of investing right after it
governs ('ещё 200 миллионов вложат ...') takes the currency printed nearest.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import amounts as _amounts


def test_a_bare_figure_before_a_verb_of_investing_is_a_sum() -> None:
    text = (
        "На строительство склада направят 400 миллионов рублей. "
        "Ещё 200 миллионов вложат в оборудование."
    )
    assert _amounts(text) == [400_000_000, 200_000_000]


def test_a_bare_figure_in_another_currency_stays_out() -> None:
    text = "Кредит составит 5 млн долларов. Ещё 2 млн вложат в оборудование."
    assert _amounts(text) == []


def test_a_bare_figure_of_goods_is_no_sum() -> None:
    text = (
        "Завод выпустил 5 млн тонн. Ещё 3 млн направят на экспорт, выручка составит 2 млрд рублей."
    )
    assert 3_000_000 not in _amounts(text)
