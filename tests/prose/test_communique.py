"""A statistical communiqué written in prose (in the style of the regional bureau's releases): every
figure with its indicator, measure and period, and the changes that are not observations."""

from pathlib import Path

from tests.prose.helpers import extract

TEXT = (Path(__file__).parent / "stories" / "communique_2023.txt").read_text(encoding="utf-8")

EXPECTED = [  # value, unit, indicator, measure, region, partner (period 2023 for all: the title's year)
    (1.9126e12, "CNY", "gdp", "level", "Xinjiang", None),
    (6.8, "percent", "gdp", "growth_yoy", "Xinjiang", None),
    (2.766e11, "CNY", "value_added_primary", "level", "Xinjiang", None),
    (6.5, "percent", "value_added_primary", "growth_yoy", "Xinjiang", None),
    (7.76e11, "CNY", "value_added_secondary", "level", "Xinjiang", None),
    (7.1, "percent", "value_added_secondary", "growth_yoy", "Xinjiang", None),
    (8.6e11, "CNY", "value_added_tertiary", "level", "Xinjiang", None),
    (6.7, "percent", "value_added_tertiary", "growth_yoy", "Xinjiang", None),
    (73774, "CNY", "gdp_per_capita", "level", "Xinjiang", None),
    (6.7, "percent", "gdp_per_capita", "growth_yoy", "Xinjiang", None),
    (2.598e7, "count", "population", "level", "Xinjiang", None),
    (59.24, "percent", "other", "level", "Xinjiang", None),  # urbanization rate: no catalog code
    (40578, "CNY", "income_per_capita_urban", "level", "Xinjiang", None),
    (4.9, "percent", "income_per_capita_urban", "growth_yoy", "Xinjiang", None),
    (17948, "CNY", "income_per_capita_rural", "level", "Xinjiang", None),
    (8.3, "percent", "income_per_capita_rural", "growth_yoy", "Xinjiang", None),
    (3.5733e11, "CNY", "trade_total", "level", "Xinjiang", None),
    (45.9, "percent", "trade_total", "growth_yoy", "Xinjiang", None),
    (3.044e11, "CNY", "exports", "level", "Xinjiang", None),
    (50.4, "percent", "exports", "growth_yoy", "Xinjiang", None),
    (5.29e10, "CNY", "imports", "level", "Xinjiang", None),
    (23.2, "percent", "imports", "growth_yoy", "Xinjiang", None),
    (2.524e11, "CNY", "trade_total", "level", "Xinjiang", "Central Asia"),
    (70.6, "percent", "trade_total", "share", "Xinjiang", "Central Asia"),
    (2.65e8, "count", "tourists", "level", "Xinjiang", None),
    (117, "percent", "tourists", "growth_yoy", "Xinjiang", None),
    (1658, "count", "freight_trains", "level", "Alashankou", None),
    (7762, "count", "freight_trains", "level", "Horgos", None),
]


def test_every_figure_of_the_communique():
    got = [(float(f"{o['value']:.6g}"), o["unit"], o["indicator_code"], o["measure"], o["region"], o["partner"])
           for o in extract(TEXT)]
    assert got == [(float(f"{v:.6g}"), *rest) for v, *rest in EXPECTED]
    assert {o["period"] for o in extract(TEXT)} == {"2023"}


def test_a_change_in_a_count_is_not_an_observation():
    values = [o["value"] for o in extract(TEXT)]
    assert 110000 not in values  # "an increase of 110,000 over the end of last year"
