"""The indicator is the noun the number measures, not the nearest keyword."""

import pytest

from tests.prose.helpers import extract


def codes(text):
    return [o["indicator_code"] for o in extract(text)]


@pytest.mark.parametrize("text, code", [
    ("In 2024, the per capita disposable income of urban residents reached 42,000 yuan.", "income_per_capita_urban"),
    ("In 2024, the per capita disposable income of rural residents reached 18,000 yuan.", "income_per_capita_rural"),
    ("In 2024, the per capita disposable income of residents reached 30,899 yuan.", "disposable_income_per_capita"),
    ("In 2024, the total import and export volume reached 435.11 billion yuan.", "trade_total"),
    ("In 2024, Xinjiang maintained trade ties with 167 countries and regions.", "trade_partners"),
    ("In 2024, exports of electromechanical products reached 40 billion yuan.", "exports_electromechanical"),
    ("In 2024, the region has 27 civil airports.", "airports"),
    ("In 2024, the operating mileage of railways reached 9,092 kilometers.", "railway_length"),
    ("In 2024, the mileage of expressways reached 12,400 km.", "expressway_length"),
    ("In 2024, 1,250 freight trains passed through the port.", "freight_trains"),
    ("The crossing has an annual capacity of 3 million passengers.", "passenger_capacity"),
    ("The crossing has an annual capacity of 2 million tons of freight.", "freight_capacity"),
    ("In 2024, the port handled 5 million tons of cargo.", "cargo_throughput"),
    ("In 2024, over 460,000 jobs were created.", "jobs_created"),
    ("In 2024, the region received 300 million tourists.", "tourists"),
    ("In 2023, representatives of more than 40 ethnic groups lived in the region.", "ethnic_groups"),
    ("In 2024, the government awarded 50 scholarships to foreign students.", "scholarships"),
    ("In 2024, the state poured 120 billion yuan into road construction.", "infrastructure_investment"),
    ("In 2020, the per capita net income of poor households reached 10,900 yuan.", "disposable_income_per_capita"),
    ("In 2020, some 42,000 children from poor families received free preschool education.", "population"),
    ("In 2023, 1,200 herders moved into new housing.", "population"),
])
def test_indicator_from_the_words_around_the_number(text, code):
    assert codes(text) == [code]


def test_growth_takes_the_indicator_of_its_level():
    text = "In 2024, Xinjiang's GDP exceeded 2 trillion yuan, representing a year-on-year increase of 6.1%."
    assert codes(text) == ["gdp", "gdp"]


def test_unknown_label_is_other_with_its_label():
    found = extract("In 2024, the autonomous region delegated 26 powers to the zone.")
    assert [(o["indicator_code"], o["indicator_label"]) for o in found] == [("other", "powers")]


def test_length_built_in_a_period_is_a_flow_not_the_network():
    found = extract("In 2023, the region built 1,200 km of new expressways.")
    assert [(o["indicator_code"], o["domain"], o["value"]) for o in found] == [("other", "logistics", 1200)]


def test_railway_extended_by_is_a_flow_and_the_total_is_the_length():
    found = extract("In 2010, the railway was extended by 1,068 km to the total span of 4,093 km.")
    assert [(o["indicator_code"], o["value"]) for o in found] == [("other", 1068), ("railway_length", 4093)]


def test_money_per_day_is_other():
    o = extract("In 2017, its daily trade turnover was over 5 million CNY.")[0]
    assert (o["indicator_code"], o["domain"], o["value"]) == ("other", "trade", 5e6)


def test_share_whose_part_is_named_after_by():
    o = extract("In 1991-2000, 70% of the total amount was covered by transborder trade.")[0]
    assert (o["indicator_code"], o["measure"], o["period"]) == ("border_trade", "share", "1991/2000")


def test_growth_keeps_its_own_cue_after_a_level():
    text = ("In the first 10 months of 2017, 4,654,000 people visited the centre; "
            "the number of tourists rose by 10% against the similar period of the previous year.")
    assert [o["indicator_code"] for o in extract(text)][1] == "tourists"


def test_indicators_listed_before_their_figures_in_order():
    text = ("In 2022, the primary, secondary and tertiary industries accounted for 14.2 percent, 41.0 percent "
            "and 44.8 percent of GDP.")
    assert codes(text) == ["value_added_primary", "value_added_secondary", "value_added_tertiary"]


def test_plurals_and_elliptical_lengths():
    text = "At the end of 2023, railway operating length was 9,310 km and highway mileage 228,000 km."
    assert codes(text) == ["railway_length", "road_length"]


def test_respectively_assigns_the_last_list_to_the_indicators_named_before_it():
    text = ("Per capita disposable income of urban residents increased from 17,921 yuan in 2012 to 38,410 yuan "
            "in 2022, and that of rural residents from 6,394 yuan to 15,575 yuan, growing at average annual "
            "rates of 8.0 percent and 7.9 percent respectively.")
    assert codes(text)[-2:] == ["income_per_capita_urban", "income_per_capita_rural"]


def test_a_list_of_scaled_numbers_shares_its_noun():
    text = "In 2020, 2021 and 2022, Xinjiang received 158.1 million, 190.8 million and 172.3 million tourists."
    assert codes(text) == ["tourists"] * 3


@pytest.mark.parametrize("text, expected", [
    ("The three industries accounted for 14.6 percent, 40.7 percent and 44.7 percent of GRP, respectively.",
     ["value_added_primary", "value_added_secondary", "value_added_tertiary"]),
    ("The added value of the three sectors grew by 5.1 percent, 7.3 percent and 6.2 percent, respectively.",
     ["value_added_primary", "value_added_secondary", "value_added_tertiary"]),
    ("Imports and exports came to 10.2 billion yuan and 31.5 billion yuan, respectively.", ["imports", "exports"]),
])
def test_words_that_name_a_group_of_indicators_share_them_out_in_order(text, expected):
    assert codes(text) == expected


