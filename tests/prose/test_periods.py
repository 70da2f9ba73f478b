"""Periods: the sentence's own words, then the paragraph, the story, the document's date."""

from datetime import date

import pytest

from tests.prose.helpers import extract


def periods(text, doc_date=None):
    return [o["period"] for o in extract(text, doc_date)]


@pytest.mark.parametrize("text, period", [
    ("In 2024, exports reached 5 billion yuan.", "2024"),
    ("By the end of 2023, exports reached 5 billion yuan.", "2023"),
    ("In the first half of 2023, exports reached 5 billion yuan.", "2023-H1"),
    ("In H1 2023, exports reached 5 billion yuan.", "2023-H1"),
    ("In the first quarter of 2025, exports reached 5 billion yuan.", "2025-Q1"),
    ("In Q1 2025, exports reached 5 billion yuan.", "2025-Q1"),
    ("In the first five months of 2025, exports reached 5 billion yuan.", "2025-01/2025-05"),
    ("In the first 10 months of 2017, exports reached 5 billion yuan.", "2017-01/2017-10"),
    ("From January to September 2024, exports reached 5 billion yuan.", "2024-01/2024-09"),
    ("In Jan-July 2024, exports reached 5 billion yuan.", "2024-01/2024-07"),
    ("In the first three quarters of 2025, exports reached 5 billion yuan.", "2025-01/2025-09"),
    ("As of May 2025, cargo throughput had exceeded 5 million tons.", "2025-05"),
    ("In 2006-2010, the sector received 67.2 billion yuan.", "2006/2010"),
    ("Under the 12th Five-Year Plan, the sector received 67.2 billion yuan.", "2011/2015"),
])
def test_the_sentence_own_time_words(text, period):
    assert periods(text) == [period]


def test_respectively_years():
    text = ("From 2022 to 2024, the annual total import and export volume in Xinjiang reached 246.36 billion "
            "yuan, 357.33 billion yuan and 435.11 billion yuan, respectively.")
    assert periods(text) == ["2022", "2023", "2024"]


def test_from_x_in_year_to_y_in_year():
    text = "Exports increased from 10 billion yuan in 2015 to 25 billion yuan in 2024."
    assert periods(text) == ["2015", "2024"]


def test_relative_words_resolve_against_the_document_date():
    d = date(2025, 3, 7)
    assert periods("Last year, exports reached 5 billion yuan.", d) == ["2024"]
    assert periods("This year, exports are expected to reach 6 billion yuan.", d) == ["2025"]  # a target for this year
    assert periods("To date, the zone has attracted 120 enterprises.", d) == ["2025-03"]


def test_relative_words_without_a_date_are_null():
    assert periods("To date, the zone has attracted 120 enterprises.") == [None]


def test_paragraph_period_carries_to_later_sentences():
    text = "In 2023, exports reached 5 billion yuan. Imports totalled 3 billion yuan."
    assert periods(text) == ["2023", "2023"]


def test_present_tense_stock_takes_the_document_month():
    assert periods("The region also has 27 civil airports.", date(2025, 3, 7)) == ["2025-03"]


def test_open_ended_spans_are_null():
    assert periods("Since its inception, over 45,000 freight trains have used the route.") == [None]
    assert periods("Since 2010, freight volume has increased by 7%.") == [None]


def test_event_dates_do_not_date_figures():
    text = "The strategy was launched in 2000. Xinjiang borders eight countries."
    assert periods(text) == [None]


def test_comparison_base_is_not_the_period():
    text = "In 2009, foreign trade was $13.8 billion, 6.8 times more than in 1999."
    assert periods(text) == ["2009"]


@pytest.mark.parametrize("text, period", [
    ("In the first five months of the year, 3,214 trains passed through the port.", "2025-01/2025-05"),
    ("Cargo reached 6.82 million tons in January-May this year.", "2025-01/2025-05"),
    ("In May alone, the centre dispatched 412 trains.", "2025-05"),
    ("In December alone, imports stood at 46.8 billion yuan.", "2024-12"),
])
def test_months_without_a_year_take_the_document_year(text, period):
    assert periods(text, date(2025, 6, 5)) == [period]


