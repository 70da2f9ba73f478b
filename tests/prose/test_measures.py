"""Measures from cues: growth, average growth, other-base growth, share, target, rates, declines."""

from datetime import date

import pytest

from tests.prose.helpers import extract, facts


def measures(text):
    return [(o["value"], o["measure"]) for o in extract(text)]


@pytest.mark.parametrize("text, expected", [
    ("In 2024, GDP grew 6.1% year-on-year.", [(6.1, "growth_yoy")]),
    ("In 2024, exports rose by 32.6 percent.", [(32.6, "growth_yoy")]),
    ("In 2024, exports were up 5 pct.", [(5.0, "growth_yoy")]),
    ("In 2024, imports recorded an increase of 12.5%.", [(12.5, "growth_yoy")]),
    ("In 2024, imports fell 3.8%.", [(-3.8, "growth_yoy")]),
    ("In 2024, imports were down 5.2 percent.", [(-5.2, "growth_yoy")]),
    ("In 2024, tourist arrivals declined by 2.1% from a year earlier.", [(-2.1, "growth_yoy")]),
])
def test_growth_year_on_year(text, expected):
    assert measures(text) == expected


def test_average_annual_growth_over_a_span():
    found = facts("The region's GDP increased from 930.69 billion yuan in 2015 to 2.05 trillion yuan in 2024, "
                  "with an average annual growth rate of 6.1 percent.", fields=("value", "measure", "period"))
    assert found == [(9.3069e11, "level", "2015"), (2.05e12, "level", "2024"), (6.1, "growth_avg_annual", "2015/2024")]


def test_growth_against_another_base():
    found = facts("In 2016, the prefecture's industrial output was 15 billion yuan, 11.4% more than in the "
                  "previous five years.", fields=("value", "measure", "indicator_code"))
    assert found[1] == (11.4, "growth_other", "industrial_output")


@pytest.mark.parametrize("text", [
    "In 2024, general trade accounted for 54.9% of the region's total foreign trade.",
    "In 2024, the share of general trade was 54.9%.",
    "In 2024, general trade made up 54.9 percent of the total.",
])
def test_share(text):
    o = extract(text)[0]
    assert (o["value"], o["measure"], o["indicator_code"]) == (54.9, "share", "general_trade")


def test_half_is_a_fifty_percent_share():
    o = extract("In 2022, the clusters accounted for more than half of the region's GDP.")[0]
    assert (o["value"], o["unit"], o["measure"]) == (50, "percent", "share")


@pytest.mark.parametrize("text, period", [
    ("The two sides agreed to double bilateral trade to $100 billion.", None),
    ("The corridor will carry 2,000 trains by 2029.", "2029"),
    ("The government plans to build 5,000 km of new roads by 2030.", "2030"),
    ("A 10 million kilowatts solar base is under construction.", None),
])
def test_targets(text, period):
    o = extract(text)[0]
    assert (o["measure"], o["period"]) == ("target", period)


@pytest.mark.parametrize("text, value", [
    ("In 2024, the surveyed urban unemployment rate edged up to 4.6 percent.", 4.6),
    ("In 2024, the jobless rate stood at 5.2%.", 5.2),
    ("In 2009, basic medical insurance coverage rose as high as 99.7%.", 99.7),
])
def test_rates_are_levels(text, value):
    o = extract(text)[0]
    assert (o["value"], o["measure"]) == (value, "level")


def test_growth_against_a_base_year_that_is_not_the_year_before():
    assert measures("Fixed-asset investment in 2022 was 87.5 percent higher than in 2012.") == [(87.5, "growth_other")]
    assert measures("In 2012, its GDP was $120 billion, or 12% higher than in 2011.")[1] == (12, "growth_yoy")


@pytest.mark.parametrize("text, period", [
    ("In July 2024, the two sides agreed to raise bilateral trade to $80 billion by 2030.", "2030"),
    ("KTZ expects rail freight traffic with China to reach 35 million tonnes by 2030.", "2030"),
])
def test_agreements_and_expectations_are_targets(text, period):
    o = extract(text)[-1]
    assert (o["measure"], o["period"]) == ("target", period)