def test_the_three_industries_without_respectively_are_not_shared_out():
    assert codes("The three industries employed 4.2 million people.") != ["value_added_primary"]


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's trade with China grew quickly. In 2013 it reached $40.2 billion. "
     "The commodity slump then cut it to $30.0 billion in 2016.", ["trade_total", "trade_total"]),
    ("Some 3,214 freight trains passed through the two ports in 2024. Alashankou handled 1,806 of them and Horgos 1,408.",
     ["freight_trains", "freight_trains", "freight_trains"]),
])
def test_a_pronoun_takes_the_indicator_of_the_figure_it_stands_for(text, expected):
    assert codes(text) == expected


def test_a_cue_inside_an_aside_names_the_aside_not_the_figure_after_it():
    found = extract("Remittances, which account for about a fifth of GDP, fell 4.2% to $11.8 billion in 2024.")
    assert [(o["value"], o["indicator_code"]) for o in found] == [(20.0, "other"), (-4.2, "other"), (11.8e9, "other")]
    assert found[0]["measure"] == "share" and found[0]["qualifier"] == "about"


def test_the_subject_outside_the_aside_still_names_the_figure():
    assert codes("Xinjiang's GDP, which grew by 6.1 percent, reached 2 trillion yuan in 2024.") == ["gdp", "gdp"]


@pytest.mark.parametrize("text, expected", [
    ("In 2024, industrial output rose 7.1% and construction jumped 11.4%.", [(7.1, "industrial_output"), (11.4, "other")]),
    ("In 2024, exports rose 5.2% and imports fell 3.1%.", [(5.2, "exports"), (-3.1, "imports")]),
    ("In 2024, retail sales rose 4.2 percent and fixed-asset investment grew 3.5 percent.",
     [(4.2, "other"), (3.5, "investment")]),
    ("In 2024, foreign trade reached $10 billion and grew 12%.", [(10e9, "trade_total"), (12.0, "trade_total")]),
])
def test_a_new_subject_between_two_figures_takes_the_second(text, expected):
    assert [(o["value"], o["indicator_code"]) for o in extract(text)] == expected


def test_a_cue_in_the_level_s_own_of_phrase_does_not_take_its_growth_away():
    text = ("In 2024, the port handled 9.87 million tonnes of import and export cargo in the first quarter, "
            "up 12.4 percent year on year.")
    assert codes(text) == ["cargo_throughput", "cargo_throughput"]


def test_money_indicators_take_any_currency_of_the_units_seed():
    text = "In 2024, Kyrgyzstan's gross domestic product reached 1,500.6 billion soms."
    assert [(o["unit"], o["indicator_code"]) for o in extract(text)] == [("KGS", "gdp")]


def test_a_list_that_leaves_out_the_verb_gives_each_figure_its_own_subject():
    text = "In 2024, industrial production increased by 9.8%, agriculture by 3.1%, and construction by 24.6%."
    assert codes(text) == ["industrial_output", "other", "other"]


def test_an_other_cue_names_the_figure_and_is_not_inherited_over():
    text = ("In 2024, industrial production increased by 9.8%.\n\nIn 2024, the volume of retail trade grew by 12.1%.")
    assert codes(text) == ["industrial_output", "other"]


def test_retail_sales_of_consumer_goods_are_domestic_economy_not_trade():
    found = extract("Xinjiang's total retail sales of consumer goods reached 361.7 billion yuan in 2022.")
    assert [(o["indicator_code"], o["domain"]) for o in found] == [("other", "economy")]


@pytest.mark.parametrize("text", [
    "Ruoqiang county plans to add 40 GW of wind and solar by 2027.",
    "A pumped-storage station of 1.2 million kilowatts went into service in Aksu in 2024.",
])
def test_a_power_figure_with_no_cue_is_the_one_indicator_measured_in_kw(text):
    assert codes(text) == ["energy_capacity"]


@pytest.mark.parametrize("text, code, domain", [
    ("Newly added urban employment in Hotan was 31,200 people in 2024.", "jobs_created", "social"),
    ("Kashgar transferred 702,000 rural surplus labourers in 2023.", "other", "social"),
    ("The incidence of poverty in Hotan fell to 11.6% in 2018.", "other", "social"),
    ("Aksu's cotton output reached 2.2 million tons in 2024.", "other", "economy"),
])
def test_cues_for_jobs_labour_poverty_and_farm_output(text, code, domain):
    assert [(o["indicator_code"], o["domain"]) for o in extract(text)] == [(code, domain)]


def test_respectively_with_two_lists_gives_each_list_the_indicators_in_order():
    text = ("In 2024 the per capita disposable income of urban and rural residents in Hotan was 38,120 yuan and "
            "16,450 yuan, up 5.0 percent and 8.1 percent respectively.")
    assert codes(text) == ["income_per_capita_urban", "income_per_capita_rural"] * 2


@pytest.mark.parametrize("text", [
    "Urban and rural residents' per capita disposable income was 43,150 yuan and 23,690 yuan respectively, "
    "rising 4.8 percent and 7.5 percent.",
    "Urban and rural residents' per capita disposable incomes reached 44,620 yuan and 22,385 yuan, up 4.6 percent "
    "and 7.1 percent.",
])
def test_a_list_of_rates_after_a_list_of_levels_takes_their_indicators_in_order(text):
    assert codes(text) == ["income_per_capita_urban", "income_per_capita_rural"] * 2


def test_a_group_named_before_an_earlier_figure_does_not_share_out_a_later_list():
    text = ("From 2022 to 2024, the annual total import and export volume in Xinjiang reached 246.36 billion yuan "
            "($34 billion), 357.33 billion yuan and 435.11 billion yuan, respectively.")
    assert set(codes(text)) == {"trade_total"}