def test_from_to_between_the_sentence_years():
    text = "Between 2012 and 2022, the operating length of railways grew from 4,912 km to 8,916 km."
    assert periods(text) == ["2012", "2022"]


def test_byline_under_the_title_does_not_hide_the_lead_period():
    text = ("Freight trains keep gathering pace\nUpdated: 2025-06-05 09:12 | China Daily\n\n"
            "As of May 2025, the two ports had handled 42,300 freight trains.\n\n"
            "Xinjiang has 28 civil airports.")
    assert periods(text) == ["2025-05", "2025-05"]


@pytest.mark.parametrize("aside", [", a mode the region has piloted since 2022,", ", which has grown every year since 2020,",
                                   ", which began in 2015,"])
def test_time_words_inside_an_aside_date_the_aside_not_the_figure(aside):
    text = ("Xinjiang's foreign trade hit a record in 2024\n\nXinjiang's foreign trade reached 466.9 billion yuan in 2024."
            f"\n\nBorder trade{aside} came to 101.5 billion yuan.")
    assert periods(text, date(2025, 1, 20)) == ["2024", "2024"]


def test_an_open_span_that_dates_the_figure_still_makes_it_null():
    text = "Xinjiang's foreign trade hit a record in 2024\n\nSince 2020, border trade has brought in 300 billion yuan."
    assert periods(text, date(2025, 1, 20)) == [None]


@pytest.mark.parametrize("base", ["nearly twice the 2023 figure", "1.5 times the level of 2023", "double the 2022 total"])
def test_a_year_named_as_a_multiple_s_base_does_not_date_the_figure(base):
    text = ("Kashgar's logistics in 2024\n\nIn 2024, Kashgar's ports handled 4.1 million tons of cargo.\n\n"
            f"Some 3,560 freight trains departed from Kashgar, {base}.")
    assert periods(text, date(2025, 3, 20))[-1] == "2024"


def test_the_lead_s_comparison_year_does_not_stop_it_stating_the_period():
    text = ("China and Central Asia: trade in 2023\n\nIn 2023, trade between China and Kazakhstan reached $41 billion, "
            "up 32 percent from 2022.\n\nKyrgyzstan's imports from China were worth $19.8 billion.")
    assert periods(text, date(2024, 5, 10)) == ["2023", "2023", "2023"]


def test_a_total_over_a_span_takes_the_span():
    assert periods("Chinese investment commitments in Uzbekistan exceeded $14 billion over 2017-2023.") == ["2017/2023"]


@pytest.mark.parametrize("words, period", [
    ("in the first quarter of this year", "2025-Q1"),
    ("in the first half of this year", "2025-H1"),
    ("in the first three quarters of this year", "2025-01/2025-09"),
])
def test_part_of_this_year_takes_the_document_year(words, period):
    text = f"The port handled 9.87 million tonnes of cargo {words}."
    assert periods(text, date(2025, 10, 15)) == [period]


def test_since_an_event_in_a_year_is_open():
    text = "Since the first train ran through the port in 2016, more than 40,000 trains have passed through it."
    assert [(o["value"], o["period"]) for o in extract(text, date(2025, 4, 15))] == [(40000.0, None)]


def test_a_threshold_is_kept_when_the_later_figure_counts_something_else():
    text = "In 2024, more than 40,000 trains passed through it, carrying goods to 18 European countries."
    assert sorted(o["value"] for o in extract(text)) == [18.0, 40000.0]


def test_a_rate_a_year_earlier_is_the_year_before():
    rows = extract("Tajikistan's economy grew by 8.4 percent in 2024, after 8.3 percent a year earlier.")
    assert [(o["value"], o["period"]) for o in rows] == [(8.4, "2024"), (8.3, "2023")]


