"""Numbers that are not observations: years, dates, ordinals, references, identifiers, durations,
ranks, multipliers, differences, percentage points."""

import pytest

from tests.prose.helpers import extract


@pytest.mark.parametrize("text", [
    "The strategy was formulated in 2000.",
    "The president visited Urumqi on October 18, 2023.",
    "The agreement was signed on 10 August, 1992.",
    "The 8th China-Eurasia Expo was held in Urumqi.",
    "The 14th Five-Year Plan focuses on industrial clusters.",
    "See: Collection of Annual Statistical Data, No. 2 (59), 2012, pp. 137-145.",
    "The book has 436 pp. and many tables.",
    "The region expanded 5G networks and 3A hospitals.",
    "Universal 9-year compulsory education has been achieved.",
    "China and Kazakhstan introduced a visa-free regime for up to 30 days.",
    "Xinjiang is one of the top five regions in China for growth.",
    "The five Central Asian countries signed the declaration.",
    "Its GDP almost doubled in a decade.",
    "Trade was 6.8 times more than in 1999.",
    "Investment was 9.8 billion CNY more than planned.",
    "Growth was 0.2 percentage points higher than the national average.",
    "The data are available at [http://www.example.org/2019/report-45.html].",
    "The region celebrated the 70th anniversary of its establishment.",
    "Joint ventures report their output on a 100% basis.",
])
def test_not_an_observation(text):
    assert extract(text) == []


def test_threshold_followed_by_exact_figure_is_one_observation():
    found = extract("By the end of 2023, the per capita GDP in Urumqi exceeded $10,000, reaching $11,346.")
    assert [o["value"] for o in found] == [11346]


@pytest.mark.parametrize("text, figures", [
    ("In January-August 2025 industrial enterprises produced output worth 31,846.2 billion tenge.",
     ["31,846.2 billion tenge"]),
    ("Mining and quarrying (OKED 05-09) supplied 16,402.9 billion tenge in 2025.", ["16,402.9 billion tenge"]),
    ("Exports of cars (HS 8703) reached 1.2 billion dollars in 2025.", ["1.2 billion dollars"]),
])
def test_a_year_after_its_months_and_a_classification_code_are_no_figures(text, figures):
    assert [o["value_as_written"] for o in extract(text)] == figures


def test_a_yield_per_hectare_is_no_figure_but_money_per_hectare_is():
    text = ("In 2025 the average yield, about 104.8 tonnes per hectare, was the second highest on record, "
            "and growers received a subsidy of 1,500 yuan per hectare.")
    assert [o["value_as_written"] for o in extract(text)] == ["1,500 yuan"]


def test_what_a_route_or_cost_is_cut_by_is_a_difference():
    text = ("From 2030 the line is expected to shorten the route between China and Uzbekistan by about 900 km "
            "and to carry 15 million tonnes a year.")
    assert [o["value_as_written"] for o in extract(text)] == ["15 million tonnes"]


def test_a_threshold_per_item_is_a_size_class():
    text = "In 2024, 327 projects with planned investment of over 100 million yuan each were under construction."
    assert [o["value_as_written"] for o in extract(text)] == ["327 projects"]


def test_threshold_alone_is_an_observation():
    found = extract("In 2024, Xinjiang's GDP exceeded 2 trillion yuan.")
    assert [(o["value"], o["qualifier"]) for o in found] == [(2e12, "over")]


@pytest.mark.parametrize("text", [
    "In 2020, incomes in southern Xinjiang's four prefectures kept rising.",
    "In 2024, Kazakhstan's two largest cities attracted most of the investment.",
])
def test_a_number_word_after_a_possessive_is_a_fixed_descriptor(text):
    assert extract(text) == []


def test_a_number_word_with_a_counted_noun_still_counts():
    assert [(o["value"], o["unit"]) for o in extract("In 2024, the region opened four logistics parks.")] == [(4.0, "count")]


def test_a_number_word_naming_a_group_of_places_is_no_count():
    rows = extract("In 2000, trade between Xinjiang and five Central Asian countries amounted to $6.9 billion.")
    assert [o["value_as_written"] for o in rows] == ["$6.9 billion"]


def test_a_datelines_year_is_no_figure():
    text = "URUMQI, April 8, 2025 (Xinhua) -- China-Europe freight trains via Xinjiang totaled 4,126 in the first quarter."
    assert [o["value"] for o in extract(text)] == [4126]


def test_a_year_after_of_before_a_counted_noun_is_no_count():
    text = "At the end of 2024 Xinjiang enterprises operated 41 overseas warehouses."
    assert [(o["value"], o["period"]) for o in extract(text)] == [(41, "2024")]


@pytest.mark.parametrize("text, values", [
    ("The plan targets 3.5 licensed doctors per 1,000 residents by 2027.", [3.5]),
    ("Preschool enrolment was 14.8 percent of children aged 3-6, and 1,062 kindergartens were in operation in 2024.",
     [14.8, 1062]),
    ("Issued 2025-10-24    Consultation line: 0995-8526031", []),
])
def test_denominators_ages_and_iso_dates_are_no_figures(text, values):
    assert [o["value"] for o in extract(text)] == values


def test_a_numbered_section_heading_is_no_figure():
    text = "Kashgar logistics in 2024\n\n5.2 Logistics and warehouses\n\nFirms run 12 overseas warehouses in 2024.\n"
    assert [o["value"] for o in extract(text)] == [12]