def test_a_share_with_no_words_of_its_own_is_a_share_of_the_whole_it_names():
    rows = extract("Russia accounted for 18.6 percent of Kazakhstan's total foreign trade turnover in 2024.")
    assert [(o["indicator_code"], o["measure"]) for o in rows] == [("trade_total", "share")]


def test_tonnes_no_cue_names_are_cargo():
    assert [(o["indicator_code"], o["domain"]) for o in extract("Altynkol station processed 5.04 million tonnes in 2024.")] \
        == [("cargo_throughput", "logistics")]
    assert codes("Aksu's cotton output reached 2.2 million tons in 2024.") == ["other"]  # a cue still decides


@pytest.mark.parametrize("text, code, measure", [
    ("In 2024 spending on people's wellbeing took up 76.8 percent of Hotan's budget expenditure.", "livelihood_spending", "share"),
    ("At the end of 2024 the Kashgar zone was home to more than 52,000 market entities.", "enterprises", "level"),
])
def test_wellbeing_spending_shares_and_market_entities(text, code, measure):
    assert [(o["indicator_code"], o["measure"]) for o in extract(text)] == [(code, measure)]


def test_the_value_of_goods_carried_is_trade():
    rows = extract("In 2024 the trains carried 4.3 million tonnes of goods worth 38.6 billion yuan.")
    assert [(o["indicator_code"], o["domain"]) for o in rows][-1] == ("other", "trade")


def test_of_the_noun_before_continues_the_figure_before():
    text = ("The Kashgar zone registered 11,846 new enterprises in 2024. Of the new entrants, 2,137 were "
            "foreign-invested.")
    assert codes(text) == ["enterprises", "enterprises"]


@pytest.mark.parametrize("text, codes", [
    ("In 2024 services generated 52.4 percent of GDP and agriculture 10.6 percent.",
     ["value_added_tertiary", "value_added_primary"]),
    ("Industry accounted for 28.1 percent of GDP in 2024, services 49.0 percent and agriculture 9 percent.",
     ["value_added_secondary", "value_added_tertiary", "value_added_primary"]),
])
def test_a_sectors_share_of_gdp_is_its_value_added(text, codes):
    assert [o["indicator_code"] for o in extract(text)] == codes


def test_figures_after_words_naming_a_group_take_its_indicators_without_respectively():
    text = ("In 2024, urban and rural residents' per capita disposable incomes reached 44,620 yuan and 22,385 yuan, "
            "up 4.6 percent and 7.1 percent.")
    assert [o["indicator_code"] for o in extract(text)] == ["income_per_capita_urban", "income_per_capita_rural"] * 2


def test_a_list_of_changes_with_their_directions_takes_the_indicators_in_order():
    text = ("In 2024, the value of exports and imports was 390.6 billion yuan and 77.3 billion yuan respectively, "
            "up 29.0 percent and down 3.1 percent.")
    assert [(o["indicator_code"], o["value"]) for o in extract(text)] == [
        ("exports", 390.6e9), ("imports", 77.3e9), ("exports", 29.0), ("imports", -3.1)]


def test_the_count_continues_the_indicator_before():
    text = "In 2016 the service ran 1,200 freight trains. The count reached 2,530 in 2017 and peaked at 7,040 in 2023."
    assert [o["indicator_code"] for o in extract(text)] == ["freight_trains"] * 3


@pytest.mark.parametrize("text, code", [
    ("In 2024, fixed asset investment (excluding rural households) increased by 7.1 percent.", "investment"),
    ("In 2024, the operating mileage of railways was 9,860 kilometers and that of highways 232,000 kilometers.",
     "road_length"),
    ("Between 2014 and 2020 the carrier spent some 1.3 trillion tenge on rail infrastructure.", "infrastructure_investment"),
    ("In 2024 the government allocated 1.9 trillion soums to build the new railway to Andijan.", "infrastructure_investment"),
])
def test_the_last_figures_indicator(text, code):
    assert extract(text)[-1]["indicator_code"] == code


@pytest.mark.parametrize("text, code, domain", [
    ("In 2024, 310 trucks a day crossed the border at Irkeshtam.", "other", "logistics"),
    ("In 2024, 22 trains a day crossed the border at Alashankou.", "train_frequency", "logistics"),
    ("In 2024, exports of Tajik goods to China amounted to $187.6 million.", "exports", "trade"),
    ("In 2024, exports of cotton fibre to China amounted to $14.2 million.", "other", "trade"),
])
def test_counted_things_and_goods_by_origin(text, code, domain):
    o = extract(text)[0]
    assert (o["indicator_code"], o["domain"]) == (code, domain)


@pytest.mark.parametrize("text, code", [
    ("In 2024, pipeline gas made up 92 percent of Turkmenistan's exports to China.", "other"),
    ("In 2023, machinery accounted for 30 percent of imports.", "other"),
    ("In 2023, exports accounted for 60 percent of the total.", "exports"),
    ("In 2023, the Khorgos port accounted for 30 percent of imports.", "imports"),
])
def test_a_share_whose_subject_is_a_product_is_other(text, code):
    assert extract(text)[0]["indicator_code"] == code


@pytest.mark.parametrize("text, code", [
    ("Wages now make up 46.3 percent of rural household income in Hotan.", "other"),
    ("In 2024, gold mining accounted for 11.5 percent of Kyrgyzstan's industrial output.", "other"),
    ("In 2024, cotton yarn accounts for 47 percent of Aksu's exports.", "other"),
    ("In 2024, Kazakhstan accounted for 41.9 percent of Xinjiang's exports.", "exports"),
    ("In 2024, electromechanical products made up 52.3 percent of exports.", "exports_electromechanical"),
    ("In 2024, Uyghurs made up 45 percent of Xinjiang's population.", "population"),
])
def test_a_part_of_a_whole_its_own_words_name_is_other(text, code):
    """The whole a share's own words name ("of rural household income") is not the figure's indicator
    when the subject is a part of it no catalog cue names: a source, product or company."""
    assert extract(text)[0]["indicator_code"] == code


