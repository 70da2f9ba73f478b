"""Physical units and counts of things."""

import pytest

from tests.prose.helpers import extract, one


@pytest.mark.parametrize("text, value, unit", [
    ("By 2024, the railway network covered 9,092 kilometers.", 9092, "km"),
    ("By 2024, the railway network covered 9,092 km.", 9092, "km"),
    ("In 2024, installed capacity reached 6.1 million kilowatts.", 6.1e6, "kW"),
    ("In 2024, installed capacity reached 6.1 million kW.", 6.1e6, "kW"),
    ("In 2024, wind capacity reached 25 GW.", 2.5e7, "kW"),
    ("In 2024, the port handled 5 million tons of cargo.", 5e6, "t"),
    ("In 2024, the port handled 5 million tonnes of cargo.", 5e6, "t"),
    ("The park covers 343 hectares.", 343, "ha"),
    ("The region covers 1.6 million square kilometers.", 1.6e8, "ha"),
    ("In 2024, warehouses with a floor area of 186,000 square metres were built.", 18.6, "ha"),
    ("In 2024, the mines produced 6,682 tU.", 6682, "t"),
    ("In 2024, the new terminal added 42,500 sq m of floor space.", 4.25, "ha"),
    ("In 2025, the fair used a 52,000-square-meter exhibition area.", 5.2, "ha"),
    ("In 2024, 15 trains per day crossed at Horgos.", 15, "count_per_day"),
    ("In 2025 the sorting centre could process 600,000 items a day.", 600000, "count_per_day"),
    ("In 2024, the crossing served 3 million passengers.", 3e6, "count"),
    ("In 2024, the region created 460,000 jobs.", 460000, "count"),
    ("In 2020, 2.3 million people were lifted out of poverty.", 2.3e6, "count"),
    ("Xinjiang has 27 civil airports.", 27, "count"),
    ("In 2024, 1,250 China-Europe freight trains passed through Alashankou.", 1250, "count"),
])
def test_units_to_base(text, value, unit):
    o = one(text)
    assert (o["value"], o["unit"]) == (pytest.approx(value), unit)


def test_hyphenated_length_is_a_length():
    o = one("The line, opened in 2009, is part of the 381.5-km Dostyk-Alashankou route.")
    assert (o["value"], o["unit"], o["indicator_code"]) == (381.5, "km", "railway_length")


def test_units_without_a_base_unit_give_no_observation():
    text = "In 2024, Xinjiang sent 126.3 billion kWh of electricity and 5.7 billion cubic meters of gas to other regions."
    assert extract(text) == []


def test_mu_is_a_fifteenth_of_a_hectare():
    found = extract("In 2024, the region planted cotton on 37 million mu of land.")
    assert [(round(o["value"]), o["unit"]) for o in found] == [(2466667, "ha")]


def test_a_bare_number_a_day_is_a_daily_count():
    rows = extract("In 2024 the port handled 22 trains a day, up from 14 a day in 2023.")
    assert [(o["value"], o["unit"], o["value_as_written"], o["period"]) for o in rows] == [
        (22.0, "count_per_day", "22 trains a day", "2024"), (14.0, "count_per_day", "14 a day", "2023")]


def test_a_counted_noun_phrase_stops_at_the_people_counted():
    found = extract("In 2024 Hotan helped 286,000 rural surplus laborers find jobs.")
    assert found[0]["value_as_written"] == "286,000 rural surplus laborers"