def test_now_dates_a_stock_at_the_story_date_not_the_paragraphs_period():
    text = ("In the first seven months of this year, Xinjiang's airports handled 31.9 million passengers. "
            "The region now has 28 civil airports.")
    assert periods(text, date(2025, 9, 3)) == ["2025-01/2025-07", "2025-09"]


def test_the_to_end_of_a_pair_does_not_take_the_from_ends_year():
    text = "Hotan's output grew strongly in 2024. Grain output rose from 3.12 million tonnes in 2023 to 3.27 million tonnes."
    assert periods(text) == ["2023", "2024"]


@pytest.mark.parametrize("text, period", [
    ("Hami's investment reached 18.4 billion yuan in the first half.", "2025-H1"),
    ("Hami's exports reached 1.2 billion yuan in the fourth quarter.", "2024-Q4"),  # not over yet in 2025
    ("In the first seven months, Hami's airport handled 1.9 million passengers.", "2025-01/2025-07"),
    ("From July 1 to Aug 10, Hami's scenic spots received 2.4 million visitors.", "2025-07/2025-08"),
])
def test_parts_of_a_year_without_their_year_are_the_latest_ended_by_the_story_date(text, period):
    assert periods(text, date(2025, 8, 12)) == [period]


def test_a_full_year_target_is_the_story_years():
    rows = extract("The department expects Hami's foreign trade to exceed 15 billion yuan for the full year.",
                   date(2025, 7, 22))
    assert [(o["measure"], o["period"]) for o in rows] == [("target", "2025")]


@pytest.mark.parametrize("text, periods", [
    ("March was the busiest month since the service began in 2011, with 1,538 trains, up 14.2 percent year-on-year.",
     ["2025-03", "2025-03"]),
    ("October saw exports rise 12 percent.", ["2024-10"]),  # before the story's April: last year's October
    ("Exports hit a record high since 2019 in March, reaching 5 billion yuan.", ["2025-03"]),
])
def test_a_month_as_subject_dates_the_sentence_and_a_superlative_since_is_no_period(text, periods):
    assert [o["period"] for o in extract(text, date(2025, 4, 8))] == periods


def test_the_whole_year_of_a_report_that_states_its_year_is_that_year():
    text = ("Xinjiang 2024 Statistical Communique on National Economic and Social Development\n"
            "Released by the Statistics Bureau, 28 March 2025\n\n"
            "The region's gross regional product for the whole year was 2,053.4 billion yuan, an increase of 6.1 percent. "
            "The added value of the primary industry was 290.1 billion yuan.\n")
    assert [o["period"] for o in extract(text, date(2025, 3, 28))] == ["2024"] * 3


def test_the_full_year_of_a_quarterly_story_is_the_publication_year():
    text = "Xinjiang's trade grew 9 percent in the first quarter of 2025. The region expects full-year trade to exceed 500 billion yuan."
    assert [o["period"] for o in extract(text, date(2025, 4, 20))] == ["2025-Q1", "2025"]


@pytest.mark.parametrize("text, periods", [
    ("The two crossings handled 29.3 million tonnes in 2024, against 16.3 million tonnes a decade earlier.", ["2024", "2014"]),
    ("In 2024 exports reached 5 billion yuan, up from 2 billion yuan five years earlier.", ["2024", "2019"]),
    ("Border trade reached 236.4 billion yuan in 2023 (Wang and Li 2024, p. 88).", ["2023"]),
    ("Trade in mutual trade markets reached 7.8 billion yuan in 2023, up 41.5 percent on 2022.", ["2023", "2023"]),
    ("Over the first two months of 2025, 214 new enterprises were registered, bringing their total to 2,896 as of 1 March.",
     ["2025-01/2025-02", "2025-03"]),
])
def test_years_back_citations_bases_and_dates_as_of(text, periods):
    assert [o["period"] for o in extract(text, date(2025, 4, 2))] == periods


