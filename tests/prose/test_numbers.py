"""Numbers as written: digits, separators, scale words, number words, ranges, qualifiers."""

import pytest

from tests.prose.helpers import extract, facts, one


@pytest.mark.parametrize("text, value, unit", [
    ("The secondary industry added 1,878.48 billion yuan in 2024.", 1.87848e12, "CNY"),
    ("Growth slowed to 0.2 percent in 2023.", 0.2, "percent"),
    ("The network reached 12,400 km in 2024.", 12400, "km"),
    ("The city had 4.7 million residents in 2020.", 4.7e6, "count"),
    ("The region's GDP reached 2.05 trillion yuan in 2024.", 2.05e12, "CNY"),
    ("Investment totalled 100 million yuan in 2022.", 1e8, "CNY"),
    ("The port handled 10,000 tons of grain in 2021.", 1e4, "t"),
    ("Output reached 3.5 bln yuan in 2019.", 3.5e9, "CNY"),
])
def test_digits_and_scale_words(text, value, unit):
    o = one(text)
    assert (o["value"], o["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, value", [
    ("The county opened two logistics parks in 2023.", 2),
    ("Kazakhstan built four new border crossings in 2019.", 4),
    ("The zone registered ten enterprises in 2020.", 10),
    ("Officials said twelve projects were signed in 2022.", 12),
])
def test_number_words_count_things(text, value):
    o = one(text)
    assert (o["value"], o["unit"]) == (value, "count")


def test_number_word_with_scale():
    o = one("Over two-million workers were employed in 2015.")
    assert (o["value"], o["unit"], o["qualifier"]) == (2e6, "count", "over")


def test_dollar_range_is_two_observations():
    assert facts("In 2024, the fund invested $19-22 billion in roads.") == [(1.9e10, "USD"), (2.2e10, "USD")]


def test_yuan_range_with_code_is_two_observations():
    assert facts("The plan envisages 120-140 billion CNY for transport by 2030.") == [(1.2e11, "CNY"), (1.4e11, "CNY")]


def test_from_to_range_of_daily_trains():
    assert facts("Traffic will rise from 8 to 15 trains per day.") == [(8, "count_per_day"), (15, "count_per_day")]


@pytest.mark.parametrize("text, qualifier", [
    ("In 2024, over 460,000 jobs were created.", "over"),
    ("In 2024, more than 460,000 jobs were created.", "over"),
    ("In 2024, nearly 460,000 jobs were created.", "nearly"),
    ("In 2024, about 460,000 jobs were created.", "about"),
])
def test_qualifiers_keep_the_number(text, qualifier):
    o = one(text)
    assert (o["value"], o["qualifier"]) == (460000, qualifier)


def test_escaped_dollar_sign():
    assert facts(r"In 2012, its GDP was \$120 billion.") == [(1.2e11, "USD")]


def test_list_shares_unit_written_once():
    found = facts("The Urumqi, Kashgar and Horgos areas received 20, 6, and 17 permissions respectively.")
    assert found == [(20, "count"), (6, "count"), (17, "count")]


def test_out_of_gives_both_counts():
    assert facts("Today, 3 out of 14 zones are in the north.") == [(3, "count"), (14, "count")]


def test_bare_numbers_after_number_of_are_counts():
    found = facts("Between 2012 and 2022, the number of civil airports rose from 16 to 25.")
    assert found == [(16, "count"), (25, "count")]


def test_a_noun_between_stops_unit_inheritance():
    found = facts("The region's GDP was about $436 billion in 2023 and its population 80.2 million.")
    assert found == [(4.36e11, "USD"), (8.02e7, "count")]


def test_over_the_same_period_is_no_difference():
    found = facts("Per capita GDP grew from 33,796 yuan to 68,552 yuan over the same period.")
    assert found == [(33796, "CNY"), (68552, "CNY")]


@pytest.mark.parametrize("text, value", [
    ("In 2024, remittances were equal to a fifth of the region's output.", 20.0),
    ("In 2024, two-fifths of the region's exports went to Kazakhstan.", 40.0),
    ("In 2024, a tenth of the region's output came from services.", 10.0),
])
def test_more_fractions_are_shares(text, value):
    found = extract(text)
    assert [(o["value"], o["unit"], o["measure"]) for o in found] == [(value, "percent", "share")]


def test_a_list_of_numbers_with_thousands_separators_shares_the_unit_after_the_last():
    rows = extract("In 2024 per capita income stood at 17,304, 15,512 and 12,950 yuan in Aksu, Hotan and Kizilsu, respectively.")
    assert [(o["value"], o["unit"], o["region"]) for o in rows] == [
        (17304.0, "CNY", "Aksu"), (15512.0, "CNY", "Hotan"), (12950.0, "CNY", "Kizilsu")]


def test_a_ratio_of_parts_of_100_is_shares_and_a_clock_time_is_nothing():
    rows = extract("In 2024 the ratio of the three industries in Hotan was 21.3 : 30.1 : 48.6.")
    assert [(o["value"], o["unit"], o["measure"], o["indicator_code"]) for o in rows] == [
        (21.3, "percent", "share", "value_added_primary"), (30.1, "percent", "share", "value_added_secondary"),
        (48.6, "percent", "share", "value_added_tertiary")]
    assert extract("The ratio talks ran from 14:05 to 16:30 in 2024.") == []


def test_a_number_word_joined_to_a_noun_is_an_adjective_not_a_count():
    text = "In 2024 the port handled 40,000 twenty-foot containers, and two-million people lived in the city."
    assert [o["value"] for o in extract(text)] == [40000, 2e6]


def test_a_rate_then_the_level_it_rose_to_are_two_quantities():
    text = "Passenger trips on the network rose 9.2 percent to 52.7 million in 2024."
    assert [(o["value"], o["unit"]) for o in extract(text)] == [(9.2, "percent"), (52.7e6, "count")]


def test_a_scaled_count_then_its_share_are_two_quantities():
    text = "At the end of 2024 the permanent population was 1.64 million, 72.4 percent of it urban."
    assert [(o["value"], o["unit"]) for o in extract(text)] == [(1.64e6, "count"), (72.4, "percent")]


@pytest.mark.parametrize("text, value", [
    ("In 2025 about four fifths of the parcels were bound for Kazakhstan.", 80),
    ("In 2025, 641,200 citizens worked abroad, about seven in ten of them in Russia.", 70),
])
def test_fifths_and_in_ten_fractions_are_shares(text, value):
    assert [o["value"] for o in extract(text) if o["unit"] == "percent"] == [value]
    assert all(o["value"] != 10 for o in extract(text))