def test_making_up_is_a_share_not_growth():
    found = measures("Electromechanical exports climbed 12.7 percent to 176.3 billion yuan, making up 45 percent of total exports.")
    assert found[-1] == (45, "share")


@pytest.mark.parametrize("text", [
    "From 2014 to 2020, the number of employed people increased from 11.35 million to 13.56 million, an increase of 19.47 percent.",
    "Since 2010, the region's grain output has increased by 7 percent.",
])
def test_growth_against_a_stated_base_is_growth_other(text):
    assert [o["measure"] for o in extract(text) if o["unit"] == "percent"] == ["growth_other"]


def test_year_on_year_words_keep_growth_yoy_in_a_span_sentence():
    text = "From 2014 to 2020, exports rose every year; in 2020 they reached 10 billion yuan, up 5 percent year-on-year."
    assert [o["measure"] for o in extract(text) if o["unit"] == "percent"] == ["growth_yoy"]


@pytest.mark.parametrize("text, code", [
    ("Hotan had 2.69 million residents in 2024, of whom 44.3 percent lived in towns.", "population"),
    ("Aksu's exports reached 4.1 billion yuan in 2024, of which 62 percent went to Kyrgyzstan.", "exports"),
])
def test_a_percent_of_which_is_a_share_of_the_figure_before(text, code):
    rows = [(o["indicator_code"], o["measure"]) for o in extract(text)]
    assert rows == [(code, "level"), (code, "share")]


@pytest.mark.parametrize("text", [
    "Investment in power projects reached 186.4 billion yuan in 2024, up 23.5 percent year on year and "
    "accounting for 38.2 percent of the region's fixed-asset investment.",
    "Kashgar's exports reached 10 billion yuan in 2024, up 5.1 percent year on year, accounting for 12 percent of the total.",
])
def test_a_participle_clause_after_a_growth_rate_starts_the_next_figures_words(text):
    rows = [(o["measure"], o["indicator_code"]) for o in extract(text)]
    assert [m for m, _ in rows] == ["level", "growth_yoy", "share"]
    assert len({c for _, c in rows}) == 1  # all three measure the level's indicator


@pytest.mark.parametrize("text, measure, period", [
    ("Hami to add 12 GW of wind power by 2027", "target", "2027"),
    ("Kashgar will lay 300 km of new expressways by the end of 2027.", "target", "2027"),
    ("Hami had added 12 GW of wind power by 2024.", "level", "2024"),
])
def test_a_target_year_at_the_end_of_the_figures_own_words(text, measure, period):
    assert [(o["measure"], o["period"]) for o in extract(text)] == [(measure, period)]


@pytest.mark.parametrize("text, measure", [
    ("In March 2025 Horgos handled 538 trains, up 14.2 percent year-on-year and 21 percent more than in February.",
     "growth_other"),
    ("In March 2025 Horgos handled 538 trains, 21 percent more than in March 2024.", "growth_yoy"),
])
def test_growth_against_a_month(text, measure):
    assert measures(text)[-1] == (21.0, measure)


def test_a_signed_percent_is_a_change_and_a_range_dash_is_no_sign():
    rows = measures("Transit cargo reached 6.2 million tonnes (+21.5%) in 2024, and transshipment 4.8 million tonnes (-3.2%).")
    assert rows[1] == (21.5, "growth_yoy") and rows[3] == (-3.2, "growth_yoy")
    assert measures("Exports grew 5-7% in 2024.") == [(5.0, "growth_yoy"), (7.0, "growth_yoy")]
    assert measures("Exports reached $2.1 billion in 2024 (+8.4% y/y).")[1] == (8.4, "growth_yoy")


def test_a_list_after_a_colon_that_names_targets_is_targets_for_the_year_it_names():
    text = ("The main targets for 2026 are: GDP growth of around 6 percent; total imports and exports above "
            "80 billion yuan; and more than 30,000 new urban jobs.")
    assert [(o["measure"], o["period"]) for o in extract(text)] == [("target", "2026")] * 3