def test_a_time_after_a_list_of_figures_dates_every_figure_of_the_list():
    text = "The region's GDP was about $436 billion in 2023, against $48 billion and $52 billion in 2000."
    assert [o["period"] for o in extract(text)] == ["2023", "2000", "2000"]


def test_a_level_in_the_final_year_of_a_span_is_dated_by_its_end():
    text = "Over 2014-2023 Kashgar's GDP grew at an average annual rate of 7.6%, reaching 135.4 billion yuan in the final year."
    assert [o["period"] for o in extract(text)] == ["2014/2023", "2023"]


def test_a_rise_to_a_level_shares_the_levels_period():
    text = "Xinjiang's trade grew in the first half of 2024. Uzbekistan's exports to China rose 25% to $1.5 billion in 2023."
    assert [o["period"] for o in extract(text, date(2024, 7, 20))][-2:] == ["2023", "2023"]


def test_a_years_target_dates_the_target_only():
    text = ("Changji: Economic Performance in the First Half of 2025\n\nNewly added urban jobs numbered 21,650, or "
            "58.5 percent of the 2025 target of 37,000. Per capita disposable income of urban residents was 27,340 yuan.")
    rows = extract(text, date(2025, 7, 24))
    assert [(o["value"], o["unit"], o["measure"], o["period"]) for o in rows] == [
        (21650, "count", "level", "2025-H1"), (58.5, "percent", "share", "2025-H1"),
        (37000, "count", "target", "2025"), (27340, "CNY", "level", "2025-H1")]


def test_it_in_a_new_clause_continues_the_figure_and_the_clauses_time_is_its_own():
    text = ("China's trade with Central Asia reached 545.3 billion yuan in the first eight months of 2025. On average, "
            "two-way trade ran at 68.2 billion yuan a month, and in August alone it reached 72.4 billion yuan.")
    rows = extract(text, date(2025, 9, 13))
    assert [(o["indicator_code"], o["period"]) for o in rows] == [
        ("trade_total", "2025-01/2025-08"), ("trade_total", "2025-01/2025-08"), ("trade_total", "2025-08")]


def test_the_end_of_a_month_before_a_comma_dates_the_stock():
    text = "By the end of June, 1.21 million people were enrolled in basic pension insurance."
    assert [o["period"] for o in extract(text, date(2025, 7, 24))] == ["2025-06"]


def test_a_lead_that_opens_without_a_period_states_its_second_sentences():
    text = ("LOGISTICS NOTE | Road freight on Xinjiang's southern gateways\n\n"
            "Road ports in southern Xinjiang had their busiest autumn on record. Customs data for the first ten months "
            "of 2025 show cargo at Irkeshtam rising fast.\n\n"
            "The Kashgar bonded zone reported bonded logistics trade of 3.94 billion yuan for the ten months, up 44 percent.")
    assert [o["period"] for o in extract(text, date(2025, 11, 14))] == ["2025-01/2025-10"] * 2


@pytest.mark.parametrize("lead, text, figure, expected", [
    # the months since January of a report on January-September, nearer the figure than "the full year"
    ("Freight through the eastern gateway reached 19.8 million tonnes in January-September, up 14.6 percent.",
     "The dry port handled 186,400 containers over the nine months, and the operator expects 250,000 containers "
     "for the full year.", "186,400 containers", "2025-01/2025-09"),
    # a stock "at the end of September": its year's nine months
    ("Xinjiang had 138.5 million kilowatts of installed new-energy capacity at the end of September.",
     "Investment in new-energy projects totalled 98.7 billion yuan in the nine months.", "98.7 billion yuan",
     "2025-01/2025-09"),
    # "the half-year" of a first-half report, not the month the sentence before dates
    ("Textile exports reached $1.9 billion in the first half of 2025, up 8 percent.",
     "Installed capacity reached 24.3 GW at the end of June. Five new solar parks with a combined 1.5 GW were "
     "commissioned in the half-year.", "1.5 GW", "2025-H1"),
    # "in the quarter" of a quarterly report, not the month the sentence before dates
    ("Xinjiang's foreign trade reached 118.6 billion yuan in the first quarter of 2025.",
     "In March alone, trade totalled 46.2 billion yuan. Exports in the quarter were 96.4 billion yuan.",
     "96.4 billion yuan", "2025-Q1"),
    # a figure with a time of its own keeps it
    ("Freight through the eastern gateway reached 19.8 million tonnes in January-September, up 14.6 percent.",
     "Over the nine months the gateway also handled trucks, against 3,100 trucks in 2023.", "3,100 trucks", "2023"),
])
def test_the_months_of_the_stated_period_named_again_date_the_figure(lead, text, figure, expected):
    rows = extract(f"{lead}\n\n{text}", date(2025, 10, 16))
    assert [o["period"] for o in rows if o["value_as_written"] == figure] == [expected]