def test_trips_count_the_thing_that_makes_them():
    assert extract("China-Europe freight trains made 19,000 trips in 2023.")[0]["indicator_code"] == "freight_trains"


@pytest.mark.parametrize("text, codes", [
    ("In 2024 industrial production rose 2.8%, construction 13.1% and retail sales 8.2%.",
     ["industrial_output", "other", "other"]),
    ("In 2024 exports reached $78 billion, imports $60 billion.", ["exports", "imports"]),
    ("In 2024 the economy grew by 9 percent, after 9.2 percent a year earlier.", ["gdp", "gdp"]),
    ("In 2024 Kazakhstan remained the largest partner with 71.8 billion yuan, followed by Kyrgyzstan at 42.3 billion "
     "yuan and Uzbekistan at 24.6 billion yuan.", ["trade_total"] * 3),
])
def test_a_noun_right_before_the_next_figure_of_a_list_is_its_subject(text, codes):
    assert [o["indicator_code"] for o in extract(text)] == codes


def test_money_that_has_been_invested_is_investment():
    text = "Over 2020-2024, 3.1 billion yuan has been invested in vocational training in Hotan."
    assert extract(text)[0]["indicator_code"] == "investment"


@pytest.mark.parametrize("text", [
    "Cross-border e-commerce imports and exports grew from 1.9 billion yuan in 2020 to 23.6 billion yuan in 2024.",
    "In 2024 e-commerce exports reached 5 billion yuan.",
])
def test_e_commerce_is_a_trade_mode(text):
    assert {(o["indicator_code"], o["domain"]) for o in extract(text)} == {("other", "trade")}


def test_a_cue_across_while_names_the_next_clauses_figure():
    text = ("In 2025 industrial investment grew 14.3 percent, while investment in transport and other infrastructure "
            "fell 2.7 percent.")
    assert [o["indicator_code"] for o in extract(text)] == ["investment", "infrastructure_investment"]


def test_this_is_equivalent_to_restates_the_figure_before():
    text = ("Trade turnover between Turkmenistan and China reached $5.36 billion in the first half of 2025. "
            "At the official exchange rate this is equivalent to 18.76 billion manat.")
    rows = extract(text)
    assert [(o["indicator_code"], o["region"], o["period"]) for o in rows][-1] == ("trade_total", "China", "2025-H1")


@pytest.mark.parametrize("text, code", [
    ("Oil city Karamay posts 6.1% growth in Q1 2025.", "gdp"),
    ("Xinjiang posted 5% growth in exports in 2024.", "exports"),
    ("China's stock of direct investment in Central Asia reached $17.4 billion at the end of 2023. "
     "Kazakhstan hosted $8.1 billion of it.", "investment"),
])
def test_a_place_posting_growth_and_a_part_of_it(text, code):
    assert extract(text)[-1]["indicator_code"] == code


def test_a_respectively_list_of_places_is_not_also_a_list_of_indicators():
    text = "In 2024 the Urumqi and Kashgar market procurement pilots recorded exports of 28.7 and 9.4 billion yuan, respectively."
    assert [(o["region"], o["indicator_code"]) for o in extract(text)] == [
        ("Urumqi", "market_procurement_exports"), ("Kashgar", "market_procurement_exports")]


def test_money_earmarked_for_rebuilding_a_checkpoint_is_infrastructure_investment():
    text = "In 2025 the Kyrgyz government earmarked 6.8 billion soms for rebuilding the Irkeshtam checkpoint."
    assert extract(text)[0]["indicator_code"] == "infrastructure_investment"


def test_a_cue_inside_a_phrase_of_place_yields_to_the_subjects():
    text = ("China-Europe freight trains entering or leaving the country through Xinjiang's land ports totaled 4,126 "
            "in the first quarter of 2025.")
    assert extract(text)[0]["indicator_code"] == "freight_trains"


@pytest.mark.parametrize("text, domains", [
    ("The dry port handled 186,400 containers in 2024.", ["logistics"]),
    ("In 2023 the region had 3,914 kindergartens and 2,377 primary and secondary schools.", ["social", "social"]),
    ("The gross enrolment ratio in preschool education rose to 98.1 percent in 2023.", ["social"]),
    ("Xinjiang shipped wind turbines and solar modules worth 6.8 billion yuan to Central Asia in 2024.", ["trade"]),
    ("Last year farmers harvested 3.41 million tonnes of raw cotton.", ["economy"]),
])
def test_a_figure_no_cue_names_takes_the_domain_its_nearest_words_name(text, domains):
    rows = extract(text)
    assert [(o["indicator_code"], o["domain"]) for o in rows] == [("other", d) for d in domains]


def test_a_cue_after_the_figure_before_names_the_next_figure():
    text = ("The prefecture's imports and exports totalled 41.25 billion yuan, of which exports were 12.08 billion "
            "yuan and imports 29.17 billion yuan.")
    assert codes(text) == ["trade_total", "exports", "imports"]


@pytest.mark.parametrize("text, code", [
    ("KTZ said it had invested 1.2 trillion tenge in the eastern corridor between 2021 and 2024.",
     "infrastructure_investment"),
    ("Another 40 billion yuan is to be invested in grid connections and storage by 2027.", "investment"),
])
def test_money_invested_in_a_corridor_or_to_be_invested_is_investment(text, code):
    assert codes(text) == [code]