@pytest.mark.parametrize("text, measure, period", [
    ("In 2024, Aksu's GDP is expected to reach 203.5 billion yuan.", "level", "2024"),  # an estimate, said in 2025
    ("In 2026, Aksu's GDP is expected to reach 230 billion yuan.", "target", "2026"),
])
def test_expected_figures_of_past_and_future_years(text, measure, period):
    from datetime import date
    assert [(o["measure"], o["period"]) for o in extract(text, date(2025, 1, 8))] == [(measure, period)]


def test_fewer_than_a_year_before_is_a_decline():
    rows = measures("In 2024, 3,052 freight trains passed through the Horgos port, 2.8 percent fewer than in 2023.")
    assert rows[-1] == (-2.8, "growth_yoy")


def test_a_new_noun_between_two_scaled_figures_starts_a_new_quantity():
    rows = extract("Hotan will strive to raise GDP to 80 billion yuan and tourist visits to 30 million by 2027.")
    assert [(o["unit"], o["indicator_code"]) for o in rows] == [("CNY", "gdp"), ("count", "tourists")]


def test_a_share_cue_before_beats_a_same_period_after():
    text = ("Kashgar's trade totaled 96.35 billion yuan in 2024, up 28.4 percent, accounting for 24.7 percent of "
            "Xinjiang's total over the same period.")
    assert [m for _, m in measures(text)] == ["level", "growth_yoy", "share"]


def test_money_used_to_build_is_no_target():
    rows = measures("In 2010 the money was used to build 1,965 km of express roads.")
    assert rows == [(1965.0, "level")]


@pytest.mark.parametrize("text, measures", [
    ("In 2024, trade with China amounted to $2.08 billion, up 11.6 percent year on year and equal to 19.8 percent "
     "of total trade.", ["level", "growth_yoy", "share"]),
    ("The joint venture is owned 51 percent by China and 49 percent by Kyrgyzstan.", ["share", "share"]),
])
def test_equal_to_and_owned_make_shares(text, measures):
    assert [o["measure"] for o in extract(text)] == measures


def test_its_share_after_an_average_growth_is_a_share_of_the_same_indicator():
    text = ("Border trade rose from 89.3 billion yuan in 2013 to 236.4 billion yuan in 2023, an average annual growth "
            "of 10.2 percent, and its share of the region's foreign trade climbed to 66.6 percent in 2023.")
    last = extract(text)[-1]
    assert (last["indicator_code"], last["measure"], last["period"]) == ("border_trade", "share", "2023")


def test_what_a_project_is_designed_to_carry_is_a_target():
    text = "Work started in April on a second railway crossing at Horgos, a project designed to handle 15 million tons of freight a year."
    assert [o["measure"] for o in extract(text)] == ["target"]


@pytest.mark.parametrize("text, last", [
    ("From 2014 to 2020, 3.09 million poor people were lifted out of poverty; 2.51 million of them (81.2%) lived in "
     "the south.", ("poverty_alleviated", "share")),
    ("In 2024, exports reached 10 billion yuan, of which 4 billion yuan (40%) went to Kazakhstan.", ("exports", "share")),
    ("In 2024, GDP reached 10 billion yuan (up 5%).", ("gdp", "growth_yoy")),
])
def test_a_percent_in_parentheses_after_a_part_is_its_share(text, last):
    o = extract(text)[-1]
    assert (o["indicator_code"], o["measure"]) == last


def test_grew_at_an_average_of_x_a_year_is_an_average_growth():
    rows = extract("Between 2021 and 2024 the number of parcels grew at an average of 46 percent a year.")
    assert [(o["measure"], o["period"]) for o in rows] == [("growth_avg_annual", "2021/2024")]


@pytest.mark.parametrize("text, value", [
    ("In 2025 China-Uzbekistan trade grew fastest, by 21.3 percent.", 21.3),
    ("In 2025 Xinjiang's exports fell sharply, by 12 percent.", -12.0),
])
def test_a_verb_an_adverb_and_by_make_a_change(text, value):
    o = extract(text)[0]
    assert (o["measure"], o["value"]) == ("growth_yoy", value)