def test_a_superscript_digit_counts_no_months():
    from pipelines.extract.periods import count_of
    assert count_of("²") == 0 and count_of("9") == 9 and count_of("nine") == 9


def test_a_releases_heading_lines_state_its_period():
    text = ("NATIONAL STATISTICAL COMMITTEE OF THE KYRGYZ REPUBLIC\n"
            "Express information No. 07/214\n"
            "Socio-economic situation of the Kyrgyz Republic: external sector, January–June 2025\n"
            "Bishkek, 29 July 2025. Press service: +996 312 32-46-33\n\n"
            "Exports reached $1,208.9 million and imports $5,917.5 million.")
    assert {o["period"] for o in extract(text, date(2025, 7, 29))} == {"2025-01/2025-06"}


def test_a_level_with_its_own_time_after_it_keeps_it_and_a_season_is_this_year():
    rows = extract("Tajikistan's per capita GDP, only $139 in 2000, passed $1,000 for the first time in 2021.")
    assert [o["period"] for o in rows] == ["2000", "2021"]
    rows = extract("The bureau expects a harvest of 1.2 million tonnes this autumn, after 1.16 million tonnes last year.",
                   date(2025, 7, 23))
    assert [(o["measure"], o["period"]) for o in rows] == [("target", "2025"), ("level", "2024")]


def test_months_across_a_years_end_and_a_season_made_precise_by_them():
    from pipelines.extract.periods import find_times
    assert [t.period for t in find_times("from 1 November 2024 to 31 March 2025", date(2025, 4, 16))] == [
        "2024-11/2025-03"]
    text = ("Altay Prefecture: statistical bulletin on the 2024–2025 snow season\n"
            "Altay Prefecture Bureau of Culture and Tourism\n\n"
            "During the 2024–2025 snow season (1 November 2024 to 31 March 2025), Altay Prefecture received 9.86 "
            "million tourist visits.\n\n"
            "Ice-and-snow tourism accounted for 64.5 percent of all visits.")
    assert [o["period"] for o in extract(text, date(2025, 4, 16))] == ["2024-11/2025-03"] * 2


def test_a_mixed_case_dateline_and_the_year_ended_state_a_companys_year():
    text = ("Kumtor Gold Company reports operating and financial results for 2024\n\n"
            "Bishkek, 27 February 2025. The company today published its results for the year ended 31 December "
            "2024.\n\n"
            "Mill recovery averaged 78.4 percent.")
    assert [o["period"] for o in extract(text, date(2025, 2, 27))] == ["2024"]


def test_a_target_year_in_a_headline_states_no_period_and_a_stock_now_is_the_storys_month():
    text = ("Uzbekistan-Kyrgyzstan-China corridor: freight up by a quarter, rail link to get 1.9 trillion soums by 2027\n\n"
            "Tashkent, 18 March 2025 /UzA/. Uzbekistan's freight traffic with China via Kyrgyzstan reached 1.86 "
            "million tonnes in 2024, the Ministry of Transport reported.\n\n"
            "Trucks carried 0.9 million tonnes of it. The joint venture building the section is owned 51 percent by China.")
    rows = extract(text, date(2025, 3, 18))
    assert [o["period"] for o in rows] == ["2027", "2024", "2024", "2025-03"]  # (the headline's target is 2027's)