@pytest.mark.parametrize("text, expected", [
    # the part a share names after "of which" is its indicator, not the whole's
    ("Foreign trade totalled 18.9 billion yuan in 2024, of which exports accounted for 92 percent.",
     ["trade_total", "exports"]),
    # a rate whose own words name its indicator keeps it, after a level of another
    ("Per capita disposable income of rural residents was 8,920 yuan in 2024, up 8.1 percent, outpacing the "
     "5.3 percent growth of urban residents' income.",
     ["income_per_capita_rural", "income_per_capita_rural", "income_per_capita_urban"]),
    # ... but not words of a clause of its own after it
    ("The count peaked at 7,040 trains in 2023, before easing to 6,735 in 2024, a fall of 4.3 percent as some "
     "operators tested the Trans-Caspian route.", ["freight_trains"] * 3),
])
def test_a_rate_takes_the_indicator_its_own_words_name(text, expected):
    assert codes(text) == expected


def test_remittances_are_a_figure_of_their_own_not_the_migrants_count():
    rows = extract("Remittances from labour migrants fell 8.2 percent to $2.6 billion in 2024.")
    assert [(o["indicator_code"], o["domain"], o["measure"]) for o in rows] == [
        ("other", "economy", "growth_yoy"), ("other", "economy", "level")]


@pytest.mark.parametrize("text, domain", [
    ("Imports grew 9 percent to $8.4 billion in 2024, leaving a trade deficit of $6.3 billion.", "trade"),
    ("The budget deficit was 3.1 percent of GDP in 2024.", "economy"),
])
def test_a_deficit_or_surplus_is_a_figure_of_its_own(text, domain):
    assert [(o["indicator_code"], o["domain"]) for o in extract(text)][-1] == ("other", domain)


def test_to_train_people_counts_no_trains():
    assert codes("The department plans to train 10,000 more live-streaming sellers by 2027.") == ["other"]


def test_staff_are_a_social_count():
    rows = extract("The pilots counted some 3,500 full-time live-streaming staff in 2024.")
    assert [(o["indicator_code"], o["domain"]) for o in rows] == [("other", "social")]


def test_inflation_is_a_figure_of_its_own_not_the_gdp_before_it():
    rows = extract("The country's GDP grew 8.2 percent in the first nine months of 2024, and inflation stood at 3.4 percent.")
    assert [(o["indicator_code"], o["domain"]) for o in rows] == [("gdp", "economy"), ("other", "economy")]


@pytest.mark.parametrize("text, expected", [
    ("The 272-km line will have a designed capacity of 20 million tonnes per year.", "railway_length"),
    ("The 213-km Chinese section of the railway will run from Kashgar to the Torugart pass.", "railway_length"),
    ("The ultra-high-voltage direct current line, 2,260 km long, will carry power east.", "other"),
    ("The planned Line D of the gas pipeline would run about 1,000 km through Uzbekistan.", "other"),
    ("KTZ completed the 836-kilometer second track of the Dostyk-Moyinty line last year.", "other"),
])
def test_the_length_of_a_line_or_section_is_railway_length_not_a_pipeline_or_new_track(text, expected):
    assert codes(text)[0] == expected


def test_the_cost_of_a_planned_line_does_not_take_its_length():
    text = "The Moyinty-Kyzylzhar line, 489 km long and due to open in 2026, is being built for 1.05 trillion tenge."
    assert codes(text) == ["railway_length", "infrastructure_investment"]


def test_kilometres_a_day_are_a_speed_not_a_length():
    assert codes("Average train speed on the Dostyk-Moyinty section rose to 1,100 km per day in 2025.") == ["other"]


@pytest.mark.parametrize("text, expected", [
    ("The 245-km section of the Kashgar-Yarkant highway was opened to traffic in 2024.", ["road_length"]),
    ("A 500-kV line of 1,100 km links Hami and Urumqi.", ["other"]),  # a voltage is no figure, a power line no railway
])
def test_a_section_of_a_highway_and_a_power_line_are_no_railway(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Twelve projects worth a total of 245 billion tenge were launched in 2024.", "investment"),
    ("Chinese contractors signed new projects worth $6.3 billion in Central Asia in 2023.", "contracts_signed"),
    ("The expo closed in 2025 with 286 projects worth 41.6 billion yuan (about 5.8 billion U.S. dollars) signed.",
     "contracts_signed"),
    ("In 2025, deals with Kazakh partners were the largest at 15.3 billion yuan.", "contracts_signed"),
    ("In 2025, projects signed with Tajik companies were worth 2.1 billion yuan.", "contracts_signed"),
])
def test_projects_worth_money_are_investment_and_signed_ones_contracts(text, expected):
    assert codes(text)[-1] == expected


def test_this_year_opens_no_pronoun_that_continues_the_paragraph_before():
    text = ("The region's industrial output grew by 8.7% to 1.94 trillion tenge in 2024.\n\n"
            "This year, the region plans to spend another 600 billion tenge.")
    assert codes(text)[-1] != "industrial_output"


@pytest.mark.parametrize("text, expected", [
    ("Aluminium exports amounted to 104,700 tonnes worth $289.5 million in 2024.", ["other", "other"]),
    ("The region exported 213,600 motor vehicles worth 31.72 billion yuan in 2024.", ["other", "other"]),
    ("The economy itself expanded by 8.2 percent in real terms in 2024.", ["gdp"]),
    ("The IMF projects regional growth of 5.5-6.0 percent in 2025.", ["gdp", "gdp"]),
    ("In October TALCO signed a $160 million agreement with a Chinese engineering group.", ["contracts_signed"]),
    ("The utility plans a 200 MW solar park by 2027, at an estimated cost of $190 million.",
     ["energy_capacity", "investment"]),
    ("A container hub at Aktau, due in 2026, costs $120 million.", ["infrastructure_investment"]),
])
def test_product_trade_growth_of_the_economy_agreements_and_costs(text, expected):
    assert codes(text)[-len(expected):] == expected