def test_the_actual_figure_a_forecast_is_set_against_is_a_level():
    text = "Economists expect full-year China-Central Asia trade of $110-115 billion, against $94.8 billion in 2024."
    rows = extract(text, date(2025, 9, 13))
    assert [(o["value"], o["measure"], o["period"]) for o in rows] == [
        (110e9, "target", "2025"), (115e9, "target", "2025"), (94.8e9, "level", "2024")]


def test_a_rate_a_year_after_a_from_to_pair_is_its_average_annual_growth():
    rows = extract("The number of licensed doctors grew from 52,300 in 2015 to 74,600 in 2023, or about 4.5 percent a year.")
    assert [(o["measure"], o["period"]) for o in rows][-1] == ("growth_avg_annual", "2015/2023")
    rows = extract("Exports grew 12 percent a year earlier, and imports rose 5.1 percent in 2024.")
    assert [o["measure"] for o in rows] == ["growth_yoy", "growth_yoy"]


def test_places_compared_after_average_growth_rates_keep_their_indicator_and_measure():
    text = ("Between 2018 and 2023, the four prefectures' GDP grew at an average annual rate of 7.1 percent. "
            "Hotan recorded the fastest growth, 8.4 percent a year, while Kizilsu lagged at 4.8 percent.")
    rows = extract(text)
    assert [(o["indicator_code"], o["measure"], o["period"]) for o in rows] == [
        ("gdp", "growth_avg_annual", "2018/2023")] * 3


@pytest.mark.parametrize("text", [
    "Kazakhstan's central bank kept its base rate at 16.5 percent a year in 2024.",
    "Deposits at the bank earn 12 percent a year.",
])
def test_a_rate_a_year_without_growth_words_is_a_level(text):
    assert [o["measure"] for o in extract(text)] == ["level"]


def test_an_unnamed_growth_takes_the_paragraphs_indicator_only_for_a_place_ranked_against_it():
    rows = extract("Kashgar's GDP reached 100 billion yuan in 2024. Housing prices in the city fell 3 percent.")
    assert rows[-1]["indicator_code"] == "other"


@pytest.mark.parametrize("text, expected", [
    ("The prefecture aims for GDP growth of around 7 percent in 2025.", ["target"]),
    ("GDP per capita grew fastest in Kazakhstan between 2000 and 2024, at an average of 10.4 percent a year.",
     ["growth_avg_annual"]),
])
def test_a_growth_aimed_for_is_a_target_and_an_average_a_year_is_annual(text, expected):
    assert [o["measure"] for o in extract(text, date(2025, 3, 1))] == expected


def test_a_past_years_expected_growth_is_an_estimate_of_its_growth():
    rows = extract("In 2024, the prefecture's gross domestic product is expected to reach 312.6 billion yuan, an "
                   "increase of 6.3 percent.", date(2025, 2, 1))
    assert [(o["measure"], o["period"]) for o in rows] == [("level", "2024"), ("growth_yoy", "2024")]


@pytest.mark.parametrize("text, expected", [
    ("The IMF projects regional growth of 5.5 percent in 2025.", "target"),
    ("Its population increased from 55.4 million to 82.1 million, or by about 1.7 percent a year.", "growth_avg_annual"),
    ("Turkmenistan's figure for 2024 was 97 percent above its 2010 level.", "growth_other"),
    ("Cotton was sown on 351,000 hectares in 2025, 2.4 percent less than last year.", "growth_yoy"),
    ("Exports were 12 percent higher than in the previous five years.", "growth_other"),
])
def test_measures_of_projections_restatements_and_bases(text, expected):
    assert [o["measure"] for o in extract(text, date(2025, 3, 1))][-1] == expected


def test_the_present_end_of_a_from_to_target_is_the_level_now():
    rows = extract("BYD's Jizzakh plant is to raise its capacity from the present 50,000 to 150,000 cars by 2027.",
                   date(2025, 10, 21))
    assert [(o["measure"], o["period"]) for o in rows] == [("level", "2025-10"), ("target", "2027")]


