"""Whole stories in the style of the genre (written for the tests, not from the seed corpus): the
period stated once in the lead, places as subjects, partners, pooled ports, equivalents."""

from tests.prose.helpers import extract

CUSTOMS_STORY = """Xinjiang's foreign trade up 18.2 pct in first three quarters

URUMQI, Oct. 20 (Xinhua) -- Northwest China's Xinjiang Uygur Autonomous Region saw its foreign trade reach 361.6 billion yuan (about 50.8 billion U.S. dollars) in the first three quarters of 2025, up 18.2 percent year on year, according to the Urumqi customs.

Exports stood at 296.1 billion yuan, up 21.5 percent, while imports reached 65.5 billion yuan, up 5.3 percent.

Trade with Kazakhstan totaled 98.4 billion yuan, accounting for 27.2 percent of the region's total.

The number of China-Europe freight trains passing through the Horgos and Alashankou ports exceeded 12,000, the customs said.
"""


def rows(text, doc_date=None):
    return [(o["value"], o["unit"], o["indicator_code"], o["measure"], o["period"], o["region"], o["partner"])
            for o in extract(text, doc_date)]


def test_customs_story():
    p = "2025-01/2025-09"
    got = rows(CUSTOMS_STORY)
    assert (18.2, "percent", "trade_total", "growth_yoy", p, "Xinjiang", None) in got  # headline
    assert (3.616e11, "CNY", "trade_total", "level", p, "Xinjiang", None) in got
    assert (5.08e10, "USD", "trade_total", "level", p, "Xinjiang", None) in got
    assert (2.961e11, "CNY", "exports", "level", p, "Xinjiang", None) in got
    assert (21.5, "percent", "exports", "growth_yoy", p, "Xinjiang", None) in got
    assert (6.55e10, "CNY", "imports", "level", p, "Xinjiang", None) in got
    assert (5.3, "percent", "imports", "growth_yoy", p, "Xinjiang", None) in got
    assert (9.84e10, "CNY", "trade_total", "level", p, "Xinjiang", "Kazakhstan") in got
    assert (27.2, "percent", "trade_total", "share", p, "Xinjiang", "Kazakhstan") in got
    assert (12000, "count", "freight_trains", "level", p, "Xinjiang", None) in got
    assert len(got) == 11


KAZAKH_STORY = """Kazakhstan-China trade hits record

ASTANA, January 10, 2024 - Trade turnover between Kazakhstan and China reached $31.5 billion in 2023, up 32 percent from a year earlier, the Bureau of National Statistics reported.

Kazakhstan's exports to China amounted to $15.2 billion, while imports from China were $16.3 billion.

Last year, the Dostyk-Alashankou crossing handled 20.1 million tons of cargo. The jobless rate in the country stood at 4.7 percent.
"""


def test_kazakh_story():
    got = rows(KAZAKH_STORY)
    assert (3.15e10, "USD", "trade_total", "level", "2023", "China", "Kazakhstan") in got
    assert (32.0, "percent", "trade_total", "growth_yoy", "2023", "China", "Kazakhstan") in got
    assert (1.52e10, "USD", "exports", "level", "2023", "Kazakhstan", "China") in got
    assert (1.63e10, "USD", "imports", "level", "2023", "Kazakhstan", "China") in got
    assert (2.01e7, "t", "cargo_throughput", "level", "2023", "Alashankou", None) in got
    assert (4.7, "percent", "unemployment_rate", "level", "2023", "Kazakhstan", None) in got
    assert len(got) == 6