def test_a_share_restating_a_products_level_is_the_products():
    text = ("Non-monetary gold remained the main export item in 2024: shipments came to $512.3 million, or 42.4 "
            "percent of all exports.")
    assert [(o["indicator_code"], o["measure"]) for o in extract(text)] == [("other", "level"), ("other", "share")]


@pytest.mark.parametrize("text, expected", [
    ("Enterprises of the republic produced 318,600 passenger cars in 2024.", ("other", "economy")),
    ("The mine poured 14.62 tonnes of gold in 2024.", ("other", "economy")),
])
def test_passenger_cars_carry_no_passengers_and_tonnes_of_gold_are_no_cargo(text, expected):
    assert [(o["indicator_code"], o["domain"]) for o in extract(text)][0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Capital expenditure amounted to 21.4 billion soms in 2024.", "investment"),
    ("Personal transfers to Tajikistan reached an estimated $6.2 billion in 2024.", "other"),
    ("Exports of motor vehicles reached 61,240 units worth $598.3 million in 2024.", "other"),
])
def test_capital_expenditure_transfers_and_units_of_a_product(text, expected):
    assert codes(text)[0] == expected


@pytest.mark.parametrize("text, code", [
    # tonnes are cargo where goods move ...
    ("In 2024, Altynkol station processed 5.04 million tonnes.", "cargo_throughput"),
    ("In 2024, the Irkeshtam road port handled 2.46 million tonnes.", "cargo_throughput"),
    # ... not where they are grown, mined or delivered to the state
    ("In 2025, farmers delivered 1.02 million tonnes of raw cotton to state procurement points.", "other"),
    ("In 2024, the city mined 182.1 million tonnes.", "other"),
])
def test_tonnes_are_cargo_only_where_goods_move(text, code):
    assert extract(text)[0]["indicator_code"] == code


def test_goods_declared_at_a_port_are_its_trade():
    text = "Goods declared at the port were valued at 8.63 billion yuan in September 2025."
    assert codes(text) == ["trade_total"]


@pytest.mark.parametrize("text", [
    "A cargo area costing 2.4 billion yuan is being built next to the airport in 2025.",
    "In 2025, a 1.2-billion-yuan bonded logistics centre is under construction.",
])
def test_money_for_a_logistics_facility_is_infrastructure_investment(text):
    assert codes(text)[0] == "infrastructure_investment"


def test_a_power_station_is_no_transport_infrastructure():
    text = "In 2024, a pumped-storage power station with an investment of 8.9 billion yuan was approved."
    assert codes(text) == ["investment"]


def test_holidaymakers_are_tourists():
    assert codes("Issyk-Kul welcomed 1.48 million holidaymakers in summer 2025.") == ["tourists"]


@pytest.mark.parametrize("text", [
    "At the end of 2024, the Export-Import Bank of China held 36.2 percent of Kyrgyzstan's external public debt.",
    "In 2024, Tajikistan's debt to China stood at $1.0 billion.",
])
def test_debt_is_other_and_an_exim_bank_names_no_exports(text):
    assert codes(text) == ["other"]


@pytest.mark.parametrize("text, code", [
    ("In 2024 rural residents of the former poor counties had a per capita disposable income of 15,870 yuan.",
     "income_per_capita_rural"),
    ("The regional budgets spent 108.3 billion yuan on poverty alleviation in 2020.", "fiscal_expenditure"),
])
def test_rural_income_and_budget_spending(text, code):
    assert codes(text) == [code]


@pytest.mark.parametrize("text, domain", [
    ("Some 1,200 foreigners worked in the region in 2024.", "social"),
    ("Some 41,700 citizens of Tajikistan studied abroad in 2024.", "social"),
])
def test_the_domain_of_an_other_figure_follows_its_nearest_words(text, domain):
    assert [o["domain"] for o in extract(text)] == [domain]


@pytest.mark.parametrize("text", [
    "The Moyinty-Kyzylzhar line, 489 km long and due to open in 2026, is being built for 1.05 trillion tenge.",
    "In 2025 Turkmenistan is expanding the ferry terminal at Turkmenbashi for 1.4 billion manat.",
    "In 2025 the government allocated 1.9 trillion soums to build the 42-km Andijan-Khanabad approach line.",
    "In 2025 we will complete the 1.9-billion-yuan upgrade of the Torugart port.",
    "In 2024 a new cargo terminal was budgeted at 9.4 billion tenge.",
])
def test_money_to_build_a_road_line_or_terminal_is_infrastructure_investment(text):
    assert "infrastructure_investment" in codes(text)


@pytest.mark.parametrize("text, code", [
    # a power line is no transport infrastructure; a deal to extend a season builds nothing
    ("The Hami-Chongqing direct current line, 2,260 km long and budgeted at 28.6 billion yuan, opened in 2025.",
     "other"),
    ("In 2024 the sides agreed to bring trade to $3 billion by 2030 and to extend the Kulma crossing's season.",
     "trade_total"),
    # a price per tonne is no total
    ("The average export price of wheat at the border was $185 per tonne in June 2025.", "other"),
])
def test_not_infrastructure_money_and_prices(text, code):
    assert [c for c in codes(text) if c != "railway_length"][0] == code


@pytest.mark.parametrize("text, code", [
    ("In 2025 Kazakhstan exported 12.4 million tonnes of grain and flour.", "other"),
    ("Export earnings from grain and flour came to about $2.3 billion in 2025.", "other"),
    ("In 2024 Xinjiang exported 5 billion yuan of goods to Kazakhstan.", "exports"),
])
def test_a_named_products_exports_are_other_goods_are_exports(text, code):
    assert codes(text) == [code]


@pytest.mark.parametrize("text, domain", [
    ("In 2024 the urbanisation rate rose to 78.4 percent.", "social"),
    ("China bought Turkmen natural gas worth $9.4 billion in 2024.", "trade"),
])
def test_domain_words_for_urbanisation_and_purchases(text, domain):
    assert [o["domain"] for o in extract(text)] == [domain]