def test_changes_over_the_month_and_since_january_are_other_growth():
    text = ("In October 2025 consumer prices rose 0.6 percent month on month and 12.6 percent year on year. "
            "Over the month food prices rose 0.9 percent, and since the beginning of the year they have gone up 10.8 percent.")
    assert [o["measure"] for o in extract(text)] == ["growth_other", "growth_yoy", "growth_other", "growth_other"]


@pytest.mark.parametrize("text, measures", [
    ("Hami mined 168.4 million tonnes of coal in January-October 2025, 11.3 percent more than in the same months of 2024.",
     ["level", "growth_yoy"]),
    ("For the full year 2025 the company guides to 24 tonnes of gold.", ["target"]),
    ("For 2025 the company guides production of 25,000-26,500 tU.", ["target", "target"]),
    ("For 2026 the association has advised members to cut acreage to about 50,000 hectares.", ["target"]),
    ("The 14 projects under way have a combined estimated cost of 612 billion tenge.", ["level", "target"]),
    ("The Kyrgyz section is estimated to cost 2.35 billion US dollars.", ["target"]),
    ("The 120 MW Kazarman solar park is due to start in 2026.", ["target"]),
])
def test_more_than_in_a_named_period_and_guidance(text, measures):
    assert [o["measure"] for o in extract(text)] == measures


def test_a_forecast_fall_is_a_negative_target():
    text = "The World Bank expects remittances to Tajikistan to fall by 5-7 percent in 2025."
    assert [(o["measure"], o["value"]) for o in extract(text)] == [("target", -5), ("target", -7)]


@pytest.mark.parametrize("text, measures", [
    ("In 2025 electricity exports brought in $112.6 million, with Uzbekistan and Afghanistan taking 61 percent and "
     "24 percent respectively.", ["level", "share", "share"]),
    ("Turkmenistan is expanding the ferry terminal for 1.4 billion manat, with completion set for 2027.", ["target"]),
])
def test_shares_taken_and_projects_set_for_completion(text, measures):
    assert [o["measure"] for o in extract(text)] == measures


@pytest.mark.parametrize("text, measures", [
    ("In January-September 2025 new energy supplied 36.4 percent of the power sent out.", ["share"]),
    ("Of the 11.7 GW of capacity due to enter service by 2027, most is solar.", ["target"]),
])
def test_a_percent_supplied_is_a_share_and_capacity_due_to_enter_service_a_target(text, measures):
    assert [o["measure"] for o in extract(text)] == measures


@pytest.mark.parametrize("text, facts_", [
    ("Lint output reached 6.16 million tonnes in 2025, an increase of 8.3 percent over last year, and accounted for "
     "92.8 percent of the national total.", [(6.16e6, "level"), (8.3, "growth_yoy"), (92.8, "share")]),
    ("The population of Bishkek at 1 January 2025 was 1,182,800, 2.9 percent more than a year earlier, of whom "
     "52.6 percent were women.", [(1182800, "level"), (2.9, "growth_yoy"), (52.6, "share")]),
])
def test_a_share_after_a_growth_and_of_whom(text, facts_):
    assert [(o["value"], o["measure"]) for o in extract(text)] == facts_


def test_more_than_in_the_same_months_a_year_before_is_year_on_year():
    text = "In the first half of 2025 the Centre received 3.46 million visits, 14.2 percent more than in January-June 2024."
    assert [o["measure"] for o in extract(text)] == ["level", "growth_yoy"]


def test_more_in_real_terms_than_a_year_before_is_year_on_year():
    text = ("Retail trade turnover amounted to 17.86 trillion tenge in January-October 2025, 6.2 percent more in real "
            "terms than in January-October 2024.")
    assert [o["measure"] for o in extract(text)] == ["level", "growth_yoy"]