def test_a_lead_by_the_end_of_a_month_states_it_and_a_later_lead_does_not_outvote_the_title():
    text = ("Xinjiang's wind and solar fleet passes 130 GW\n"
            "By Ma Jun in Urumqi | Updated: 2025-10-27 09:40\n\n"
            "By the end of September 2025, Xinjiang had 138.5 million kilowatts of installed new-energy capacity.\n\n"
            "Hami prefecture alone had 42.6 million kW.")
    assert [o["period"] for o in extract(text, date(2025, 10, 27))][-1] == "2025-09"
    text = ("Alashankou port freight in September 2025\n"
            "Urumqi Customs\n\n"
            "Freight through Alashankou rose 8 percent on the first eight months of 2025, the customs said.\n\n"
            "The port handled 1.9 million tonnes.")
    assert [o["period"] for o in extract(text, date(2025, 10, 15))][-1] == "2025-09"


def test_a_quarter_as_an_adjective_and_a_season_earlier():
    rows = extract("Fourth-quarter output was 3.41 tonnes.", date(2025, 2, 27))
    assert [o["period"] for o in rows] == ["2024-Q4"]
    rows = extract("The resorts received 3.05 million visits in 2025, 23.8 percent more than a season earlier.")
    assert [o["measure"] for o in rows][-1] == "growth_yoy"


def test_an_average_growth_takes_the_span_its_sentence_names_not_other_years():
    rows = extract("Between 2015 and 2024 remittances grew by an average of 9.6 percent a year, although they fell "
                   "sharply in 2015 and in 2020.")
    assert [(o["measure"], o["period"]) for o in rows] == [("growth_avg_annual", "2015/2024")]


def test_a_day_of_a_month_without_its_year_dates_the_figure_in_the_documents_year():
    rows = extract("The agreements, signed at an investment forum on 16 May, cover projects worth $1.3 billion.",
                   date(2025, 6, 24))
    assert [o["period"] for o in rows] == ["2025-05"]


def test_between_two_months_and_a_hyphenated_first_half():
    from pipelines.extract.periods import find_times
    assert [t.period for t in find_times("mined 168.4 million tonnes between January and October", date(2025, 11, 18))] \
        == ["2025-01/2025-10"]
    assert [t.period for t in find_times("first-half 2025 operating results", date(2025, 7, 29))] == ["2025-H1"]


def test_respectively_dates_only_the_figures_before_it():
    text = ("China bought Turkmen natural gas worth $10.1 billion and $9.4 billion in 2023 and 2024 respectively, "
            "a fall of 6.9 percent that officials put down to lower prices.")
    assert [o["period"] for o in extract(text)] == ["2023", "2024", "2024"]


@pytest.mark.parametrize("text, period", [
    ("Revenue for the six months to 30 June 2025 was 21.6 trillion soums.", "2025-01/2025-06"),
    ("Net profit in the nine months ended September 30, 2025 was $412 million.", "2025-01/2025-09"),
])
def test_months_to_a_date(text, period):
    assert periods(text) == [period]


def test_a_lead_restating_the_titles_half_in_months_leaves_the_title_period():
    text = ("Almalyk MMC: first-half 2025 operating and financial results\n\n"
            "Tashkent, 29 July 2025\n\n"
            "The combine today reported its results for the six months to 30 June 2025.\n\n"
            "Revenue rose to 21.6 trillion soums, and net profit was 4.9 trillion soums.\n")
    assert periods(text) == ["2025-H1", "2025-H1"]


