#!/usr/bin/env python3
"""Build the held-out gold JSONL files from hand annotations below, computing and checking offsets.

Each annotation: (anchor, value_as_written, indicator_code, region, partner, period, measure, value, unit[, domain])
`anchor` is a string that occurs exactly once in the document and contains value_as_written
(its first occurrence inside the anchor is the annotated span). Domain defaults to the catalog's.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW, GOLD = HERE / "raw", HERE / "gold"

DOMAIN = {
    **dict.fromkeys("gdp gdp_per_capita value_added_primary value_added_secondary value_added_tertiary "
                    "value_added_industrial_clusters industrial_output disposable_income_per_capita "
                    "income_per_capita_urban income_per_capita_rural digital_economy investment "
                    "infrastructure_investment contracts_signed energy_capacity fiscal_expenditure "
                    "enterprises".split(), "economy"),
    **dict.fromkeys("trade_total exports imports border_trade general_trade exports_electromechanical "
                    "bonded_zone_trade market_procurement_exports trade_partners".split(), "trade"),
    **dict.fromkeys("railway_length expressway_length road_length airports freight_trains train_frequency "
                    "cargo_throughput freight_capacity passenger_capacity passengers border_crossings "
                    "trade_platforms".split(), "logistics"),
    **dict.fromkeys("population ethnic_groups poverty_alleviated jobs_created unemployment_rate "
                    "insurance_coverage scholarships tourists livelihood_spending".split(), "social"),
}

X, KZ, CN, CA = "Xinjiang", "Kazakhstan", "China", "Central Asia"
B = 1e9

DOCS = {}

DOCS["h01_xinhua_xinjiang_trade_2024"] = [
    ("tops 460 billion yuan", "460 billion yuan", "trade_total", X, None, "2024", "level", 460 * B, "CNY"),
    ("468.27 billion yuan", "468.27 billion yuan", "trade_total", X, None, "2024", "level", 468.27 * B, "CNY"),
    ("about 65.8 billion U.S. dollars", "about 65.8 billion U.S. dollars", "trade_total", X, None, "2024", "level", 65.8 * B, "USD"),
    ("up 7.4 percent", "7.4 percent", "trade_total", X, None, "2024", "growth_yoy", 7.4, "percent"),
    ("392.15 billion yuan", "392.15 billion yuan", "exports", X, None, "2024", "level", 392.15 * B, "CNY"),
    ("9.1 percent", "9.1 percent", "exports", X, None, "2024", "growth_yoy", 9.1, "percent"),
    ("slipped 2.6 percent", "2.6 percent", "imports", X, None, "2024", "growth_yoy", -2.6, "percent"),
    ("76.12 billion yuan", "76.12 billion yuan", "imports", X, None, "2024", "level", 76.12 * B, "CNY"),
    ("171.4 billion yuan", "171.4 billion yuan", "trade_total", X, KZ, "2024", "level", 171.4 * B, "CNY"),
    ("11.8 percent", "11.8 percent", "trade_total", X, KZ, "2024", "growth_yoy", 11.8, "percent"),
    ("36.6 percent", "36.6 percent", "trade_total", X, KZ, "2024", "share", 36.6, "percent"),
    ("287.9 billion yuan", "287.9 billion yuan", "trade_total", X, CA, "2024", "level", 287.9 * B, "CNY"),
    ("61.5 percent", "61.5 percent", "trade_total", X, CA, "2024", "share", 61.5, "percent"),
    ("rose 5.3 percent", "5.3 percent", "border_trade", X, None, "2024", "growth_yoy", 5.3, "percent"),
    ("251.06 billion yuan", "251.06 billion yuan", "border_trade", X, None, "2024", "level", 251.06 * B, "CNY"),
    ("14.2 percent", "14.2 percent", "general_trade", X, None, "2024", "growth_yoy", 14.2, "percent"),
    ("134.8 billion yuan", "134.8 billion yuan", "general_trade", X, None, "2024", "level", 134.8 * B, "CNY"),
    ("38.5 billion yuan", "38.5 billion yuan", "market_procurement_exports", X, None, "2024", "level", 38.5 * B, "CNY"),
    ("12.7 percent", "12.7 percent", "exports_electromechanical", X, None, "2024", "growth_yoy", 12.7, "percent"),
    ("176.3 billion yuan", "176.3 billion yuan", "exports_electromechanical", X, None, "2024", "level", 176.3 * B, "CNY"),
    ("45 percent of total exports", "45 percent", "exports_electromechanical", X, None, "2024", "share", 45, "percent"),
    ("29.3 percent", "29.3 percent", "other", X, None, "2024", "share", 29.3, "percent", "trade"),
    ("41.2 percent", "41.2 percent", "other", X, None, "2024", "growth_yoy", 41.2, "percent", "trade"),
    ("46.8 billion yuan", "46.8 billion yuan", "trade_total", X, None, "2024-12", "level", 46.8 * B, "CNY"),
    ("15.1 percent", "15.1 percent", "trade_total", X, None, "2024-12", "growth_yoy", 15.1, "percent"),
    ("4,862", "4,862", "enterprises", X, None, "2024", "level", 4862, "count"),
    ("192 countries and regions", "192 countries and regions", "trade_partners", X, None, "2025-01", "level", 192, "count"),
    ("58.2 billion yuan", "58.2 billion yuan", "trade_total", "Horgos", None, "2024", "level", 58.2 * B, "CNY"),
    ("8.4 percent", "8.4 percent", "trade_total", "Horgos", None, "2024", "growth_yoy", 8.4, "percent"),
    ("49.6 billion yuan", "49.6 billion yuan", "trade_total", "Alashankou", None, "2024", "level", 49.6 * B, "CNY"),
    ("500 billion yuan", "500 billion yuan", "trade_total", X, None, "2025", "target", 500 * B, "CNY"),
]

DOCS["h02_kazinform_kz_china_trade_rail"] = [
    ("$43.8 billion", "$43.8 billion", "trade_total", CN, KZ, "2024", "level", 43.8 * B, "USD"),
    ("down 2.1%", "2.1%", "trade_total", CN, KZ, "2024", "growth_yoy", -2.1, "percent"),
    ("fell 6.4%", "6.4%", "exports", KZ, CN, "2024", "growth_yoy", -6.4, "percent"),
    ("$15.2 billion", "$15.2 billion", "exports", KZ, CN, "2024", "level", 15.2 * B, "USD"),
    ("about 7.1 trillion tenge", "about 7.1 trillion tenge", "exports", KZ, CN, "2024", "level", 7.1e12, "KZT"),
    ("up 1.2%", "1.2%", "imports", KZ, CN, "2024", "growth_yoy", 1.2, "percent"),
    ("$28.6 billion", "$28.6 billion", "imports", KZ, CN, "2024", "level", 28.6 * B, "USD"),
    ("13.4 trillion tenge", "13.4 trillion tenge", "imports", KZ, CN, "2024", "level", 13.4e12, "KZT"),
    ("a 31% share", "31%", "trade_total", CN, KZ, "2024", "share", 31, "percent"),
    ("$141.4 billion", "$141.4 billion", "trade_total", KZ, None, "2024", "level", 141.4 * B, "USD"),
    ("38%", "38%", "other", KZ, CN, "2024", "share", 38, "percent", "trade"),
    ("22%", "22%", "other", KZ, CN, "2024", "share", 22, "percent", "trade"),
    ("14.6%", "14.6%", "other", KZ, CN, "2024", "growth_yoy", 14.6, "percent", "trade"),
    ("$1.1 billion", "$1.1 billion", "other", KZ, CN, "2024", "level", 1.1 * B, "USD", "trade"),
    ("$19.6 billion", "$19.6 billion", "trade_total", X, KZ, "2024", "level", 19.6 * B, "USD"),
    ("about 45%", "about 45%", "trade_total", X, KZ, "2024", "share", 45, "percent"),
    ("28.7 million tonnes", "28.7 million tonnes", "cargo_throughput", X, None, "2024", "level", 28.7e6, "t"),
    ("up 9.4%", "9.4%", "cargo_throughput", X, None, "2024", "growth_yoy", 9.4, "percent"),
    ("17.9 million tonnes", "17.9 million tonnes", "cargo_throughput", "Alashankou", None, "2024", "level", 17.9e6, "t"),
    ("down 3.2%", "3.2%", "cargo_throughput", "Horgos", None, "2024", "growth_yoy", -3.2, "percent"),
    ("10.8 million tonnes", "10.8 million tonnes", "cargo_throughput", "Horgos", None, "2024", "level", 10.8e6, "t"),
    ("7,212", "7,212", "freight_trains", KZ, None, "2024", "level", 7212, "count"),
    ("3,940", "3,940", "freight_trains", "Dostyk", None, "2024", "level", 3940, "count"),
    ("22 trains a day", "22 trains a day", "train_frequency", "Alashankou", None, "2025-03", "level", 22, "count_per_day"),
    ("and 16 at", "16", "train_frequency", "Horgos", None, "2025-03", "level", 16, "count_per_day"),
    ("836-kilometer", "836-kilometer", "other", KZ, None, "2024", "level", 836, "km", "logistics"),
    ("940 billion tenge", "940 billion tenge", "infrastructure_investment", KZ, None, "2024", "level", 940 * B, "KZT"),
    ("$1.9 billion", "$1.9 billion", "infrastructure_investment", KZ, None, "2024", "level", 1.9 * B, "USD"),
    ("20 million tonnes", "20 million tonnes", "freight_capacity", "Bakhty", None, "2027", "target", 20e6, "t"),
    ("4.8%", "4.8%", "trade_total", CN, KZ, "2025-01", "growth_yoy", -4.8, "percent"),
    ("$3.1 billion", "$3.1 billion", "trade_total", CN, KZ, "2025-01", "level", 3.1 * B, "USD"),
    ("$80 billion", "$80 billion", "trade_total", CN, KZ, "2030", "target", 80 * B, "USD"),
    ("35 million tonnes", "35 million tonnes", "cargo_throughput", KZ, CN, "2030", "target", 35e6, "t"),
]

DOCS["h03_whitepaper_xinjiang_decade"] = [
    ("750.5 billion yuan", "750.5 billion yuan", "gdp", X, None, "2012", "level", 750.5 * B, "CNY"),
    ("1.77 trillion yuan", "1.77 trillion yuan", "gdp", X, None, "2022", "level", 1.77e12, "CNY"),
    ("7.0 percent", "7.0 percent", "gdp", X, None, "2012/2022", "growth_avg_annual", 7.0, "percent"),
    ("33,796 yuan", "33,796 yuan", "gdp_per_capita", X, None, "2012", "level", 33796, "CNY"),
    ("68,552 yuan", "68,552 yuan", "gdp_per_capita", X, None, "2022", "level", 68552, "CNY"),
    ("14.2 percent", "14.2 percent", "value_added_primary", X, None, "2022", "share", 14.2, "percent"),
    ("41.0 percent", "41.0 percent", "value_added_secondary", X, None, "2022", "share", 41.0, "percent"),
    ("44.8 percent", "44.8 percent", "value_added_tertiary", X, None, "2022", "share", 44.8, "percent"),
    ("87.5 percent higher", "87.5 percent", "investment", X, None, "2022", "growth_other", 87.5, "percent"),
    ("17,921 yuan", "17,921 yuan", "income_per_capita_urban", X, None, "2012", "level", 17921, "CNY"),
    ("38,410 yuan", "38,410 yuan", "income_per_capita_urban", X, None, "2022", "level", 38410, "CNY"),
    ("6,394 yuan", "6,394 yuan", "income_per_capita_rural", X, None, "2012", "level", 6394, "CNY"),
    ("16,550 yuan", "16,550 yuan", "income_per_capita_rural", X, None, "2022", "level", 16550, "CNY"),
    ("7.9 percent", "7.9 percent", "income_per_capita_urban", X, None, "2012/2022", "growth_avg_annual", 7.9, "percent"),
    ("10.0 percent", "10.0 percent", "income_per_capita_rural", X, None, "2012/2022", "growth_avg_annual", 10.0, "percent"),
    ("3.09 million rural residents", "3.09 million rural residents", "poverty_alleviated", X, None, "2020", "level", 3.09e6, "count"),
    ("3,666 impoverished villages", "3,666 impoverished villages", "other", X, None, "2020", "level", 3666, "count", "social"),
    ("35 impoverished counties", "35 impoverished counties", "other", X, None, "2020", "level", 35, "count", "social"),
    ("98.4 billion yuan", "98.4 billion yuan", "investment", X, None, "2016/2020", "level", 98.4 * B, "CNY"),
    ("11.35 million", "11.35 million", "population", X, None, "2014", "level", 11.35e6, "count"),
    ("13.56 million", "13.56 million", "population", X, None, "2022", "level", 13.56e6, "count"),
    ("2.2 percent", "2.2 percent", "population", X, None, "2014/2022", "growth_avg_annual", 2.2, "percent"),
    ("more than 470,000 new urban jobs", "more than 470,000 new urban jobs", "jobs_created", X, None, "2018/2022", "level", 470000, "count"),
    ("25.87 million", "25.87 million", "population", X, None, "2022", "level", 25.87e6, "count"),
    ("more than half of whom", "more than half", "population", X, None, "2022", "share", 50, "percent"),
    ("56 ethnic groups", "56 ethnic groups", "ethnic_groups", X, None, "2022", "level", 56, "count"),
    ("158.1 million", "158.1 million", "tourists", X, None, "2020", "level", 158.1e6, "count"),
    ("190.8 million", "190.8 million", "tourists", X, None, "2021", "level", 190.8e6, "count"),
    ("172.3 million", "172.3 million", "tourists", X, None, "2022", "level", 172.3e6, "count"),
    ("4,912 km", "4,912 km", "railway_length", X, None, "2012", "level", 4912, "km"),
    ("8,916 km", "8,916 km", "railway_length", X, None, "2022", "level", 8916, "km"),
    ("2,897 km", "2,897 km", "expressway_length", X, None, "2012", "level", 2897, "km"),
    ("7,600 km", "7,600 km", "expressway_length", X, None, "2022", "level", 7600, "km"),
    ("from 16 to 25", "16", "airports", X, None, "2012", "level", 16, "count"),
    ("to 25.", "25", "airports", X, None, "2022", "level", 25, "count"),
    ("19 Class-I ports", "19 Class-I ports", "border_crossings", X, None, None, "level", 19, "count"),
    ("five of them on the border with Kazakhstan", "five of them on the border with Kazakhstan", "border_crossings", X, KZ, None, "level", 5, "count"),
    ("$16.9 billion", "$16.9 billion", "trade_total", X, CA, "2012", "level", 16.9 * B, "USD"),
    ("$26.3 billion", "$26.3 billion", "trade_total", X, CA, "2022", "level", 26.3 * B, "USD"),
    ("64.2 percent", "64.2 percent", "trade_total", X, CA, "2022", "share", 64.2, "percent"),
    ("three comprehensive bonded zones", "three comprehensive bonded zones", "trade_platforms", X, None, None, "level", 3, "count"),
    ("five national-level economic and technological development zones", "five national-level economic and technological development zones", "trade_platforms", X, None, None, "level", 5, "count"),
    ("more than 13,000 government scholarships", "more than 13,000 government scholarships", "scholarships", X, CA, None, "level", 13000, "count"),
]

DOCS["h04_communique_xinjiang_2023"] = [
    ("1,912.6 billion yuan", "1,912.6 billion yuan", "gdp", X, None, "2023", "level", 1912.6 * B, "CNY"),
    ("up 6.8 percent over", "6.8 percent", "gdp", X, None, "2023", "growth_yoy", 6.8, "percent"),
    ("279.9 billion yuan", "279.9 billion yuan", "value_added_primary", X, None, "2023", "level", 279.9 * B, "CNY"),
    ("6.1 percent", "6.1 percent", "value_added_primary", X, None, "2023", "growth_yoy", 6.1, "percent"),
    ("777.6 billion yuan", "777.6 billion yuan", "value_added_secondary", X, None, "2023", "level", 777.6 * B, "CNY"),
    ("up 7.0 percent;", "7.0 percent", "value_added_secondary", X, None, "2023", "growth_yoy", 7.0, "percent"),
    ("855.1 billion yuan", "855.1 billion yuan", "value_added_tertiary", X, None, "2023", "level", 855.1 * B, "CNY"),
    ("6.9 percent", "6.9 percent", "value_added_tertiary", X, None, "2023", "growth_yoy", 6.9, "percent"),
    ("14.6 percent", "14.6 percent", "value_added_primary", X, None, "2023", "share", 14.6, "percent"),
    ("40.7 percent", "40.7 percent", "value_added_secondary", X, None, "2023", "share", 40.7, "percent"),
    ("44.7 percent", "44.7 percent", "value_added_tertiary", X, None, "2023", "share", 44.7, "percent"),
    ("73,774 yuan", "73,774 yuan", "gdp_per_capita", X, None, "2023", "level", 73774, "CNY"),
    ("6.5 percent", "6.5 percent", "gdp_per_capita", X, None, "2023", "growth_yoy", 6.5, "percent"),
    ("25.98 million", "25.98 million", "population", X, None, "2023", "level", 25.98e6, "count"),
    ("15.36 million", "15.36 million", "population", X, None, "2023", "level", 15.36e6, "count"),
    ("59.1 percent", "59.1 percent", "population", X, None, "2023", "share", 59.1, "percent"),
    ("480,600", "480,600", "jobs_created", X, None, "2023", "level", 480600, "count"),
    ("averaged 4.6 percent", "4.6 percent", "unemployment_rate", X, None, "2023", "level", 4.6, "percent"),
    ("was up 7.9 percent", "7.9 percent", "industrial_output", X, None, "2023", "growth_yoy", 7.9, "percent"),
    ("150.8 million kilowatts", "150.8 million kilowatts", "energy_capacity", X, None, "2023", "level", 150.8e6, "kW"),
    ("11.7 percent", "11.7 percent", "investment", X, None, "2023", "growth_yoy", 11.7, "percent"),
    ("15.2 percent", "15.2 percent", "infrastructure_investment", X, None, "2023", "growth_yoy", 15.2, "percent"),
    ("354.81 billion yuan", "354.81 billion yuan", "trade_total", X, None, "2023", "level", 354.81 * B, "CNY"),
    ("44.6 percent", "44.6 percent", "trade_total", X, None, "2023", "growth_yoy", 44.6, "percent"),
    ("302.77 billion yuan", "302.77 billion yuan", "exports", X, None, "2023", "level", 302.77 * B, "CNY"),
    ("37.9 percent", "37.9 percent", "exports", X, None, "2023", "growth_yoy", 37.9, "percent"),
    ("52.04 billion yuan", "52.04 billion yuan", "imports", X, None, "2023", "level", 52.04 * B, "CNY"),
    ("101.3 percent", "101.3 percent", "imports", X, None, "2023", "growth_yoy", 101.3, "percent"),
    ("128.6 billion yuan", "128.6 billion yuan", "trade_total", X, KZ, "2023", "level", 128.6 * B, "CNY"),
    ("9,310 km", "9,310 km", "railway_length", X, None, "2023", "level", 9310, "km"),
    ("228,000 km", "228,000 km", "road_length", X, None, "2023", "level", 228000, "km"),
    ("11,300 km of expressways", "11,300 km", "expressway_length", X, None, "2023", "level", 11300, "km"),
    ("13,940 China-Europe freight trains", "13,940 China-Europe freight trains", "freight_trains", X, None, "2023", "level", 13940, "count"),
    ("10.4 percent", "10.4 percent", "freight_trains", X, None, "2023", "growth_yoy", 10.4, "percent"),
    ("265.44 million tourists", "265.44 million tourists", "tourists", X, None, "2023", "level", 265.44e6, "count"),
    ("117.0 percent", "117.0 percent", "tourists", X, None, "2023", "growth_yoy", 117.0, "percent"),
    ("296.7 billion yuan", "296.7 billion yuan", "other", X, None, "2023", "level", 296.7 * B, "CNY", "economy"),
    ("184.7 percent", "184.7 percent", "other", X, None, "2023", "growth_yoy", 184.7, "percent", "economy"),
    ("28,947 yuan", "28,947 yuan", "disposable_income_per_capita", X, None, "2023", "level", 28947, "CNY"),
    ("28,947 yuan, up 6.8 percent", "6.8 percent", "disposable_income_per_capita", X, None, "2023", "growth_yoy", 6.8, "percent"),
    ("40,578 yuan", "40,578 yuan", "income_per_capita_urban", X, None, "2023", "level", 40578, "CNY"),
    ("4.8 percent", "4.8 percent", "income_per_capita_urban", X, None, "2023", "growth_yoy", 4.8, "percent"),
    ("17,948 yuan", "17,948 yuan", "income_per_capita_rural", X, None, "2023", "level", 17948, "CNY"),
    ("8.3 percent", "8.3 percent", "income_per_capita_rural", X, None, "2023", "growth_yoy", 8.3, "percent"),
    ("24.12 million people", "24.12 million people", "insurance_coverage", X, None, "2023", "level", 24.12e6, "count"),
]

DOCS["h05_thinktank_central_asia"] = [
    ("$460 million", "$460 million", "trade_total", CN, CA, "1992", "level", 460e6, "USD"),
    ("$1.8 billion", "$1.8 billion", "trade_total", CN, CA, "2000", "level", 1.8 * B, "USD"),
    ("$40.2 billion", "$40.2 billion", "trade_total", CN, CA, "2013", "level", 40.2 * B, "USD"),
    ("growth rate of 27 percent", "27 percent", "trade_total", CN, CA, "2000/2013", "growth_avg_annual", 27, "percent"),
    ("$30.0 billion", "$30.0 billion", "trade_total", CN, CA, "2016", "level", 30.0 * B, "USD"),
    ("$89.4 billion", "$89.4 billion", "trade_total", CN, CA, "2023", "level", 89.4 * B, "USD"),
    ("up 27 percent on 2022", "27 percent", "trade_total", CN, CA, "2023", "growth_yoy", 27, "percent"),
    ("$41.0 billion", "$41.0 billion", "trade_total", CN, KZ, "2023", "level", 41.0 * B, "USD"),
    ("45.9 percent", "45.9 percent", "trade_total", CN, KZ, "2023", "share", 45.9, "percent"),
    ("$19.8 billion", "$19.8 billion", "trade_total", CN, "Kyrgyzstan", "2023", "level", 19.8 * B, "USD"),
    ("$14.0 billion", "$14.0 billion", "trade_total", CN, "Uzbekistan", "2023", "level", 14.0 * B, "USD"),
    ("$10.6 billion", "$10.6 billion", "trade_total", CN, "Turkmenistan", "2023", "level", 10.6 * B, "USD"),
    ("$4.0 billion", "$4.0 billion", "trade_total", CN, "Tajikistan", "2023", "level", 4.0 * B, "USD"),
    ("about $436 billion", "about $436 billion", "gdp", CA, None, "2023", "level", 436 * B, "USD"),
    ("80.2 million", "80.2 million", "population", CA, None, "2023", "level", 80.2e6, "count"),
    ("$48 billion", "$48 billion", "gdp", CA, None, "2000", "level", 48 * B, "USD"),
    ("55.1 million", "55.1 million", "population", CA, None, "2000", "level", 55.1e6, "count"),
    ("4.8 percent", "4.8 percent", "trade_total", CN, CA, "1998", "share", 4.8, "percent"),
    ("22.6 percent", "22.6 percent", "trade_total", CN, CA, "2022", "share", 22.6, "percent"),
    ("$19-22 billion", "$19-22 billion", "investment", CN, CA, "2022", "level", 19 * B, "USD"),
    ("$19-22 billion", "$19-22 billion", "investment", CN, CA, "2022", "level", 22 * B, "USD"),
    ("$7.6 billion", "$7.6 billion", "investment", CN, CA, None, "target", 7.6 * B, "USD"),
    ("$25.7 billion", "$25.7 billion", "trade_total", X, CA, "2019", "level", 25.7 * B, "USD"),
    ("72.6 percent", "72.6 percent", "trade_total", X, CA, "2019", "share", 72.6, "percent"),
    ("from 17 in 2011", "17", "freight_trains", KZ, None, "2011", "level", 17, "count"),
    ("6,820", "6,820", "freight_trains", KZ, None, "2023", "level", 6820, "count"),
    ("655,000", "655,000", "tourists", KZ, CN, "2024", "level", 655000, "count"),
]

DOCS["h06_logistics_horgos_alashankou"] = [
    ("42,300 China-Europe freight trains", "42,300 China-Europe freight trains", "freight_trains", X, None, "2025-05", "level", 42300, "count"),
    ("3,214 trains", "3,214 trains", "freight_trains", X, None, "2025-01/2025-05", "level", 3214, "count"),
    ("8.6 percent", "8.6 percent", "freight_trains", X, None, "2025-01/2025-05", "growth_yoy", 8.6, "percent"),
    ("1,806", "1,806", "freight_trains", "Alashankou", None, "2025-01/2025-05", "level", 1806, "count"),
    ("1,408", "1,408", "freight_trains", "Horgos", None, "2025-01/2025-05", "level", 1408, "count"),
    ("62.4 billion yuan", "62.4 billion yuan", "other", X, None, "2025-01/2025-05", "level", 62.4 * B, "CNY", "trade"),
    ("$8.7 billion", "$8.7 billion", "other", X, None, "2025-01/2025-05", "level", 8.7 * B, "USD", "trade"),
    ("18 trains per day", "18 trains per day", "train_frequency", "Alashankou", None, "2025-06", "level", 18, "count_per_day"),
    ("from 13 in 2023", "13", "train_frequency", "Alashankou", None, "2023", "level", 13, "count_per_day"),
    ("14 a day", "14 a day", "train_frequency", "Horgos", None, "2025-06", "level", 14, "count_per_day"),
    ("6.82 million tons", "6.82 million tons", "cargo_throughput", "Alashankou", None, "2025-01/2025-05", "level", 6.82e6, "t"),
    ("5.1 percent", "5.1 percent", "cargo_throughput", "Alashankou", None, "2025-01/2025-05", "growth_yoy", 5.1, "percent"),
    ("4.37 million tons", "4.37 million tons", "cargo_throughput", "Horgos", None, "2025-01/2025-05", "level", 4.37e6, "t"),
    ("26.5 million tons", "26.5 million tons", "cargo_throughput", X, None, "2024", "level", 26.5e6, "t"),
    ("3.6-billion-yuan", "3.6-billion-yuan", "infrastructure_investment", "Horgos", None, None, "target", 3.6 * B, "CNY"),
    ("15 million tons", "15 million tons", "freight_capacity", "Horgos", None, None, "target", 15e6, "t"),
    ("30 a day", "30 a day", "train_frequency", "Dostyk", None, "2027", "target", 30, "count_per_day"),
    ("28 civil airports", "28 civil airports", "airports", X, None, "2025-05", "level", 28, "count"),
    ("9,350 kilometers", "9,350 kilometers", "railway_length", X, None, "2025-05", "level", 9350, "km"),
    ("412 trains", "412 trains", "freight_trains", "Urumqi", None, "2025-05", "level", 412, "count"),
    ("12.3 percent", "12.3 percent", "freight_trains", "Urumqi", None, "2025-05", "growth_yoy", 12.3, "percent"),
    ("236,000 inbound and outbound passenger trips", "236,000 inbound and outbound passenger trips", "passengers", "Horgos", None, "2025-05", "level", 236000, "count"),
    ("34.5 percent", "34.5 percent", "passengers", "Horgos", None, "2025-05", "growth_yoy", 34.5, "percent"),
    ("2.13 million visitors", "2.13 million visitors", "tourists", "Khorgos ICBC", None, "2025-01/2025-05", "level", 2.13e6, "count"),
    ("18.2 percent", "18.2 percent", "tourists", "Khorgos ICBC", None, "2025-01/2025-05", "growth_yoy", 18.2, "percent"),
]


def build():
    counts = {}
    for stem, rows in DOCS.items():
        src = f"{stem}.txt"
        text = open(RAW / src, encoding="utf-8").read()
        out = []
        for r in rows:
            anchor, vaw, code, region, partner, period, measure, value, unit = r[:9]
            domain = r[9] if len(r) > 9 else DOMAIN[code]
            assert text.count(anchor) == 1, (stem, anchor, text.count(anchor))
            assert vaw in anchor, (stem, anchor, vaw)
            start = text.index(anchor) + anchor.index(vaw)
            end = start + len(vaw)
            assert text[start:end] == vaw
            # the span must not sit inside a longer number ("7.0" inside "117.0")
            assert not (start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,")), (stem, vaw)
            assert not (end < len(text) and vaw[-1].isdigit() and text[end].isdigit()), (stem, vaw)
            assert code == "other" or domain == DOMAIN[code]
            value = float(f"{float(value):.12g}")  # drop float noise (134.8 * 1e9)
            if value == int(value):
                value = int(value)
            out.append({"source_file": src, "indicator_code": code, "domain": domain, "region": region,
                        "partner": partner, "period": period, "measure": measure, "value": value,
                        "unit": unit, "value_as_written": vaw, "char_start": start, "char_end": end})
        out.sort(key=lambda d: (d["char_start"], d["value"]))
        (GOLD / f"{stem}.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out),
                                            encoding="utf-8")
        counts[stem] = len(out)
    return counts


if __name__ == "__main__":
    c = build()
    for k, v in c.items():
        print(f"{k}: {v}")
    print("total:", sum(c.values()))
