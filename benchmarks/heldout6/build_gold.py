"""The annotations of the sixth held-out gold (heldout6): `uv run python -m benchmarks.heldout6.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an
annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KZ, UZ, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# t01: the title states one period (2024) -> rule 3 for every figure, Table 1 included.
BO, Y = "Bortala", "2024"
TABLE1 = [  # (row anchor, value cell, growth cell, code, region, unit, scale)
    ("| Freight volume, Alashankou port        | 10,000 tonnes    | 1,732.6  | 4.1        |", "1,732.6", "4.1",
     "cargo_throughput", "Alashankou", "t", 1e4),
    ("| China-Europe freight trains, Alashankou| trains           | 6,873    | -7.2       |", "6,873", "-7.2",
     "freight_trains", "Alashankou", "count", 1),
    ("| Imports and exports of the prefecture  | 100 million yuan | 412.5    | 9.8        |", "412.5", "9.8",
     "trade_total", BO, "CNY", 1e8),
    ("| Exit-entry passengers, Alashankou port | 10,000 trips     | 18.4     | 36.5       |", "18.4", "36.5",
     "passengers", "Alashankou", "count", 1e4),
]
rows1 = [row for anchor, val, gr, code, reg, unit, scale in TABLE1
         for row in level_and_growth(anchor, val, gr, code, reg, Y, unit, scale)]

DOCS["t01_bortala_bulletin_2024"] = [
    ("58.94 billion yuan", "58.94 billion yuan", "gdp", BO, None, Y, "level", 58.94 * B, "CNY"),
    ("increase of 6.7 percent", "6.7 percent", "gdp", BO, None, Y, "growth_yoy", 6.7, "percent"),
    ("10.21 billion yuan", "10.21 billion yuan", "value_added_primary", BO, None, Y, "level", 10.21 * B, "CNY"),
    ("19.66 billion yuan", "19.66 billion yuan", "value_added_secondary", BO, None, Y, "level", 19.66 * B, "CNY"),
    ("29.07 billion yuan", "29.07 billion yuan", "value_added_tertiary", BO, None, Y, "level", 29.07 * B, "CNY"),
    ("by 5.5 percent", "5.5 percent", "value_added_primary", BO, None, Y, "growth_yoy", 5.5, "percent"),
    ("8.9 percent and", "8.9 percent", "value_added_secondary", BO, None, Y, "growth_yoy", 8.9, "percent"),
    ("5.8 percent respectively", "5.8 percent", "value_added_tertiary", BO, None, Y, "growth_yoy", 5.8, "percent"),
    ("118,360 yuan", "118,360 yuan", "gdp_per_capita", BO, None, Y, "level", 118360, "CNY"),
    ("498,600", "498,600", "population", BO, None, Y, "level", 498600, "count"),
    ("68.7 percent", "68.7 percent", "population", BO, None, Y, "share", 68.7, "percent"),
    ("rose 11.3 percent", "11.3 percent", "industrial_output", BO, None, Y, "growth_yoy", 11.3, "percent"),
    ("4.86 million kilowatts", "4.86 million kilowatts", "energy_capacity", BO, None, Y, "level", 4.86e6, "kW"),
    ("2.91 million kilowatts", "2.91 million kilowatts", "energy_capacity", BO, None, Y, "level", 2.91e6, "kW"),
] + rows1 + [
    ("41.25 billion yuan", "41.25 billion yuan", "trade_total", BO, None, Y, "level", 41.25 * B, "CNY"),
    ("12.08 billion yuan", "12.08 billion yuan", "exports", BO, None, Y, "level", 12.08 * B, "CNY"),
    ("29.17 billion yuan", "29.17 billion yuan", "imports", BO, None, Y, "level", 29.17 * B, "CNY"),
    ("63.5 percent", "63.5 percent", "imports", BO, KZ, Y, "share", 63.5, "percent"),
    ("16.4 billion yuan", "16.4 billion yuan", "bonded_zone_trade", "Alashankou", None, Y, "level", 16.4 * B, "CNY"),
    ("up 21.7 percent", "21.7 percent", "bonded_zone_trade", "Alashankou", None, Y, "growth_yoy", 21.7, "percent"),
    ("33,480 yuan", "33,480 yuan", "disposable_income_per_capita", BO, None, Y, "level", 33480, "CNY"),
    ("up 6.1 percent", "6.1 percent", "disposable_income_per_capita", BO, None, Y, "growth_yoy", 6.1, "percent"),
    ("43,150 yuan", "43,150 yuan", "income_per_capita_urban", BO, None, Y, "level", 43150, "CNY"),
    ("23,690 yuan", "23,690 yuan", "income_per_capita_rural", BO, None, Y, "level", 23690, "CNY"),
    ("rising 4.8 percent", "4.8 percent", "income_per_capita_urban", BO, None, Y, "growth_yoy", 4.8, "percent"),
    ("7.5 percent.", "7.5 percent", "income_per_capita_rural", BO, None, Y, "growth_yoy", 7.5, "percent"),
    ("8,260 people", "8,260 people", "jobs_created", BO, None, Y, "level", 8260, "count"),
    ("was 3.9 percent", "3.9 percent", "unemployment_rate", BO, None, Y, "level", 3.9, "percent"),
    ("98.2 percent", "98.2 percent", "insurance_coverage", BO, None, Y, "level", 98.2, "percent"),
]

# t02: dated 16 October 2025; the lead states one period, January-September (2025) -> rule 3.
N9, A8 = "2025-01/2025-09", "2025-01/2025-08"
DOCS["t02_kazinform_eastern_gateway_khorgos_dry_port"] = [
    ("moves 19.8 mln tonnes", "19.8 mln tonnes", "cargo_throughput", KZ, None, N9, "level", 19.8e6, "t"),
    ("reached 19.8 million tonnes", "19.8 million tonnes", "cargo_throughput", KZ, None, N9, "level", 19.8e6, "t"),
    ("14.6 percent", "14.6 percent", "cargo_throughput", KZ, None, N9, "growth_yoy", 14.6, "percent"),
    ("12.4 million tonnes", "12.4 million tonnes", "cargo_throughput", "Dostyk", None, N9, "level", 12.4e6, "t"),
    ("7.4 million tonnes", "7.4 million tonnes", "cargo_throughput", "Altynkol", None, N9, "level", 7.4e6, "t"),
    ("27 pairs", "27 pairs", "train_frequency", KZ, None, "2025-10", "level", 27, "count_per_day"),
    ("14 pairs", "14 pairs", "train_frequency", KZ, None, "2023", "level", 14, "count_per_day"),
    ("1.2 trillion tenge", "1.2 trillion tenge", "infrastructure_investment", KZ, None, "2021/2024", "level", 1.2e12, "KZT"),
    ("about $2.3 billion", "$2.3 billion", "infrastructure_investment", KZ, None, "2021/2024", "level", 2.3 * B, "USD"),
    ("186,400 containers", "186,400 containers", "other", "Horgos", None, N9, "level", 186400, "count", "logistics"),
    ("up 22 percent", "22 percent", "other", "Horgos", None, N9, "growth_yoy", 22, "percent", "logistics"),
    ("5.3 million tonnes", "5.3 million tonnes", "cargo_throughput", "Horgos", None, N9, "level", 5.3e6, "t"),
    ("250,000-260,000 containers", "250,000-260,000", "other", "Horgos", None, "2025", "target", 250000, "count", "logistics"),
    ("250,000-260,000 containers", "250,000-260,000", "other", "Horgos", None, "2025", "target", 260000, "count", "logistics"),
    ("to 8 million tonnes", "8 million tonnes", "freight_capacity", "Horgos", None, "2027", "target", 8e6, "t"),
    ("41 resident companies", "41", "enterprises", "Horgos", None, "2025-10", "level", 41, "count"),
    ("some 3,600 jobs", "some 3,600", "jobs_created", "Horgos", None, None, "level", 3600, "count"),
    ("4.12 million visitors", "4.12 million", "tourists", "Khorgos ICBC", None, N9, "level", 4.12e6, "count"),
    ("a third of them", "a third", "tourists", "Khorgos ICBC", CN, N9, "share", 100 / 3, "percent"),
    ("96.8 billion tenge", "96.8 billion tenge", "other", "Khorgos ICBC", None, N9, "level", 96.8 * B, "KZT", "trade"),
    ("$17.9 billion", "$17.9 billion", "trade_total", KZ, CN, A8, "level", 17.9 * B, "USD"),
    ("up 3.2 percent", "3.2 percent", "trade_total", KZ, CN, A8, "growth_yoy", 3.2, "percent"),
    ("$8.1 billion", "$8.1 billion", "exports", KZ, CN, A8, "level", 8.1 * B, "USD"),
    ("$9.8 billion", "$9.8 billion", "imports", KZ, CN, A8, "level", 9.8 * B, "USD"),
    ("36.5 million tonnes", "36.5 million tonnes", "cargo_throughput", KZ, None, "2028", "target", 36.5e6, "t"),
    ("489 km", "489 km", "railway_length", KZ, None, "2026", "target", 489, "km"),
    ("1.05 trillion tenge", "1.05 trillion tenge", "infrastructure_investment", KZ, None, "2026", "target", 1.05e12, "KZT"),
]

# t03: dated 5 August 2025; the title states one period, the first half of 2025 -> rule 3.
H, JJ = "2025-H1", "2025-01/2025-06"
DOCS["t03_uzbek_ministry_textiles_energy_h1_2025"] = [
    ("701.2 trillion soums", "701.2 trillion soums", "gdp", UZ, None, JJ, "level", 701.2e12, "UZS"),
    ("6.8 percent", "6.8 percent", "gdp", UZ, None, JJ, "growth_yoy", 6.8, "percent"),
    ("grew 7.1 percent", "7.1 percent", "industrial_output", UZ, None, JJ, "growth_yoy", 7.1, "percent"),
    ("$12.6 billion", "$12.6 billion", "exports", UZ, None, JJ, "level", 12.6 * B, "USD"),
    ("$1.68 billion", "$1.68 billion", "other", UZ, None, H, "level", 1.68 * B, "USD", "trade"),
    ("up 9.4 percent", "9.4 percent", "other", UZ, None, H, "growth_yoy", 9.4, "percent", "trade"),
    ("47.2 percent", "47.2 percent", "other", UZ, None, H, "share", 47.2, "percent", "trade"),
    ("31.5 percent", "31.5 percent", "other", UZ, None, H, "share", 31.5, "percent", "trade"),
    ("$312 million", "$312 million", "other", UZ, CN, H, "level", 312e6, "USD", "trade"),
    ("39 percent", "39 percent", "other", UZ, CN, H, "share", 39, "percent", "trade"),
    ("3.41 million tonnes", "3.41 million tonnes", "other", UZ, None, "2024", "level", 3.41e6, "t", "economy"),
    ("947,000 hectares", "947,000 hectares", "other", UZ, None, "2024", "level", 947000, "ha", "economy"),
    ("about 470,000 people", "about 470,000 people", "population", UZ, None, "2025-06", "level", 470000, "count"),
    ("2,130 enterprises", "2,130 enterprises", "enterprises", UZ, None, "2025-06", "level", 2130, "count"),
    ("$7 billion", "$7 billion", "other", UZ, None, "2030", "target", 7 * B, "USD", "trade"),
    ("24.3 GW", "24.3 GW", "energy_capacity", UZ, None, "2025-06", "level", 24.3e6, "kW"),
    ("3.9 GW", "3.9 GW", "energy_capacity", UZ, None, "2025-06", "level", 3.9e6, "kW"),
    ("Five new solar parks", "Five", "other", UZ, None, H, "level", 5, "count", "economy"),
    ("1.5 GW", "1.5 GW", "other", UZ, None, H, "level", 1.5e6, "kW", "economy"),
    ("17.6 percent", "17.6 percent", "other", UZ, None, H, "share", 17.6, "percent", "economy"),
    ("9.2 percent", "9.2 percent", "other", UZ, None, "2024-H1", "share", 9.2, "percent", "economy"),
    ("11.7 GW", "11.7 GW", "energy_capacity", UZ, None, "2027", "target", 11.7e6, "kW"),
    ("6.2 GW", "6.2 GW", "energy_capacity", CN, UZ, "2027", "target", 6.2e6, "kW"),
    ("$2.9 billion", "$2.9 billion", "investment", UZ, None, JJ, "level", 2.9 * B, "USD"),
    ("provided 58 percent", "58 percent", "investment", CN, UZ, JJ, "share", 58, "percent"),
    ("4.8 trillion soums", "4.8 trillion soums", "investment", UZ, None, "2025", "target", 4.8e12, "UZS"),
    ("$375 million", "$375 million", "investment", UZ, None, "2025", "target", 375e6, "USD"),
    ("$7.4 billion", "$7.4 billion", "trade_total", UZ, CN, H, "level", 7.4 * B, "USD"),
    ("up 12.3 percent", "12.3 percent", "trade_total", UZ, CN, H, "growth_yoy", 12.3, "percent"),
    ("22.1 percent", "22.1 percent", "trade_total", UZ, CN, H, "share", 22.1, "percent"),
    ("$1.05 billion", "$1.05 billion", "exports", UZ, CN, H, "level", 1.05 * B, "USD"),
    ("$6.35 billion", "$6.35 billion", "imports", UZ, CN, H, "level", 6.35 * B, "USD"),
    ("3,104", "3,104", "enterprises", UZ, CN, "2025-07", "level", 3104, "count"),
    ("187 were registered", "187", "enterprises", UZ, CN, H, "level", 187, "count"),
]

# t04: dated 2025-10-27; the lead states one period, the end of September (2025-09) -> rule 3.
S, N9 = "2025-09", "2025-01/2025-09"
DOCS["t04_xinjiang_new_energy_q3_2025"] = [
    ("passes 130 GW", "130 GW", "energy_capacity", X, None, S, "level", 130e6, "kW"),
    ("138.5 million kilowatts", "138.5 million kilowatts", "energy_capacity", X, None, S, "level", 138.5e6, "kW"),
    ("52.1 percent", "52.1 percent", "energy_capacity", X, None, S, "share", 52.1, "percent"),
    ("265.8 million kW", "265.8 million kW", "energy_capacity", X, None, S, "level", 265.8e6, "kW"),
    ("58.7 million kW", "58.7 million kW", "energy_capacity", X, None, S, "level", 58.7e6, "kW"),
    ("79.8 million kW", "79.8 million kW", "energy_capacity", X, None, S, "level", 79.8e6, "kW"),
    ("42.6 million kW", "42.6 million kW", "energy_capacity", "Hami", None, S, "level", 42.6e6, "kW"),
    ("16.9 million kilowatts", "16.9 million kilowatts", "other", X, None, N9, "level", 16.9e6, "kW", "economy"),
    ("12.6 percent", "12.6 percent", "other", X, None, N9, "growth_yoy", 12.6, "percent", "economy"),
    ("2.1 million kW", "2.1 million kW", "energy_capacity", X, None, "2023", "level", 2.1e6, "kW"),
    ("to 9.8 million kW", "9.8 million kW", "energy_capacity", X, None, S, "level", 9.8e6, "kW"),
    ("14.2 percent", "14.2 percent", "other", X, None, N9, "growth_yoy", 14.2, "percent", "economy"),
    ("36.4 percent", "36.4 percent", "other", X, None, N9, "share", 36.4, "percent", "economy"),
    ("three ultra-high-voltage", "three", "other", X, None, "2025-10", "level", 3, "count", "economy"),
    ("32 million kW", "32 million kW", "other", X, None, "2025-10", "level", 32e6, "kW", "economy"),
    ("98.7 billion yuan", "98.7 billion yuan", "investment", X, None, N9, "level", 98.7 * B, "CNY"),
    ("27.3 percent", "27.3 percent", "investment", X, None, N9, "share", 27.3, "percent"),
    ("112.4 billion yuan", "112.4 billion yuan", "other", X, None, "2024", "level", 112.4 * B, "CNY", "economy"),
    ("up 19.5 percent", "19.5 percent", "other", X, None, "2024", "growth_yoy", 19.5, "percent", "economy"),
    ("about 86,000 people", "about 86,000 people", "population", X, None, "2024", "level", 86000, "count"),
    ("6.8 billion yuan", "6.8 billion yuan", "other", X, CA, N9, "level", 6.8 * B, "CNY", "trade"),
    ("up 41 percent", "41 percent", "other", X, CA, N9, "growth_yoy", 41, "percent", "trade"),
    ("3.1 billion yuan", "3.1 billion yuan", "other", X, UZ, N9, "level", 3.1 * B, "CNY", "trade"),
    ("and 2.4 billion yuan", "2.4 billion yuan", "other", X, KZ, N9, "level", 2.4 * B, "CNY", "trade"),
    ("95.3 percent", "95.3 percent", "other", X, None, N9, "level", 95.3, "percent", "economy"),
    ("96.1 percent", "96.1 percent", "other", X, None, N9, "level", 96.1, "percent", "economy"),
    ("200 million kW", "200 million kW", "energy_capacity", X, None, "2030", "target", 200e6, "kW"),
    ("to 50 percent", "50 percent", "other", X, None, "2030", "target", 50, "percent", "economy"),
    ("40 billion yuan", "40 billion yuan", "investment", X, None, "2027", "target", 40 * B, "CNY"),
]

# t05: dated 2025-12-09; the lead states one period, the first 11 months of 2025 -> rule 3, the table included.
N11 = "2025-01/2025-11"
TABLE5 = [  # (row anchor, passengers cell, change cell, cargo cell, region)
    ("  Urumqi              2,486.3                 9.7          168,420", "2,486.3", "9.7", "168,420", "Urumqi"),
    ("  Kashgar               312.8                14.2           11,236", "312.8", "14.2", "11,236", "Kashgar"),
    ("  Yining                241.5                 6.1            5,874", "241.5", "6.1", "5,874", "Yining"),
    ("  Hotan                 146.9                -2.3            3,105", "146.9", "-2.3", "3,105", "Hotan"),
    ("  Aksu                  138.2                 8.8            2,947", "138.2", "8.8", "2,947", "Aksu"),
]
rows5 = []
for anchor, pas, gr, cargo, reg in TABLE5:
    rows5 += [
        (anchor, pas, "passengers", reg, None, N11, "level", float(pas.replace(",", "")) * 1e4, "count"),
        (anchor, gr, "passengers", reg, None, N11, "growth_yoy", float(gr), "percent"),
        (anchor, cargo, "cargo_throughput", reg, None, N11, "level", float(cargo.replace(",", "")), "t"),
    ]
DOCS["t05_xinjiang_airports_jan_nov_2025"] = [
    ("41.85 million passenger trips", "41.85 million", "passengers", X, None, N11, "level", 41.85e6, "count"),
    ("up 8.4 percent", "8.4 percent", "passengers", X, None, N11, "growth_yoy", 8.4, "percent"),
    ("roughly three fifths", "roughly three fifths", "passengers", "Urumqi", None, N11, "share", 60, "percent"),
] + rows5 + [
    ("62.3 percent", "62.3 percent", "passengers", X, None, N11, "growth_yoy", 62.3, "percent"),
    ("1.37 million", "1.37 million", "passengers", X, None, N11, "level", 1.37e6, "count"),
    ("about 57 percent", "about 57 percent", "passengers", X, CA, N11, "share", 57, "percent"),
    ("served 41 international", "41", "other", X, None, "2025-11", "level", 41, "count", "logistics"),
    ("23 of them", "23", "other", X, CA, "2025-11", "level", 23, "count", "logistics"),
    ("29 routes", "29 routes", "other", X, None, "2024-11", "level", 29, "count", "logistics"),
    ("26 civil airports", "26 civil airports", "airports", X, None, "2025-12", "level", 26, "count"),
    ("Two of them", "Two", "other", X, None, "2025", "level", 2, "count", "logistics"),
    ("46,500 flights", "46,500 flights", "other", X, None, N11, "level", 46500, "count", "logistics"),
    ("5.8 billion yuan", "5.8 billion yuan", "infrastructure_investment", "Kashgar", None, "2027", "target", 5.8 * B, "CNY"),
    ("9 million passengers", "9 million passengers", "passenger_capacity", "Kashgar", None, "2027", "target", 9e6, "count"),
    ("60 million air passengers", "60 million", "passengers", X, None, "2030", "target", 60e6, "count"),
    ("at least 15 more", "at least 15", "other", X, None, "2030", "target", 15, "count", "logistics"),
    ("21,600 tonnes", "21,600 tonnes", "cargo_throughput", "Urumqi", CA, N11, "level", 21600, "t"),
]

# t06: undated; the title gives a span, not one period. Every figure has its own year, span or table column.
TABLE6 = [  # (row anchor, 2015 cell, 2023 cell, region)
    ("| Kashgar    | 91.4 | 99.5 |", "91.4", "99.5", "Kashgar"),
    ("| Hotan      | 89.7 | 99.6 |", "89.7", "99.6", "Hotan"),
    ("| Aksu       | 93.2 | 99.1 |", "93.2", "99.1", "Aksu"),
    ("| Ili        | 95.8 | 98.9 |", "95.8", "98.9", "Ili"),
]
rows6 = []
for anchor, c15, c23, reg in TABLE6:
    rows6 += [
        (anchor, c15, "insurance_coverage", reg, None, "2015", "level", float(c15), "percent"),
        (anchor, c23, "insurance_coverage", reg, None, "2023", "level", float(c23), "percent"),
    ]
DOCS["t06_study_social_insurance_education_health"] = [
    ("9.86 million", "9.86 million", "insurance_coverage", X, None, "2015", "level", 9.86e6, "count"),
    ("14.32 million", "14.32 million", "insurance_coverage", X, None, "2023", "level", 14.32e6, "count"),
    ("4.8 percent", "4.8 percent", "insurance_coverage", X, None, "2015/2023", "growth_avg_annual", 4.8, "percent"),
    ("above 98 percent", "98 percent", "insurance_coverage", X, None, None, "level", 98, "percent"),
    ("99.2 percent", "99.2 percent", "insurance_coverage", X, None, "2023", "level", 99.2, "percent"),
    ("3.12 million workers", "3.12 million", "insurance_coverage", X, None, "2023", "level", 3.12e6, "count"),
] + rows6 + [
    ("65.5 percent", "65.5 percent", "other", X, None, "2015", "level", 65.5, "percent", "social"),
    ("98.1 percent", "98.1 percent", "other", X, None, "2023", "level", 98.1, "percent", "social"),
    ("96.8 percent", "96.8 percent", "other", X, None, "2023", "level", 96.8, "percent", "social"),
    ("3,914 kindergartens", "3,914", "other", X, None, "2023", "level", 3914, "count", "social"),
    ("2,377 primary", "2,377", "other", X, None, "2023", "level", 2377, "count", "social"),
    ("76.2 percent", "76.2 percent", "livelihood_spending", X, None, "2023", "share", 76.2, "percent"),
    ("103.6 billion yuan", "103.6 billion yuan", "other", X, None, "2023", "level", 103.6 * B, "CNY", "social"),
    ("about a fifth", "about a fifth", "other", X, None, "2023", "share", 20, "percent", "social"),
    ("4,860 foreign students", "4,860", "population", X, None, "2023", "level", 4860, "count"),
    ("some 71 percent", "some 71 percent", "population", X, CA, "2023", "share", 71, "percent"),
    ("1,250 of these", "1,250", "scholarships", X, None, "2023", "level", 1250, "count"),
    ("52,300", "52,300", "population", X, None, "2015", "level", 52300, "count"),
    ("74,600", "74,600", "population", X, None, "2023", "level", 74600, "count"),
    ("about 4.5 percent a year", "4.5 percent", "population", X, None, "2015/2023", "growth_avg_annual", 4.5, "percent"),
    ("increased to 7.6", "7.6", "other", X, None, "2023", "level", 7.6, "count", "social"),
    ("21.4 billion yuan", "21.4 billion yuan", "investment", X, None, "2016/2020", "level", 21.4 * B, "CNY"),
    ("95 percent by 2027", "95 percent", "insurance_coverage", X, None, "2027", "target", 95, "percent"),
    ("3.5 licensed doctors", "3.5", "other", X, None, "2030", "target", 3.5, "count", "social"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