@pytest.mark.parametrize("text", [
    "Growers had delivered 1.02 million tonnes of raw cotton to procurement points by 1 November.",
    "Growers had delivered 1.02 million tonnes of raw cotton to procurement points by November 1.",
])
def test_by_a_day_of_a_month_is_that_month_of_the_documents_year(text):
    assert periods(text, date(2025, 11, 12)) == ["2025-11"]


def test_a_paragraph_carries_its_latest_period_not_a_comparison_base():
    text = ("In October 2025 annual inflation accelerated to 12.6 percent, from 12.2 percent in September. "
            "Food inflation stood at 11.4 percent.")
    assert periods(text, date(2025, 11, 14)) == ["2025-10", "2025-09", "2025-10"]


@pytest.mark.parametrize("text, period", [
    ("In Uzbekistan 2,146 enterprises were registered as of 1 October 2025, up from 1,530 at the start of 2024.",
     ["2025-10", "2024-01"]),
    ("The population of Ashgabat passed 1.1 million at the start of the year.", ["2025-01"]),
])
def test_the_start_of_a_year_is_its_january(text, period):
    assert periods(text, date(2025, 10, 20)) == period


def test_an_event_sentence_ended_in_a_month_lends_no_period():
    text = ("Turpan bulletin for the first three quarters of 2025\n\n"
            "In the first three quarters of 2025, Turpan's gross regional product reached 41.86 billion yuan.\n\n"
            "Agriculture. The grape harvest ended in the second week of September. "
            "Grape output totalled 1.21 million tonnes.\n")
    assert periods(text, date(2025, 10, 24)) == ["2025-01/2025-09", "2025-01/2025-09"]


def test_a_share_from_one_year_to_another_between_two_years():
    text = "Between 2015 and 2020 the share of wages in rural household income climbed from 21.6 percent to 33.9 percent."
    assert periods(text) == ["2015", "2020"]


def test_since_an_event_in_a_month_is_open_ended():
    text = "Since its first train left in May 2016, the centre has handled more than 9,400 trains."
    assert periods(text, date(2025, 1, 6)) == [None]


def test_an_undated_studys_forecast_keeps_the_year_written_after_it():
    text = "The World Bank expects remittances to Tajikistan to fall by 5-7 percent in 2025."
    assert periods(text) == ["2025", "2025"]


def test_the_same_period_of_a_year_is_the_reports_months_in_that_year():
    text = ("China-Central Asia trade, January-August 2025\n\n"
            "In January-August 2025 trade reached 301.4 billion yuan. "
            "Kazakhstan's share of the total slipped to 43.9 percent from 45.2 percent in the same period of 2024.\n")
    assert periods(text, date(2025, 9, 20)) == ["2025-01/2025-08", "2025-01/2025-08", "2024-01/2024-08"]


def test_a_target_set_for_a_year_takes_that_year():
    text = ("For 2025 the government has set a target of $2.4 billion, and the agency aims to bring annual exports "
            "to $5 billion by 2030.")
    assert periods(text, date(2025, 4, 20)) == ["2025", "2030"]


def test_last_years_estimate_in_an_early_year_report_is_that_years_level():
    text = "Last year the county's GDP is expected to reach 41.3 billion yuan, an increase of 6.5 percent."
    found = [(o["measure"], o["period"]) for o in extract(text, date(2025, 1, 12))]
    assert found == [("level", "2024"), ("growth_yoy", "2024")]


@pytest.mark.parametrize("text, period", [
    ("In 9M 2025 net profit reached $412 million.", "2025-01/2025-09"),
    ("Revenue in 1H 2024 came to $1.2 billion.", "2024-H1"),
])
def test_company_reporting_periods(text, period):
    assert periods(text)[0] == period


def test_a_targets_year_after_its_own_noun():
    text = "The city plans to attract 800 billion tenge of investment this year and 3 trillion tenge by 2029."
    assert periods(text, date(2025, 4, 2)) == ["2025", "2029"]


def test_a_year_in_an_aside_before_the_figure_does_not_date_it():
    text = "Dostyk, opened as a rail crossing in 1990, now handles about 45 percent of the trains."
    assert periods(text, date(2025, 9, 10)) == ["2025-09"]