def test_fdi_is_investment():
    assert codes("Our baseline projects the stock of Chinese FDI in the region at $30 billion by 2030.") == ["investment"]


def test_parcels_counted_at_an_airport_are_no_airports():
    assert codes("The airport customs office supervised 41.3 million e-commerce parcels in 2025.") == ["other"]


@pytest.mark.parametrize("text, code", [
    ("In 2025, 1,286 car-carrier trains left Xinjiang's railway stations, 27 percent more than a year earlier.",
     "freight_trains"),
    ("In 2025 the region's 1,020 licensed ginning mills processed the harvest.", "enterprises"),
])
def test_railway_stations_name_no_length_and_mills_are_enterprises(text, code):
    assert set(codes(text)) == {code}


@pytest.mark.parametrize("text, domain", [
    ("Registry offices recorded 27,450 births in 2024.", "social"),
    ("Developers handed over 9,820 apartments in 2024.", "economy"),
])
def test_births_are_social_and_apartments_economy(text, domain):
    assert [o["domain"] for o in extract(text)] == [domain]


def test_the_primary_industrys_share_of_gdp_is_primary():
    assert codes("In 2024 the primary industry contributed 20.2 percent of GDP.") == ["value_added_primary"]


def test_an_amount_of_money_people_earn_is_economy_not_social():
    text = "Migrant construction workers reported monthly earnings of 350,000 tenge in 2025."
    assert [(o["indicator_code"], o["domain"]) for o in extract(text)] == [("other", "economy")]


def test_an_area_is_the_economys():
    text = "In 2024 some 165,000 resettled villagers farmed 58,700 hectares."
    assert [o["domain"] for o in extract(text) if o["unit"] == "ha"] == ["economy"]


def test_a_workforce_counted_is_population():
    assert codes("Its workforce numbered 36,500 at the end of June 2025.") == ["population"]


@pytest.mark.parametrize("text", [
    "Foreign arrivals in Tajikistan reached 1.3 million in 2024.",
    "In 2024 Kyrgyz citizens made 410,000 trips to China.",
])
def test_arrivals_and_trips_abroad_are_tourists(text):
    assert [o["indicator_code"] for o in extract(text)] == ["tourists"]


@pytest.mark.parametrize("text", [
    "In 2024 the region's airports handled 9.2 million passenger trips.",
    "In 2024 the port recorded 48,000 vehicle trips.",
])
def test_passenger_and_vehicle_trips_are_not_tourists(text):
    assert [o["indicator_code"] for o in extract(text)] != ["tourists"]


@pytest.mark.parametrize("text, code", [
    ("In 2024 urban residents earned 48,900 yuan per head.", "income_per_capita_urban"),
    ("In 2024 the crossing served 512,000 inbound and outbound travellers.", "passengers"),
    ("In 2024 Irkeshtam recorded 210,000 entry and exit trips by people.", "passengers"),
])
def test_income_per_head_and_travellers_through_a_crossing(text, code):
    assert [o["indicator_code"] for o in extract(text)] == [code]


def test_a_products_share_of_the_total_is_a_part_of_the_paragraphs_flow():
    text = ("In 2024 Kyrgyzstan's exports to China reached $96.1 million. Gold ore accounted for 38.4 percent of "
            "the total. In 2024 Kyrgyz wool exports reached $12.4 million. Washed wool accounted for 61.2 percent "
            "of the total.")
    found = [(o["indicator_code"], o["domain"]) for o in extract(text) if o["unit"] == "percent"]
    assert found == [("other", "trade"), ("other", "trade")]


def test_a_part_of_the_total_by_product_or_mode_is_other_in_the_wholes_domain():
    text = ("Uzbekistan exported 3.2 million tonnes of fruit and vegetables in 2024. Grapes accounted for 0.6 million "
            "tonnes of the total. Transit freight through Uzbekistan reached 8.1 million tonnes in 2024. The "
            "rail segment accounted for 2.2 million tonnes of this volume.")
    found = [(o["indicator_code"], o["domain"]) for o in extract(text)]
    assert found[1] == ("other", "trade") and found[3] == ("other", "logistics")


def test_a_place_s_part_of_the_total_takes_the_totals_indicator():
    text = "Xinjiang's foreign trade reached 410 billion yuan in 2024. Kazakhstan accounted for 152 billion yuan of the total."
    assert [o["indicator_code"] for o in extract(text)] == ["trade_total", "trade_total"]


def test_shares_listed_without_their_verb_are_shares_of_the_first_whole():
    text = "In 2024 services employed 44 percent of Tajik migrants in Russia, agriculture 12 percent and mining 9 percent."
    assert [o["indicator_code"] for o in extract(text)] == ["population"] * 3


def test_sectors_listed_as_shares_of_gdp_keep_their_value_added():
    text = "In 2024 industry accounted for 36 percent of GDP, agriculture 21 percent and services 43 percent."
    assert [o["indicator_code"] for o in extract(text)] == ["value_added_secondary", "value_added_primary",
                                                            "value_added_tertiary"]


@pytest.mark.parametrize("text", [
    "In 2024 the prefecture's actual use of foreign capital reached 96 million US dollars.",
    "In 2021 paired-assistance funds for the county reached 2.3 billion yuan.",
    "In 2025, 1.2 trillion soums will be spent on modernising irrigation canals.",
])
def test_capital_used_assistance_funds_and_money_spent_on_building_are_investment(text):
    assert [o["indicator_code"] for o in extract(text)] == ["investment"]


def test_budget_revenue_is_no_investment():
    assert [o["indicator_code"] for o in extract("In 2024 state budget revenue rose to 2.1 trillion tenge.")] != ["investment"]


