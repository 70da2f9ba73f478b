"""A Kazakh economy story (written for the tests): dateline country, headline growth, declines,
pairs and partners per clause, a target year, tenge."""

from pathlib import Path

from tests.prose.helpers import extract

TEXT = (Path(__file__).parent / "stories" / "kazakhstan_jan_oct.txt").read_text(encoding="utf-8")
P = "2024-01/2024-10"


def rows():
    return [(float(f"{o['value']:.6g}"), o["unit"], o["indicator_code"], o["measure"], o["period"], o["region"],
             o["partner"]) for o in extract(TEXT)]


def test_headline_and_lead_growth():
    assert rows()[:2] == [(4.8, "percent", "gdp", "growth_yoy", P, "Kazakhstan", None)] * 2


def test_declines_are_negative():
    got = rows()
    assert (-1.1, "percent", "industrial_output", "growth_yoy", P, "Kazakhstan", None) in got
    assert (-2.6, "percent", "trade_total", "growth_yoy", P, "Kazakhstan", None) in got


def test_the_country_is_the_dateline_country():
    got = rows()
    assert (1.143e11, "USD", "trade_total", "level", P, "Kazakhstan", None) in got
    assert (4.7, "percent", "unemployment_rate", "level", P, "Kazakhstan", None) in got


def test_pairs_and_partners_per_clause():
    got = rows()
    assert (3.6e9, "USD", "trade_total", "level", P, "Kazakhstan", "Uzbekistan") in got
    assert (3.54e10, "USD", "trade_total", "level", P, "Kazakhstan", "China") in got


def test_tenge_investment_and_a_target_year():
    got = rows()
    assert (1.35e13, "KZT", "investment", "level", P, "Kazakhstan", None) in got
    assert (2.1, "percent", "investment", "growth_yoy", P, "Kazakhstan", None) in got
    assert (1.5e11, "USD", "investment", "target", "2029", "Kazakhstan", None) in got


def test_jobs_and_roads():
    got = rows()
    assert (12000, "count", "jobs_created", "level", P, "Kazakhstan", None) in got
    assert any(r[0] == 2600 and r[1] == "km" for r in got)


TRANSIT_STORY = """Kazakhstan's transit traffic hits record as Middle Corridor grows

ASTANA, February 5, 2025 - Transit cargo through Kazakhstan rose 8 percent last year to 26.6 million tonnes, national railway company Kazakhstan Temir Zholy (KTZ) said on Wednesday.

Container traffic on the Trans-Caspian International Transport Route, also known as the Middle Corridor, jumped 62 percent to 4.5 million tonnes.

The company invested 1.1 trillion tenge in new lines in 2024, including the 272-kilometer Darbaza–Maktaaral railway.

Passenger numbers fell slightly: trains carried 22.9 million passengers, down from 23.4 million a year earlier.
"""


def test_transit_story():
    """'last year' in the lead is the story's period; a rate rising 'to' a level is that level's
    growth; a dash inside a route name does not end the number's noun phrase; 'a year earlier'
    dates the earlier figure."""
    rows = [(o["value"], o["unit"], o["indicator_code"], o["period"], o["measure"]) for o in extract(TRANSIT_STORY)]
    assert rows == [
        (8.0, "percent", "cargo_throughput", "2024", "growth_yoy"),
        (26.6e6, "t", "cargo_throughput", "2024", "level"),
        (62.0, "percent", "cargo_throughput", "2024", "growth_yoy"),
        (4.5e6, "t", "cargo_throughput", "2024", "level"),
        (1.1e12, "KZT", "investment", "2024", "level"),
        (272.0, "km", "railway_length", "2024", "level"),
        (22.9e6, "count", "passengers", "2024", "level"),
        (23.4e6, "count", "passengers", "2023", "level"),
    ]