def test_a_news_weekday_dates_the_event_and_a_source_speaking_dates_nothing():
    """'closed on Thursday' is a day of the story's month; 'the ministry said on Monday' is when a
    source spoke; 'the last week of July' is no relative week."""
    day = date(2025, 8, 21)
    assert periods("The fair closed on Thursday with deals worth 41.6 billion yuan signed.", day) == ["2025-08"]
    assert periods("Exports reached 11.9 million tonnes in 2024, the ministry said on Monday.", day) == ["2024"]
    assert periods("Hotel occupancy peaked at 93 percent in the last week of July.", day) == ["2025-07"]


def test_a_lead_on_the_storys_own_event_states_its_month():
    """A lead that dates an event states no period, unless the event is the day's news: the fair that
    closed on Thursday dates the story's later undated figures."""
    text = ("Trade fair in Yining seals deals\n\n"
            "YINING, Aug. 21 (Xinhua) -- The 2025 China (Xinjiang)-Central Asia Commodity and Trade Fair closed on "
            "Thursday in Yining, with 286 cooperation projects signed.\n\n"
            "Deals with Kazakh partners were the largest at 15.3 billion yuan.")
    assert periods(text, date(2025, 8, 21)) == ["2025-08", "2025-08"]


def test_a_section_on_the_outlook_dates_its_targets():
    """Under "Outlook for 2025" a guidance without a year of its own is for 2025; a section heading without
    such words dates nothing."""
    text = ("Kazatomprom: results for 2024\n\nProduction rose 10 percent to 23,270 tonnes in 2024.\n\n"
            "Outlook for 2025\n\nThe company guides production of 25,000 tonnes.\n\n"
            "Capital projects\n\nA new plant with a capacity of 800,000 tonnes is being built.")
    rows = extract(text, date(2025, 3, 1))
    assert [(o["measure"], o["period"]) for o in rows if o["value"] in (25000, 800000)] == [
        ("target", "2025"), ("target", None)]


def test_a_range_of_days_and_months_written_day_first_is_the_months():
    text = ("The export season, which ran from 1 May to 30 September 2025, closed last week. "
            "Over these five months the power system earned $98.6 million.")
    assert periods(text, date(2025, 10, 7)) == ["2025-05/2025-09"]


def test_a_series_line_states_no_period_and_a_headline_s_day_range_is_its_month():
    """'Holiday Market Bulletin (2025) No. 6' numbers a series; the headline's '1-8 October 2025' is the
    period (no byline date), and the document is dated by its 'Issued:' line."""
    from pipelines.ingest import document_date
    text = ("Department of Culture and Tourism\nHoliday Market Bulletin (2025) No. 6\n\n"
            "Xinjiang's tourism market during the National Day holiday, 1-8 October 2025\n\n"
            "Issued: 9 October 2025\n\n"
            "Over the eight-day holiday, sites across Xinjiang received 23.46 million visits.")
    assert document_date(text) == date(2025, 10, 9)
    assert periods(text) == ["2025-10"]


def test_a_volume_takes_the_time_of_the_value_it_is_worth():
    text = ("Aksu walnut season 2025\n\nAccording to Aksu Customs, the prefecture exported 38,400 tonnes of "
            "walnuts and walnut kernels worth 642 million yuan in January-October.")
    assert periods(text, date(2025, 11, 20)) == ["2025-01/2025-10", "2025-01/2025-10"]


def test_the_nine_months_of_a_story_that_states_no_period_are_its_year_s_so_far():
    text = ("Kazpost parcels\n\nKazpost delivered 41.7 million parcels in January-September 2025 and 48.3 million "
            "in 2024.\n\nOver the nine months the office at Khorgos processed 21.6 million items.")
    assert periods(text, date(2025, 10, 9)) == ["2025-01/2025-09", "2024", "2025-01/2025-09"]