def test_exports_in_a_story_on_one_products_exports_are_that_products():
    text = ("Kyrgyzstan's honey exports double in 2024\n\nBISHKEK, 3 Feb 2025 - Kyrgyzstan sold more honey abroad. "
            "In December alone exports reached $1.9 million.\n")
    assert [(o["indicator_code"], o["domain"]) for o in extract(text)] == [("other", "trade")]


def test_a_storys_total_exports_stay_exports():
    text = ("Kyrgyzstan's honey exports double in 2024\n\nBISHKEK, 3 Feb 2025 - Honey did well. The country's total "
            "exports reached $3.9 billion in 2024.\n")
    assert [o["indicator_code"] for o in extract(text)] == ["exports"]
    assert {o["indicator_code"] for o in extract("Kyrgyzstan's exports to China up 10%\n\nIn 2024 exports reached "
                                                 "$120 million.\n")} == {"exports"}


def test_a_label_before_a_colon_names_the_figure_after_it():
    text = ("Results\n\nALMATY, 2 Oct 2025 - The airline reported results for 2025.\n\n"
            "• Passengers carried: 7.1 million (+5.2%)\n")
    assert [o["indicator_code"] for o in extract(text)] == ["passengers", "passengers"]


@pytest.mark.parametrize("text", [
    "In 2024 Turkmen gas deliveries to China via the Central Asia-China pipeline reached 32.1 million tonnes.",
    "In 2024 Kazakh crude pumped in transit across Uzbekistan came to 1.1 million tonnes.",
])
def test_tonnes_carried_by_pipeline_are_cargo_throughput(text):
    assert [o["indicator_code"] for o in extract(text)] == ["cargo_throughput"]


def test_investment_abroad_is_no_road_investment():
    text = "In 2024 direct investment abroad by Kazakh companies reached $2.3 billion."
    assert [o["indicator_code"] for o in extract(text)] == ["investment"]


def test_the_share_of_budget_spending_that_went_to_wellbeing_is_livelihood_spending():
    text = "In 2024, 74.5 percent of the county's general public budget expenditure went to people's wellbeing."
    assert [(o["indicator_code"], o["domain"]) for o in extract(text)] == [("livelihood_spending", "social")]


def test_a_places_share_of_the_total_is_a_share_of_the_paragraphs_quantity():
    text = ("China's trade with Central Asia reached $64 billion in 2024. Uzbekistan's share of the total rose to "
            "21.4 percent in 2024.")
    assert [o["indicator_code"] for o in extract(text)] == ["trade_total", "trade_total"]


def test_a_fraction_that_ends_with_of_is_a_share_of_the_words_after_it():
    text = "In 2025 about a third of the visits were to the old town of Khotan."
    assert [(o["indicator_code"], o["measure"]) for o in extract(text)] == [("tourists", "share")]


def test_uncued_figures_in_a_story_on_one_products_exports_are_trade():
    text = ("Kazakhstan's flour exports hit a record\n\nASTANA, 3 Feb 2025 - Mills sold more abroad. "
            "The consignments were worth $412 million in 2024.\n")
    assert [(o["indicator_code"], o["domain"]) for o in extract(text)] == [("other", "trade")]


@pytest.mark.parametrize("text, code", [
    ("In 2024 the smelter produced 118,400 tonnes of primary aluminium.", "other"),
    ("In 2024 the oilfield produced 3.71 million tonnes of crude oil.", "other"),
    ("In 2016, the industrial enterprises of Ili produced 156,230 million CNY worth of products.", "industrial_output"),
])
def test_a_product_s_tonnage_is_other_and_output_in_money_is_industrial_output(text, code):
    assert codes(text)[0] == code


@pytest.mark.parametrize("text", [
    "Over 2022-2024 the pilots registered an average of 380 new trading entities a year.",
    "By May 2025, 27 Kazakh meat-processing plants were on the register of approved suppliers.",
    "In 2024 the region registered 2,340 guest houses, hotels and sanatoriums.",
    "The number of registered homestays rose to 1,874 in 2024.",
])
def test_entities_plants_and_lodgings_are_enterprises(text):
    assert codes(text)[0] == "enterprises"


@pytest.mark.parametrize("text", [
    "Capital expenditure reached 486 billion tenge in 2024, most of it on new lines and rolling stock.",
    "In 2025 the company completed the reconstruction of the 94-kilometre Balykchy–Kochkor road, a project worth 7.4 billion soms.",
])
def test_spending_on_lines_and_roads_is_infrastructure_investment(text):
    assert [c for c in codes(text) if c not in ("road_length",)] == ["infrastructure_investment"]


def test_a_part_of_them_counts_what_the_figure_before_counted():
    text = ("In 2024 the prefecture's five civil airports handled 2.18 million passenger trips, and Korla "
            "Licheng Airport accounted for 1.64 million of them.")
    assert codes(text)[-2:] == ["passengers", "passengers"]


@pytest.mark.parametrize("text, code", [
    ("By activity, mining and quarrying attracted USD 3,861.2 million in 2025.", "investment"),
    ("In 2025 reinvested earnings of enterprises with foreign participation accounted for USD 4,211.5 million.",
     "investment"),
    ("In 2025 inflows of foreign direct investment reached USD 9.1 billion.", "investment"),
    ("In 2025 gross inflows of personal remittances were $1,412.8 million.", "other"),
])
def test_inflows_of_capital_are_investment_and_remittances_are_not(text, code):
    assert codes(text)[0] == code


def test_the_three_industries_named_short_and_services_share_of_output():
    text = ("In 2024 GDP grew 6.3 percent, with the primary industry up 4.1 percent, the secondary 7.8 percent and "
            "the tertiary 5.9 percent. Services contributed 69.4 percent of the city's output.")
    assert codes(text) == ["gdp", "value_added_primary", "value_added_secondary", "value_added_tertiary",
                           "value_added_tertiary"]