@pytest.mark.parametrize("text", [
    "On the Uzbek side, the government has allocated 1.9 trillion soums to build the 42-km approach line.",
    "The Kyrgyz government has earmarked 6.8 billion soms for rebuilding the Irkeshtam checkpoint.",
    "At the summit China pledged 26 billion yuan in financing support.",
])
def test_money_allocated_earmarked_or_pledged_is_a_target(text):
    assert [o["measure"] for o in extract(text) if o["unit"] != "km"] == ["target"]


@pytest.mark.parametrize("text, measures", [
    ("Retail turnover amounted to 17.86 trillion tenge, 6.2 percent more in real terms than in January–October 2024.",
     ["level", "growth_yoy"]),
    ("Of the students, 71.3 percent studied on a paid contract basis in 2024.", ["share"]),
    ("Migrants numbered 447,600 at the end of 2024, 58 percent above the pre-pandemic level of 2019.",
     ["level", "growth_other"]),
])
def test_en_dash_months_of_the_students_and_above_the_level_of(text, measures):
    assert [o["measure"] for o in extract(text)] == measures


@pytest.mark.parametrize("text", [
    "In 2024 the sheep flock was 4.6 percent larger than a year earlier.",
    "In 2024 the crossing served 210,000 travellers, 18.2 percent more than the year before.",
    "In 2024 grain and cotton output reached 2.1 and 0.9 million tonnes, increases of 3.4 percent and 6.1 percent.",
])
def test_more_or_larger_than_the_year_before_and_plural_increases_are_growth(text):
    found = [(o["unit"], o["measure"]) for o in extract(text)]
    assert {m for u, m in found if u == "percent"} == {"growth_yoy"} and {m for u, m in found if u != "percent"} <= {"level"}


def test_a_list_of_growth_rates_after_a_list_of_levels_pairs_them_one_for_one():
    text = ("In 2024 the primary industry added 9.1 billion yuan, the secondary industry 30.4 billion yuan and the "
            "tertiary industry 27.7 billion yuan, increases of 4.8 percent, 7.2 percent and 5.9 percent.")
    codes = [o["indicator_code"] for o in extract(text)]
    assert codes[3:] == codes[:3] == ["value_added_primary", "value_added_secondary", "value_added_tertiary"]


def test_growth_rates_after_the_two_ends_of_one_level_are_not_paired_with_them():
    text = ("Urban incomes rose from 20,100 yuan in 2013 to 39,800 yuan in 2023, and rural incomes from 7,300 yuan in "
            "2013 to 17,900 yuan in 2023, average annual increases of 7.1 percent and 9.4 percent.")
    assert [o["period"] for o in extract(text)][-2:] == ["2013/2023", "2013/2023"]


@pytest.mark.parametrize("text", [
    "Work started on the 48-kilometre Jeminay-Zaysan railway in 2025.",
    "A 2.4-billion-yuan cold-chain logistics park with room for 900 trucks is under construction in Kashgar.",
    "The development plan for 2026 provides for the use of $1.9 billion of foreign loans.",
    "Kyrgyzstan spent 12 billion soms on schools in 2024, and 15 billion soms has been set aside for next year.",
])
def test_planned_projects_and_money_set_aside_are_targets(text):
    assert extract(text, date(2025, 6, 1))[-1 if "set aside" in text else 0]["measure"] == "target"


def test_a_figure_written_as_an_adjective_of_a_finished_project_is_a_level():
    assert [o["measure"] for o in extract("The 48-kilometre Jeminay-Zaysan railway opened in 2024.")] == ["level"]


def test_a_change_against_a_named_earlier_year_and_a_bare_higher_or_lower():
    """'Measured against the same holiday in 2019, ... visits were 41.2 percent higher' is against 2019;
    '8.1 percent higher' and '3 percent lower' alone are changes on a year before."""
    text = "Measured against the same holiday in 2019, before the pandemic, visits were 41.2 percent higher in 2025."
    assert [o["measure"] for o in extract(text)] == ["growth_other"]
    text = "In 2025 wages were 8.1 percent higher, and prices 3 percent lower."
    assert [(o["measure"], o["value"]) for o in extract(text)] == [("growth_yoy", 8.1), ("growth_yoy", -3.0)]
